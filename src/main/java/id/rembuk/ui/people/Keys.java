package id.rembuk.ui.people;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Keys the people screens share with the window. */
final class Keys {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private Keys() {
    }

    /**
     * A field undoes its own typing first; once it has nothing of its own to undo (the search is
     * emptied after each check-in), Ctrl+Z goes to the window, which undoes the session's last
     * action. Text fields otherwise take every Ctrl+Z, and a check-in could not be taken back
     * from the keyboard.
     */
    static void passUndoToWindow(TextInputControl... fields) {
        for (TextInputControl field : fields) {
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                boolean undo = UNDO.match(e) && !field.isUndoable();
                boolean redo = (REDO.match(e) || REDO_SHIFT.match(e)) && !field.isRedoable();
                Scene scene = field.getScene();
                if ((undo || redo) && scene != null) {
                    scene.getAccelerators().entrySet().stream().filter(a -> a.getKey().match(e)).findFirst()
                            .ifPresent(a -> {
                                e.consume();
                                a.getValue().run();
                            });
                }
            });
        }
    }

    /** No modifier held: Insert, Delete and Enter mean themselves only when pressed alone. */
    static boolean plain(KeyEvent e) {
        return !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShiftDown();
    }
}

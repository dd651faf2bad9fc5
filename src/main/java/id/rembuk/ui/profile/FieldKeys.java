package id.rembuk.ui.profile;

import atlantafx.base.theme.Styles;
import id.rembuk.ui.Observe;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys every field of the form shares: it is saved when the keyboard leaves it or on
 * Ctrl+Enter (Enter too on one line), Esc drops what was typed, and Tab leaves a text area as it
 * leaves a one-line field instead of typing a tab.
 */
final class FieldKeys {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private FieldKeys() {
    }

    static void bind(ProfileViewModel vm, ProfileField f, TextInputControl c) {
        c.textProperty().bindBidirectional(vm.draft(f));
        c.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                vm.editingProperty().set(f);
            } else {
                vm.commit(f);
                if (vm.editingProperty().get() == f) {
                    vm.editingProperty().set(null);
                }
            }
        });
        c.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && (e.isShortcutDown() || !(c instanceof TextArea))) {
                e.consume();
                vm.commit(f);
            } else if (e.getCode() == KeyCode.ESCAPE && vm.dirty(f)) {
                e.consume();
                vm.revert(f);
            }
        });
        if (c instanceof TextArea) {
            tabLeaves(c);
        }
        passUndoToWindow(c, () -> vm.dirty(f));
        markRefused(vm, f, c);
    }

    /** The field whose text was refused is framed in red until it is mended or put back. */
    static void markRefused(ProfileViewModel vm, ProfileField f, Node n) {
        Observe.whileAlive(n, () -> n.pseudoClassStateChanged(Styles.STATE_DANGER, vm.refusedProperty().get() == f),
                vm.refusedProperty());
    }

    /**
     * Ctrl+Z undoes what is being typed while the field holds unsaved text; once it is saved, the
     * window's undo takes back the saved action instead of the field undoing its own history.
     */
    static void passUndoToWindow(Node n, BooleanSupplier typing) {
        n.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Scene scene = n.getScene();
            if ((UNDO.match(e) || REDO.match(e) || REDO_SHIFT.match(e)) && !typing.getAsBoolean() && scene != null) {
                scene.getAccelerators().entrySet().stream().filter(a -> a.getKey().match(e)).findFirst()
                        .ifPresent(a -> {
                            e.consume();
                            a.getValue().run();
                        });
            }
        });
    }

    /** A text area moves focus on Ctrl+Tab: plain Tab is turned into that, as in any form. */
    static void tabLeaves(TextInputControl c) {
        c.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                c.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                        false));
            }
        });
    }
}

package id.rembuk.ui.shell;

import javafx.scene.input.KeyEvent;

/**
 * Single keys a feature answers in the main window (Space, arrows, F5). The window asks only when
 * no text is being typed, no dialog is open and no Ctrl/Alt is held.
 */
public interface KeyFilter {
    /**
     * @param selectedArea the id of the area on screen
     * @return true if the key was used; the window then consumes it
     */
    boolean handle(KeyEvent event, String selectedArea);
}

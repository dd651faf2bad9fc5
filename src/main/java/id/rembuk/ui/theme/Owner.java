package id.rembuk.ui.theme;

import javafx.stage.Window;

/** The window a new dialog belongs to: the one the user asked from, so focus goes back there. */
public final class Owner {
    private Owner() {
    }

    /** The focused window, else the first one open, else null (no window yet). */
    public static Window focused() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().isEmpty() ? null : Window.getWindows().get(0));
    }
}

package id.rembuk.ui;

/**
 * The window's default size, fitting a 1366×768 laptop with its task bar. A class of its own so
 * the splash can use it without loading the main window's class before the first frame.
 */
public final class WindowSize {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 720;

    private WindowSize() {
    }
}

package id.rembuk.ui;

/** Entry point of the window (owned by the UI shell work). */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    public static void launch(String[] args) {
        throw new UnsupportedOperationException("the window is being built");
    }
}

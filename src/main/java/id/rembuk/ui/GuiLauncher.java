package id.rembuk.ui;

import javafx.application.Application;

/** Entry point of the window: no argument opens the sample session, one path opens that file. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(RembukApp.class, args);
    }
}

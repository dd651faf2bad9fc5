package id.rembuk.ui;

import id.rembuk.ui.theme.Theme;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * One screen as the main window shows it on a 1366×768 laptop: beside a 200 px stand-in for the
 * sidebar and under a 56 px header, in a 1366×720 scene (the maximised window), themed, with Ctrl+Z
 * undoing the session's last action as the main window does.
 */
public final class LaptopScene {
    private LaptopScene() {
    }

    public static Scene of(Node screen, Runnable undo) {
        BorderPane frame = new BorderPane(screen);
        Region menu = new StackPane(new Label("Menu"));
        menu.setPrefWidth(200);
        frame.setLeft(menu);
        Region top = new StackPane(new Label("Rembuk"));
        top.setPrefHeight(56);
        frame.setTop(top);
        Scene laptop = new Scene(frame, 1366, 720);
        Theme.style(laptop);
        laptop.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), undo);
        return laptop;
    }
}

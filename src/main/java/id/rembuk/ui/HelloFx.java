package id.rembuk.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The startup benchmark's baseline: a plain JavaFX window, measured like the app. */
public final class HelloFx extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Halo, Rembuk")), 1280, 720);
        stage.setTitle("HelloFx");
        stage.setScene(scene);
        stage.show();
        StartupProbe.afterFirstFrame(scene, () -> { });
    }
}

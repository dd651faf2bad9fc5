package id.rembuk.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The startup benchmark's baseline: a plain JavaFX window, measured like the app. The main class
 * itself does not extend {@link Application}, so it starts from the class path like {@code Main}.
 */
public final class HelloFx {
    private HelloFx() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Halo, Rembuk")), 1280, 720);
            stage.setTitle("HelloFx");
            stage.setScene(scene);
            stage.show();
            StartupProbe.afterFirstFrame(scene, StartupProbe.Milestone.FIRST_FRAME, () -> { });
            StartupProbe.afterFirstFrame(scene, StartupProbe.Milestone.READY, () -> { });
        }
    }
}

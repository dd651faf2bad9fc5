package id.rembuk.ui;

import id.rembuk.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The first frame: the app's name on the theme's colours, drawn with inline styles only, so
 * the window appears before the theme, icons and views are loaded (about a second on a
 * two-core laptop). The main window replaces it in the same stage.
 */
final class Splash {
    private Splash() {
    }

    /** @param highContrast black text only, as the high-contrast theme will show next */
    static Scene scene(double width, double height, boolean highContrast) {
        Label name = new Label(Messages.get("app.name"));
        name.setStyle("-fx-font-size: 44px; -fx-font-weight: bold; -fx-text-fill: "
                + (highContrast ? "#000000" : "#0969da") + ";");
        Label what = new Label(Messages.get("ui.splash.tagline"));
        what.setStyle("-fx-font-size: 16px; -fx-text-fill: " + (highContrast ? "#000000" : "#57606a") + ";");
        Label loading = new Label(Messages.get("ui.splash.loading"));
        loading.setStyle("-fx-font-size: 13px; -fx-text-fill: " + (highContrast ? "#000000" : "#8c959f")
                + "; -fx-padding: 24 0 0 0;");
        VBox box = new VBox(8, name, what, loading);
        box.setAlignment(Pos.CENTER);
        box.setStyle("-fx-background-color: #ffffff;");
        return new Scene(box, width, height);
    }
}

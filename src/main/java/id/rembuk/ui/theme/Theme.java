package id.rembuk.ui.theme;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The look: AtlantaFX Primer Light, our own stylesheet on top, and the root text size that every
 * size in the stylesheet is relative to (em), so one number scales the whole window for a projector.
 * High contrast is one more stylesheet over both (ADR 16); like the user-agent stylesheet it holds
 * for every window of the app at once, so it lives here and not per window.
 */
public final class Theme {
    private static final String CSS = Theme.class.getResource("/id/rembuk/ui/rembuk.css").toExternalForm();
    public static final String HIGH_CONTRAST_CSS =
            Theme.class.getResource("/id/rembuk/ui/high-contrast.css").toExternalForm();
    private static boolean highContrast;

    private Theme() {
    }

    public static void install() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /**
     * Dresses a modal window over {@code owner} (null: none) in the app's theme and the text size
     * the user chose, so a dialog reads like the main window on the projector.
     */
    public static void modal(javafx.stage.Stage stage, javafx.stage.Window owner, String title, Parent root,
                             int fontSize, double width, double height) {
        stage.initModality(javafx.stage.Modality.APPLICATION_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        applyFontSize(root, fontSize);
        Scene scene = new Scene(root, width, height);
        style(scene);
        stage.setScene(scene);
    }

    public static void style(Scene scene) {
        scene.getStylesheets().setAll(CSS);
        contrast(scene);
    }

    /**
     * Adds the high-contrast stylesheet when it is on. For scenes dressed by their own stylesheets
     * (the projector, the alerts) as well as the ones {@link #style(Scene)} dresses.
     */
    public static void contrast(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getStylesheets().remove(HIGH_CONTRAST_CSS);
        if (highContrast) {
            scene.getStylesheets().add(HIGH_CONTRAST_CSS);
        }
    }

    public static boolean highContrast() {
        return highContrast;
    }

    /**
     * Switches high contrast for every open window (main window, projector, dialogs) and for
     * the windows opened later, without a restart.
     */
    public static void highContrast(boolean on) {
        highContrast = on;
        for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
            contrast(w.getScene());
        }
    }

    /**
     * Sets the root text size. Icon sizes follow in px: an icon's {@code em} is its own size, so
     * they cannot be relative in the stylesheet.
     */
    public static void applyFontSize(Parent root, int px) {
        root.setStyle("-fx-font-size: " + px + "px;");
        String icons = ".ikonli-font-icon { -fx-icon-size: " + icon(px, 1.15) + "px; }\n"
                + ".nav-item .ikonli-font-icon { -fx-icon-size: " + icon(px, 1.3) + "px; }\n"
                + ".action-icon { -fx-icon-size: " + icon(px, 1.4) + "px; }\n"
                + ".fact-icon { -fx-icon-size: " + icon(px, 1.5) + "px; }\n"
                + ".stat-icon { -fx-icon-size: " + icon(px, 1.8) + "px; }\n";
        root.getStylesheets().setAll(Styles.toDataURI(icons));
    }

    private static long icon(int px, double factor) {
        return Math.round(px * factor);
    }
}

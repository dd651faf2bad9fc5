package id.rembuk.ui.text;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;

/**
 * Buttons a screen reader could only call "button": shown, with no text of their own (an icon
 * alone) and no accessible text. Their tooltip does not count: JavaFX reads it as help, not as
 * the name.
 */
public final class UnnamedControls {
    private UnnamedControls() {
    }

    public static List<TextFound> of(String where, Window window) {
        List<TextFound> found = new ArrayList<>();
        if (window.getScene() != null) {
            walk(where, window.getScene().getRoot(), found);
        }
        return found;
    }

    private static void walk(String where, Node n, List<TextFound> found) {
        if (n == null || !n.isVisible()) {
            return;
        }
        if (n instanceof ButtonBase b && blank(b.getText()) && blank(b.getAccessibleText())) {
            String tip = b.getTooltip() != null ? b.getTooltip().getText() : "";
            found.add(new TextFound(where, b.getClass().getSimpleName() + (b.getId() != null ? "#" + b.getId() : "")
                    + " " + String.join(" ", b.getStyleClass()), "tooltip: " + tip));
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(where, child, found);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

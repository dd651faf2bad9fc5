package id.rembuk.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;

/**
 * A label that may be cut short in a narrow window (a long programme name, a status line) keeps
 * its whole text one hover away.
 */
public final class FullText {
    private FullText() {
    }

    public static <T extends Labeled> T onHover(T label) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(label.textProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        label.setTooltip(tip);
        return label;
    }
}

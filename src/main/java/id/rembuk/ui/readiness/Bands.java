package id.rembuk.ui.readiness;

import id.rembuk.domain.Readiness;
import id.rembuk.i18n.Messages;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The band of a total as a coloured chip, and a total as a labelled bar: the same look on every readiness screen. */
final class Bands {
    private Bands() {
    }

    static void style(Label chip, Readiness.Band band) {
        chip.setText(Messages.get(band.messageKey()));
        chip.getStyleClass().removeIf(c -> c.startsWith("band-"));
        chip.getStyleClass().addAll("band-chip", "band-" + band.name().toLowerCase(Locale.ROOT));
        // a band's word is short and must read whole ("Not assessed"); the names beside it give way
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    /** "Struktur ▬▬▬▬▬▭▭ 62% Cukup" on one line. */
    static HBox line(String name, Readiness.Result r, String styleClass) {
        HBox line = parts(name, r);
        line.getStyleClass().addAll("total-line", styleClass);
        return line;
    }

    /** The name above its bar, percent and band: for the projector's larger type. */
    static VBox block(String name, Readiness.Result r, String styleClass) {
        HBox parts = parts(name, r);
        Label label = (Label) parts.getChildren().remove(0);
        VBox block = new VBox(4, label, parts);
        block.getStyleClass().addAll("total-block", styleClass);
        return block;
    }

    private static HBox parts(String name, Readiness.Result r) {
        Label label = new Label(name);
        label.getStyleClass().add("total-line-name");
        id.rembuk.ui.FullText.onHover(label);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Region fill = new Region();
        fill.getStyleClass().add("total-bar-fill");
        Readiness.Band band = r.band(Readiness.Bands.DEFAULT);
        fill.getStyleClass().add("band-" + band.name().toLowerCase(Locale.ROOT));
        double p = r.percent().orElse(0) / 100;
        StackPane bar = new StackPane(fill);
        bar.getStyleClass().add("total-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        fill.maxWidthProperty().bind(bar.widthProperty().multiply(p));
        fill.setMinWidth(0);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label percent = new Label(ReadinessViewModel.percentText(r.percent()));
        percent.getStyleClass().add("total-line-percent");
        percent.setMinWidth(Region.USE_PREF_SIZE);
        Label chip = new Label();
        style(chip, band);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, label, bar, percent, chip);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}

package id.rembuk.ui.readiness;

import id.rembuk.domain.Readiness;
import id.rembuk.domain.ReadinessScale;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;

/**
 * The levels of the scale as a row of keys to click, and one focus stop for the keyboard: the row's
 * handle. Its keys are the worksheet's (see {@link IndicatorRow}); here only the look and the click.
 * The chosen level takes the colour of its band, so a sheet read from afar shows where it is weak.
 */
final class ScoreBar extends HBox {
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final List<PseudoClass> BANDS = List.of(PseudoClass.getPseudoClass("kurang"),
            PseudoClass.getPseudoClass("cukup"), PseudoClass.getPseudoClass("baik"));

    private final List<Label> keys = new ArrayList<>();
    private ReadinessScale scale;
    private final IntConsumer choose;

    /** @param choose called with the level clicked */
    ScoreBar(IntConsumer choose) {
        this.choose = choose;
        getStyleClass().add("score-bar");
        setAlignment(Pos.CENTER_LEFT);
        setFocusTraversable(true);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
    }

    void show(ReadinessScale s, OptionalInt level) {
        if (s != scale) {
            scale = s;
            keys.clear();
            getChildren().clear();
            for (int l = 1; l <= s.levels(); l++) {
                int level0 = l;
                Label k = new Label(ReadinessViewModel.levelLabel(s, l));
                k.getStyleClass().addAll("score-key", s == ReadinessScale.BANDS ? "score-word" : "score-digit");
                k.setOnMouseClicked(e -> choose.accept(level0));
                keys.add(k);
                getChildren().add(k);
            }
        }
        for (int l = 1; l <= keys.size(); l++) {
            Label k = keys.get(l - 1);
            boolean chosen = level.isPresent() && level.getAsInt() == l;
            k.pseudoClassStateChanged(CHOSEN, chosen);
            Readiness.Band band = Readiness.Bands.DEFAULT.of(s.percentOf(l));
            for (int b = 0; b < BANDS.size(); b++) {
                k.pseudoClassStateChanged(BANDS.get(b), chosen && band.ordinal() == b + 1);
            }
        }
    }
}

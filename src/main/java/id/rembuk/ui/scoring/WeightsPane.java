package id.rembuk.ui.scoring;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Criterion;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The seven criteria with a slider and a number each, their share of the whole, and a reset to the
 * defaults. Arrow keys on a slider move it by 5; a number is written on Enter or when leaving it.
 * Each change is one undo step.
 */
final class WeightsPane {
    private final ScoringViewModel vm;

    WeightsPane(ScoringViewModel vm) {
        this.vm = vm;
    }

    Node root() {
        GridPane grid = new GridPane();
        grid.setId("scoringWeights");
        grid.getStyleClass().add("scoring-weights");
        grid.setHgap(16);
        grid.setVgap(10);
        for (double w : new double[] {320, 360, 80, 130}) {
            ColumnConstraints c = new ColumnConstraints(w);
            grid.getColumnConstraints().add(c);
        }
        for (Criterion c : Criterion.values()) {
            addRow(grid, c);
        }
        Label sum = new Label();
        sum.setId("scoringWeightSum");
        sum.getStyleClass().add("scoring-weight-sum");
        sum.textProperty().bind(vm.weightSumProperty());
        Label note = new Label(Messages.get("scoring.weights.note"));
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setMaxWidth(860);
        Button reset = new Button(Messages.get("scoring.weights.reset"), new FontIcon(Material2OutlinedMZ.RESTORE));
        reset.setId("scoringReset");
        reset.setOnAction(e -> vm.resetWeights());
        HBox foot = new HBox(16, sum, reset);
        foot.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(14, note, grid, foot);
        box.getStyleClass().add("scoring-weights-box");
        return box;
    }

    private void addRow(GridPane grid, Criterion c) {
        int r = c.ordinal();
        Label label = new Label(Messages.get(c.messageKey()));
        label.getStyleClass().add("scoring-weight-label");
        Slider slider = new Slider(0, 100, c.defaultWeight());
        slider.setId("scoringSlider-" + c.name());
        slider.setBlockIncrement(5);
        slider.setMajorTickUnit(25);
        slider.setShowTickMarks(true);
        slider.setAccessibleText(Messages.get(c.messageKey()));
        TextField number = new TextField();
        number.setId("scoringWeight-" + c.name());
        number.setPrefColumnCount(3);
        number.setAlignment(Pos.CENTER_RIGHT);
        label.setLabelFor(number);
        Label share = new Label();
        share.setId("scoringShare-" + c.name());
        share.getStyleClass().add("scoring-share");
        boolean[] updating = {false};
        Observe.whileAlive(grid, () -> {
            WeightRow w = vm.weights().get(r);
            updating[0] = true;
            slider.setValue(w.weight());
            number.setText(Integer.toString(w.weight()));
            updating[0] = false;
            share.setText(w.weight() == 0 ? Messages.get("scoring.weights.off") : w.share());
            label.getStyleClass().remove("off");
            if (w.weight() == 0) {
                label.getStyleClass().add("off");
            }
        }, vm.weights());
        slider.valueProperty().addListener((o, old, v) -> {
            if (!updating[0] && !slider.isValueChanging()) {
                commit(c, (int) Math.round(v.doubleValue()), slider, number);
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                commit(c, (int) Math.round(slider.getValue()), slider, number);
            }
        });
        number.setOnAction(e -> commitText(c, number, slider));
        number.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitText(c, number, slider);
            }
        });
        number.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                number.setText(Integer.toString(vm.weights().get(r).weight()));
            }
        });
        grid.addRow(r, label, slider, number, share);
    }

    private void commit(Criterion c, int weight, Slider slider, TextField number) {
        if (!vm.setWeight(c, weight)) {
            int now = vm.weights().get(c.ordinal()).weight();
            slider.setValue(now);
            number.setText(Integer.toString(now));
        }
    }

    private void commitText(Criterion c, TextField number, Slider slider) {
        String t = number.getText() == null ? "" : number.getText().strip();
        int now = vm.weights().get(c.ordinal()).weight();
        if (t.equals(Integer.toString(now))) {
            return;
        }
        int w;
        try {
            w = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            vm.setHint(Messages.get("scoring.hint.weightNumber", t));
            number.setText(Integer.toString(now));
            return;
        }
        commit(c, w, slider, number);
    }
}

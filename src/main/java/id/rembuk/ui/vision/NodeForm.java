package id.rembuk.ui.vision;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Indicator;
import id.rembuk.domain.Target;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.vision.CascadeViewModel.Level;
import id.rembuk.ui.vision.CascadeViewModel.Node;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The selected line's details beside the outline: its text, a target's dimension, an indicator's
 * unit, baseline and a target per year (years 1–5, or 1–10 with the switch). A field is written when
 * Enter is pressed or the field is left, and only that field.
 */
final class NodeForm {
    private final CascadeViewModel vm;
    private final VBox box = new VBox(8);
    /** The node the form shows, and its record when drawn: redrawn only when either changes. */
    private String shownId;
    private Object shownRecord;
    private boolean shownTen;
    private boolean drawn;

    NodeForm(CascadeViewModel vm) {
        this.vm = vm;
    }

    javafx.scene.Node root() {
        box.setId("cascadeForm");
        box.getStyleClass().add("cascade-form");
        Observe.whileAlive(box, this::update, vm.selectedProperty(), vm.roots(), vm.tenYearsProperty());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("vision-scroll");
        scroll.setPrefWidth(400);
        scroll.setMinWidth(340);
        return scroll;
    }

    private void update() {
        Optional<Node> n = vm.node(vm.selectedProperty().get());
        String id = n.map(Node::id).orElse(null);
        Object record = n.map(Node::record).orElse(null);
        boolean ten = vm.tenYearsProperty().get();
        boolean typing = box.getScene() != null && box.getScene().getFocusOwner() instanceof TextInputControl t
                && inside(t);
        // a value written from this form comes back as a new record: the field being typed in stays
        if (drawn && java.util.Objects.equals(id, shownId) && (typing || java.util.Objects.equals(record, shownRecord))
                && ten == shownTen) {
            return;
        }
        drawn = true;
        shownId = id;
        shownRecord = record;
        shownTen = ten;
        box.getChildren().clear();
        if (n.isEmpty()) {
            Label none = new Label(Messages.get("vision.form.none"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(none);
            return;
        }
        Node node = n.get();
        boolean writable = vm.writable(node.level());
        Label title = new Label(node.level().label() + " " + node.number());
        title.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().add(title);

        TextArea text = new TextArea(node.text());
        text.setId("cascadeFormText");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setEditable(writable);
        commitOn(text, v -> vm.editText(node.id(), v), true);
        box.getChildren().addAll(label(node.level() == Level.INDICATOR ? "vision.form.name" : "vision.form.text",
                text), text);

        node.target().ifPresent(t -> box.getChildren().addAll(label("vision.form.dimension", null),
                dimensionChoice(node, t, writable)));
        node.indicator().ifPresent(i -> indicatorFields(node, i, ten));
    }

    private javafx.scene.Node dimensionChoice(Node node, Target t, boolean writable) {
        ComboBox<Optional<Dimension>> choice = new ComboBox<>();
        choice.setId("cascadeFormDimension");
        choice.getItems().add(Optional.empty());
        for (Dimension d : Dimension.values()) {
            choice.getItems().add(Optional.of(d));
        }
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Dimension> d) {
                return d == null || d.isEmpty() ? Messages.get("vision.form.noDimension")
                        : d.get().code() + " · " + d.get().defaultLabel();
            }

            @Override
            public Optional<Dimension> fromString(String s) {
                return Optional.empty();
            }
        });
        choice.setValue(t.dimension());
        choice.setDisable(!writable || vm.dimensionProperty().get() != null);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setOnAction(e -> vm.setDimension(node.id(), choice.getValue()));
        return choice;
    }

    private void indicatorFields(Node node, Indicator i, boolean ten) {
        TextField unit = field("cascadeFormUnit", i.unit(), v -> vm.setUnit(node.id(), v));
        TextField baseline = field("cascadeFormBaseline", i.baseline(), v -> vm.setBaseline(node.id(), v));
        GridPane top = new GridPane();
        top.setHgap(8);
        top.setVgap(4);
        top.addRow(0, label("vision.form.unit", unit), label("vision.form.baseline", baseline));
        top.addRow(1, unit, baseline);
        GridPane.setHgrow(unit, Priority.ALWAYS);
        GridPane.setHgrow(baseline, Priority.ALWAYS);

        int years = ten || i.yearly().size() > 5 ? Indicator.MAX_YEARS : 5;
        GridPane grid = new GridPane();
        grid.setId("cascadeFormYears");
        grid.setHgap(6);
        grid.setVgap(4);
        for (int y = 1; y <= years; y++) {
            int year = y;
            TextField f = field("cascadeFormYear" + y, i.targetFor(y).orElse(""), v -> vm.setYear(node.id(), year, v));
            f.setPrefColumnCount(5);
            Label l = label(null, f);
            l.setText(Messages.get("vision.form.year", y));
            int row = (y - 1) / 5 * 2;
            int col = (y - 1) % 5;
            grid.add(l, col, row);
            grid.add(f, col, row + 1);
        }
        Label yearsTitle = new Label(Messages.get(years > 5 ? "vision.form.years10" : "vision.form.years5"));
        yearsTitle.getStyleClass().add("cascade-form-section");
        box.getChildren().addAll(top, yearsTitle, grid);
    }

    private TextField field(String id, String value, Consumer<String> write) {
        TextField f = new TextField(value);
        f.setId(id);
        commitOn(f, write, false);
        return f;
    }

    /** Enter (Ctrl+Enter in a text area) or leaving the field writes it. */
    private static void commitOn(TextInputControl input, Consumer<String> write, boolean area) {
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && (!area || !e.isShiftDown())) {
                e.consume();
                write.accept(input.getText());
            }
        });
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                write.accept(input.getText());
            }
        });
    }

    private static Label label(String key, javafx.scene.Node forNode) {
        Label l = new Label(key == null ? "" : Messages.get(key));
        l.getStyleClass().add("cascade-form-label");
        l.setLabelFor(forNode);
        l.setAlignment(Pos.CENTER_LEFT);
        return l;
    }

    private boolean inside(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (at == box) {
                return true;
            }
        }
        return false;
    }
}

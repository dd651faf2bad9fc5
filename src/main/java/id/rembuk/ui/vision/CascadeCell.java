package id.rembuk.ui.vision;

import id.rembuk.domain.Indicator;
import id.rembuk.domain.Target;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.vision.CascadeView.Line;
import id.rembuk.ui.vision.CascadeView.Next;
import id.rembuk.ui.vision.CascadeViewModel.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One line of the cascade: its number and level ("1.2 Tujuan"), its text wrapped, a target's
 * dimension, an indicator's baseline and yearly targets in one short line. Edited in place: Enter
 * writes (and opens the next line when this one is new), Tab writes and opens a line under it,
 * Shift+Tab one level up, Esc gives up.
 */
final class CascadeCell extends TreeCell<Line> {
    private final CascadeView view;
    private final Label number = new Label();
    private final Label level = new Label();
    private final Label dimension = new Label();
    private final Text text = new Text();
    private final Label detail = new Label();
    private final HBox box;
    private TextField field;
    private boolean finishing;

    CascadeCell(CascadeView view) {
        this.view = view;
        number.getStyleClass().add("cascade-number");
        number.setMinWidth(Label.USE_PREF_SIZE);
        level.getStyleClass().add("cascade-level");
        level.setMinWidth(Label.USE_PREF_SIZE);
        dimension.getStyleClass().add("cascade-dimension");
        dimension.setMinWidth(Label.USE_PREF_SIZE);
        text.getStyleClass().add("cascade-text");
        detail.getStyleClass().add("cascade-detail");
        detail.setWrapText(true);
        VBox body = new VBox(1, new TextFlow(text), detail);
        HBox.setHgrow(body, Priority.ALWAYS);
        box = new HBox(8, number, level, body, dimension);
        box.setAlignment(Pos.TOP_LEFT);
        setPrefWidth(0);
        getStyleClass().add("cascade-cell");
    }

    @Override
    protected void updateItem(Line line, boolean empty) {
        super.updateItem(line, empty);
        setText(null);
        getStyleClass().removeIf(c -> c.startsWith("level-") || c.equals("orphan"));
        if (empty || line == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        getStyleClass().add("level-" + line.level().name().toLowerCase(Locale.ROOT));
        if (isEditing()) {
            setGraphic(field);
            return;
        }
        Node n = line.node();
        if (n == null) {
            setGraphic(null);
            return;
        }
        if (n.orphan()) {
            getStyleClass().add("orphan");
        }
        number.setText(n.number());
        level.setText(n.level().label());
        text.setText(n.text());
        String dim = n.target().flatMap(Target::dimension).map(d -> d.code()).orElse("");
        dimension.setText(dim);
        dimension.setVisible(!dim.isEmpty());
        dimension.setManaged(!dim.isEmpty());
        String more = n.orphan() ? Messages.get("vision.cascade.orphan")
                : n.indicator().map(i -> summary(i, view.viewModel().tenYearsProperty().get())).orElse("");
        detail.setText(more);
        detail.setVisible(!more.isEmpty());
        detail.setManaged(!more.isEmpty());
        setGraphic(box);
        setAccessibleText(n.level().label() + " " + n.number() + ": " + n.text()
                + (more.isEmpty() ? "" : ". " + more));
    }

    /** "Baseline 2,1 · Th1 2,4 · Th2 – · … · indeks": what an indicator promises, in one line. */
    static String summary(Indicator i, boolean tenYears) {
        List<String> parts = new ArrayList<>();
        parts.add(Messages.get("vision.cascade.baseline", i.baseline().isEmpty() ? "–" : i.baseline()));
        int years = tenYears || i.yearly().size() > 5 ? Indicator.MAX_YEARS : 5;
        for (int y = 1; y <= years; y++) {
            parts.add(Messages.get("vision.cascade.yearShort", y, i.targetFor(y).orElse("–")));
        }
        if (!i.unit().isEmpty()) {
            parts.add(i.unit());
        }
        return String.join(" · ", parts);
    }

    @Override
    public void startEdit() {
        Line line = getItem();
        if (line == null || !line.draft() && !view.viewModel().writable(line.level())) {
            return;
        }
        super.startEdit();
        field = new TextField(line.draft() ? "" : line.node().text());
        field.setId("cascadeField");
        field.setPromptText(Messages.get("vision.cascade.prompt", line.level().label()));
        field.getStyleClass().add("cascade-field");
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                finish(Next.SIBLING);
            } else if (e.getCode() == KeyCode.TAB) {
                e.consume();
                finish(e.isShiftDown() ? Next.UP : Next.CHILD);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                giveUp();
            }
        });
        // leaving an existing line writes what was typed; a new line stays open until Enter or Esc
        // (a cell the list only measures also takes and loses focus, and must not write anything)
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && isEditing() && !finishing && !line.draft() && field.getScene() != null) {
                finish(Next.NONE);
            }
        });
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    private void finish(Next next) {
        String typed = field.getText();
        javafx.scene.control.TreeItem<Line> item = getTreeItem();
        finishing = true;
        try {
            // leave editing first: writing may rebuild the outline under this cell
            super.cancelEdit();
        } finally {
            finishing = false;
        }
        setGraphic(box);
        view.finish(item, typed, next);
    }

    /** Esc: a new line goes away, an existing one is drawn again as it was. */
    private void giveUp() {
        javafx.scene.control.TreeItem<Line> item = getTreeItem();
        finishing = true;
        try {
            super.cancelEdit();
        } finally {
            finishing = false;
        }
        if (item != null && item.getValue() != null && item.getValue().draft()) {
            view.removeDraft(item);
        } else {
            updateItem(getItem(), getItem() == null);
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        if (!finishing) {
            updateItem(getItem(), getItem() == null);
        }
    }
}

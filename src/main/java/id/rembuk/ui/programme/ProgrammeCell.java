package id.rembuk.ui.programme;

import id.rembuk.domain.FundingSource;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Programme;
import id.rembuk.domain.SubDimension;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.programme.ProgrammeRow.StrategyLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Text;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * A cell of the matrix: its words shown in full (wrapped at the column's width), edited in place in
 * a text field or a list of choices. Enter writes, Esc leaves it as it was; a refused value keeps
 * the editor open beside the message saying why.
 */
final class ProgrammeCell extends TableCell<ProgrammeRow, ProgrammeRow> {
    private final ProgrammeViewModel vm;
    private final ProgrammeTable owner;
    private final ProgrammeColumn column;
    private final Text text = new Text();

    ProgrammeCell(ProgrammeViewModel vm, ProgrammeTable owner, ProgrammeColumn column) {
        this.vm = vm;
        this.owner = owner;
        this.column = column;
        text.getStyleClass().add("programme-text");
        // a Text does not take the type size of the screen around it (a group's laptop, the zoom): the cell's
        text.fontProperty().bind(fontProperty());
        if (column == ProgrammeColumn.BUDGET || column == ProgrammeColumn.MONTHS) {
            getStyleClass().add("programme-number");
        }
        // wrap at the column's width: the cell's own is 0 while the row is first measured
        tableColumnProperty().addListener((o, old, c) -> {
            text.wrappingWidthProperty().unbind();
            // a number reads whole or not at all: "Rp\n2.400.000.000" would be misread
            if (c != null && column != ProgrammeColumn.BUDGET && column != ProgrammeColumn.MONTHS) {
                text.wrappingWidthProperty().bind(c.widthProperty().subtract(11));
            }
        });
        text.wrappingWidthProperty().addListener(o -> {
            requestLayout();
            if (getTableRow() != null) {
                getTableRow().requestLayout();
            }
        });
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !isEmpty() && !isEditing()) {
                owner.edit();
            }
        });
    }

    @Override
    protected void updateItem(ProgrammeRow item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing()) {
            return;
        }
        setText(null);
        setTooltip(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        setGraphic(column == ProgrammeColumn.STRATEGIES ? strategies(item) : shown(item));
    }

    private Node shown(ProgrammeRow item) {
        text.setText(item.shown(column));
        return text;
    }

    /** The refs as chips, the strategy's words on hover. */
    private Node strategies(ProgrammeRow item) {
        FlowPane chips = new FlowPane(3, 3);
        for (StrategyLink l : item.strategies()) {
            Label chip = new Label(l.ref());
            chip.getStyleClass().addAll("programme-strategy", "t-" + l.ref().replaceAll("[0-9]", ""));
            if (l.missing()) {
                chip.getStyleClass().add("missing");
            }
            Tooltip tip = new Tooltip(l.missing() ? Messages.get("programme.strategy.missing")
                    : l.ref() + ": " + l.text());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            tip.setShowDelay(Duration.millis(200));
            chip.setTooltip(tip);
            chips.getChildren().add(chip);
        }
        chips.prefWrapLengthProperty().bind(getTableColumn().widthProperty().subtract(14));
        return chips;
    }

    @Override
    public void startEdit() {
        if (isEmpty() || column.kind() == ProgrammeColumn.Kind.FORM) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        Control editor = column.kind() == ProgrammeColumn.Kind.TEXT ? textEditor() : choiceEditor();
        setGraphic(editor);
        editor.requestFocus();
    }

    private Control textEditor() {
        String first = owner.typedFirst;
        owner.typedFirst = null;
        TextField field = new TextField(first != null ? first : getItem().typed(column));
        field.setId("programmeEditor");
        owner.editor = field;
        field.getStyleClass().add("programme-editor");
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (vm.edit(getItem().id(), column, field.getText())) {
                    finish();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.messageProperty().set("");
                cancelEdit();
                e.consume();
            }
        });
        // Enter or F2 selects the value so typing replaces it, as a spreadsheet's cell; a typed key starts after it
        if (first == null) {
            field.selectAll();
        } else {
            field.end();
        }
        return field;
    }

    @SuppressWarnings("unchecked")
    private Control choiceEditor() {
        Programme p = getItem().programme();
        List<Object> values = new ArrayList<>();
        Object now;
        switch (column) {
            case SUB_DIMENSION -> {
                values.add(Optional.empty());
                p.dimension().subDimensions().forEach(s -> values.add(Optional.of(s)));
                now = p.subDimension();
            }
            case HORIZON -> {
                values.addAll(List.of(Programme.Horizon.values()));
                now = p.horizon();
            }
            default -> {
                values.addAll(List.of(FundingSource.values()));
                now = p.funding();
            }
        }
        ComboBox<Object> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setId("programmeChoice");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object v) {
                return label(v);
            }

            @Override
            public Object fromString(String s) {
                return null;
            }
        });
        box.setValue(now);
        box.setMaxWidth(Double.MAX_VALUE);
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !box.isShowing()) {
                if (choose(box.getValue())) {
                    finish();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !box.isShowing()) {
                cancelEdit();
                e.consume();
            }
        });
        box.setOnHidden(e -> box.requestFocus());
        return box;
    }

    @SuppressWarnings("unchecked")
    private boolean choose(Object v) {
        String id = getItem().id();
        return switch (column) {
            case SUB_DIMENSION -> vm.setSubDimension(id, (Optional<SubDimension>) v);
            case HORIZON -> vm.setHorizon(id, (Programme.Horizon) v);
            default -> vm.setFunding(id, (FundingSource) v);
        };
    }

    private String label(Object v) {
        if (v instanceof Optional<?> o) {
            return o.map(s -> Labels.defaults().subDimension((SubDimension) s, Messages.locale()))
                    .orElse(Messages.get("programme.none"));
        }
        if (v instanceof Programme.Horizon h) {
            return Messages.get("programme.horizon." + h.name().toLowerCase(Locale.ROOT));
        }
        return v == null ? "" : Messages.get(((FundingSource) v).messageKey());
    }

    /** The value was written (or unchanged): the cell shows it until the new rows come. */
    private void finish() {
        owner.editor = null;
        ProgrammeRow item = getItem();
        super.cancelEdit();
        setGraphic(item == null ? null : column == ProgrammeColumn.STRATEGIES ? strategies(item) : shown(item));
        owner.backToTable();
    }

    @Override
    public void cancelEdit() {
        owner.editor = null;
        super.cancelEdit();
        ProgrammeRow item = getItem();
        setGraphic(item == null ? null : shown(item));
        owner.backToTable();
    }
}

package id.rembuk.ui.tows;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.tows.TowsMatrix.Card;
import java.util.List;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A SWOT card in the matrix or in the editor: its ref (S1) in the quadrant's colour, the text
 * wrapped to the column, its dots, and which strategies use it ("belum dipakai" when none). In the
 * editor a check box says whether the strategy being written combines it.
 */
final class CardCell extends ListCell<Card> {
    static final PseudoClass LIT = PseudoClass.getPseudoClass("lit");
    static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final TowsViewModel vm;
    private final boolean choosing;
    private final Label ref = new Label();
    private final Text text = new Text();
    private final Label dots = new Label();
    private final Label usage = new Label();
    private final Label unused = new Label(Messages.get("tows.card.unused"));
    private final CheckBox check = new CheckBox();
    private final HBox box;

    /** @param choosing true in the editor: a check box picks the card for the strategy being written */
    CardCell(TowsViewModel vm, boolean choosing) {
        this.vm = vm;
        this.choosing = choosing;
        ref.getStyleClass().add("tows-ref");
        ref.setMinWidth(Label.USE_PREF_SIZE);
        text.getStyleClass().add("tows-text");
        TextFlow flow = new TextFlow(text);
        dots.getStyleClass().add("tows-dots");
        usage.getStyleClass().add("tows-meta");
        unused.getStyleClass().add("tows-unused");
        HBox meta = new HBox(8, dots, usage, unused);
        meta.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(2, flow, meta);
        HBox.setHgrow(body, Priority.ALWAYS);
        box = choosing ? new HBox(6, check, ref, body) : new HBox(6, ref, body);
        box.setAlignment(Pos.TOP_LEFT);
        check.setFocusTraversable(false);
        // a click on the box ticks the card: the cell, not the check box, owns the choice
        check.setMouseTransparent(true);
        setPrefWidth(0);
        getStyleClass().add(choosing ? "tows-choice" : "tows-item");
    }

    @Override
    protected void updateItem(Card card, boolean empty) {
        super.updateItem(card, empty);
        setText(null);
        if (empty || card == null) {
            setGraphic(null);
            setAccessibleText(null);
            pseudoClassStateChanged(LIT, false);
            pseudoClassStateChanged(CHOSEN, false);
            return;
        }
        ref.setText(card.ref());
        ref.getStyleClass().removeIf(c -> c.startsWith("q-"));
        ref.getStyleClass().add("q-" + card.item().quadrant().name());
        text.setText(card.item().text());
        dots.setText(card.dots() > 0 ? "● " + card.dots() : "");
        dots.setVisible(card.dots() > 0);
        dots.setManaged(card.dots() > 0);
        List<String> users = card.usedBy().stream().map(refOf()).toList();
        usage.setText(users.isEmpty() ? "" : Messages.get("tows.card.usedBy", String.join(" ", users)));
        usage.setVisible(!users.isEmpty());
        usage.setManaged(!users.isEmpty());
        unused.setVisible(users.isEmpty());
        unused.setManaged(users.isEmpty());
        boolean chosen = choosing && vm.draftLinks().contains(card.id());
        check.setSelected(chosen);
        pseudoClassStateChanged(CHOSEN, chosen);
        pseudoClassStateChanged(LIT, !choosing && vm.litCards().contains(card.id()));
        setGraphic(box);
        setAccessibleText(Messages.get(users.isEmpty() ? "tows.card.accessibleUnused" : "tows.card.accessible",
                card.ref(), card.item().text(), card.dots(), String.join(", ", users)));
    }

    private Function<String, String> refOf() {
        return id -> vm.matrixProperty().get().strategy(id).map(TowsMatrix.Entry::ref).orElse("?");
    }
}

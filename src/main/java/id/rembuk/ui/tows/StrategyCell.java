package id.rembuk.ui.tows;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.tows.TowsMatrix.Entry;
import id.rembuk.ui.tows.TowsMatrix.Link;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * A strategy in its cell: its ref (SO1), the text wrapped, and the cards it combines as refs in
 * their quadrant's colour; a link that no longer fits is red and says why.
 */
final class StrategyCell extends ListCell<Entry> {
    private final TowsViewModel vm;
    private final Label ref = new Label();
    private final Text text = new Text();
    private final FlowPane links = new FlowPane(4, 3);
    private final HBox box;

    StrategyCell(TowsViewModel vm) {
        this.vm = vm;
        ref.getStyleClass().addAll("tows-ref", "strategy-ref");
        ref.setMinWidth(Label.USE_PREF_SIZE);
        text.getStyleClass().add("tows-text");
        TextFlow flow = new TextFlow(text);
        VBox body = new VBox(3, flow, links);
        HBox.setHgrow(body, Priority.ALWAYS);
        box = new HBox(6, ref, body);
        box.setAlignment(Pos.TOP_LEFT);
        setPrefWidth(0);
        getStyleClass().add("tows-item");
    }

    @Override
    protected void updateItem(Entry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            setAccessibleText(null);
            pseudoClassStateChanged(CardCell.LIT, false);
            return;
        }
        ref.setText(entry.ref());
        text.setText(entry.strategy().text());
        links.getChildren().clear();
        for (Link l : entry.links()) {
            links.getChildren().add(chip(l));
        }
        if (entry.links().isEmpty()) {
            Label none = new Label(Messages.get("tows.strategy.noLinks"));
            none.getStyleClass().add("tows-nolinks");
            links.getChildren().add(none);
        }
        pseudoClassStateChanged(CardCell.LIT, vm.litStrategies().contains(entry.id()));
        setGraphic(box);
        setAccessibleText(Messages.get("tows.strategy.accessible", entry.ref(), entry.strategy().text(),
                entry.links().size(), entry.misfits().size()));
    }

    private Node chip(Link l) {
        Label chip = new Label(l.ref().isEmpty() ? "?" : l.ref());
        chip.getStyleClass().add("tows-ref");
        l.quadrant().ifPresent(q -> chip.getStyleClass().add("q-" + q.name()));
        String tip = l.text();
        if (!l.fits()) {
            chip.getStyleClass().add("misfit");
            chip.setGraphic(new FontIcon(Material2OutlinedMZ.WARNING));
            chip.getGraphic().getStyleClass().add("tows-warning");
            String why = problemText(vm, l);
            tip = why + (l.text().isEmpty() ? "" : "\n" + l.text());
        }
        if (!tip.isEmpty()) {
            chip.setTooltip(new Tooltip(tip));
        }
        return chip;
    }

    /** Why a link no longer fits, in words ("Kartu digabung ke S2"). */
    static String problemText(TowsViewModel vm, Link l) {
        return l.problem().map(p -> switch (p) {
            case MERGED -> Messages.get("tows.link.merged",
                    vm.matrixProperty().get().card(l.mergedInto()).map(TowsMatrix.Card::ref).orElse("?"));
            default -> Messages.get("tows.link." + p.name().toLowerCase(Locale.ROOT));
        }).orElse("");
    }
}

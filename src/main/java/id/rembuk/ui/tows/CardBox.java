package id.rembuk.ui.tows;

import id.rembuk.domain.SwotItem;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.tows.TowsMatrix.Card;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One quadrant's cards beside the matrix; selecting one lights the strategies that use it. */
final class CardBox {
    private final TowsViewModel vm;
    private final SwotItem.Quadrant quadrant;
    private final ListView<Card> list;

    CardBox(TowsViewModel vm, SwotItem.Quadrant quadrant) {
        this.vm = vm;
        this.quadrant = quadrant;
        this.list = new ListView<>(vm.cards(quadrant));
    }

    Node root() {
        Label title = new Label(Messages.get(quadrant.messageKey()));
        title.getStyleClass().addAll("tows-box-title", "q-" + quadrant.name());
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label count = new Label();
        count.getStyleClass().add("tows-box-count");
        count.setMinWidth(0);
        id.rembuk.ui.FullText.onHover(count);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("tows.cards.count", vm.cards(quadrant).size()), vm.cards(quadrant)));
        HBox head = new HBox(title, count);
        head.getStyleClass().add("tows-box-head");

        String q = quadrant.name().toLowerCase(Locale.ROOT);
        list.setId("towsCards-" + quadrant.name());
        list.setAccessibleText(Messages.get(quadrant.messageKey()));
        list.setCellFactory(v -> new CardCell(vm, false));
        Label empty = new Label(Messages.get("tows.cards.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("tows-meta");
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, c) -> {
            if (c != null) {
                vm.selectedCardProperty().set(c.id());
            } else if (old != null && old.id().equals(vm.selectedCardProperty().get())
                    && list.getItems().stream().noneMatch(x -> x.id().equals(old.id()))) {
                // only a user clearing it, or the item leaving; a list filled again keeps it (follow() reselects)
                vm.selectedCardProperty().set(null);
            }
        });
        // the model's selection (or another list's) clears this one; lit cells are drawn again
        Observe.whileAlive(list, this::follow, vm.selectedCardProperty(), vm.litCards(), vm.cards(quadrant));
        VBox box = new VBox(head, list);
        box.setId("towsBox-" + q);
        box.getStyleClass().add("tows-box");
        box.setMinHeight(0);
        return box;
    }

    private void follow() {
        String id = vm.selectedCardProperty().get();
        Card now = list.getSelectionModel().getSelectedItem();
        if (id == null || vm.cards(quadrant).stream().noneMatch(c -> c.id().equals(id))) {
            if (now != null) {
                list.getSelectionModel().clearSelection();
            }
        } else if (now == null || !now.id().equals(id)) {
            vm.cards(quadrant).stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> {
                list.getSelectionModel().select(c);
                list.scrollTo(c);
            });
        }
        if (vm.selectedStrategyProperty().get() != null) {
            // the selected strategy's card in this quadrant comes into view
            vm.cards(quadrant).stream().filter(c -> vm.litCards().contains(c.id())).findFirst()
                    .ifPresent(list::scrollTo);
        }
        list.refresh();
    }
}

package id.rembuk.ui.tows;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Strategy;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.tows.TowsMatrix.Entry;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * One cell of the matrix (SO, ST, WO or WT): its strategies in order, with the keys of every list
 * in the app: Insert adds, Enter/F2/double-click edits, Delete deletes (undo brings it back),
 * Alt+↑/↓ moves.
 */
final class StrategyBox {
    private final TowsViewModel vm;
    private final Strategy.Type type;
    private final ListView<Entry> list;

    StrategyBox(TowsViewModel vm, Strategy.Type type) {
        this.vm = vm;
        this.type = type;
        this.list = new ListView<>(vm.cell(type));
    }

    Node root() {
        Label title = new Label(type.name());
        title.getStyleClass().addAll("tows-ref", "strategy-ref");
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label name = new Label(Messages.get("tows.cell." + type.name().toLowerCase(java.util.Locale.ROOT)));
        name.getStyleClass().add("tows-box-title");
        name.setMinWidth(0);
        id.rembuk.ui.FullText.onHover(name);
        Label count = new Label();
        count.getStyleClass().add("tows-box-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.size(vm.cell(type)).asString());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button add = new Button(null, new FontIcon(Material2OutlinedAL.ADD));
        add.setId("towsAdd-" + type.name());
        add.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        add.setTooltip(new Tooltip(Messages.get("tows.cell.add", type.name())));
        add.setAccessibleText(Messages.get("tows.cell.add", type.name()));
        add.setOnAction(e -> vm.startNew(type));
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(title, name, count, gap, add);
        head.getStyleClass().add("tows-box-head");

        list.setId("towsCell-" + type.name());
        list.setAccessibleText(Messages.get(type.messageKey()));
        list.setCellFactory(v -> {
            StrategyCell cell = new StrategyCell(vm);
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && cell.getItem() != null) {
                    vm.startEdit(cell.getItem().id());
                }
            });
            return cell;
        });
        Label empty = new Label(Messages.get("tows.cell.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("tows-meta");
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, e) -> {
            if (e != null) {
                vm.selectedStrategyProperty().set(e.id());
            } else if (old != null && old.id().equals(vm.selectedStrategyProperty().get())
                    && list.getItems().stream().noneMatch(x -> x.id().equals(old.id()))) {
                // only a user clearing it, or the item leaving; a list filled again keeps it (follow() reselects)
                vm.selectedStrategyProperty().set(null);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.setContextMenu(menu());
        Observe.whileAlive(list, this::follow, vm.selectedStrategyProperty(), vm.litStrategies(), vm.cell(type));
        VBox box = new VBox(head, list);
        box.setId("towsBox-" + type.name());
        box.getStyleClass().addAll("tows-box", "strategy-box");
        box.setMinHeight(0);
        return box;
    }

    private void key(KeyEvent e) {
        Entry selected = list.getSelectionModel().getSelectedItem();
        KeyCode k = e.getCode();
        if (k == KeyCode.INSERT || (k == KeyCode.ENTER && selected == null)) {
            vm.startNew(type);
        } else if (selected == null) {
            return;
        } else if ((k == KeyCode.ENTER || k == KeyCode.F2) && !e.isAltDown()) {
            vm.startEdit(selected.id());
        } else if (k == KeyCode.DELETE) {
            vm.delete(selected.id());
        } else if (e.isAltDown() && (k == KeyCode.UP || k == KeyCode.DOWN)) {
            vm.move(selected.id(), k == KeyCode.UP ? -1 : 1);
        } else {
            return;
        }
        e.consume();
    }

    private ContextMenu menu() {
        MenuItem edit = new MenuItem(Messages.get("tows.menu.edit"), new FontIcon(Material2OutlinedAL.EDIT));
        edit.setOnAction(e -> selected(id -> vm.startEdit(id)));
        MenuItem up = new MenuItem(Messages.get("tows.menu.up"), new FontIcon(Material2OutlinedAL.ARROW_UPWARD));
        up.setOnAction(e -> selected(id -> vm.move(id, -1)));
        MenuItem down = new MenuItem(Messages.get("tows.menu.down"),
                new FontIcon(Material2OutlinedAL.ARROW_DOWNWARD));
        down.setOnAction(e -> selected(id -> vm.move(id, 1)));
        MenuItem mend = new MenuItem(Messages.get("tows.menu.mend"), new FontIcon(Material2OutlinedAL.BUILD));
        mend.setOnAction(e -> selected(vm::mendLinks));
        MenuItem delete = new MenuItem(Messages.get("tows.menu.delete"), new FontIcon(Material2OutlinedAL.DELETE));
        delete.setOnAction(e -> selected(vm::delete));
        ContextMenu menu = new ContextMenu(edit, up, down, mend, new SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> {
            Entry s = list.getSelectionModel().getSelectedItem();
            boolean none = s == null;
            edit.setDisable(none);
            up.setDisable(none || list.getSelectionModel().getSelectedIndex() == 0);
            down.setDisable(none || list.getSelectionModel().getSelectedIndex() == list.getItems().size() - 1);
            mend.setDisable(none || s.misfits().isEmpty());
            delete.setDisable(none);
        });
        return menu;
    }

    private void selected(java.util.function.Consumer<String> action) {
        Entry s = list.getSelectionModel().getSelectedItem();
        if (s != null) {
            action.accept(s.id());
        }
    }

    private void follow() {
        String id = vm.selectedStrategyProperty().get();
        Entry now = list.getSelectionModel().getSelectedItem();
        if (id == null || vm.cell(type).stream().noneMatch(c -> c.id().equals(id))) {
            if (now != null) {
                list.getSelectionModel().clearSelection();
            }
        } else if (now == null || !now.id().equals(id)) {
            vm.cell(type).stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> {
                list.getSelectionModel().select(c);
                // a strategy just saved or moved keeps the keyboard where it is
                Platform.runLater(() -> list.scrollTo(c));
            });
        }
        list.refresh();
    }

    ListView<Entry> list() {
        return list;
    }
}

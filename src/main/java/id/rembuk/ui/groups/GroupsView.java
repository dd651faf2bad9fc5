package id.rembuk.ui.groups;

import atlantafx.base.controls.Spacer;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.groups.GroupsViewModel.Card;
import id.rembuk.ui.groups.GroupsViewModel.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The groups screen: the groups as cards three to a row (six fit a 1366×768 window beside the
 * sidebar), the people in no group on the left, and "Bagi otomatis…" with its preview. A person
 * moves by dragging, with Alt+←/→ from a list, or through the list's menu (Shift+F10).
 */
public final class GroupsView {
    /** The sidebar title's key, for registering the area: "Kelompok". */
    public static final String NAV_TITLE_KEY = "groups.nav";
    private static final String CSS = GroupsView.class.getResource("/id/rembuk/ui/groups/groups.css")
            .toExternalForm();
    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");
    private static final int COLUMNS = 3;
    /** Below this a card's list is too short to work in; the page scrolls instead. */
    private static final double CARD_MIN_HEIGHT = 270;

    private final GroupsViewModel vm;
    private final Map<String, GroupCard> cards = new LinkedHashMap<>();
    private final GridPane grid = new GridPane();
    private ListView<Member> poolList;
    /** The person just moved from the keyboard or a menu: selected and focused where they arrive. */
    private String follow;

    public GroupsView(GroupsViewModel vm) {
        this.vm = vm;
    }

    public Node root() {
        BorderPane content = new BorderPane();
        content.setTop(toolbar());
        content.setLeft(pool());
        content.setCenter(groups());
        content.getStyleClass().add("groups-content");
        content.disableProperty().bind(vm.previewingProperty());

        Label none = new Label(Messages.get("groups.noSession"));
        none.setId("groupsNoSession");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(vm.hasSessionProperty().not());
        content.visibleProperty().bind(vm.hasSessionProperty());

        AutoAssignPane auto = new AutoAssignPane(vm);
        StackPane root = new StackPane(content, none, auto.root());
        root.setId("groups");
        root.getStyleClass().add("groups");
        root.getStylesheets().add(CSS);
        return root;
    }

    private Node toolbar() {
        Label title = new Label(Messages.get("groups.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("groupsSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinWidth(0);

        ToggleSwitch elements = new ToggleSwitch(Messages.get("groups.elements"));
        elements.setId("groupsElements");
        elements.setTooltip(new Tooltip(Messages.get("groups.elements.tooltip")));
        elements.setAccessibleText(Messages.get("groups.elements.tooltip"));
        elements.setMinWidth(Region.USE_PREF_SIZE);
        Observe.whileAlive(elements, () -> elements.setSelected(vm.elementGroupsProperty().get()),
                vm.elementGroupsProperty());
        elements.selectedProperty().addListener((o, was, on) -> {
            if (on != vm.elementGroupsProperty().get()) {
                vm.setElementGroups(on);
            }
        });

        Button auto = new Button(Messages.get("groups.auto"), new FontIcon(Material2OutlinedMZ.SHUFFLE));
        auto.setId("groupsAuto");
        auto.getStyleClass().add(Styles.ACCENT);
        auto.setMinWidth(Region.USE_PREF_SIZE);
        auto.setTooltip(new Tooltip(Messages.get("groups.auto.tooltip")));
        auto.setOnAction(e -> vm.startAutoAssign());

        VBox titles = new VBox(0, title, summary);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox bar = new HBox(16, titles, new Spacer(), elements, auto);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("groups-toolbar");
        return bar;
    }

    private Node pool() {
        Label title = new Label();
        title.setId("poolTitle");
        title.getStyleClass().add("pool-title");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("groups.pool.count", vm.pool().size()), vm.pool()));
        poolList = new ListView<>(vm.pool());
        poolList.setId("poolList");
        poolList.getStyleClass().addAll("member-list", Styles.DENSE);
        poolList.setCellFactory(v -> new MemberCell());
        Label empty = new Label(Messages.get("groups.pool.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        poolList.setPlaceholder(empty);
        VBox.setVgrow(poolList, Priority.ALWAYS);
        listKeys(poolList);
        VBox box = new VBox(6, title, poolList);
        box.setId("groupsPool");
        box.getStyleClass().add("groups-pool");
        box.setPrefWidth(180);
        box.setMinWidth(150);
        dropTarget(box, "");
        Observe.whileAlive(box, () -> followInto(poolList), vm.pool());
        return box;
    }

    private Node groups() {
        grid.setId("groupsGrid");
        grid.getStyleClass().add("groups-grid");
        grid.setHgap(12);
        grid.setVgap(12);
        for (int i = 0; i < COLUMNS; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / COLUMNS);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        Observe.whileAlive(grid, this::updateCards, vm.cards());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("groupsScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("groups-scroll");
        return scroll;
    }

    /** Updates the cards in place; rebuilds the grid only when the set of groups changed. */
    private void updateCards() {
        List<String> ids = vm.cards().stream().map(Card::groupId).toList();
        if (!ids.equals(new ArrayList<>(cards.keySet()))) {
            Map<String, GroupCard> old = new LinkedHashMap<>(cards);
            cards.clear();
            grid.getChildren().clear();
            grid.getRowConstraints().clear();
            int i = 0;
            for (Card c : vm.cards()) {
                GroupCard card = old.containsKey(c.groupId()) ? old.get(c.groupId()) : newCard(c);
                cards.put(c.groupId(), card);
                grid.add(card.root(), i % COLUMNS, i / COLUMNS);
                i++;
            }
            for (int r = 0; r < (i + COLUMNS - 1) / COLUMNS; r++) {
                RowConstraints row = new RowConstraints();
                row.setMinHeight(CARD_MIN_HEIGHT);
                row.setVgrow(Priority.ALWAYS);
                row.setFillHeight(true);
                grid.getRowConstraints().add(row);
            }
        }
        for (Card c : vm.cards()) {
            cards.get(c.groupId()).update(c);
        }
        cards.values().forEach(c -> followInto(c.list()));
    }

    private GroupCard newCard(Card c) {
        GroupCard card = new GroupCard(vm, c, (leader, text) -> leader ? vm.setLeader(c.groupId(), text)
                : vm.setNoteTaker(c.groupId(), text));
        listKeys(card.list());
        dropTarget(card.root(), c.groupId());
        return card;
    }

    /** When the person just moved has arrived in this list: select them there and give it the focus. */
    private void followInto(ListView<Member> list) {
        String id = follow;
        if (id == null) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id().equals(id)) {
                follow = null;
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                list.requestFocus();
                return;
            }
        }
    }

    /** Alt+←/→ moves the selected person one group along; the list's menu moves them anywhere. */
    private void listKeys(ListView<Member> list) {
        ContextMenu menu = new ContextMenu();
        // a context menu with no items refuses to show: fill it before the list asks it to
        list.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                e -> fillMenu(menu, list.getSelectionModel().getSelectedItem()));
        list.setContextMenu(menu);
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // not every platform turns the menu key or Shift+F10 into a context-menu request
            boolean menuKey = e.getCode() == KeyCode.CONTEXT_MENU
                    || e.getCode() == KeyCode.F10 && e.isShiftDown() && !e.isControlDown() && !e.isAltDown();
            if (menuKey) {
                e.consume();
                showMenu(list, menu);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Member m = list.getSelectionModel().getSelectedItem();
            boolean onlyAlt = e.isAltDown() && !e.isControlDown() && !e.isShiftDown() && !e.isMetaDown();
            if (m == null || !onlyAlt || e.getCode() != KeyCode.LEFT && e.getCode() != KeyCode.RIGHT) {
                return;
            }
            e.consume();
            follow = m.id();
            Optional<String> to = vm.moveBy(m.id(), e.getCode() == KeyCode.RIGHT ? 1 : -1);
            if (to.isEmpty()) {
                follow = null;
            } else {
                // the state may already be there (a quick write): look now as well as at the next change
                cards.values().forEach(c -> followInto(c.list()));
                followInto(poolList);
            }
        });
    }

    /** Opens the menu beside the selected person, or at the list's top when none is. */
    private void showMenu(ListView<Member> list, ContextMenu menu) {
        fillMenu(menu, list.getSelectionModel().getSelectedItem());
        Node anchor = list.lookupAll(".member-cell").stream()
                .filter(n -> n instanceof MemberCell c && c.isSelected() && !c.isEmpty()).findFirst().orElse(list);
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        if (b != null) {
            menu.show(anchor, b.getMinX() + 24, b.getMaxY());
        }
    }

    private void fillMenu(ContextMenu menu, Member m) {
        menu.getItems().clear();
        if (m == null) {
            MenuItem none = new MenuItem(Messages.get("groups.menu.choose"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        Menu to = new Menu(Messages.get("groups.menu.moveTo"));
        to.setId("moveToMenu");
        for (String dest : vm.destinations()) {
            if (dest.equals(m.groupId()) || dest.isEmpty()) {
                continue;
            }
            MenuItem item = new MenuItem(vm.groupName(dest));
            item.setId("moveTo-" + dest);
            item.setOnAction(e -> moveFollowing(m.id(), dest));
            to.getItems().add(item);
        }
        menu.getItems().add(to);
        if (vm.destinations().contains(m.groupId()) && !m.groupId().isEmpty()) {
            MenuItem out = new MenuItem(Messages.get("groups.menu.toPool"));
            out.setId("moveTo-pool");
            out.setOnAction(e -> moveFollowing(m.id(), ""));
            menu.getItems().add(out);
        }
    }

    private void moveFollowing(String participantId, String groupId) {
        follow = participantId;
        if (!vm.move(participantId, groupId)) {
            follow = null;
        }
    }

    /** A card or the pool takes people dragged from any list. */
    private void dropTarget(Region target, String groupId) {
        target.setOnDragOver(e -> {
            if (dragged(e).isPresent()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        target.setOnDragEntered(e -> target.pseudoClassStateChanged(DROP, dragged(e).isPresent()));
        target.setOnDragExited(e -> target.pseudoClassStateChanged(DROP, false));
        target.setOnDragDropped(e -> {
            Optional<String> id = dragged(e);
            id.ifPresent(p -> moveFollowing(p, groupId));
            e.setDropCompleted(id.isPresent());
            target.pseudoClassStateChanged(DROP, false);
            e.consume();
        });
    }

    private static Optional<String> dragged(DragEvent e) {
        String s = e.getDragboard().hasString() ? e.getDragboard().getString() : null;
        return s != null && s.startsWith(MemberCell.DRAG_PREFIX)
                ? Optional.of(s.substring(MemberCell.DRAG_PREFIX.length())) : Optional.empty();
    }
}

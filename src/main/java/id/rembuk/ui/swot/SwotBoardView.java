package id.rembuk.ui.swot;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.SwotItem.Quadrant;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.board.BoardDrop;
import id.rembuk.ui.board.BoardLane;
import id.rembuk.ui.board.BoardView;
import id.rembuk.ui.board.DropPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * A SWOT board screen: the four quadrants (S W / O T) as a {@link BoardView}, the board chooser, who
 * writes, the voting strip and a status line with the selection's commands. On the facilitator's
 * screen it also runs the rounds, private writing and the projector; on a group's laptop it writes
 * and votes as that group.
 */
public final class SwotBoardView implements CardActions {
    /** The sidebar title's key: "Papan SWOT". */
    public static final String NAV_TITLE_KEY = "swot.nav";
    static final String CSS = SwotBoardView.class.getResource("/id/rembuk/ui/swot/swot.css").toExternalForm();
    private static final KeyCombination MERGE = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CLUSTER = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNCLUSTER = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final SwotBoardViewModel vm;
    /** Shows a node on the room's screen; null on a group's laptop. */
    private final Consumer<Supplier<Node>> projector;
    private final boolean facilitator;
    private final Set<String> expanded = new HashSet<>();
    private BoardView<SwotCard> board;
    private TextField clusterField;

    public SwotBoardView(SwotBoardViewModel vm, Consumer<Supplier<Node>> projector) {
        this.vm = vm;
        this.projector = projector;
        this.facilitator = vm.ownGroup() == null;
    }

    public Node root() {
        board = board();
        BorderPane content = new BorderPane(board);
        content.setTop(new VBox(8, headRow(), new SwotVotingBar(vm).root()));
        content.setBottom(statusRow());
        content.getStyleClass().add("swot-content");
        BorderPane.setMargin(board, new javafx.geometry.Insets(8, 0, 8, 0));

        Label none = new Label(Messages.get("swot.noSession"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(vm.hasSessionProperty().not());
        content.visibleProperty().bind(vm.hasSessionProperty());
        StackPane root = new StackPane(content, none);
        root.setId(facilitator ? "swot" : "swotGroup");
        root.getStyleClass().addAll("swot", facilitator ? "swot-facilitator" : "swot-group");
        root.getStylesheets().add(CSS);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::keys);
        return root;
    }

    // ---- the board ----

    private BoardView<SwotCard> board() {
        List<BoardLane> lanes = new ArrayList<>();
        int i = 0;
        for (Quadrant q : Quadrant.values()) {
            lanes.add(new BoardLane(q.name(), SwotBoardViewModel.quadrantLabel(q),
                    Messages.get("swot.add." + q.name().toLowerCase(Locale.ROOT)),
                    "quadrant-" + q.name().toLowerCase(Locale.ROOT), i % 2, i / 2));
            i++;
        }
        BoardView<SwotCard> b = new BoardView<>(lanes, SwotCard::id, SwotCard::text, SwotCard::cluster,
                () -> new SwotCardView(this));
        b.setId("swotBoard");
        b.setDropPolicy(new DropPolicy<>() {
            @Override
            public boolean allows(SwotCard item, BoardDrop drop) {
                return vm.allowsMove(item.id(), Quadrant.valueOf(drop.lane()), drop.index(), drop.cluster());
            }

            @Override
            public void drop(SwotCard item, BoardDrop drop) {
                vm.move(item.id(), Quadrant.valueOf(drop.lane()), drop.index(), drop.cluster());
            }
        });
        b.setOnAdd((lane, text) -> vm.add(Quadrant.valueOf(lane), text));
        b.setOnEdit((card, text) -> vm.edit(card.id(), text));
        b.setOnDelete(cards -> vm.delete(cards.stream().map(SwotCard::id).toList()));
        b.setOnRenameCluster((lane, from, to) -> vm.renameCluster(Quadrant.valueOf(lane), from, to));
        b.setOnDissolveCluster((lane, title) -> vm.dissolveCluster(Quadrant.valueOf(lane), title));
        for (Quadrant q : Quadrant.values()) {
            Observe.whileAlive(b, () -> b.setItems(q.name(), vm.cards(q)), vm.cards(q));
        }
        // dots and the vote buttons are drawn from the round's state: redraw when it opens or closes
        Observe.whileAlive(b, () -> {
            for (Quadrant q : Quadrant.values()) {
                b.list(q.name()).refresh();
            }
        }, vm.roundOpenProperty());
        return b;
    }

    // ---- card actions ----

    @Override
    public void vote(String cardId) {
        vm.vote(cardId);
    }

    @Override
    public void unvote(String cardId) {
        vm.unvote(cardId);
    }

    @Override
    public void unmerge(String cardId) {
        vm.unmerge(cardId);
    }

    @Override
    public boolean votingOpen() {
        return vm.roundOpenProperty().get();
    }

    @Override
    public boolean expanded(String cardId) {
        return expanded.contains(cardId);
    }

    @Override
    public void toggleExpanded(String cardId) {
        if (!expanded.remove(cardId)) {
            expanded.add(cardId);
        }
    }

    private List<String> selectedIds() {
        return board.selection().stream().map(SwotCard::id).toList();
    }

    private void keys(KeyEvent e) {
        if (e.getTarget() instanceof TextField || e.getTarget() instanceof javafx.scene.control.TextArea) {
            return;
        }
        if (MERGE.match(e)) {
            vm.merge(selectedIds());
            e.consume();
        } else if (UNCLUSTER.match(e)) {
            vm.removeFromCluster(selectedIds());
            e.consume();
        } else if (CLUSTER.match(e)) {
            startCluster();
            e.consume();
        } else if (!e.isShortcutDown() && !e.isAltDown() && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD
                || e.getCode() == KeyCode.EQUALS)) {
            selectedIds().forEach(vm::vote);
            e.consume();
        } else if (!e.isShortcutDown() && !e.isAltDown() && (e.getCode() == KeyCode.MINUS
                || e.getCode() == KeyCode.SUBTRACT)) {
            selectedIds().forEach(vm::unvote);
            e.consume();
        }
    }

    private void startCluster() {
        if (board.selection().isEmpty()) {
            vm.messageProperty().set(Messages.get("swot.msg.selectFirst"));
            return;
        }
        String common = board.selection().get(0).cluster();
        clusterField.setText(common);
        clusterField.requestFocus();
        clusterField.selectAll();
    }

    // ---- rows ----

    private Node headRow() {
        Label kicker = new Label(Messages.get("swot.kicker"));
        kicker.getStyleClass().add("swot-kicker");
        kicker.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label();
        title.setId("swotTitle");
        title.getStyleClass().add("swot-title");
        title.textProperty().bind(vm.titleProperty());
        id.rembuk.ui.FullText.onHover(title);
        // the selected board's key already names it: the long title gives way first on a narrow screen
        title.setMinWidth(80);
        HBox titles = new HBox(8, kicker, title);
        titles.setMinWidth(Region.USE_COMPUTED_SIZE);
        titles.setAlignment(Pos.BASELINE_LEFT);

        HBox scopes = new HBox(0);
        scopes.setId("swotScopes");
        scopes.setAlignment(Pos.CENTER_LEFT);
        ToggleGroup group = new ToggleGroup();
        Observe.whileAlive(scopes, () -> {
            scopes.getChildren().clear();
            group.getToggles().clear();
            for (SwotScope sc : vm.scopes()) {
                ToggleButton t = new ToggleButton(vm.scopeShort(sc));
                t.setId("swotScope-" + sc.code());
                t.setToggleGroup(group);
                t.setUserData(sc);
                t.setTooltip(new Tooltip(vm.scopeTitle(sc)));
                t.setSelected(sc.equals(vm.scopeProperty().get()));
                t.setMinWidth(Region.USE_PREF_SIZE);
                scopes.getChildren().add(t);
            }
            // one look for two to six boards: the first and last round off the row
            for (int i = 0; i < scopes.getChildren().size(); i++) {
                Node n = scopes.getChildren().get(i);
                if (scopes.getChildren().size() > 1) {
                    n.getStyleClass().add(i == 0 ? Styles.LEFT_PILL
                            : i == scopes.getChildren().size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
                }
            }
            scopes.setVisible(vm.scopes().size() > 1);
            scopes.setManaged(vm.scopes().size() > 1);
        }, vm.scopes(), vm.scopeProperty());
        group.selectedToggleProperty().addListener((o, old, sel) -> {
            if (sel == null) {
                if (old != null && vm.scopes().contains((SwotScope) old.getUserData())) {
                    group.selectToggle(old);
                }
            } else if (!sel.getUserData().equals(vm.scopeProperty().get())) {
                expanded.clear();
                vm.scopeProperty().set((SwotScope) sel.getUserData());
            }
        });

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(12, titles, scopes, gap, sortToggle());
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("swot-head");
        if (facilitator) {
            row.getChildren().addAll(concealToggle(), projectorButton());
        }
        // Tahap I with dimension boards begun: up to nine board keys; the tools keep only their icons
        List<Labeled> tools = row.getChildren().stream().filter(n -> n instanceof ButtonBase)
                .map(n -> (Labeled) n).toList();
        Observe.whileAlive(row, () -> {
            boolean compact = vm.scopes().size() > 4;
            tools.forEach(t -> t.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT));
        }, vm.scopes());
        return row;
    }

    private Node sortToggle() {
        ToggleButton sort = new ToggleButton(Messages.get("swot.sort"), new FontIcon(Material2MZ.SORT));
        sort.setId("swotSort");
        sort.setMinWidth(Region.USE_PREF_SIZE);
        sort.setTooltip(new Tooltip(Messages.get("swot.sort.tooltip")));
        sort.selectedProperty().bindBidirectional(vm.sortByVotesProperty());
        return sort;
    }

    private Node writer() {
        Label label = new Label(Messages.get("swot.writer.label"));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (!facilitator) {
            Label chip = new Label();
            chip.getStyleClass().add("swot-chip");
            chip.setMinWidth(Region.USE_PREF_SIZE);
            Observe.whileAlive(chip, () -> {
                SwotBoardViewModel.Choice c = vm.writers().isEmpty() ? null : vm.writers().get(0);
                chip.setText(c == null ? "" : c.label());
                chip.getStyleClass().removeIf(s -> s.startsWith("group-"));
                if (c != null) {
                    chip.getStyleClass().add(c.style());
                }
            }, vm.writers());
            HBox box = new HBox(6, label, chip);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }
        ComboBox<SwotBoardViewModel.Choice> box = Choices.box(vm.writers(), "swotWriter");
        box.setPrefWidth(210);
        label.setLabelFor(box);
        Observe.whileAlive(box, () -> Choices.select(box, vm.writerProperty().get()), vm.writerProperty(), vm.writers());
        box.valueProperty().addListener((o, old, c) -> {
            if (c != null && !c.id().equals(vm.writerProperty().get())) {
                vm.writerProperty().set(c.id());
            }
        });
        box.setTooltip(new Tooltip(Messages.get("swot.writer.tooltip")));
        HBox row = new HBox(6, label, box);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node concealToggle() {
        ToggleButton conceal = new ToggleButton(Messages.get("swot.conceal"), new FontIcon(Material2OutlinedMZ.VISIBILITY_OFF));
        conceal.setId("swotConceal");
        conceal.setTooltip(new Tooltip(Messages.get("swot.conceal.tooltip")));
        conceal.setMinWidth(Region.USE_PREF_SIZE);
        Observe.whileAlive(conceal, () -> {
            boolean on = vm.concealedProperty().get();
            conceal.setSelected(on);
            conceal.setText(Messages.get(on ? "swot.reveal" : "swot.conceal"));
            ((FontIcon) conceal.getGraphic()).setIconCode(on ? Material2OutlinedMZ.VISIBILITY
                    : Material2OutlinedMZ.VISIBILITY_OFF);
            conceal.getStyleClass().remove(Styles.ACCENT);
            if (on) {
                conceal.getStyleClass().add(Styles.ACCENT);
            }
        }, vm.concealedProperty());
        conceal.setOnAction(e -> {
            vm.setConcealed(!vm.concealedProperty().get());
            conceal.setSelected(vm.concealedProperty().get());
        });
        return conceal;
    }

    private Node projectorButton() {
        SplitMenuButton show = new SplitMenuButton();
        show.setId("swotProjector");
        show.setText(Messages.get("swot.projector"));
        show.setGraphic(new FontIcon(Material2OutlinedAL.CAST));
        show.setTooltip(new Tooltip(Messages.get("swot.projector")));
        show.setMinWidth(Region.USE_PREF_SIZE);
        show.setOnAction(e -> showOnProjector(null));
        MenuItem all = new MenuItem(Messages.get("swot.projector.all"));
        all.setOnAction(e -> showOnProjector(null));
        show.getItems().add(all);
        for (Quadrant q : Quadrant.values()) {
            MenuItem one = new MenuItem(Messages.get("swot.projector.one", SwotBoardViewModel.quadrantLabel(q)));
            one.setOnAction(e -> showOnProjector(q));
            show.getItems().add(one);
        }
        show.setDisable(projector == null);
        return show;
    }

    private void showOnProjector(Quadrant focus) {
        vm.plenoFocusProperty().set(focus);
        if (projector != null) {
            projector.accept(() -> new SwotPlenoView(vm).root());
        }
    }

    private Node statusRow() {
        Label message = new Label();
        message.setId("swotMessage");
        message.getStyleClass().add("swot-message");
        message.setMinWidth(0);
        id.rembuk.ui.FullText.onHover(message);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setTooltip(new Tooltip());
        message.getTooltip().textProperty().bind(message.textProperty());
        Observe.whileAlive(message, () -> {
            String m = vm.messageProperty().get();
            boolean warn = m != null && !m.isEmpty();
            // one card selected: which group's laptop wrote it and which changed it last, instead of the hint
            String origin = board.selection().size() == 1 ? vm.provenance(board.selection().get(0).id()) : "";
            message.setText(warn ? m : !origin.isEmpty() ? origin
                    : Messages.get(facilitator ? "swot.hint" : "swot.hint.group"));
            message.getStyleClass().remove(Styles.WARNING);
            if (warn) {
                message.getStyleClass().add(Styles.WARNING);
            }
            message.setGraphic(warn ? new FontIcon(Material2OutlinedAL.ERROR_OUTLINE)
                    : !origin.isEmpty() ? new FontIcon(Material2OutlinedAL.HISTORY) : null);
        }, vm.messageProperty(), board.selection());

        Label selected = new Label();
        selected.setId("swotSelected");
        selected.getStyleClass().add(Styles.TEXT_MUTED);
        selected.setMinWidth(Region.USE_PREF_SIZE);
        clusterField = new TextField();
        clusterField.setId("swotClusterTitle");
        clusterField.setPromptText(Messages.get("swot.cluster.prompt"));
        clusterField.setPrefColumnCount(12);
        clusterField.setMinWidth(Region.USE_PREF_SIZE);
        clusterField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (vm.cluster(selectedIds(), clusterField.getText())) {
                    clusterField.clear();
                    board.requestFocus();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                clusterField.clear();
                e.consume();
            }
        });
        Button cluster = new Button(Messages.get("swot.cluster"), new FontIcon(Material2OutlinedAL.CATEGORY));
        cluster.setId("swotCluster");
        cluster.setTooltip(new Tooltip(Messages.get("swot.cluster.tooltip")));
        cluster.setOnAction(e -> {
            if (clusterField.getText().isBlank()) {
                startCluster();
            } else if (vm.cluster(selectedIds(), clusterField.getText())) {
                clusterField.clear();
            }
        });
        Button uncluster = new Button(null, new FontIcon(Material2OutlinedAL.LAYERS_CLEAR));
        uncluster.setId("swotUncluster");
        uncluster.setTooltip(new Tooltip(Messages.get("swot.uncluster.tooltip")));
        uncluster.setAccessibleText(Messages.get("swot.uncluster.tooltip"));
        uncluster.setOnAction(e -> vm.removeFromCluster(selectedIds()));
        Button merge = new Button(Messages.get("swot.merge"), new FontIcon(Material2MZ.MERGE_TYPE));
        merge.setId("swotMerge");
        merge.setTooltip(new Tooltip(Messages.get("swot.merge.tooltip")));
        merge.setOnAction(e -> vm.merge(selectedIds()));
        Button delete = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setId("swotDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setTooltip(new Tooltip(Messages.get("swot.delete.tooltip")));
        delete.setAccessibleText(Messages.get("swot.delete.tooltip"));
        delete.setOnAction(e -> vm.delete(selectedIds()));
        for (Button b : List.of(cluster, uncluster, merge, delete)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().add(Styles.SMALL);
        }
        clusterField.getStyleClass().add(Styles.SMALL);
        Runnable selection = () -> {
            int n = board.selection().size();
            selected.setText(n == 0 ? "" : Messages.get("swot.selected", n));
            cluster.setDisable(n == 0);
            clusterField.setDisable(n == 0);
            uncluster.setDisable(board.selection().stream().allMatch(c -> c.cluster().isEmpty()));
            merge.setDisable(n < 2);
            delete.setDisable(n == 0);
        };
        board.selection().addListener((ListChangeListener<SwotCard>) c -> selection.run());
        selection.run();
        HBox row = new HBox(8, writer(), message, selected, clusterField, cluster, uncluster, merge, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("swot-status");
        return row;
    }

    /** The board control, for tests and the benchmark. */
    BoardView<SwotCard> boardView() {
        return board;
    }
}

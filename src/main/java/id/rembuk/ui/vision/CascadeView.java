package id.rembuk.ui.vision;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.vision.CascadeViewModel.Level;
import id.rembuk.ui.vision.CascadeViewModel.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The cascade as an outline made for the keyboard: Enter adds a line after the selected one at its
 * level, Tab adds one under it, Shift+Tab one level up; typing a new line and pressing Enter opens
 * the next, Esc stops. F2 edits in place, Delete deletes the branch (Ctrl+Z brings it back),
 * Alt+↑/↓ moves. The selected line's details (a target's dimension, an indicator's unit, baseline
 * and yearly targets) are edited beside the outline.
 */
final class CascadeView {
    /** What the next line is, relative to the one just written. */
    enum Next { NONE, SIBLING, CHILD, UP }

    /** A line of the outline: a node, or a new line being typed ({@code node} null). */
    record Line(Node node, Level level, String parentId, String afterId) {
        static Line of(Node n) {
            return new Line(n, n.level(), n.parentId(), null);
        }

        boolean draft() {
            return node == null;
        }
    }

    private record Pending(String id, Next next) {
    }

    private final CascadeViewModel vm;
    private final TreeView<Line> tree = new TreeView<>(new TreeItem<>());
    private final Set<String> collapsed = new HashSet<>();
    private Pending pending;

    CascadeView(CascadeViewModel vm) {
        this.vm = vm;
    }

    javafx.scene.Node root() {
        tree.setId("cascadeTree");
        tree.setShowRoot(false);
        tree.setEditable(true);
        tree.setCellFactory(t -> new CascadeCell(this));
        // the cells write through the model; the tree must not replace its own items
        tree.setOnEditCommit(e -> { });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && item.getValue() != null && !item.getValue().draft()) {
                vm.selectedProperty().set(item.getValue().node().id());
                // a new line left without Enter or Esc is given up
                Platform.runLater(this::dropIdleDrafts);
            }
        });
        Observe.whileAlive(tree, this::rebuild, vm.roots());
        Observe.whileAlive(tree, this::followSelection, vm.selectedProperty());

        Label empty = new Label(Messages.get(vm.dimensionProperty().get() == null ? "vision.cascade.empty"
                : "vision.cascade.emptyGroup"));
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setMouseTransparent(true);
        Observe.whileAlive(empty, () -> empty.setVisible(vm.roots().isEmpty()
                && tree.getRoot().getChildren().isEmpty()), vm.roots(), tree.getRoot().getChildren());
        StackPane treeBox = new StackPane(tree, empty);
        VBox.setVgrow(treeBox, Priority.ALWAYS);

        VBox left = new VBox(8, toolbar(), treeBox, KeywordBoardView.hint(vm.hintProperty()));
        left.getStyleClass().add("vision-panel");
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setPrefWidth(660);

        NodeForm form = new NodeForm(vm);
        javafx.scene.Node details = form.root();
        HBox root = new HBox(16, left, details);
        root.getStyleClass().add("vision-page");
        return root;
    }

    private javafx.scene.Node toolbar() {
        Label summary = new Label();
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button mission = new Button(Messages.get("vision.cascade.addMission"), new FontIcon(Material2OutlinedAL.ADD));
        mission.setId("cascadeAddMission");
        mission.setMinWidth(Region.USE_PREF_SIZE);
        mission.setOnAction(e -> draftMission());
        mission.setVisible(vm.writable(Level.MISSION));
        mission.setManaged(vm.writable(Level.MISSION));
        Button sibling = tool(Material2OutlinedMZ.PLAYLIST_ADD, "vision.cascade.addSibling", () -> selectedId()
                .ifPresent(id -> run(id, Next.SIBLING)));
        sibling.setId("cascadeAddSibling");
        Button child = tool(Material2OutlinedMZ.SUBDIRECTORY_ARROW_RIGHT, "vision.cascade.addChild", () ->
                selectedId().ifPresent(id -> run(id, Next.CHILD)));
        child.setId("cascadeAddChild");
        Button up = tool(Material2OutlinedAL.ARROW_UPWARD, "vision.cascade.up", () -> selectedId()
                .ifPresent(id -> vm.move(id, -1)));
        Button down = tool(Material2OutlinedAL.ARROW_DOWNWARD, "vision.cascade.down", () -> selectedId()
                .ifPresent(id -> vm.move(id, 1)));
        Button delete = tool(Material2OutlinedAL.DELETE, "vision.cascade.delete", () -> selectedId()
                .ifPresent(vm::delete));
        ToggleSwitch years = new ToggleSwitch(Messages.get("vision.cascade.tenYears"));
        years.setId("cascadeTenYears");
        years.setMinWidth(Region.USE_PREF_SIZE);
        years.selectedProperty().bindBidirectional(vm.tenYearsProperty());
        HBox bar = new HBox(6, mission, sibling, child, up, down, delete, gap, years);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, bar, summary);
    }

    private static Button tool(org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(Messages.get(tip)));
        b.setAccessibleText(Messages.get(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Optional<String> selectedId() {
        TreeItem<Line> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null || item.getValue().draft() ? Optional.empty()
                : Optional.of(item.getValue().node().id());
    }

    private void key(KeyEvent e) {
        if (tree.getEditingItem() != null) {
            return;
        }
        Optional<String> id = selectedId();
        KeyCode k = e.getCode();
        if (k == KeyCode.ENTER || k == KeyCode.INSERT) {
            if (id.isPresent()) {
                run(id.get(), Next.SIBLING);
            } else {
                draftMission();
            }
        } else if (k == KeyCode.TAB && id.isPresent()) {
            run(id.get(), e.isShiftDown() ? Next.UP : Next.CHILD);
        } else if (k == KeyCode.F2 && id.isPresent()) {
            tree.edit(tree.getSelectionModel().getSelectedItem());
        } else if (k == KeyCode.DELETE && id.isPresent()) {
            vm.delete(id.get());
        } else if (e.isAltDown() && (k == KeyCode.UP || k == KeyCode.DOWN) && id.isPresent()) {
            vm.move(id.get(), k == KeyCode.UP ? -1 : 1);
        } else {
            return;
        }
        e.consume();
    }

    // ---- the outline

    private void rebuild() {
        String selected = vm.selectedProperty().get();
        TreeItem<Line> root = tree.getRoot();
        root.getChildren().setAll(vm.roots().stream().map(this::item).toList());
        TreeItem<Line> select = find(root, selected);
        if (select != null) {
            tree.getSelectionModel().select(select);
            int row = tree.getRow(select);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
        runPending();
    }

    /** The model's selection (a line just written, a line picked elsewhere) is the tree's. */
    private void followSelection() {
        TreeItem<Line> now = tree.getSelectionModel().getSelectedItem();
        String id = vm.selectedProperty().get();
        if (id == null || now != null && now.getValue() != null && (now.getValue().draft()
                || now.getValue().node().id().equals(id))) {
            return;
        }
        TreeItem<Line> item = find(tree.getRoot(), id);
        if (item != null) {
            tree.getSelectionModel().select(item);
        }
    }

    private TreeItem<Line> item(Node n) {
        TreeItem<Line> item = new TreeItem<>(Line.of(n));
        item.getChildren().setAll(n.children().stream().map(this::item).toList());
        item.setExpanded(!collapsed.contains(n.id()));
        item.expandedProperty().addListener((o, was, now) -> {
            if (now) {
                collapsed.remove(n.id());
            } else {
                collapsed.add(n.id());
            }
        });
        return item;
    }

    private static TreeItem<Line> find(TreeItem<Line> at, String id) {
        if (id == null) {
            return null;
        }
        for (TreeItem<Line> c : at.getChildren()) {
            if (c.getValue() != null && !c.getValue().draft() && c.getValue().node().id().equals(id)) {
                return c;
            }
            TreeItem<Line> deeper = find(c, id);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /** Opens a new line relative to a node: after it, under it, or after its parent. */
    void run(String id, Next next) {
        pending = new Pending(id, next);
        runPending();
    }

    /** A new line waits for the node it follows to reach the outline (a write lands a moment later). */
    private void runPending() {
        if (pending == null) {
            return;
        }
        Optional<Node> anchor = vm.node(pending.id());
        if (anchor.isEmpty()) {
            return;
        }
        Next next = pending.next();
        pending = null;
        Node n = anchor.get();
        switch (next) {
            case SIBLING -> draft(n.level(), n.parentId(), n.id());
            case CHILD -> n.level().child().ifPresent(c -> draft(c, n.id(),
                    n.children().isEmpty() ? null : n.children().get(n.children().size() - 1).id()));
            case UP -> {
                Optional<Node> parent = vm.node(n.parentId());
                if (parent.isPresent()) {
                    draft(parent.get().level(), parent.get().parentId(), parent.get().id());
                } else {
                    draft(n.level(), n.parentId(), n.id());
                }
            }
            default -> { }
        }
    }

    private void draftMission() {
        List<Node> missions = vm.roots().stream().filter(r -> r.level() == Level.MISSION && !r.orphan()).toList();
        draft(Level.MISSION, "", missions.isEmpty() ? null : missions.get(missions.size() - 1).id());
    }

    /** Puts a new line in the outline and opens it for typing; nothing is written until Enter. */
    private void draft(Level level, String parentId, String afterId) {
        if (!vm.writable(level)) {
            return;
        }
        TreeItem<Line> parent = level == Level.MISSION ? tree.getRoot() : find(tree.getRoot(), parentId);
        if (parent == null) {
            return;
        }
        int at = 0;
        for (int i = 0; i < parent.getChildren().size(); i++) {
            Line l = parent.getChildren().get(i).getValue();
            if (l != null && !l.draft() && l.node().id().equals(afterId)) {
                at = i + 1;
            }
        }
        TreeItem<Line> item = new TreeItem<>(new Line(null, level, parentId, afterId));
        parent.getChildren().add(at, item);
        parent.setExpanded(true);
        tree.getSelectionModel().select(item);
        tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
        tree.requestFocus();
        // after the next layout: a cell exists for the new row only then
        Platform.runLater(() -> {
            if (item.getParent() != null) {
                tree.edit(item);
            }
        });
    }

    /** A line's text was typed: a new line is written, an existing one edited; then the next line opens. */
    void finish(TreeItem<Line> item, String text, Next next) {
        Line line = item.getValue();
        if (line.draft()) {
            removeDraft(item);
            if (text == null || text.isBlank()) {
                return;
            }
            vm.add(line.level(), line.parentId(), line.afterId(), text).ifPresent(id -> run(id, next));
        } else {
            vm.editText(line.node().id(), text);
            if (next != Next.NONE && next != Next.SIBLING) {
                run(line.node().id(), next);
            }
        }
        tree.requestFocus();
    }

    private void dropIdleDrafts() {
        dropIdleDrafts(tree.getRoot());
    }

    private void dropIdleDrafts(TreeItem<Line> at) {
        for (TreeItem<Line> c : List.copyOf(at.getChildren())) {
            // the line just opened is selected and about to be edited: only lines left behind go
            if (c.getValue() != null && c.getValue().draft() && tree.getEditingItem() != c
                    && tree.getSelectionModel().getSelectedItem() != c) {
                at.getChildren().remove(c);
            } else {
                dropIdleDrafts(c);
            }
        }
    }

    /** A new line given up (Esc, or nothing typed). */
    void removeDraft(TreeItem<Line> item) {
        if (item.getParent() != null) {
            TreeItem<Line> parent = item.getParent();
            int index = parent.getChildren().indexOf(item);
            parent.getChildren().remove(item);
            if (tree.getSelectionModel().getSelectedItem() == null || tree.getSelectionModel().getSelectedItem() == item) {
                TreeItem<Line> back = index > 0 ? parent.getChildren().get(index - 1)
                        : parent == tree.getRoot() ? null : parent;
                if (back != null) {
                    tree.getSelectionModel().select(back);
                }
            }
        }
    }

    CascadeViewModel viewModel() {
        return vm;
    }
}

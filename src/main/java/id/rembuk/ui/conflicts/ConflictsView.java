package id.rembuk.ui.conflicts;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.conflicts.ConflictItem.Choice;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
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
 * The conflicts area: the open conflicts on the left, the selected one's competing values side by
 * side on the right, each with who wrote it and when. Everything works from the keyboard: arrows
 * move, a digit or Enter takes a value, G combines, N writes a new one.
 */
public final class ConflictsView {
    static final String CSS = ConflictsView.class.getResource("/id/rembuk/ui/conflicts/conflicts.css")
            .toExternalForm();

    private final ConflictsViewModel vm;
    private final ListView<ConflictItem> list = new ListView<>();
    private final VBox detail = new VBox(14);
    private final VBox editor = new VBox(8);
    private final TextArea editorText = new TextArea();
    private final Label editorTitle = new Label();
    private ConflictItem shown;
    private int highlight;
    private boolean combining;
    private String lastKey;
    private int lastIndex;
    private boolean refreshing;

    public ConflictsView(ConflictsViewModel vm) {
        this.vm = vm;
    }

    public Node root() {
        list.setId("conflictList");
        // registered before the list's own listener, so it knows a refresh is under way before the
        // list's selection model shuffles the selection; the reselection runs once all have reacted
        Observe.whileAlive(list, () -> {
            if (!refreshing) {
                refreshing = true;
                Platform.runLater(this::reselect);
            }
        }, vm.items());
        list.setItems(vm.items());
        list.setCellFactory(l -> new Cell());
        list.setPrefWidth(380);
        list.setMinWidth(300);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (refreshing) {
                return;
            }
            if (item != null) {
                lastKey = item.key();
                lastIndex = list.getSelectionModel().getSelectedIndex();
            }
            show(item);
        });

        detail.setId("conflictDetail");
        detail.getStyleClass().add("conflict-detail");
        buildEditor();
        ScrollPane scroll = new ScrollPane(new VBox(16, detail, editor));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("conflict-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox body = new HBox(list, scroll);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox content = new VBox(header(), body);

        Node empty = empty();
        content.visibleProperty().bind(vm.countProperty().greaterThan(0));
        empty.visibleProperty().bind(vm.countProperty().isEqualTo(0));
        StackPane root = new StackPane(content, empty);
        root.setId("conflicts");
        root.getStyleClass().add("conflicts");
        root.getStylesheets().add(CSS);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        Platform.runLater(list::requestFocus);
        return root;
    }

    private Node header() {
        Label title = new Label(Messages.get("conflicts.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("conflictSummary");
        summary.setWrapText(true);
        Observe.whileAlive(summary, () -> summary.setText(Messages.get("conflicts.summary", vm.countProperty().get())),
                vm.countProperty());
        Label hint = new Label(Messages.get("conflicts.hint"), new FontIcon(Material2OutlinedAL.KEYBOARD));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        VBox box = new VBox(2, title, summary, hint);
        box.getStyleClass().add("conflicts-header");
        return box;
    }

    private Node empty() {
        FontIcon icon = new FontIcon(Material2OutlinedAL.CHECK_CIRCLE);
        icon.getStyleClass().add("conflicts-empty-icon");
        Label title = new Label(Messages.get("conflicts.empty.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(Messages.get("conflicts.empty.text"));
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, icon, title, text);
        box.setId("conflictsEmpty");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(520);
        return box;
    }

    /** After the list changed, the same conflict stays selected; a settled one hands over to the next. */
    private void reselect() {
        refreshing = false;
        List<ConflictItem> items = vm.items();
        if (items.isEmpty()) {
            list.getSelectionModel().clearSelection();
            show(null);
            return;
        }
        int at = lastKey == null ? -1 : indexOf(lastKey);
        if (at < 0) {
            at = Math.min(Math.max(lastIndex, 0), items.size() - 1);
        }
        // the list may already hold this selection, and then says nothing: remember it here
        lastKey = items.get(at).key();
        lastIndex = at;
        list.getSelectionModel().clearAndSelect(at);
        list.scrollTo(at);
        show(items.get(at));
    }

    private int indexOf(String key) {
        for (int i = 0; i < vm.items().size(); i++) {
            if (vm.items().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void show(ConflictItem item) {
        if (item != null && shown != null && item.equals(shown)) {
            return;
        }
        if (item == null || shown == null || !item.key().equals(shown.key())) {
            highlight = 0;
            closeEditor();
        }
        shown = item;
        render();
    }

    private void render() {
        ConflictItem item = shown;
        detail.getChildren().clear();
        if (item == null) {
            return;
        }
        Label heading = new Label(item.kindLabel() + " · " + item.title());
        heading.setId("conflictHeading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        Label field = new Label(item.deletion() ? Messages.get("conflicts.detail.deleted")
                : Messages.get("conflicts.detail.field", item.fieldLabel()));
        field.setId("conflictField");
        field.setWrapText(true);
        Label provenance = ProvenanceLine.label();
        provenance.setId("conflictProvenance");
        provenance.setText(item.provenance());
        HBox cards = new HBox(12);
        cards.setId("conflictChoices");
        List<List<Choice>> sides = sides(item);
        for (int i = 0; i < sides.size(); i++) {
            cards.getChildren().add(card(item, i, sides.get(i)));
        }
        detail.getChildren().addAll(heading, field, provenance, cards);
        if (!item.deletion()) {
            Button combine = new Button(Messages.get("conflicts.button.combine"), new FontIcon(Material2OutlinedMZ.MERGE_TYPE));
            combine.setId("conflictCombine");
            combine.setOnAction(e -> openEditor(true));
            Button rewrite = new Button(Messages.get("conflicts.button.rewrite"), new FontIcon(Material2OutlinedAL.EDIT));
            rewrite.setId("conflictRewrite");
            rewrite.setOnAction(e -> openEditor(false));
            detail.getChildren().add(new HBox(10, combine, rewrite));
        }
    }

    /** A field conflict has one side per value; a deleted item two: the deletion, and all edits together. */
    private static List<List<Choice>> sides(ConflictItem item) {
        if (!item.deletion()) {
            return item.choices().stream().map(List::of).toList();
        }
        return List.of(List.of(item.choices().get(0)), item.choices().subList(1, item.choices().size()));
    }

    private Node card(ConflictItem item, int index, List<Choice> side) {
        Label number = new Label(Integer.toString(index + 1));
        number.getStyleClass().add("choice-number");
        VBox values = new VBox(8);
        for (Choice c : side) {
            Label value = new Label(c.text());
            value.getStyleClass().add(c.removal() ? "choice-removed" : "choice-value");
            value.setWrapText(true);
            VBox writers = new VBox(2);
            c.writers().forEach(w -> {
                Label l = new Label(w, new FontIcon(Material2OutlinedMZ.PERSON_OUTLINE));
                l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                l.setWrapText(true);
                writers.getChildren().add(l);
            });
            values.getChildren().addAll(value, writers);
        }
        String action = !item.deletion() ? "conflicts.choice.pick"
                : index == 0 ? "conflicts.choice.keepDeleted" : "conflicts.choice.restore";
        Button take = new Button(Messages.get(action) + " (" + (index + 1) + ")");
        take.setId("conflictTake" + (index + 1));
        take.setFocusTraversable(false);
        take.setOnAction(e -> take(index));
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox card = new VBox(10, number, values, grow, take);
        card.getStyleClass().add("choice-card");
        if (index == highlight) {
            card.getStyleClass().add("highlighted");
        }
        card.setPrefWidth(220);
        card.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setOnMouseClicked(e -> setHighlight(index));
        return card;
    }

    private int sideCount() {
        return shown == null ? 0 : sides(shown).size();
    }

    private void setHighlight(int index) {
        if (shown == null || index < 0 || index >= sideCount()) {
            return;
        }
        highlight = index;
        render();
    }

    private void take(int index) {
        if (shown == null || index < 0 || index >= sideCount()) {
            return;
        }
        vm.pick(shown, index);
        list.requestFocus();
    }

    private void buildEditor() {
        editor.setId("conflictEditor");
        editor.getStyleClass().add("conflict-editor");
        editorTitle.getStyleClass().add(Styles.TITLE_4);
        editorText.setId("conflictEditorText");
        editorText.setWrapText(true);
        editorText.setPrefRowCount(5);
        Button save = new Button(Messages.get("conflicts.editor.save"));
        save.setId("conflictEditorSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> saveEditor());
        Button cancel = new Button(Messages.get("conflicts.editor.cancel"));
        cancel.setId("conflictEditorCancel");
        cancel.setOnAction(e -> closeEditor());
        editor.getChildren().addAll(editorTitle, editorText, new HBox(10, save, cancel));
        closeEditor();
    }

    private void openEditor(boolean combine) {
        if (shown == null || shown.deletion()) {
            return;
        }
        combining = combine;
        editorTitle.setText(Messages.get(combine ? "conflicts.editor.combine" : "conflicts.editor.rewrite",
                shown.fieldLabel()));
        editorText.setText(combine ? vm.combined(shown) : "");
        editor.setVisible(true);
        editor.setManaged(true);
        Platform.runLater(() -> {
            editorText.requestFocus();
            editorText.end();
        });
    }

    private boolean editing() {
        return editor.isVisible();
    }

    private void closeEditor() {
        boolean was = editor.isVisible();
        editor.setVisible(false);
        editor.setManaged(false);
        if (was) {
            list.requestFocus();
        }
    }

    private void saveEditor() {
        if (shown == null) {
            return;
        }
        ConflictItem item = shown;
        String text = editorText.getText();
        closeEditor();
        if (combining) {
            vm.combine(item, text);
        } else {
            vm.rewrite(item, text);
        }
    }

    private void key(KeyEvent e) {
        if (editing()) {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeEditor();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                saveEditor();
                e.consume();
            }
            return;
        }
        if (shown == null || e.getTarget() instanceof TextInputControl) {
            return;
        }
        int digit = digit(e.getCode());
        if (digit > 0 && !e.isShortcutDown() && !e.isAltDown()) {
            take(digit - 1);
        } else if (e.getCode() == KeyCode.LEFT) {
            setHighlight(highlight - 1);
        } else if (e.getCode() == KeyCode.RIGHT) {
            setHighlight(highlight + 1);
        } else if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof Button)) {
            take(highlight);
        } else if (e.getCode() == KeyCode.G && !e.isShortcutDown()) {
            openEditor(true);
        } else if (e.getCode() == KeyCode.N && !e.isShortcutDown()) {
            openEditor(false);
        } else {
            return;
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String n = code.getName().replaceAll("[^0-9]", "");
            return n.isEmpty() ? 0 : Integer.parseInt(n);
        }
        return 0;
    }

    /** Two lines per conflict: what item, and which field with how many values. */
    private static final class Cell extends ListCell<ConflictItem> {
        @Override
        protected void updateItem(ConflictItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add("conflict-cell-title");
            Label sub = new Label(item.deletion() ? Messages.get("conflicts.cell.deleted", item.kindLabel())
                    : Messages.get("conflicts.cell.values", item.kindLabel() + " · " + item.fieldLabel(),
                    item.choices().size()));
            sub.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            FontIcon icon = new FontIcon(item.deletion() ? Material2OutlinedAL.DELETE_SWEEP : Material2OutlinedMZ.WARNING);
            icon.getStyleClass().add("conflict-cell-icon");
            VBox text = new VBox(2, title, sub);
            text.setMinWidth(0);
            HBox box = new HBox(10, icon, text);
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(box);
        }
    }
}

package id.rembuk.ui.people;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import id.rembuk.domain.Participant;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The participant list: a table searched as you type and sorted by any column, and beside it the
 * form that adds or edits one person ({@link PersonForm}). Insert starts a new entry, Enter in the form saves, Esc
 * cancels; in the table Enter or F2 edits and Delete deletes (Ctrl+Z, the window's, brings back).
 */
public final class ParticipantsView {
    static final String CSS = ParticipantsView.class.getResource("/id/rembuk/ui/people/people.css").toExternalForm();

    private final ParticipantsViewModel vm;
    private final PersonForm form;
    private TableView<ParticipantsViewModel.PersonRow> table;
    private TextField search;
    private ToggleButton mergedOpen;

    public ParticipantsView(ParticipantsViewModel vm) {
        this.vm = vm;
        this.form = new PersonForm(vm);
    }

    public Node root() {
        BorderPane pane = new BorderPane();
        pane.setId("participantsView");
        pane.getStyleClass().addAll("people-view", "participants-view");
        pane.getStylesheets().add(CSS);
        pane.setTop(top());
        pane.setCenter(table());
        Node side = form.root();
        side.visibleProperty().bind(vm.formOpenProperty());
        side.managedProperty().bind(vm.formOpenProperty());
        pane.setRight(side);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.INSERT && Keys.plain(e)) {
                startNew();
                e.consume();
            }
        });
        return pane;
    }

    private void startNew() {
        vm.openNew();
        table.getSelectionModel().clearSelection();
        form.focusName();
    }

    /** Puts the cursor in the search, e.g. when the screen opens. */
    public void focusSearch() {
        if (search != null) {
            search.requestFocus();
        }
    }

    // ---- top: title, counts, search, duplicates ----

    private Node top() {
        Label title = new Label(Messages.get("people.participants.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label counts = new Label();
        counts.setId("participantCounts");
        counts.getStyleClass().add("people-counts");
        counts.textProperty().bind(vm.countsProperty());
        counts.setWrapText(true);

        // the lead wires the import dialog here; without one the button is not shown
        Button importButton = new Button(Messages.get("people.participants.import"),
                new FontIcon(Material2OutlinedAL.FILE_UPLOAD));
        importButton.setId("participantImport");
        importButton.setAccessibleText(Messages.get("people.participants.import"));
        importButton.setOnAction(e -> vm.importParticipants());
        importButton.setVisible(vm.canImport());
        importButton.setManaged(vm.canImport());

        Button add = new Button(Messages.get("people.participants.add"), new FontIcon(Material2AL.ADD));
        add.setId("participantAdd");
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip(Messages.get("people.participants.add") + " (Insert)"));
        add.setAccessibleText(Messages.get("people.participants.add"));
        add.setOnAction(e -> startNew());

        importButton.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(12, title, new Spacer(), importButton, add);
        head.setAlignment(Pos.CENTER_LEFT);

        CustomTextField field = new CustomTextField();
        search = field;
        field.setId("participantSearch");
        field.setLeft(new FontIcon(Material2MZ.SEARCH));
        field.setPromptText(Messages.get("people.participants.search"));
        field.setAccessibleText(Messages.get("people.participants.search"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.setPrefColumnCount(28);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        Keys.passUndoToWindow(field);
        Label shown = new Label();
        shown.setId("participantShown");
        shown.getStyleClass().add(Styles.TEXT_MUTED);
        shown.textProperty().bind(vm.shownProperty());
        Label unreadable = new Label();
        unreadable.setId("participantUnreadable");
        unreadable.getStyleClass().add(Styles.WARNING);
        unreadable.textProperty().bind(Bindings.createStringBinding(() -> vm.unreadableProperty().get() == 0 ? ""
                : Messages.get("people.participants.unreadable", vm.unreadableProperty().get()),
                vm.unreadableProperty()));
        ToggleButton mergedToggle = new ToggleButton();
        mergedToggle.setId("mergedToggle");
        mergedToggle.setGraphic(new FontIcon(Material2OutlinedAL.CALL_MERGE));
        mergedToggle.getStyleClass().add(Styles.SMALL);
        mergedToggle.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("people.merged.toggle", vm.merged().size()), vm.merged()));
        mergedToggle.visibleProperty().bind(Bindings.isNotEmpty(vm.merged()));
        mergedToggle.managedProperty().bind(mergedToggle.visibleProperty());
        mergedOpen = mergedToggle;
        HBox searchRow = new HBox(12, field, shown, unreadable, new Spacer(), mergedToggle);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        Label notice = new Label();
        notice.setId("participantNotice");
        notice.getStyleClass().add("people-notice");
        notice.textProperty().bind(Bindings.createStringBinding(() -> vm.noticeProperty().get() == null ? ""
                : vm.noticeProperty().get().text(), vm.noticeProperty()));
        notice.visibleProperty().bind(vm.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());

        VBox top = new VBox(8, head, counts, searchRow, duplicates(), MergedList.of(vm, mergedOpen), notice);
        top.getStyleClass().add("people-top");
        return top;
    }

    private Node duplicates() {
        Label title = new Label(Messages.get("people.duplicates.title"), new FontIcon(Material2OutlinedMZ.PEOPLE));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Button close = new Button(Messages.get("people.duplicates.dismiss"), new FontIcon(Material2AL.CLOSE));
        close.setId("duplicatesDismiss");
        close.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        close.setOnAction(e -> vm.dismissDuplicates());
        HBox head = new HBox(8, title, new Spacer(), close);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox pairs = new VBox(2);
        Label hint = new Label(Messages.get("people.duplicates.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_SMALL);
        VBox banner = new VBox(4, head, pairs, hint);
        banner.setId("duplicatesBanner");
        banner.getStyleClass().add("people-banner");
        Observe.whileAlive(banner, () -> {
            pairs.getChildren().clear();
            // a handful is enough to act on; the rest follow once these are settled
            int[] at = {0};
            vm.duplicates().stream().limit(5).forEach(d -> pairs.getChildren().add(suggestion(d, at[0]++)));
            if (vm.duplicates().size() > 5) {
                pairs.getChildren().add(new Label(Messages.get("people.duplicates.more", vm.duplicates().size() - 5)));
            }
            banner.setVisible(!vm.duplicates().isEmpty());
            banner.setManaged(!vm.duplicates().isEmpty());
        }, vm.duplicates());
        return banner;
    }

    /**
     * One suggested pair: what they share, which would be kept, and the decisions. "Sama orang"
     * keeps the suggested one; its arrow (or Down) chooses which is kept.
     */
    private Node suggestion(ParticipantsViewModel.DuplicateHint d, int index) {
        Label text = new Label(d.text());
        text.setWrapText(true);
        Label keep = new Label(Messages.get("people.duplicates.keepNote", d.keep().name()));
        keep.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        Hyperlink show = new Hyperlink(Messages.get("people.duplicates.show"));
        show.setOnAction(e -> vm.showDuplicate(d));
        show.setMinWidth(Region.USE_PREF_SIZE);
        SplitMenuButton same = new SplitMenuButton();
        same.setId("duplicateSame" + index);
        same.setText(Messages.get("people.duplicates.same"));
        same.setGraphic(new FontIcon(Material2OutlinedAL.CALL_MERGE));
        same.getStyleClass().add(Styles.SMALL);
        same.setMinWidth(Region.USE_PREF_SIZE);
        same.setTooltip(new Tooltip(Messages.get("people.duplicates.sameTip", d.keep().name())));
        same.setAccessibleText(Messages.get("people.duplicates.sameTip", d.keep().name()));
        same.setOnAction(e -> vm.confirm(d, d.keep().id()));
        for (Participant p : List.of(d.keep(), d.other())) {
            MenuItem item = new MenuItem(Messages.get("people.duplicates.keep", p.name()));
            item.setOnAction(e -> vm.confirm(d, p.id()));
            same.getItems().add(item);
        }
        Button separate = new Button(Messages.get("people.duplicates.separate"));
        separate.setId("duplicateSeparate" + index);
        separate.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        separate.setMinWidth(Region.USE_PREF_SIZE);
        separate.setOnAction(e -> vm.separate(d));
        HBox row = new HBox(8, text, keep, show, new Spacer(), same, separate);
        row.getStyleClass().add("people-suggestion");
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.SOMETIMES);
        return row;
    }

    // ---- the table ----

    private Node table() {
        table = new TableView<>();
        table.setId("participantTable");
        table.getStyleClass().addAll("participant-table", Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("people.participants.empty")));
        table.setAccessibleText(Messages.get("people.participants.title"));

        TableColumn<ParticipantsViewModel.PersonRow, String> name = textColumn("colName", "people.col.name",
                r -> r.participant().name(), 200);
        name.setCellFactory(c -> new NameCell());
        TableColumn<ParticipantsViewModel.PersonRow, String> unsur = textColumn("colUnsur", "people.col.unsur",
                ParticipantsViewModel.PersonRow::unsur, 120);
        unsur.setCellFactory(c -> new TagCell());
        // in the list's own order of unsur (OPD, Dewan Smart City, …), not alphabetically
        unsur.setComparator(Comparator.comparingInt(ParticipantsView::unsurRank));
        unsur.setMinWidth(125); // "Dewan Smart City" as a whole tag
        table.getColumns().setAll(List.of(name,
                textColumn("colJabatan", "people.col.jabatan", r -> r.participant().jabatan(), 170),
                textColumn("colInstitution", "people.col.institution", r -> r.participant().institution(), 200),
                unsur,
                textColumn("colGroup", "people.col.group", ParticipantsViewModel.PersonRow::group, 120),
                textColumn("colNip", "people.col.nip", ParticipantsViewModel.PersonRow::nip, 150),
                textColumn("colPhone", "people.col.phone", ParticipantsViewModel.PersonRow::phone, 110)));

        SortedList<ParticipantsViewModel.PersonRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        keepSelection();

        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            ParticipantsViewModel.PersonRow selected = table.getSelectionModel().getSelectedItem();
            if (selected == null || !Keys.plain(e)) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                vm.delete(selected.id());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                edit(selected.id());
                e.consume();
            }
        });
        MenuItem editItem = new MenuItem(Messages.get("people.menu.edit"), new FontIcon(Material2OutlinedAL.EDIT));
        editItem.setOnAction(e -> selectedId().ifPresent(this::edit));
        MenuItem deleteItem = new MenuItem(Messages.get("people.menu.delete"), new FontIcon(Material2OutlinedAL.DELETE));
        deleteItem.setOnAction(e -> selectedId().ifPresent(vm::delete));
        ContextMenu menu = new ContextMenu(editItem, deleteItem);
        menu.setOnShowing(e -> {
            editItem.setDisable(selectedId().isEmpty());
            deleteItem.setDisable(selectedId().isEmpty());
        });
        table.setContextMenu(menu);
        table.setOnMouseClicked(e -> {
            ParticipantsViewModel.PersonRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected != null) {
                edit(selected.id());
            }
        });
        VBox box = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("people-table-box");
        return box;
    }

    private Optional<String> selectedId() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                .map(ParticipantsViewModel.PersonRow::id);
    }

    private void edit(String id) {
        if (vm.edit(id)) {
            form.focusName();
        }
    }

    private static TableColumn<ParticipantsViewModel.PersonRow, String> textColumn(
            String id, String key, Function<ParticipantsViewModel.PersonRow, String> value, double width) {
        TableColumn<ParticipantsViewModel.PersonRow, String> c = new TableColumn<>(Messages.get(key));
        c.setId(id);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(x -> new TextCell());
        c.setPrefWidth(width);
        // names sort as people read them: case and accents do not split the alphabet
        c.setComparator(Comparator.comparing(Search::fold));
        return c;
    }

    /** Plain text; the whole of it in a tooltip, as long names and offices are cut on a laptop screen. */
    private static final class TextCell extends TableCell<ParticipantsViewModel.PersonRow, String> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            tip.setText(item);
            setTooltip(empty || item == null || item.isEmpty() ? null : tip);
        }
    }

    /** The name, with a mark when two laptops wrote different values into this person. */
    private static final class NameCell extends TableCell<ParticipantsViewModel.PersonRow, String> {
        private final FontIcon conflict = new FontIcon(Material2OutlinedMZ.WARNING);
        private final Tooltip tip = new Tooltip();
        private final MergedList.NameLines merged = new MergedList.NameLines();

        NameCell() {
            conflict.getStyleClass().add("people-conflict");
            Tooltip.install(conflict, new Tooltip(Messages.get("people.participants.conflict")));
            setContentDisplay(ContentDisplay.RIGHT);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            ParticipantsViewModel.PersonRow row = empty ? null : getTableRow().getItem();
            tip.setText(row != null && row.merged()
                    ? item + "\n" + Messages.get("people.merged.mark") + "\n" + row.also() : item);
            setTooltip(empty || item == null ? null : tip);
            if (row != null && row.merged()) {
                // the person was registered more than once: the other registrations show beneath the name
                setText(null);
                setGraphic(merged.show(item, row.also(), row.conflict() ? conflict : null));
                return;
            }
            setText(empty ? null : item);
            setGraphic(row != null && row.conflict() ? conflict : null);
        }
    }

    /** The unsur as a coloured tag, one colour per unsur. */
    private static final class TagCell extends TableCell<ParticipantsViewModel.PersonRow, String> {
        private final Label tag = new Label();

        TagCell() {
            tag.getStyleClass().add("unsur-tag");
            tag.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            ParticipantsViewModel.PersonRow row = empty ? null : getTableRow().getItem();
            setText(null);
            if (row == null) {
                setGraphic(null);
                return;
            }
            tag.setText(item);
            tag.getStyleClass().removeIf(c -> c.startsWith("unsur-") && !c.equals("unsur-tag"));
            tag.getStyleClass().add(unsurClass(row.participant().unsur()));
            setGraphic(tag);
        }
    }

    private static int unsurRank(String label) {
        for (Participant.Unsur u : Participant.Unsur.values()) {
            if (PeopleText.unsur(u).equals(label)) {
                return u.ordinal();
            }
        }
        return Participant.Unsur.values().length;
    }

    static String unsurClass(Participant.Unsur u) {
        return "unsur-" + u.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The rows are replaced when the session changes: the selection follows the person by id,
     * and when they are gone (deleted) moves to the one that took their place, so Delete can repeat.
     */
    private void keepSelection() {
        String[] selectedId = {null};
        int[] selectedIndex = {-1};
        table.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null) {
                selectedId[0] = item.id();
                selectedIndex[0] = table.getSelectionModel().getSelectedIndex();
            }
        });
        ListChangeListener<ParticipantsViewModel.PersonRow> reselect = c -> {
            if (table.getItems().isEmpty() || selectedId[0] == null) {
                return;
            }
            int at = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id().equals(selectedId[0])) {
                    at = i;
                }
            }
            int index = at >= 0 ? at : Math.min(selectedIndex[0], table.getItems().size() - 1);
            if (index >= 0 && table.getSelectionModel().getSelectedIndex() != index) {
                table.getSelectionModel().clearAndSelect(index);
                Platform.runLater(() -> table.scrollTo(Math.max(0, index - 3)));
            }
        };
        table.getProperties().put(reselect, Boolean.TRUE);
        table.getItems().addListener(new WeakListChangeListener<>(reselect));
    }
}

package id.rembuk.ui.notes;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.ActionItem;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Note;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The notes of the running block, for a right-hand column of about 400 px beside the run of show
 * (wider works too): the block's notes and follow-ups, each with an entry row typed from the
 * keyboard. Enter adds and keeps the cursor for the next line; Alt+1/2/3 choose the kind; in a
 * list F2 or a double-click edits, Delete deletes and Alt+Up/Down move.
 */
public final class BlockNotesPanel {
    private static final String CSS = BlockNotesPanel.class.getResource("/id/rembuk/ui/notes/notes.css")
            .toExternalForm();
    private static final Map<KeyCode, Note.Kind> KIND_KEYS = Map.of(
            KeyCode.DIGIT1, Note.Kind.POINT, KeyCode.NUMPAD1, Note.Kind.POINT,
            KeyCode.DIGIT2, Note.Kind.CONCLUSION, KeyCode.NUMPAD2, Note.Kind.CONCLUSION,
            KeyCode.DIGIT3, Note.Kind.DECISION, KeyCode.NUMPAD3, Note.Kind.DECISION);

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final BlockNotesViewModel vm;
    private TextField noteText;
    private TextField followUpAction;

    public BlockNotesPanel(BlockNotesViewModel vm) {
        this.vm = vm;
    }

    /** The user label of a note's kind, as its tag shows it. */
    public static String kindLabel(Note.Kind kind) {
        return switch (kind) {
            case POINT -> Messages.get("notes.kind.point");
            case CONCLUSION -> Messages.get("notes.kind.conclusion");
            case DECISION -> Messages.get("notes.kind.decision");
        };
    }

    public Node root() {
        Node body = body();
        body.visibleProperty().bind(vm.hasBlockProperty());
        body.managedProperty().bind(body.visibleProperty());
        Node none = noBlock();
        none.visibleProperty().bind(vm.hasBlockProperty().not());
        none.managedProperty().bind(none.visibleProperty());

        VBox root = new VBox(none, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox.setVgrow(none, Priority.ALWAYS);
        root.setId("blockNotes");
        root.getStyleClass().add("block-notes");
        root.getStylesheets().add(CSS);
        root.setMinWidth(300);
        root.setPrefWidth(400);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Note.Kind k = KIND_KEYS.get(e.getCode());
            if (k != null && e.isAltDown() && !e.isControlDown() && !e.isShiftDown() && !e.isMetaDown()) {
                vm.kindProperty().set(k);
                e.consume();
            }
        });
        return root;
    }

    /** Puts the cursor in the note field, e.g. when a block starts. */
    public void focusEntry() {
        if (noteText != null) {
            noteText.requestFocus();
        }
    }

    private Node noBlock() {
        FontIcon icon = new FontIcon(Material2OutlinedAL.EVENT_NOTE);
        icon.getStyleClass().add("notes-empty-icon");
        Label title = new Label(Messages.get("notes.empty.block"));
        title.setId("notesNoBlock");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        Label hint = new Label(Messages.get("notes.empty.blockHint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox box = new VBox(10, icon, title, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("notes-empty");
        return box;
    }

    private Node body() {
        VBox notesPart = notesSection();
        VBox followPart = followUpSection();
        VBox body = new VBox(10, header(), notesPart, new Separator(), followPart);
        VBox.setVgrow(notesPart, Priority.ALWAYS);
        return body;
    }

    private Node header() {
        Label title = new Label();
        title.setId("notesTitle");
        title.getStyleClass().add("notes-block-title");
        title.setWrapText(true);
        // a long block title takes the lines it needs rather than ending in "..."
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.blockTitleProperty().get().isEmpty()
                ? Messages.get("notes.block.unknown") : vm.blockTitleProperty().get(), vm.blockTitleProperty()));
        Label when = new Label();
        when.setId("notesWhen");
        when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        when.setWrapText(true);
        when.textProperty().bind(Bindings.createStringBinding(() -> when(vm.blockProperty().get()),
                vm.blockProperty()));
        when.visibleProperty().bind(vm.blockProperty().isNotNull());
        when.managedProperty().bind(when.visibleProperty());
        return new VBox(2, title, when);
    }

    private static String when(AgendaItem a) {
        if (a == null) {
            return "";
        }
        String line = Messages.get("notes.block.when", a.day(), IndonesianFormat.timeRange(a.start(), a.end()));
        return a.speaker().isEmpty() ? line : line + " · " + a.speaker();
    }

    // ---- notes ----

    private VBox notesSection() {
        ListView<Note> list = new ListView<>(vm.notes());
        list.setId("notesList");
        list.getStyleClass().addAll("notes-list", Styles.DENSE);
        list.setAccessibleText(Messages.get("notes.list.notes"));
        list.setTooltip(new Tooltip(Messages.get("notes.list.notes")));
        list.setPlaceholder(placeholder("notesEmpty", "notes.empty.notes"));
        list.setCellFactory(v -> new NoteCell(vm));
        Observe.whileAlive(list, list::refresh, vm.editingNoteProperty()); // marks the note being edited
        list.setMinHeight(90);
        list.setPrefHeight(220);
        VBox.setVgrow(list, Priority.ALWAYS);
        keepSelection(list, Note::id);
        listKeys(list, Note::id, id -> {
            if (vm.editNote(id)) {
                noteText.requestFocus();
                noteText.end();
            }
        }, vm::deleteNote, vm::moveNote);

        ToggleGroup group = new ToggleGroup();
        HBox kinds = new HBox(kindToggle(group, Note.Kind.POINT, "noteKindPoint", Styles.LEFT_PILL, 1),
                kindToggle(group, Note.Kind.CONCLUSION, "noteKindConclusion", Styles.CENTER_PILL, 2),
                kindToggle(group, Note.Kind.DECISION, "noteKindDecision", Styles.RIGHT_PILL, 3));
        kinds.setMinWidth(Region.USE_PREF_SIZE);
        // select the chosen one directly: deselecting first would pass through "none", which the
        // listener below refuses by selecting the old kind again
        Observe.whileAlive(kinds, () -> group.getToggles().stream()
                .filter(t -> t.getUserData() == vm.kindProperty().get()).findFirst()
                .ifPresent(group::selectToggle), vm.kindProperty());
        group.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                old.setSelected(true); // one kind is always chosen
            } else {
                vm.kindProperty().set((Note.Kind) t.getUserData());
            }
        });

        TextField speaker = new TextField();
        speaker.setId("noteSpeaker");
        speaker.setPromptText(Messages.get("notes.field.speaker"));
        speaker.setAccessibleText(Messages.get("notes.field.speaker"));
        speaker.textProperty().bindBidirectional(vm.speakerProperty());
        speaker.setMinWidth(80);
        HBox.setHgrow(speaker, Priority.ALWAYS);
        TextFields.bindAutoCompletion(speaker, r -> vm.speakerSuggestions(r.getUserText()));

        noteText = new TextField();
        noteText.setId("noteText");
        noteText.setPromptText(Messages.get("notes.field.text"));
        noteText.setAccessibleText(Messages.get("notes.field.text"));
        noteText.textProperty().bindBidirectional(vm.textProperty());
        HBox.setHgrow(noteText, Priority.ALWAYS);
        noteText.setOnAction(e -> vm.submitNote());
        speaker.setOnAction(e -> noteText.requestFocus());
        cancelOnEscape(vm.editingNoteProperty(), vm::cancelNoteEdit, speaker, noteText);
        passUndoToWindow(speaker, noteText);

        Button add = addButton("noteAdd", vm.editingNoteProperty());
        add.setOnAction(e -> {
            vm.submitNote();
            noteText.requestFocus();
        });

        HBox who = new HBox(8, kinds, speaker);
        who.setAlignment(Pos.CENTER_LEFT);
        HBox what = new HBox(6, noteText, add);
        what.setAlignment(Pos.CENTER_LEFT);
        VBox section = new VBox(6, sectionTitle("notes.section.notes"), list,
                editBanner("noteEditing", "notes.editing.note", vm.editingNoteProperty(), vm::cancelNoteEdit),
                who, what, hint("noteHint", vm.noteHintProperty()));
        return section;
    }

    private ToggleButton kindToggle(ToggleGroup group, Note.Kind kind, String id, String pill, int key) {
        ToggleButton b = new ToggleButton(kindLabel(kind));
        b.setId(id);
        b.setUserData(kind);
        b.setToggleGroup(group);
        b.getStyleClass().addAll(pill, Styles.SMALL, "kind-toggle", "kind-" + kind.name().toLowerCase());
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setMaxHeight(Double.MAX_VALUE); // as tall as the speaker field beside them
        b.setFocusTraversable(false); // Alt+1/2/3 choose from the keyboard; Tab goes between the fields
        String tip = Messages.get("notes.kind.tooltip", kindLabel(kind), key);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        return b;
    }

    // ---- follow-ups ----

    private VBox followUpSection() {
        ListView<ActionItem> list = new ListView<>(vm.followUps());
        list.setId("followUpList");
        list.getStyleClass().addAll("notes-list", Styles.DENSE);
        list.setAccessibleText(Messages.get("notes.list.followUps"));
        list.setTooltip(new Tooltip(Messages.get("notes.list.followUps")));
        list.setPlaceholder(placeholder("followUpEmpty", "notes.empty.followUps"));
        list.setCellFactory(v -> new FollowUpCell(vm));
        list.setMinHeight(70);
        list.setPrefHeight(110);
        keepSelection(list, ActionItem::id);
        listKeys(list, ActionItem::id, id -> {
            if (vm.editFollowUp(id)) {
                followUpAction.requestFocus();
                followUpAction.end();
            }
        }, vm::deleteFollowUp, vm::moveFollowUp);

        followUpAction = new TextField();
        followUpAction.setId("followUpAction");
        followUpAction.setPromptText(Messages.get("notes.field.action"));
        followUpAction.setAccessibleText(Messages.get("notes.field.action"));
        followUpAction.textProperty().bindBidirectional(vm.actionProperty());
        followUpAction.setOnAction(e -> vm.submitFollowUp());

        TextField owner = new TextField();
        owner.setId("followUpOwner");
        owner.setPromptText(Messages.get("notes.field.owner"));
        owner.setAccessibleText(Messages.get("notes.field.owner"));
        owner.textProperty().bindBidirectional(vm.ownerProperty());
        owner.setMinWidth(80);
        HBox.setHgrow(owner, Priority.ALWAYS);
        TextFields.bindAutoCompletion(owner, r -> vm.ownerSuggestions(r.getUserText()));
        owner.setOnAction(e -> submitFollowUp());

        DatePicker due = new DatePicker();
        due.setId("followUpDue");
        due.setPromptText(Messages.get("notes.field.due"));
        due.setAccessibleText(Messages.get("notes.field.due"));
        due.setEditable(true);
        due.setPrefWidth(150);
        due.setMinWidth(110);
        due.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return DateText.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                // unreadable text keeps the date chosen before; the hint says why
                return vm.setDueText(s) ? vm.dueProperty().get() : due.getValue();
            }
        });
        due.valueProperty().bindBidirectional(vm.dueProperty());
        // Enter in the date field adds the follow-up, with the date as typed (not yet committed)
        due.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !due.isShowing()) {
                e.consume();
                if (vm.setDueText(due.getEditor().getText())) {
                    submitFollowUp();
                }
            }
        });
        cancelOnEscape(vm.editingFollowUpProperty(), vm::cancelFollowUpEdit, followUpAction, owner, due);
        passUndoToWindow(followUpAction, owner, due.getEditor());

        Button add = addButton("followUpAdd", vm.editingFollowUpProperty());
        add.setOnAction(e -> submitFollowUp());

        HBox whoWhen = new HBox(6, owner, due, add);
        whoWhen.setAlignment(Pos.CENTER_LEFT);
        Node banner = editBanner("followUpEditing", "notes.editing.followUp", vm.editingFollowUpProperty(),
                vm::cancelFollowUpEdit);
        return new VBox(6, sectionTitle("notes.section.followUps"), list, banner, followUpAction, whoWhen,
                hint("followUpHint", vm.followUpHintProperty()));
    }

    /** After a follow-up is added the next one starts at its action. */
    private void submitFollowUp() {
        if (vm.submitFollowUp()) {
            followUpAction.requestFocus();
        }
    }

    // ---- shared pieces ----

    private static Label sectionTitle(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("notes-section-title");
        return l;
    }

    private static Node placeholder(String id, String key) {
        Label l = new Label(Messages.get(key));
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane p = new StackPane(l);
        p.getStyleClass().add("notes-placeholder");
        return p;
    }

    private static Button addButton(String id, ObservableValue<?> editing) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.ACCENT);
        b.setFocusTraversable(false); // Enter adds; Tab stays among the fields
        Observe.whileAlive(b, () -> {
            boolean edit = editing.getValue() != null;
            b.setGraphic(new FontIcon(edit ? Material2AL.CHECK : Material2AL.ADD));
            String text = Messages.get(edit ? "notes.save" : "notes.add");
            b.setTooltip(new Tooltip(text));
            b.setAccessibleText(text);
        }, editing);
        return b;
    }

    private static Node editBanner(String id, String key, ObservableValue<?> editing, Runnable cancel) {
        Label text = new Label(Messages.get(key), new FontIcon(Material2OutlinedAL.EDIT));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setAccessibleText(Messages.get("notes.editing.cancel"));
        close.setTooltip(new Tooltip(Messages.get("notes.editing.cancel")));
        close.setFocusTraversable(false);
        close.setOnAction(e -> cancel.run());
        HBox banner = new HBox(6, text, close);
        banner.setId(id);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("notes-edit-banner");
        banner.visibleProperty().bind(Bindings.createBooleanBinding(() -> editing.getValue() != null, editing));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static Label hint(String id, ObservableValue<Hint> hint) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("notes-hint");
        l.setGraphic(new FontIcon(Material2AL.INFO));
        l.textProperty().bind(Bindings.createStringBinding(() -> hint.getValue() == null ? ""
                : hint.getValue().text(), hint));
        l.visibleProperty().bind(Bindings.createBooleanBinding(() -> hint.getValue() != null, hint));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static void cancelOnEscape(ObservableValue<?> editing, Runnable cancel, Node... fields) {
        for (Node f : fields) {
            f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && editing.getValue() != null) {
                    cancel.run();
                    e.consume();
                }
            });
        }
    }

    /**
     * A field undoes its own typing first; once it has nothing of its own to undo (as right after
     * Enter), Ctrl+Z goes to the window, which undoes the session's last action. Text fields
     * otherwise take every Ctrl+Z, and the line just added could not be taken back from the keyboard.
     */
    private static void passUndoToWindow(TextInputControl... fields) {
        for (TextInputControl field : fields) {
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                boolean undo = UNDO.match(e) && !field.isUndoable();
                boolean redo = (REDO.match(e) || REDO_SHIFT.match(e)) && !field.isRedoable();
                Scene scene = field.getScene();
                if ((undo || redo) && scene != null) {
                    scene.getAccelerators().entrySet().stream().filter(a -> a.getKey().match(e)).findFirst()
                            .ifPresent(a -> {
                                e.consume();
                                a.getValue().run();
                            });
                }
            });
        }
    }

    private interface Mover {
        boolean move(String id, int delta);
    }

    private static <T> void listKeys(ListView<T> list, Function<T, String> idOf, Consumer<String> edit,
                                     Predicate<String> delete, Mover move) {
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            String id = idOf.apply(selected);
            if (e.getCode() == KeyCode.F2 && !e.isAltDown()) {
                edit.accept(id);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete.test(id);
                e.consume();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move.move(id, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected != null) {
                edit.accept(idOf.apply(selected));
            }
        });
    }

    /**
     * The lists are replaced when the session changes: the selection follows the item by id, and
     * when the item is gone (deleted) moves to the one that took its place, so Delete can repeat.
     * While typing in the entry row the list shows its end, where a new line appears.
     */
    private static <T> void keepSelection(ListView<T> list, Function<T, String> idOf) {
        String[] selectedId = {null};
        int[] selectedIndex = {-1};
        list.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null) {
                selectedId[0] = idOf.apply(item);
                selectedIndex[0] = list.getSelectionModel().getSelectedIndex();
            }
        });
        ObservableList<T> items = list.getItems();
        // a change listener, added after the selection model's own: it runs once that has cleared the selection
        ListChangeListener<T> reselect = c -> {
            if (items.isEmpty()) {
                return;
            }
            int index = -1;
            if (selectedId[0] != null) {
                int at = items.stream().map(idOf).toList().indexOf(selectedId[0]);
                index = at >= 0 ? at : Math.min(selectedIndex[0], items.size() - 1);
            }
            if (index >= 0) {
                list.getSelectionModel().clearAndSelect(index);
            }
            int target = list.isFocused() && index >= 0 ? index : items.size() - 1;
            // after the next layout: wrapped lines are taller than the list estimates before it
            Platform.runLater(() -> list.scrollTo(target));
        };
        list.getProperties().put(reselect, Boolean.TRUE); // the list holds it; the view model's list only weakly
        items.addListener(new WeakListChangeListener<>(reselect));
    }
}

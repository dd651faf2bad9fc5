package id.rembuk.ui.conflicts;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Conflicts;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.conflicts.ConflictItem.Choice;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open conflicts of the session, listed live, and the facilitator's ways of settling one:
 * pick a value, combine them, write a new one, or for a deleted item keep it deleted or bring it
 * back with the other laptop's edits. Each settlement is one undoable action, and an ordinary
 * edit, so it merges into the groups' files like any other.
 */
public final class ConflictsViewModel {
    /** Fields whose value is the item's name for people, in the order they are tried. */
    private static final List<String> TITLE_FIELDS = List.of("text", "name", "title");
    private static final int TITLE_LENGTH = 90;

    private final ObservableValue<SessionState> state;
    private final ObservableValue<Map<UUID, String>> replicas;
    private final Consumer<Action> apply;
    private final ZoneId zone;
    private final ObservableList<ConflictItem> items = FXCollections.observableArrayList();
    // one wrapper for every caller: a wrapper only weakly held by the list would lose its listeners
    private final ObservableList<ConflictItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();

    public ConflictsViewModel(ObservableValue<SessionState> state, ObservableValue<Map<UUID, String>> replicas,
                              Consumer<Action> apply, ZoneId zone) {
        this.state = state;
        this.replicas = replicas;
        this.apply = apply;
        this.zone = zone;
        state.addListener((o, old, s) -> refresh());
        replicas.addListener((o, old, r) -> refresh());
        refresh();
    }

    /** Builds the list again from the state; also after a language switch. */
    public void refreshText() {
        refresh();
    }

    private void refresh() {
        SessionState s = state.getValue();
        List<ConflictItem> next = new ArrayList<>();
        if (s != null) {
            ProvenanceText text = new ProvenanceText(replicas.getValue(), zone);
            for (Conflicts.Conflict c : Conflicts.of(s)) {
                EntityState e = s.all().get(c.entity());
                if (c instanceof Conflicts.FieldConflict f) {
                    next.add(fieldItem(e, f, text));
                } else if (c instanceof Conflicts.DeleteConflict d) {
                    next.add(deleteItem(e, d, text));
                }
            }
        }
        if (!next.equals(items)) {
            items.setAll(next);
        }
        count.set(items.size());
    }

    private ConflictItem fieldItem(EntityState e, Conflicts.FieldConflict f, ProvenanceText text) {
        String field = f.field().key().field();
        // one choice per distinct value; laptops that wrote the same value are listed together
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (Change h : f.field().heads()) {
            String k = String.valueOf(h.value()) + (h.value() == null ? "\0" : "");
            raw.putIfAbsent(k, h.value());
            byValue.computeIfAbsent(k, x -> new ArrayList<>()).add(text.whoAndWhen(h));
        }
        List<Choice> choices = new ArrayList<>();
        byValue.forEach((k, writers) -> choices.add(new Choice(raw.get(k), shown(field, raw.get(k)), writers,
                false)));
        return new ConflictItem(e.key().kind() + ":" + e.key().id() + ":" + field, e.key(), field,
                kindLabel(e.key().kind()), title(e), fieldLabel(field), text.of(e), choices);
    }

    private ConflictItem deleteItem(EntityState e, Conflicts.DeleteConflict d, ProvenanceText text) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("1", Messages.get("conflicts.delete.removed"),
                d.deletions().stream().map(text::whoAndWhen).toList(), true));
        for (Change c : d.unseenEdits()) {
            choices.add(new Choice(c.value(), fieldLabel(c.field()) + ": " + shown(c.value()),
                    List.of(text.whoAndWhen(c)), false));
        }
        return new ConflictItem(e.key().kind() + ":" + e.key().id() + ":" + Change.DELETED, e.key(), null,
                kindLabel(e.key().kind()), title(e), Messages.get("conflicts.delete.field"), text.of(e), choices);
    }

    /** A deletion mark written on one laptop and taken back on another reads as words, not "1" and "". */
    private static String shown(String field, String value) {
        if (Change.DELETED.equals(field)) {
            return Messages.get("1".equals(value) ? "conflicts.value.deleted" : "conflicts.value.present");
        }
        return shown(value);
    }

    private static String shown(String value) {
        return value == null || value.isBlank() ? Messages.get("conflicts.value.empty") : value;
    }

    static String kindLabel(String code) {
        return EntityKind.ofCode(code).map(k -> Messages.get(k.messageKey())).orElse(code);
    }

    static String fieldLabel(String field) {
        String key = "conflicts.field." + field;
        return Messages.has(key) ? Messages.get(key) : field;
    }

    /** The item's own words (a card's text, a programme's or a person's name), else its id. */
    static String title(EntityState e) {
        Optional<String> t = TITLE_FIELDS.stream().map(e::get).flatMap(Optional::stream)
                .map(String::strip).filter(s -> !s.isEmpty()).findFirst();
        String s = t.orElse(e.key().id()).replaceAll("\\s+", " ");
        return s.length() > TITLE_LENGTH ? s.substring(0, TITLE_LENGTH - 1) + "…" : s;
    }

    public ObservableList<ConflictItem> items() {
        return readOnlyItems;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The item with this key in the current list, if still open. */
    public Optional<ConflictItem> find(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /**
     * Settles with one side: for a field, that value; for a deleted item, choice 0 keeps it
     * deleted and any other brings it back with the edits.
     */
    public void pick(ConflictItem item, int choice) {
        Objects.checkIndex(choice, item.choices().size());
        if (item.deletion()) {
            if (choice == 0) {
                keepDeleted(item);
            } else {
                restore(item);
            }
            return;
        }
        write(item, item.choices().get(choice).value(), "conflicts.action.pick");
    }

    /** The values one after another, each once, as the combining editor starts. */
    public String combined(ConflictItem item) {
        return String.join("\n", item.choices().stream().map(Choice::value).filter(Objects::nonNull)
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList());
    }

    /** Settles a field with the values combined (as the facilitator edited them). */
    public void combine(ConflictItem item, String value) {
        write(item, value, "conflicts.action.combine");
    }

    /** Settles a field with a value nobody wrote yet. */
    public void rewrite(ConflictItem item, String value) {
        write(item, value, "conflicts.action.rewrite");
    }

    private void write(ConflictItem item, String value, String labelKey) {
        if (item.deletion()) {
            throw new IllegalArgumentException("a deleted item is kept deleted or restored: " + item.key());
        }
        String v = value == null || value.isBlank() ? null : value;
        apply.accept(Action.of(Messages.get(labelKey, item.fieldLabel(), item.title()),
                Edit.set(item.entity().kind(), item.entity().id(), item.field(), v)));
    }

    /** Deletes again, this time having seen the other laptop's edits, so nothing is left unseen. */
    public void keepDeleted(ConflictItem item) {
        apply.accept(Action.of(Messages.get("conflicts.action.keepDeleted", item.kindLabel(), item.title()),
                Edit.delete(item.entity().kind(), item.entity().id())));
    }

    /** Brings the item back with the edits made on the other laptop. */
    public void restore(ConflictItem item) {
        apply.accept(Action.of(Messages.get("conflicts.action.restore", item.kindLabel(), item.title()),
                Edit.restore(item.entity().kind(), item.entity().id())));
    }
}

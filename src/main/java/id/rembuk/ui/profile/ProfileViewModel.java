package id.rembuk.ui.profile;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.Ids;
import id.rembuk.domain.IndicatorTarget;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Labels;
import id.rembuk.domain.MonthStep;
import id.rembuk.domain.Programme;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.tows.RecordCache;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Buku IV profiles of the chosen quick wins: the list, the selected one, and its form as
 * drafts. A field is saved when it is left: only that field is written, as one {@link Action}.
 * When the state is replaced (an undo, another laptop's write) every field follows it except the
 * one being typed in, which keeps what the user typed until it is saved.
 */
public final class ProfileViewModel {
    /**
     * A chosen quick win in the list.
     *
     * @param ref    the programme's ref ("GOV-1"); empty for a quick win proposed directly
     * @param filled how many of the {@link ProfileField#PROFILE} fields hold something
     */
    public record Item(QuickWin quickWin, String ref, int filled) {
        public String id() {
            return quickWin.id();
        }

        public int total() {
            return ProfileField.PROFILE.size();
        }
    }

    private final ObservableValue<SessionState> state;
    private final Consumer<Action> apply;

    private final BooleanProperty hasSession = new SimpleBooleanProperty(false);
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableList<Item> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>();
    private final ObjectProperty<Item> selected = new SimpleObjectProperty<>();
    private final Map<ProfileField, StringProperty> drafts = new EnumMap<>(ProfileField.class);
    private final Map<ProfileField, String> loaded = new EnumMap<>(ProfileField.class);
    private final ObservableList<Row> schedule = FXCollections.observableArrayList();
    private final ObservableList<Row> indicators = FXCollections.observableArrayList();
    private final Map<ProfileField, List<List<String>>> loadedRows = new EnumMap<>(ProfileField.class);
    private final ObjectProperty<ProfileField> editing = new SimpleObjectProperty<>();
    private final StringProperty hint = new SimpleStringProperty("");
    private final ObjectProperty<ProfileField> refused = new SimpleObjectProperty<>();
    private final RecordCache<Programme> programmes = new RecordCache<>(EntityKind.PROGRAMME, Programme::from);
    private final RecordCache<QuickWin> quickWins = new RecordCache<>(EntityKind.QUICK_WIN, QuickWin::from);

    /**
     * @param state the open session's state, null when none is open
     * @param apply commits one action to the open session (the shell's {@code apply})
     */
    public ProfileViewModel(ObservableValue<SessionState> state, Consumer<Action> apply) {
        this.state = state;
        this.apply = apply;
        for (ProfileField f : ProfileField.values()) {
            if (f.kind() != ProfileField.Kind.ROWS) {
                drafts.put(f, new SimpleStringProperty(""));
                loaded.put(f, "");
            }
        }
        loadedRows.put(ProfileField.SCHEDULE, List.of());
        loadedRows.put(ProfileField.INDICATORS, List.of());
        state.addListener((o, old, s) -> refresh(false));
        selectedId.addListener((o, old, id) -> {
            if (old != null && !old.equals(id)) {
                commitAll(old);
            }
            accept();
            refresh(true);
        });
        refresh(true);
    }

    public ProfileViewModel(ShellViewModel shell) {
        this(shell.stateProperty(), shell::apply);
    }

    /** @param always also when no programme or quick win changed (another quick win shown, another language) */
    private void refresh(boolean always) {
        SessionState s = state.getValue();
        hasSession.set(s != null);
        // a write elsewhere in the session (a score, a card) changes nothing here: no need to read the portfolio
        boolean changed = programmes.update(s) | quickWins.update(s);
        if (!changed && !always) {
            return;
        }
        Portfolio p = Portfolio.of(s);
        List<Item> now = new ArrayList<>();
        for (Portfolio.Entry e : p.programmes()) {
            e.quickWin().ifPresent(q -> now.add(item(q, e.ref())));
        }
        p.direct().forEach(q -> now.add(item(q, "")));
        if (!items.equals(now)) {
            items.setAll(now);
        }
        String id = selectedId.get();
        Optional<Item> sel = now.stream().filter(i -> i.id().equals(id)).findFirst();
        if (sel.isEmpty() && !now.isEmpty()) {
            // the first quick win is shown rather than an empty form; the listener loads it
            selectedId.set(now.get(0).id());
            return;
        }
        if (sel.isEmpty() && id != null) {
            selectedId.set(null);
            return;
        }
        boolean other = selected.get() == null || sel.isEmpty() || !selected.get().id().equals(sel.get().id());
        selected.set(sel.orElse(null));
        load(sel.map(Item::quickWin).orElse(null), other);
    }

    private static Item item(QuickWin q, String ref) {
        return new Item(q, ref, (int) ProfileField.PROFILE.stream().filter(f -> f.filled(q)).count());
    }

    /** Puts the quick win in the drafts; a field being typed in keeps its text unless another quick win is shown. */
    private void load(QuickWin q, boolean other) {
        for (ProfileField f : drafts.keySet()) {
            String v = q == null ? "" : f.shown(q);
            if (other || !typing(f)) {
                loaded.put(f, v);
                drafts.get(f).set(v);
            }
        }
        loadRows(ProfileField.SCHEDULE, schedule, q == null ? List.of()
                : q.steps().stream().map(Row::of).toList(), other);
        loadRows(ProfileField.INDICATORS, indicators, q == null ? List.of()
                : q.targets().stream().map(Row::of).toList(), other);
    }

    private boolean typing(ProfileField f) {
        return f == editing.get() && dirty(f);
    }

    private void loadRows(ProfileField f, ObservableList<Row> rows, List<Row> now, boolean other) {
        if (!other && typing(f)) {
            return;
        }
        List<List<String>> values = now.stream().map(Row::values).toList();
        loadedRows.put(f, values);
        if (rows.size() == now.size()) {
            // the same rows are updated in place, so the text field being typed in keeps the keyboard
            for (int i = 0; i < now.size(); i++) {
                rows.get(i).set(values.get(i));
            }
        } else {
            rows.setAll(now);
        }
    }

    /** A draft as text: a choice box passes through null while its choices are replaced. */
    private String text(ProfileField f) {
        String t = drafts.get(f).get();
        return t == null ? "" : t;
    }

    /** Whether the field's draft differs from what was last read from the session. */
    public boolean dirty(ProfileField f) {
        if (f == ProfileField.SCHEDULE || f == ProfileField.INDICATORS) {
            return !rows(f).stream().map(Row::values).toList().equals(loadedRows.get(f));
        }
        return !text(f).equals(loaded.get(f));
    }

    // ---- saving

    /**
     * Saves a field if it was changed: only that field is written (a new dimension also clears a
     * sub-dimension that no longer fits), as one undoable action.
     *
     * @return false if the text is not a valid value; the hint says why and nothing is written
     */
    public boolean commit(ProfileField f) {
        if (f == ProfileField.SCHEDULE || f == ProfileField.INDICATORS) {
            return commitRows(f);
        }
        Item item = selected.get();
        if (item == null || !dirty(f)) {
            return true;
        }
        QuickWin before = item.quickWin();
        QuickWin after;
        try {
            after = f.with(before, text(f));
        } catch (InvalidValue e) {
            refuse(f, e);
            return false;
        }
        accept();
        loaded.put(f, text(f));
        write(f, before, after);
        return true;
    }

    private boolean commitRows(ProfileField f) {
        Item item = selected.get();
        if (item == null || !dirty(f)) {
            return true;
        }
        List<String> lines = new ArrayList<>();
        List<Row> rows = rows(f);
        try {
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                if (!r.blank()) {
                    lines.add(f == ProfileField.SCHEDULE ? step(r, i + 1).format() : target(r).format());
                }
            }
        } catch (InvalidValue e) {
            refuse(f, e);
            return false;
        }
        QuickWin before = item.quickWin();
        QuickWin after;
        try {
            after = f.with(before, String.join("\n", lines));
        } catch (InvalidValue e) {
            refuse(f, e);
            return false;
        }
        accept();
        loadedRows.put(f, rows.stream().map(Row::values).toList());
        write(f, before, after);
        return true;
    }

    private static MonthStep step(Row r, int number) {
        String a = r.cell(0).get().strip();
        String b = r.cell(1).get().strip();
        if (a.isEmpty() && b.isEmpty()) {
            return new MonthStep(0, 0, r.cell(2).get());
        }
        try {
            int from = Integer.parseInt(a.isEmpty() ? b : a);
            int to = b.isEmpty() ? from : Integer.parseInt(b);
            if (from >= 1 && to >= from && to <= 12) {
                return new MonthStep(from, to, r.cell(2).get());
            }
        } catch (NumberFormatException e) {
            // told below like a month out of range
        }
        throw new InvalidValue("profile.hint.months", number);
    }

    private static IndicatorTarget target(Row r) {
        return new IndicatorTarget(r.cell(0).get(), r.cell(1).get(), r.cell(2).get());
    }

    private void write(ProfileField f, QuickWin before, QuickWin after) {
        List<Edit> edits = new ArrayList<>();
        for (ProfileField g : ProfileField.values()) {
            String was = g.storedValue(before);
            String now = g.storedValue(after);
            if (!java.util.Objects.equals(was, now)) {
                edits.add(Edit.set(EntityKind.QUICK_WIN.code(), before.id(), g.stored(), now));
            }
        }
        if (!edits.isEmpty()) {
            apply.accept(new Action(Messages.get("profile.action.edit", Messages.get(f.labelKey()), before.name()),
                    edits));
        }
    }

    /** Saves what was typed in the quick win being left, in one action: the state changes after a write. */
    private void commitAll(String id) {
        Item item = selected.get();
        if (item == null || !item.id().equals(id) || indexOf(id) < 0) {
            return;
        }
        QuickWin after = item.quickWin();
        ProfileField first = null;
        for (ProfileField f : drafts.keySet()) {
            if (dirty(f)) {
                try {
                    after = f.with(after, text(f));
                    first = first == null ? f : first;
                } catch (InvalidValue e) {
                    // what cannot be read is dropped with the quick win left; the field shows the next one's value
                }
            }
        }
        if (first != null) {
            write(first, item.quickWin(), after);
        }
    }

    private void refuse(ProfileField f, InvalidValue e) {
        hint.set(message(e));
        refused.set(f);
    }

    private void accept() {
        hint.set("");
        refused.set(null);
    }

    private static String message(InvalidValue e) {
        return Messages.get(e.key(), e.args());
    }

    /** Puts back what the session holds in a field, dropping what was typed. */
    public void revert(ProfileField f) {
        if (f == ProfileField.SCHEDULE || f == ProfileField.INDICATORS) {
            rows(f).setAll(loadedRows.get(f).stream().map(v -> new Row(v.get(0), v.get(1), v.get(2))).toList());
        } else {
            drafts.get(f).set(loaded.get(f));
        }
        accept();
    }

    // ---- rows

    /** The schedule's rows or the indicators' rows. */
    public ObservableList<Row> rows(ProfileField f) {
        return switch (f) {
            case SCHEDULE -> schedule;
            case INDICATORS -> indicators;
            default -> throw new IllegalArgumentException(f.name());
        };
    }

    /** Adds an empty row after {@code index} (-1: at the top); it is written once something is typed and saved. */
    public Row insertRow(ProfileField f, int index) {
        Row r = new Row("", "", "");
        ObservableList<Row> rows = rows(f);
        rows.add(Math.max(0, Math.min(rows.size(), index + 1)), r);
        return r;
    }

    /** Removes a row and saves the rest at once (one action), so Ctrl+Z brings it back. */
    public void removeRow(ProfileField f, int index) {
        ObservableList<Row> rows = rows(f);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
            commit(f);
        }
    }

    // ---- the list

    /** Shows the next ({@code +1}) or previous ({@code -1}) quick win; the fields left are saved first. */
    public boolean step(int delta) {
        int at = indexOf(selectedId.get());
        int to = at + Integer.signum(delta);
        if (at < 0 || to < 0 || to >= items.size()) {
            return false;
        }
        selectedId.set(items.get(to).id());
        return true;
    }

    private int indexOf(String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Proposes a quick win that comes from no programme, with a random id (two laptops proposing
     * alike make two, which the room then sees), and shows it.
     *
     * @return false if there is no session or no name; the hint says why
     */
    public boolean propose(String name, Dimension dimension) {
        if (state.getValue() == null) {
            return false;
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || dimension == null) {
            hint.set(Messages.get("profile.hint.nameRequired"));
            return false;
        }
        QuickWin q;
        try {
            q = new QuickWin(Ids.random(), "", n, dimension, Optional.empty(), "", "", "", "", "", List.of(), "", 1,
                    12, 0, FundingSource.APBD, "", "", List.of(), "", "", 3, 3, List.of(), "");
        } catch (InvalidValue e) {
            hint.set(message(e));
            return false;
        }
        hint.set("");
        apply.accept(new Action(Messages.get("profile.action.propose", n), q.toEdits()));
        selectedId.set(q.id());
        return true;
    }

    /** Deletes the selected quick win if it was proposed directly; one chosen from a programme is unchosen on the grid. */
    public boolean deleteSelected() {
        Item item = selected.get();
        if (item == null) {
            return false;
        }
        if (!item.quickWin().programmeId().isEmpty()) {
            hint.set(Messages.get("profile.hint.fromProgramme", item.ref()));
            return false;
        }
        apply.accept(Action.of(Messages.get("profile.action.delete", item.quickWin().name()),
                Edit.delete(EntityKind.QUICK_WIN.code(), item.id())));
        return true;
    }

    // ---- properties

    public ReadOnlyBooleanProperty hasSessionProperty() {
        return hasSession;
    }

    /** The chosen quick wins: from programmes in matrix order, then those proposed directly. */
    public ObservableList<Item> items() {
        return itemsView;
    }

    public ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyObjectProperty<Item> selectedProperty() {
        return selected;
    }

    /** What a field holds as typed; bound to its control. */
    public StringProperty draft(ProfileField f) {
        return drafts.get(f);
    }

    /** The field the keyboard is in: it keeps what is typed there when the session changes. */
    public ObjectProperty<ProfileField> editingProperty() {
        return editing;
    }

    /** Why the last save was refused, in the user's language; empty when it was not. */
    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    /** The field whose text was last refused, null once it is saved or put back. */
    public ReadOnlyObjectProperty<ProfileField> refusedProperty() {
        return refused;
    }

    /** The quick win shown, if any. */
    public Optional<QuickWin> quickWin() {
        return Optional.ofNullable(selected.get()).map(Item::quickWin);
    }

    /** The session's names of dimensions and sub-dimensions. */
    public Labels labels() {
        SessionState s = state.getValue();
        return s == null ? Labels.defaults() : Labels.of(s);
    }

    /** Words formatted here are made again in the new language. */
    public void refreshText() {
        hint.set("");
        refresh(true);
    }
}

package id.rembuk.ui.people;

import id.rembuk.domain.Duplicates;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Ids;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Participant;
import id.rembuk.domain.People;
import id.rembuk.domain.SamePerson;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.conflicts.Origins;
import id.rembuk.ui.shell.ShellViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The participant list: search as you type, a side form to add or edit one person, delete, the
 * counts per unsur, and the people who are probably registered twice. Every add, edit or delete
 * is one {@link Action} named after the person, so the shell's undo takes it back by name.
 *
 * <p>Participant data is personal data (UU 27/2022 PDP): the list shows phone numbers masked;
 * the form, where they are needed, shows them whole.
 */
public final class ParticipantsViewModel {
    /** The form's text fields, in the order they are checked. */
    public static final List<String> FIELDS = List.of(Participant.F_NAME, Participant.F_NIP, Participant.F_JABATAN,
            Participant.F_INSTITUTION, Participant.F_PHONE, Participant.F_EMAIL);
    private static final String PROBE_ID = "probe";

    /**
     * One line of the table, with the words it shows: one per person, also when registered twice.
     *
     * @param others the person's other registrations, confirmed as the same person; empty if none
     * @param also   what those say that this one does not ("Juga: …"), empty if none
     */
    public record PersonRow(Participant participant, String unsur, String group, String nip, String phone,
                            boolean conflict, List<Participant> others, String also) {
        public PersonRow {
            others = List.copyOf(others);
        }

        public String id() {
            return participant.id();
        }

        public boolean merged() {
            return !others.isEmpty();
        }
    }

    /** A group the form offers; the empty id is "no group yet". */
    public record GroupChoice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Two entries that are probably the same person.
     *
     * @param keep the one to keep unless the facilitator chooses the other: more details, else registered first
     */
    public record DuplicateHint(Participant first, Participant second, Duplicates.Reason reason, Participant keep) {
        public String text() {
            // the one that would be kept first, so the line reads the same on every laptop
            return Messages.get("people.duplicates.pair", keep.name(), other().name(),
                    Messages.get(reason.messageKey()));
        }

        /** The entry that is not kept. */
        public Participant other() {
            return keep.id().equals(first.id()) ? second : first;
        }

        /** The entry of the pair with this id, if it is one of the two. */
        public Optional<Participant> entry(String id) {
            return Stream.of(first, second).filter(p -> p.id().equals(id)).findFirst();
        }
    }

    /** Two registrations the facilitator confirmed as one person; {@code decision} says which is kept. */
    public record MergedPair(SamePerson decision, Participant keep, Participant other) {
        public String text() {
            return Messages.get("people.merged.pair", keep.name(), other.name(),
                    Messages.get(decision.reason().messageKey()));
        }
    }

    private final ObservableValue<SessionState> state;
    private final Origins origins;
    private final Consumer<Action> apply;
    private final Runnable importAction;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PersonRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty shown = new SimpleStringProperty("");
    private final IntegerProperty unreadable = new SimpleIntegerProperty();
    private final ObservableList<DuplicateHint> duplicates = FXCollections.observableArrayList();
    private final Set<Duplicates.Suggestion> dismissed = new HashSet<>();
    private final ObservableList<MergedPair> merged = FXCollections.observableArrayList();

    private final ObjectProperty<Participant> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty nip = new SimpleStringProperty("");
    private final StringProperty jabatan = new SimpleStringProperty("");
    private final StringProperty institution = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<Participant.Unsur> unsur = new SimpleObjectProperty<>(Participant.Unsur.OPD);
    private final ObjectProperty<String> group = new SimpleObjectProperty<>("");
    private final ObservableList<GroupChoice> groupChoices = FXCollections.observableArrayList();
    private final Map<String, ObjectProperty<Hint>> errors = new LinkedHashMap<>();
    private final ObjectProperty<Hint> formHint = new SimpleObjectProperty<>();
    private final ObjectProperty<Hint> notice = new SimpleObjectProperty<>();

    /** One per person: the kept registration of each. */
    private List<Participant> people = List.of();
    /** Every readable registration, also those merged into another. */
    private List<Participant> registrations = List.of();
    private People persons = People.of(List.of(), List.of());
    private Map<String, Search.Haystack> haystacks = Map.of();

    /**
     * @param state        the open session's state, null when none is open
     * @param apply        commits one action to the open session (the shell's {@code apply})
     * @param importAction opens the import from Excel/CSV; null hides the button
     */
    public ParticipantsViewModel(ObservableValue<SessionState> state, Consumer<Action> apply, Runnable importAction) {
        this.state = state;
        this.origins = new Origins(state);
        this.apply = apply;
        this.importAction = importAction;
        FIELDS.forEach(f -> errors.put(f, new SimpleObjectProperty<>()));
        // typing in a field answers its message
        Map<String, StringProperty> fields = fields();
        fields.forEach((f, p) -> p.addListener((o, old, v) -> errors.get(f).set(null)));
        state.addListener((o, old, s) -> refresh());
        query.addListener((o, old, q) -> filter());
        refresh();
    }

    public ParticipantsViewModel(ShellViewModel shell, Runnable importAction) {
        this(shell.stateProperty(), shell::apply, importAction);
        origins.names(shell.replicasProperty());
    }

    /** Which group's laptop registered a participant and which changed the record last ("" for none). */
    public String provenance(String participantId) {
        return origins.of(EntityKind.PARTICIPANT.code(), participantId);
    }

    private Map<String, StringProperty> fields() {
        Map<String, StringProperty> m = new LinkedHashMap<>();
        m.put(Participant.F_NAME, name);
        m.put(Participant.F_NIP, nip);
        m.put(Participant.F_JABATAN, jabatan);
        m.put(Participant.F_INSTITUTION, institution);
        m.put(Participant.F_PHONE, phone);
        m.put(Participant.F_EMAIL, email);
        return m;
    }

    /** Reads the session again, also the words: called after the language changed. */
    public void refresh() {
        SessionState s = state.getValue();
        Records.Read<Participant> read = s == null ? new Records.Read<>(List.of(), List.of())
                : Records.read(s, EntityKind.PARTICIPANT, Participant::from);
        persons = s == null ? People.of(List.of(), List.of()) : People.of(s);
        registrations = read.records().stream()
                .sorted(Comparator.comparing((Participant p) -> Search.fold(p.name())).thenComparing(Participant::id))
                .toList();
        People who = persons;
        people = registrations.stream().filter(p -> who.isKept(p.id())).toList();
        Map<String, Search.Haystack> h = new HashMap<>();
        // a merged person is found by what either registration says
        people.forEach(p -> h.put(p.id(), Search.Haystack.of(p, others(p))));
        haystacks = h;
        unreadable.set(read.unreadable().size());
        total.set(people.size());
        counts.set(countsText(people));
        refreshGroups(s);
        refreshDuplicates();
        refreshMerged();
        followEdited(s);
        filter();
    }

    /** "80 peserta · 30 OPD · 20 Dewan Smart City · …": every unsur present, in the list's order. */
    static String countsText(List<Participant> people) {
        List<String> parts = new ArrayList<>();
        parts.add(Messages.get("people.counts.total", people.size()));
        Map<Participant.Unsur, Long> by = people.stream()
                .collect(Collectors.groupingBy(Participant::unsur, Collectors.counting()));
        for (Participant.Unsur u : Participant.Unsur.values()) {
            if (by.containsKey(u)) {
                parts.add(Messages.get("people.counts.unsur", by.get(u), PeopleText.unsur(u)));
            }
        }
        return String.join(" · ", parts);
    }

    private void refreshGroups(SessionState s) {
        Labels labels = PeopleText.labels(s);
        List<GroupChoice> choices = new ArrayList<>();
        choices.add(new GroupChoice("", Messages.get("people.group.none")));
        List<String> ids = new ArrayList<>(PeopleText.groupIds(s));
        // a group someone already belongs to stays choosable, also when the session lost it
        String current = group.get();
        if (current != null && !current.isEmpty() && !ids.contains(current)) {
            ids.add(current);
        }
        ids.forEach(id -> choices.add(new GroupChoice(id, PeopleText.group(id, labels))));
        setIfChanged(groupChoices, choices);
    }

    /** The person's other registrations, confirmed as the same person. */
    private List<Participant> others(Participant kept) {
        List<String> ids = persons.registrations(kept.id());
        if (ids.size() < 2) {
            return List.of();
        }
        return registrations.stream().filter(p -> !p.id().equals(kept.id()) && ids.contains(p.id())).toList();
    }

    private Map<String, Participant> byId() {
        Map<String, Participant> byId = new HashMap<>();
        registrations.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /** Pairs nobody decided about yet: a pair marked "not the same person" on any laptop stays away. */
    private void refreshDuplicates() {
        Map<String, Participant> byId = byId();
        SessionState s = state.getValue();
        setIfChanged(duplicates, Duplicates.suggest(registrations).stream().filter(d -> !dismissed.contains(d))
                .filter(d -> persons.decision(d.first(), d.second()).isEmpty()
                        && !persons.samePerson(d.first(), d.second()))
                .map(d -> {
                    Participant a = byId.get(d.first());
                    Participant b = byId.get(d.second());
                    return new DuplicateHint(a, b, d.reason(), SamePeople.suggestedKeep(a, b, s));
                }).toList());
    }

    private void refreshMerged() {
        Map<String, Participant> byId = byId();
        setIfChanged(merged, persons.confirmed().stream()
                .filter(d -> byId.containsKey(d.keep()) && byId.containsKey(d.other()))
                .map(d -> new MergedPair(d, byId.get(d.keep()), byId.get(d.other())))
                .sorted(Comparator.comparing((MergedPair m) -> Search.fold(m.keep().name())))
                .toList());
    }

    private void filter() {
        List<String> q = Search.query(query.get());
        Labels labels = PeopleText.labels(state.getValue());
        SessionState s = state.getValue();
        List<PersonRow> found = new ArrayList<>();
        for (Participant p : people) {
            if (Search.score(haystacks.get(p.id()), q) > 0) {
                found.add(row(p, others(p), labels, s));
            }
        }
        setIfChanged(rows, found);
        shown.set(q.isEmpty() ? "" : Messages.get("people.counts.shown", found.size(), people.size()));
    }

    private static PersonRow row(Participant p, List<Participant> others, Labels labels, SessionState s) {
        boolean conflict = s != null && s.get(EntityKind.PARTICIPANT.code(), p.id())
                .map(EntityState::hasConflict).orElse(false);
        return new PersonRow(p, PeopleText.unsur(p.unsur()), PeopleText.group(p.group(), labels), p.nipDisplay(),
                maskPhone(p.phone()), conflict, others, SamePeople.alsoText(p, others));
    }

    /** "0853•••••167": enough to tell two numbers apart on a projected list, not enough to call. */
    static String maskPhone(String phone) {
        String p = phone == null ? "" : phone.replaceAll("[\\s\\-.()]", "");
        if (p.length() < 8) {
            return p.isEmpty() ? "" : "•".repeat(p.length());
        }
        return p.substring(0, 4) + "•".repeat(p.length() - 7) + p.substring(p.length() - 3);
    }

    /** Replacing equal items would drop the table's selection at every unrelated edit of the session. */
    private static <T> void setIfChanged(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    // ---- duplicates ----

    /** Hides the banner until another pair turns up. */
    public void dismissDuplicates() {
        duplicates.forEach(d -> dismissed.add(new Duplicates.Suggestion(d.first().id(), d.second().id(), d.reason())));
        refreshDuplicates();
    }

    /** Shows the two entries of a pair in the list, by searching for what they share. */
    public void showDuplicate(DuplicateHint d) {
        query.set(switch (d.reason()) {
            case NIP -> d.first().nip();
            case PHONE -> d.first().normalisedPhone();
            case NAME_AND_INSTITUTION -> Search.fold(d.first().name());
        });
    }

    /**
     * "Sama orang": the two entries are one person, shown by {@code keepId}'s details. Nothing of
     * either entry changes, so "Pisahkan lagi" or Ctrl+Z gives both back exactly.
     */
    public boolean confirm(DuplicateHint d, String keepId) {
        Optional<Participant> keep = d.entry(keepId);
        if (keep.isEmpty() || state.getValue() == null) {
            return false;
        }
        Participant other = keep.get().id().equals(d.first().id()) ? d.second() : d.first();
        decide(Messages.get("people.action.same", keep.get().name(), other.name()),
                SamePerson.of(keep.get().id(), other.id(), d.reason(), SamePerson.Status.CONFIRMED));
        notice.set(Hint.of("people.notice.same", keep.get().name(), other.name()));
        return true;
    }

    /** "Bukan orang yang sama": the pair is no longer suggested, on any laptop the decision reaches. */
    public boolean separate(DuplicateHint d) {
        if (state.getValue() == null) {
            return false;
        }
        decide(Messages.get("people.action.separate", d.keep().name(), d.other().name()),
                SamePerson.of(d.keep().id(), d.other().id(), d.reason(), SamePerson.Status.SEPARATE));
        notice.set(Hint.of("people.notice.separate", d.keep().name(), d.other().name()));
        return true;
    }

    /** "Pisahkan lagi": a confirmed pair becomes two people again, and is not suggested again. */
    public boolean unmerge(MergedPair m) {
        if (state.getValue() == null) {
            return false;
        }
        apply.accept(Action.of(Messages.get("people.action.unmerge", m.keep().name(), m.other().name()),
                Edit.set(EntityKind.SAME_PERSON.code(), m.decision().id(), SamePerson.F_STATUS,
                        SamePerson.Status.SEPARATE.name())));
        notice.set(Hint.of("people.notice.unmerged", m.keep().name(), m.other().name()));
        return true;
    }

    private void decide(String label, SamePerson decision) {
        List<Edit> edits = new ArrayList<>();
        // a decision deleted on some laptop comes back with this one
        if (state.getValue().get(EntityKind.SAME_PERSON.code(), decision.id()).map(EntityState::deleted)
                .orElse(false)) {
            edits.add(Edit.restore(EntityKind.SAME_PERSON.code(), decision.id()));
        }
        edits.addAll(decision.toEdits());
        apply.accept(new Action(label, edits));
    }

    private final BooleanProperty formOpen = new SimpleBooleanProperty(false);

    // ---- the form ----

    /** Empties the form for a new participant; the unsur chosen last stays (people are often typed in batches). */
    public void newParticipant() {
        Participant.Unsur keep = unsur.get();
        editing.set(null);
        fill(null);
        unsur.set(keep == null ? Participant.Unsur.OPD : keep);
        formHint.set(null);
    }

    /** Opens the form on a new, empty entry (Insert, "Tambah peserta"). */
    public void openNew() {
        newParticipant();
        formOpen.set(true);
    }

    /**
     * The form shows only while someone is added or edited: at 1366 px the table needs the
     * width the rest of the time.
     */
    public ReadOnlyBooleanProperty formOpenProperty() {
        return formOpen;
    }

    /** Puts one participant into the form. */
    public boolean edit(String id) {
        Optional<Participant> p = people.stream().filter(x -> x.id().equals(id)).findFirst();
        if (p.isEmpty()) {
            return false;
        }
        formOpen.set(true);
        editing.set(p.get());
        fill(p.get());
        formHint.set(null);
        return true;
    }

    private void fill(Participant p) {
        name.set(p == null ? "" : p.name());
        nip.set(p == null ? "" : p.nip());
        jabatan.set(p == null ? "" : p.jabatan());
        institution.set(p == null ? "" : p.institution());
        phone.set(p == null ? "" : p.phone());
        email.set(p == null ? "" : p.email());
        unsur.set(p == null ? Participant.Unsur.OPD : p.unsur());
        group.set(p == null ? "" : p.group());
        refreshGroups(state.getValue());
        errors.values().forEach(e -> e.set(null));
    }

    /** Esc: an edit ends without saving, a new entry is dropped, and the form closes. */
    public void cancel() {
        newParticipant();
        formOpen.set(false);
    }

    /**
     * Adds the typed participant or saves the one being edited. False, with a message beside each
     * field that breaks a rule, when refused; nothing is written then.
     */
    public boolean save() {
        if (state.getValue() == null) {
            formHint.set(Hint.of("people.form.noSession"));
            return false;
        }
        Map<String, Hint> found = validate();
        errors.forEach((f, p) -> p.set(found.get(f)));
        if (!found.isEmpty()) {
            return false;
        }
        Participant before = editing.get();
        Participant p;
        try {
            p = new Participant(before == null ? Ids.random() : before.id(), name.get(), nip.get(), jabatan.get(),
                    institution.get(), unsurOrOther(), group.get(), phone.get(), email.get());
        } catch (InvalidValue e) {
            formHint.set(Hint.of(e));
            return false;
        }
        if (before == null) {
            apply.accept(new Action(Messages.get("people.action.add", p.name()), p.toEdits()));
            notice.set(Hint.of("people.notice.added", p.name()));
        } else {
            List<Edit> edits = changedEdits(before, p);
            if (!edits.isEmpty()) {
                apply.accept(new Action(Messages.get("people.action.edit", p.name()), edits));
                notice.set(Hint.of("people.notice.saved", p.name()));
            }
        }
        newParticipant();
        return true;
    }

    /** Each field checked on its own, so every field that breaks a rule says so at once. */
    private Map<String, Hint> validate() {
        Map<String, Hint> found = new LinkedHashMap<>();
        Participant.Unsur u = Participant.Unsur.LAINNYA;
        check(found, Participant.F_NAME, () -> new Participant(PROBE_ID, name.get(), "", "", "", u, "", "", ""));
        check(found, Participant.F_NIP, () -> new Participant(PROBE_ID, "x", nip.get(), "", "", u, "", "", ""));
        check(found, Participant.F_JABATAN, () -> new Participant(PROBE_ID, "x", "", jabatan.get(), "", u, "", "", ""));
        check(found, Participant.F_INSTITUTION,
                () -> new Participant(PROBE_ID, "x", "", "", institution.get(), u, "", "", ""));
        check(found, Participant.F_PHONE, () -> new Participant(PROBE_ID, "x", "", "", "", u, "", phone.get(), ""));
        check(found, Participant.F_EMAIL, () -> new Participant(PROBE_ID, "x", "", "", "", u, "", "", email.get()));
        return found;
    }

    private static void check(Map<String, Hint> found, String field, Supplier<Participant> probe) {
        try {
            probe.get();
        } catch (InvalidValue e) {
            found.put(field, Hint.of(e));
        }
    }

    private Participant.Unsur unsurOrOther() {
        return unsur.get() == null ? Participant.Unsur.LAINNYA : unsur.get();
    }

    /** The fields that differ, and those in conflict: saving a conflicted field settles it. */
    private List<Edit> changedEdits(Participant before, Participant after) {
        Map<String, String> old = new HashMap<>();
        before.toEdits().forEach(e -> old.put(e.field(), e.value()));
        Optional<EntityState> now = Optional.ofNullable(state.getValue())
                .flatMap(s -> s.get(EntityKind.PARTICIPANT.code(), after.id()));
        return after.toEdits().stream().filter(e -> !Objects.equals(old.get(e.field()), e.value())
                || now.map(c -> c.fields().containsKey(e.field()) && c.fields().get(e.field()).conflicted())
                .orElse(false)).toList();
    }

    /**
     * The participant being edited went away (deleted, or its creation undone): what was typed
     * stays, and saving adds it as a new entry; an edit changed elsewhere keeps what is typed.
     */
    private void followEdited(SessionState s) {
        Participant e = editing.get();
        if (e == null) {
            return;
        }
        Optional<Participant> now = people.stream().filter(p -> p.id().equals(e.id())).findFirst();
        if (now.isPresent()) {
            editing.set(now.get());
            return;
        }
        editing.set(null);
        formHint.set(Hint.of("people.form.editedGone"));
    }

    /**
     * Deletes one person as one action ("Hapus peserta: Budi Santoso"), every registration of
     * theirs; Ctrl+Z brings them back.
     */
    public boolean delete(String id) {
        Optional<Participant> p = people.stream().filter(x -> x.id().equals(id)).findFirst();
        if (p.isEmpty()) {
            return false;
        }
        if (editing.get() != null && editing.get().id().equals(id)) {
            newParticipant();
        }
        List<Edit> edits = new ArrayList<>();
        edits.add(Edit.delete(EntityKind.PARTICIPANT.code(), id));
        others(p.get()).forEach(o -> edits.add(Edit.delete(EntityKind.PARTICIPANT.code(), o.id())));
        apply.accept(new Action(Messages.get("people.action.delete", p.get().name()), edits));
        notice.set(Hint.of("people.notice.deleted", p.get().name()));
        return true;
    }

    // ---- import ----

    public boolean canImport() {
        return importAction != null;
    }

    public void importParticipants() {
        if (importAction != null) {
            importAction.run();
        }
    }

    // ---- properties ----

    public StringProperty queryProperty() {
        return query;
    }

    /** The participants the search finds, in name order. */
    public ObservableList<PersonRow> rows() {
        return rowsView;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    /** "80 peserta · 30 OPD · 20 Dewan Smart City · …". */
    public ReadOnlyStringProperty countsProperty() {
        return counts;
    }

    /** "12 dari 80 ditampilkan" while searching, else empty. */
    public ReadOnlyStringProperty shownProperty() {
        return shown;
    }

    /** Entries in the file that do not make a valid participant (merged from two laptops); kept, not shown. */
    public ReadOnlyIntegerProperty unreadableProperty() {
        return unreadable;
    }

    /** Pairs that are probably the same person, those dismissed left out. */
    public ObservableList<DuplicateHint> duplicates() {
        return duplicates;
    }

    /** Registrations confirmed as one person, by the kept one's name; "Pisahkan lagi" undoes one. */
    public ObservableList<MergedPair> merged() {
        return merged;
    }

    /** The participant in the form, null when the form adds a new one. */
    public ReadOnlyObjectProperty<Participant> editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nipProperty() {
        return nip;
    }

    public StringProperty jabatanProperty() {
        return jabatan;
    }

    public StringProperty institutionProperty() {
        return institution;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<Participant.Unsur> unsurProperty() {
        return unsur;
    }

    /** The group id, empty for none. */
    public ObjectProperty<String> groupProperty() {
        return group;
    }

    public ObservableList<GroupChoice> groupChoices() {
        return groupChoices;
    }

    /** The message beside one of {@link #FIELDS}, null when it is fine. */
    public ReadOnlyObjectProperty<Hint> errorProperty(String field) {
        ObjectProperty<Hint> e = errors.get(field);
        if (e == null) {
            throw new IllegalArgumentException("no such field: " + field);
        }
        return e;
    }

    /** A message about the form as a whole. */
    public ReadOnlyObjectProperty<Hint> formHintProperty() {
        return formHint;
    }

    /** What was done last ("Budi Santoso dihapus. Ctrl+Z membatalkan."). */
    public ReadOnlyObjectProperty<Hint> noticeProperty() {
        return notice;
    }
}

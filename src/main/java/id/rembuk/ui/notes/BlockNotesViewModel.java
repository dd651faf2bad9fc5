package id.rembuk.ui.notes;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Ids;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Note;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Records;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.SessionRecord;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.shell.ShellViewModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
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
 * The notes of one agenda block, typed while it runs: points with their speaker, conclusions and
 * decisions, and the follow-ups agreed (action, owner, due date). Each add, edit, delete or move is
 * one {@link Action}, so the shell's undo takes it back.
 *
 * <p>When the block changes while something is typed, nothing is written: the unsent text stays in
 * its field and Enter records it in the block shown then (a hint says the block changed). An edit
 * under way keeps its note: saving it changes that note in the block it belongs to.
 */
public final class BlockNotesViewModel {
    private static final int MAX_SUGGESTIONS = 8;

    private final ObservableValue<SessionState> state;
    private final Consumer<Action> apply;
    private final ObjectProperty<String> blockId;
    /** The group whose discussion is noted (a group's laptop); empty for the plenary, which sees every note. */
    private String group = "";

    private final BooleanProperty hasBlock = new SimpleBooleanProperty(false);
    private final ObjectProperty<AgendaItem> block = new SimpleObjectProperty<>();
    private final StringProperty blockTitle = new SimpleStringProperty("");
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ObservableList<ActionItem> followUps = FXCollections.observableArrayList();
    private final ObservableList<Note> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ObservableList<ActionItem> followUpsView = FXCollections.unmodifiableObservableList(followUps);

    private final ObjectProperty<Note.Kind> kind = new SimpleObjectProperty<>(Note.Kind.POINT);
    private final StringProperty speaker = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Hint> noteHint = new SimpleObjectProperty<>();
    private final ObjectProperty<Note> editingNote = new SimpleObjectProperty<>();
    /** What was typed before an edit began; it comes back when the edit ends. */
    private NoteDraft noteDraft;

    private final StringProperty action = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final ObjectProperty<Hint> followUpHint = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionItem> editingFollowUp = new SimpleObjectProperty<>();
    private FollowUpDraft followUpDraft;

    /**
     * The state the completion popups read, on their own thread (a state never changes once made).
     * The names are gathered when first asked for, not at every edit of the session.
     */
    private volatile SessionState current;
    private volatile Pools pools = new Pools(null, List.of(), List.of());
    /**
     * The last position handed out per list: a write reaches the state later than the next Enter
     * may come, and two lines typed quickly must not share a place.
     */
    private final Map<String, Integer> issued = new HashMap<>();

    private record NoteDraft(Note.Kind kind, String speaker, String text) {
    }

    private record FollowUpDraft(String action, String owner, LocalDate due) {
    }

    private record Pools(SessionState from, List<String> speakers, List<String> owners) {
    }

    /**
     * @param state   the open session's state, null when none is open
     * @param apply   commits one action to the open session (the shell's {@code apply})
     * @param blockId the agenda item id of the block being noted, null for none
     */
    public BlockNotesViewModel(ObservableValue<SessionState> state, Consumer<Action> apply,
                               ObjectProperty<String> blockId) {
        this.state = state;
        this.apply = apply;
        this.blockId = blockId;
        state.addListener((o, old, s) -> refresh());
        blockId.addListener((o, old, id) -> blockChanged(old, id));
        text.addListener((o, old, t) -> clearHint(noteHint, t));
        speaker.addListener((o, old, t) -> clearHint(noteHint, text.get()));
        action.addListener((o, old, t) -> clearHint(followUpHint, t));
        refresh();
    }

    public BlockNotesViewModel(ShellViewModel shell, ObjectProperty<String> blockId) {
        this(shell.stateProperty(), shell::apply, blockId);
    }

    /**
     * Notes a group's discussion: new notes carry the group, and only its notes are listed.
     * Empty (the default) is the plenary, which lists every note of the block.
     */
    public void setGroup(String groupId) {
        this.group = groupId == null ? "" : groupId;
        refresh();
    }

    /** Typing again answers a hint, except the one saying the text now goes to another block. */
    private static void clearHint(ObjectProperty<Hint> hint, String typed) {
        Hint h = hint.get();
        boolean blockChange = h != null && h.key().equals("notes.hint.blockChanged");
        if (h != null && (!blockChange || typed == null || typed.isBlank())) {
            hint.set(null);
        }
    }

    private void blockChanged(String old, String id) {
        refresh();
        for (ObjectProperty<Hint> hint : List.of(noteHint, followUpHint)) {
            if (hint.get() != null && hint.get().key().equals("notes.hint.noBlock")) {
                hint.set(null);
            }
        }
        if (old == null || id == null || old.equals(id)) {
            return;
        }
        if (editingNote.get() != null) {
            noteHint.set(Hint.of("notes.hint.editKeepsBlock"));
        } else if (!blank(text.get())) {
            noteHint.set(Hint.of("notes.hint.blockChanged"));
        }
        if (editingFollowUp.get() != null) {
            followUpHint.set(Hint.of("notes.hint.editKeepsBlock"));
        } else if (!blank(action.get())) {
            followUpHint.set(Hint.of("notes.hint.blockChanged"));
        }
    }

    private void refresh() {
        SessionState s = state.getValue();
        String id = blockId.get();
        current = s;
        hasBlock.set(s != null && id != null);
        if (s == null || id == null) {
            block.set(null);
            blockTitle.set("");
            setIfChanged(notes, List.of());
            setIfChanged(followUps, List.of());
        } else {
            Optional<EntityState> agenda = s.get(EntityKind.AGENDA_ITEM.code(), id).filter(EntityState::live);
            AgendaItem item = agenda.flatMap(BlockNotesViewModel::agendaItem).orElse(null);
            block.set(item);
            blockTitle.set(item != null ? item.title() : agenda.map(e -> e.getOr(AgendaItem.F_TITLE, "")).orElse(""));
            setIfChanged(notes, read(s, EntityKind.NOTE, Note::from).stream()
                    .filter(n -> n.agendaItemId().equals(id) && (group.isEmpty() || n.group().equals(group)))
                    .sorted(Comparator.comparingInt(Note::order).thenComparing(Note::id)).toList());
            setIfChanged(followUps, read(s, EntityKind.ACTION_ITEM, ActionItem::from).stream()
                    .filter(a -> a.agendaItemId().equals(id))
                    .sorted(Comparator.comparingInt(ActionItem::order).thenComparing(ActionItem::id)).toList());
        }
        followEditedNote(s);
        followEditedFollowUp(s);
    }

    /** A block whose values break a rule (merged from two laptops) still shows its title and notes. */
    private static Optional<AgendaItem> agendaItem(EntityState e) {
        try {
            return Optional.of(AgendaItem.from(e));
        } catch (IllegalArgumentException | NullPointerException ex) {
            return Optional.empty();
        }
    }

    private static <T> List<T> read(SessionState s, EntityKind kind, Function<EntityState, T> from) {
        return Records.read(s, kind, from).records();
    }

    /** Replacing equal items would drop the list's selection at every unrelated edit of the session. */
    private static <T> void setIfChanged(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    private Pools pools() {
        SessionState s = current;
        Pools p = pools;
        if (p.from() != s) {
            p = s == null ? new Pools(null, List.of(), List.of()) : gather(s);
            pools = p;
        }
        return p;
    }

    private static Pools gather(SessionState s) {
        List<Participant> people = read(s, EntityKind.PARTICIPANT, Participant::from);
        Collection<String> speakers = names();
        Collection<String> owners = names();
        people.forEach(p -> speakers.add(p.name()));
        s.live(EntityKind.SESSION.code()).findFirst().flatMap(BlockNotesViewModel::sessionInfo).ifPresent(i -> {
            speakers.addAll(i.experts());
            speakers.addAll(i.facilitators());
        });
        read(s, EntityKind.AGENDA_ITEM, BlockNotesViewModel::agendaSpeaker).forEach(speaker ->
                Stream.of(speaker.split("[;\\n]")).map(String::strip).forEach(speakers::add));
        read(s, EntityKind.NOTE, Note::from).forEach(n -> speakers.add(n.speaker()));
        people.forEach(p -> {
            owners.add(p.institution());
            owners.add(p.name());
        });
        read(s, EntityKind.ACTION_ITEM, ActionItem::from).forEach(a -> owners.add(a.owner()));
        return new Pools(s, clean(speakers), clean(owners));
    }

    private static Collection<String> names() {
        return new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    }

    private static List<String> clean(Collection<String> names) {
        return names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
    }

    /** The speaker field alone: the rest of an agenda item may not read (it is only a suggestion). */
    private static String agendaSpeaker(EntityState e) {
        return e.getOr(AgendaItem.F_SPEAKER, "");
    }

    private static Optional<SessionInfo> sessionInfo(EntityState e) {
        try {
            return Optional.of(SessionInfo.from(e));
        } catch (RuntimeException ex) {
            return Optional.empty();
        }
    }

    // ---- notes ----

    /** Adds the typed line to the block, or saves the note being edited. False (with a hint) when refused. */
    public boolean submitNote() {
        Note editing = editingNote.get();
        if (editing != null) {
            return saveNote(editing);
        }
        String id = blockId.get();
        if (id == null || state.getValue() == null) {
            noteHint.set(Hint.of("notes.hint.noBlock"));
            return false;
        }
        if (blank(text.get())) {
            noteHint.set(Hint.of("notes.hint.blank"));
            return false;
        }
        Note n;
        try {
            n = new Note(Ids.random(), id, group, kindOrPoint(), speaker.get(), text.get(),
                    nextOrder("note " + id, notes, Note::order));
        } catch (InvalidValue e) {
            noteHint.set(new Hint(e.key(), List.of(e.args())));
            return false;
        }
        apply.accept(new Action(Messages.get("notes.action.addNote"), n.toEdits()));
        text.set("");
        noteHint.set(null);
        return true;
    }

    private boolean saveNote(Note editing) {
        if (blank(text.get())) {
            noteHint.set(Hint.of("notes.hint.blank"));
            return false;
        }
        Note changed;
        try {
            changed = new Note(editing.id(), editing.agendaItemId(), editing.group(), kindOrPoint(), speaker.get(),
                    text.get(), editing.order());
        } catch (InvalidValue e) {
            noteHint.set(new Hint(e.key(), List.of(e.args())));
            return false;
        }
        List<Edit> edits = changedEdits(editing, changed);
        if (!edits.isEmpty()) {
            apply.accept(new Action(Messages.get("notes.action.editNote"), edits));
        }
        endNoteEdit();
        return true;
    }

    /** Puts a note of this block into the entry row; what was typed there comes back when the edit ends. */
    public boolean editNote(String noteId) {
        Optional<Note> n = notes.stream().filter(x -> x.id().equals(noteId)).findFirst();
        if (n.isEmpty()) {
            return false;
        }
        cancelNoteEdit();
        noteDraft = new NoteDraft(kindOrPoint(), speaker.get(), text.get());
        editingNote.set(n.get());
        kind.set(n.get().type());
        speaker.set(n.get().speaker());
        text.set(n.get().text());
        noteHint.set(null);
        return true;
    }

    public void cancelNoteEdit() {
        if (editingNote.get() != null) {
            endNoteEdit();
        }
    }

    private void endNoteEdit() {
        NoteDraft d = noteDraft;
        editingNote.set(null);
        noteDraft = null;
        if (d != null) {
            kind.set(d.kind());
            speaker.set(d.speaker());
            text.set(d.text());
        }
        noteHint.set(null);
    }

    /**
     * The note being edited went away (its creation undone, or deleted elsewhere): what was typed
     * stays as a new line, so Enter records it again; an unchanged edit just gives the draft back.
     */
    private void followEditedNote(SessionState s) {
        Note editing = editingNote.get();
        if (editing == null) {
            return;
        }
        Optional<Note> now = s == null ? Optional.empty() : s.get(EntityKind.NOTE.code(), editing.id())
                .filter(EntityState::live).flatMap(e -> readable(e, Note::from));
        if (now.isPresent()) {
            editingNote.set(now.get());
            return;
        }
        boolean changed = kindOrPoint() != editing.type() || !Objects.equals(speaker.get(), editing.speaker())
                || !Objects.equals(text.get().strip(), editing.text());
        NoteDraft d = noteDraft;
        if (!changed) {
            endNoteEdit();
            return;
        }
        editingNote.set(null);
        noteDraft = null;
        if (d != null && !blank(d.text())) {
            text.set(d.text().strip() + " " + text.get());
        }
        noteHint.set(Hint.of("notes.hint.editedGone"));
    }

    public boolean deleteNote(String noteId) {
        if (notes.stream().noneMatch(n -> n.id().equals(noteId))) {
            return false;
        }
        if (editingNote.get() != null && editingNote.get().id().equals(noteId)) {
            endNoteEdit();
        }
        apply.accept(Action.of(Messages.get("notes.action.deleteNote"), Edit.delete(EntityKind.NOTE.code(), noteId)));
        return true;
    }

    /** Moves a note one place up (-1) or down (+1) among the block's notes. */
    public boolean moveNote(String noteId, int delta) {
        return move(notes, Note::id, Note::order, noteId, delta, EntityKind.NOTE, Note.F_ORDER,
                "notes.action.moveNote");
    }

    // ---- follow-ups ----

    /** Adds the typed follow-up to the block, or saves the one being edited. False (with a hint) when refused. */
    public boolean submitFollowUp() {
        ActionItem editing = editingFollowUp.get();
        if (editing != null) {
            return saveFollowUp(editing);
        }
        String id = blockId.get();
        if (id == null || state.getValue() == null) {
            followUpHint.set(Hint.of("notes.hint.noBlock"));
            return false;
        }
        if (blank(action.get())) {
            followUpHint.set(Hint.of("notes.hint.blankAction"));
            return false;
        }
        ActionItem a;
        try {
            a = ActionItem.followUp(Ids.random(), id, action.get(), owner.get(), Optional.ofNullable(due.get()),
                    nextOrder("follow-up " + id, followUps, ActionItem::order));
        } catch (InvalidValue e) {
            followUpHint.set(new Hint(e.key(), List.of(e.args())));
            return false;
        }
        apply.accept(new Action(Messages.get("notes.action.addFollowUp"), a.toEdits()));
        action.set("");
        owner.set("");
        due.set(null);
        followUpHint.set(null);
        return true;
    }

    private boolean saveFollowUp(ActionItem editing) {
        if (blank(action.get())) {
            followUpHint.set(Hint.of("notes.hint.blankAction"));
            return false;
        }
        ActionItem changed;
        try {
            changed = new ActionItem(editing.id(), editing.programmeId(), editing.agendaItemId(), action.get(),
                    editing.output(), editing.indicator(), editing.target(), editing.year(),
                    Optional.ofNullable(due.get()), owner.get(), editing.budget(), editing.funding(), editing.order());
        } catch (InvalidValue e) {
            followUpHint.set(new Hint(e.key(), List.of(e.args())));
            return false;
        }
        List<Edit> edits = changedEdits(editing, changed);
        if (!edits.isEmpty()) {
            apply.accept(new Action(Messages.get("notes.action.editFollowUp"), edits));
        }
        endFollowUpEdit();
        return true;
    }

    public boolean editFollowUp(String followUpId) {
        Optional<ActionItem> a = followUps.stream().filter(x -> x.id().equals(followUpId)).findFirst();
        if (a.isEmpty()) {
            return false;
        }
        cancelFollowUpEdit();
        followUpDraft = new FollowUpDraft(action.get(), owner.get(), due.get());
        editingFollowUp.set(a.get());
        action.set(a.get().step());
        owner.set(a.get().owner());
        due.set(a.get().due().orElse(null));
        followUpHint.set(null);
        return true;
    }

    public void cancelFollowUpEdit() {
        if (editingFollowUp.get() != null) {
            endFollowUpEdit();
        }
    }

    private void endFollowUpEdit() {
        FollowUpDraft d = followUpDraft;
        editingFollowUp.set(null);
        followUpDraft = null;
        if (d != null) {
            action.set(d.action());
            owner.set(d.owner());
            due.set(d.due());
        }
        followUpHint.set(null);
    }

    private void followEditedFollowUp(SessionState s) {
        ActionItem editing = editingFollowUp.get();
        if (editing == null) {
            return;
        }
        Optional<ActionItem> now = s == null ? Optional.empty() : s.get(EntityKind.ACTION_ITEM.code(), editing.id())
                .filter(EntityState::live).flatMap(e -> readable(e, ActionItem::from));
        if (now.isPresent()) {
            editingFollowUp.set(now.get());
            return;
        }
        boolean changed = !Objects.equals(action.get().strip(), editing.step())
                || !Objects.equals(owner.get().strip(), editing.owner())
                || !Objects.equals(Optional.ofNullable(due.get()), editing.due());
        FollowUpDraft d = followUpDraft;
        if (!changed) {
            endFollowUpEdit();
            return;
        }
        editingFollowUp.set(null);
        followUpDraft = null;
        if (d != null && !blank(d.action())) {
            action.set(d.action().strip() + " " + action.get());
        }
        followUpHint.set(Hint.of("notes.hint.editedGone"));
    }

    public boolean deleteFollowUp(String followUpId) {
        if (followUps.stream().noneMatch(a -> a.id().equals(followUpId))) {
            return false;
        }
        if (editingFollowUp.get() != null && editingFollowUp.get().id().equals(followUpId)) {
            endFollowUpEdit();
        }
        apply.accept(Action.of(Messages.get("notes.action.deleteFollowUp"),
                Edit.delete(EntityKind.ACTION_ITEM.code(), followUpId)));
        return true;
    }

    public boolean moveFollowUp(String followUpId, int delta) {
        return move(followUps, ActionItem::id, ActionItem::order, followUpId, delta, EntityKind.ACTION_ITEM,
                ActionItem.F_ORDER, "notes.action.moveFollowUp");
    }

    /**
     * Reads a due date as typed ("30 Juni 2022", "30/6/2022"); blank clears it. False, with a hint,
     * when the text is no date: the date already chosen stays.
     */
    public boolean setDueText(String typed) {
        if (blank(typed)) {
            due.set(null);
            return true;
        }
        Optional<LocalDate> d = DateText.parse(typed);
        if (d.isEmpty()) {
            followUpHint.set(Hint.of("notes.hint.badDate", typed.strip()));
            return false;
        }
        due.set(d.get());
        return true;
    }

    /** "Susun draf perbup — Bagian Hukum · 30 Juni 2022": the line the minutes print. */
    public static String followUpLine(ActionItem a) {
        return a.step() + followUpMeta(a);
    }

    /** The part after the action: " — owner · due date", or empty when neither is known. */
    public static String followUpMeta(ActionItem a) {
        List<String> parts = new ArrayList<>();
        if (!a.owner().isEmpty()) {
            parts.add(a.owner());
        }
        a.due().ifPresent(d -> parts.add(DateText.format(d)));
        return parts.isEmpty() ? "" : " — " + String.join(" · ", parts);
    }

    // ---- shared ----

    /** Names for the speaker field: participants, the session's experts and facilitators, the agenda's speakers. */
    public List<String> speakerSuggestions(String typed) {
        return suggest(pools().speakers(), typed);
    }

    /** Owners for a follow-up: participants' institutions (OPD) and names, owners used before. */
    public List<String> ownerSuggestions(String typed) {
        return suggest(pools().owners(), typed);
    }

    /** Those containing what was typed, those starting with it first; nothing for blank or an exact match. */
    static List<String> suggest(List<String> pool, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> starts = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        for (String name : pool) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals(t)) {
                return List.of();
            }
            if (n.startsWith(t)) {
                starts.add(name);
            } else if (n.contains(t)) {
                contains.add(name);
            }
        }
        starts.addAll(contains);
        return List.copyOf(starts.subList(0, Math.min(MAX_SUGGESTIONS, starts.size())));
    }

    /** True when two laptops wrote different values into this note or follow-up: saving it settles them. */
    public boolean hasConflict(SessionRecord r) {
        SessionState s = state.getValue();
        return s != null && s.get(r.kind().code(), r.id()).map(EntityState::hasConflict).orElse(false);
    }

    private Note.Kind kindOrPoint() {
        return kind.get() == null ? Note.Kind.POINT : kind.get();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private <T> int nextOrder(String list, List<T> items, ToIntFunction<T> order) {
        int max = items.stream().mapToInt(order).max().orElse(-1);
        int next = Math.max(max, issued.getOrDefault(list, -1)) + 1;
        issued.put(list, next);
        return next;
    }

    private <T extends SessionRecord> boolean move(List<T> items, Function<T, String> idOf, ToIntFunction<T> orderOf,
                                                   String id, int delta, EntityKind kind, String field, String label) {
        List<T> list = new ArrayList<>(items);
        int from = -1;
        for (int i = 0; i < list.size(); i++) {
            if (idOf.apply(list.get(i)).equals(id)) {
                from = i;
            }
        }
        int to = from + delta;
        if (from < 0 || to < 0 || to >= list.size()) {
            return false;
        }
        // the places stay where they are and only the two swapped take each other's: two edits,
        // unless places were shared (lines added on two laptops at once), then all are renumbered
        List<Integer> places = list.stream().map(orderOf::applyAsInt).toList();
        boolean distinct = true;
        for (int i = 1; i < places.size(); i++) {
            distinct &= places.get(i) > places.get(i - 1);
        }
        T moved = list.remove(from);
        list.add(to, moved);
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            int place = distinct ? places.get(i) : i;
            if (orderOf.applyAsInt(list.get(i)) != place) {
                edits.add(Edit.set(kind.code(), idOf.apply(list.get(i)), field, Integer.toString(place)));
            }
        }
        if (edits.isEmpty()) {
            return false;
        }
        apply.accept(new Action(Messages.get(label), edits));
        return true;
    }

    /** The fields that differ, and those in conflict: writing a conflicted field settles it. */
    private List<Edit> changedEdits(SessionRecord before, SessionRecord after) {
        Map<String, String> old = new HashMap<>();
        before.toEdits().forEach(e -> old.put(e.field(), e.value()));
        Optional<EntityState> current = Optional.ofNullable(state.getValue())
                .flatMap(s -> s.get(after.kind().code(), after.id()));
        return after.toEdits().stream().filter(e -> !Objects.equals(old.get(e.field()), e.value())
                || current.map(c -> c.fields().containsKey(e.field()) && c.fields().get(e.field()).conflicted())
                .orElse(false)).toList();
    }

    private static <T> Optional<T> readable(EntityState e, Function<EntityState, T> from) {
        try {
            return Optional.of(from.apply(e));
        } catch (IllegalArgumentException | NullPointerException ex) {
            return Optional.empty();
        }
    }

    public ReadOnlyBooleanProperty hasBlockProperty() {
        return hasBlock;
    }

    /** The block being noted, null when none is chosen or its values do not read. */
    public ReadOnlyObjectProperty<AgendaItem> blockProperty() {
        return block;
    }

    /** The block's title; empty when the block is gone (its notes still show). */
    public ReadOnlyStringProperty blockTitleProperty() {
        return blockTitle;
    }

    /** The block's notes in order. */
    public ObservableList<Note> notes() {
        return notesView;
    }

    /** The block's follow-ups in order. */
    public ObservableList<ActionItem> followUps() {
        return followUpsView;
    }

    public ObjectProperty<Note.Kind> kindProperty() {
        return kind;
    }

    public StringProperty speakerProperty() {
        return speaker;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<Hint> noteHintProperty() {
        return noteHint;
    }

    /** The note being edited in the entry row, null when the row adds a new one. */
    public ReadOnlyObjectProperty<Note> editingNoteProperty() {
        return editingNote;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public ReadOnlyObjectProperty<Hint> followUpHintProperty() {
        return followUpHint;
    }

    public ReadOnlyObjectProperty<ActionItem> editingFollowUpProperty() {
        return editingFollowUp;
    }
}

package id.rembuk.ui.groups;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Group;
import id.rembuk.domain.Label;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Participant;
import id.rembuk.domain.People;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.groups.AssignOptions;
import id.rembuk.groups.Assignment;
import id.rembuk.groups.Balance;
import id.rembuk.groups.GroupAssignment;
import id.rembuk.groups.GroupSetup;
import id.rembuk.groups.Institutions;
import id.rembuk.groups.NaturalDimensions;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.shell.ShellViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * The FGD groups of the open session: one card per group (its people, leader, note-taker and
 * balance), the people in no group, moving a person, and sharing everyone out automatically with
 * a preview first. Every change is one {@link Action}, so the shell's undo takes it back whole.
 *
 * <p>The six dimension groups are always shown; one the file does not hold yet is written with the
 * first action that touches it, so looking at the screen never changes the file.
 */
public final class GroupsViewModel {
    /** Experts and the committee run the groups; they are placed by hand, never shared out. */
    private static final Set<Participant.Unsur> NOT_SHARED = Set.of(Participant.Unsur.TENAGA_AHLI,
            Participant.Unsur.PANITIA);
    private static final int MAX_HINTS = 2;

    /** Which set of groups the automatic assignment fills. */
    public enum Targets { DIMENSIONS, ELEMENTS }

    /** One person as a card lists them. */
    public record Member(String id, String name, String institution, String institutionShort,
                         Participant.Unsur unsur, String unsurLabel, String tag, String groupId) {
    }

    /**
     * One group as its card shows it.
     *
     * @param title    the dimension's label (the session's wording if it has one) or the element's
     * @param subtitle "Kelompok 1 · GOV"
     * @param style    the style class carrying the group's colour ("group-GOV")
     * @param hints    short balance remarks ("3 orang dari Bappeda")
     * @param uneven   true when the group is off the room's balance enough to look at
     */
    public record Card(String groupId, String title, String subtitle, String style, String leader,
                       String noteTaker, List<Member> members, Balance.GroupBalance balance, List<String> hints,
                       boolean uneven) {
        public Card {
            members = List.copyOf(members);
            hints = List.copyOf(hints);
        }
    }

    /** One group in the preview of an automatic assignment. */
    public record PreviewRow(String groupId, String title, int size, int opd, int dewan, int others,
                             List<String> shared) {
        public PreviewRow {
            shared = List.copyOf(shared);
        }
    }

    /**
     * What "Bagi otomatis" would do with the options chosen.
     *
     * @param changed how many people's group would change
     * @param before  the imbalance score of the groups now; {@code after} once applied
     */
    public record Preview(Assignment assignment, List<PreviewRow> rows, int people, int changed, int minSize,
                          int maxSize, double before, double after) {
        public Preview {
            rows = List.copyOf(rows);
        }
    }

    private final ObservableValue<SessionState> state;
    private final Consumer<Action> apply;
    private final NaturalDimensions table;

    private final BooleanProperty hasSession = new SimpleBooleanProperty(false);
    private final BooleanProperty elementGroups = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ObservableList<Member> pool = FXCollections.observableArrayList();
    private final ObservableList<Card> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ObservableList<Member> poolView = FXCollections.unmodifiableObservableList(pool);

    private final ObjectProperty<Targets> autoTargets = new SimpleObjectProperty<>(Targets.DIMENSIONS);
    private final BooleanProperty autoKeep = new SimpleBooleanProperty(false);
    private final BooleanProperty autoNear = new SimpleBooleanProperty(false);
    private final ObjectProperty<Preview> preview = new SimpleObjectProperty<>();
    private final BooleanProperty previewing = new SimpleBooleanProperty(false);
    private long seed = AssignOptions.DEFAULT_SEED;

    /** What the screen was last computed from. */
    private record Inputs(boolean open, List<Participant> people, List<Group> groups,
                          List<Label> wording) {
    }

    private Inputs inputs;
    private List<Participant> people = List.of();
    private Map<String, String> titles = Map.of();
    /** Members' names per group, read by the completion popups on their own thread. */
    private volatile Map<String, List<String>> names = Map.of();

    /**
     * @param state the open session's state, null when none is open
     * @param apply commits one action to the open session (the shell's {@code apply})
     */
    public GroupsViewModel(ObservableValue<SessionState> state, Consumer<Action> apply) {
        this(state, apply, NaturalDimensions.standard());
    }

    public GroupsViewModel(ObservableValue<SessionState> state, Consumer<Action> apply, NaturalDimensions table) {
        this.state = state;
        this.apply = apply;
        this.table = table;
        state.addListener((o, old, s) -> update());
        autoTargets.addListener((o, old, t) -> refreshPreview());
        autoKeep.addListener((o, old, k) -> refreshPreview());
        autoNear.addListener((o, old, k) -> refreshPreview());
        refresh();
    }

    public GroupsViewModel(ShellViewModel shell) {
        this(shell.stateProperty(), shell::apply);
    }

    /** Recomputes everything, also the texts: called after the language changed. */
    public void refresh() {
        inputs = null;
        update();
    }

    /** Recomputes when what the screen shows changed: edits elsewhere in the session (notes, votes) leave it be. */
    private void update() {
        SessionState s = state.getValue();
        hasSession.set(s != null);
        SessionState st = s == null ? SessionState.empty() : s;
        List<Participant> read = People.participants(st);
        List<Group> groups = GroupSetup.groups(st);
        List<Label> wording = Records.read(st, EntityKind.LABEL, Label::from)
                .records();
        Inputs now = new Inputs(s != null, read, groups, wording);
        if (now.equals(inputs)) {
            return;
        }
        inputs = now;
        people = read.stream()
                .sorted(Comparator.comparing((Participant p) -> p.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Participant::id))
                .toList();
        Labels labels = labelsOf(st);
        Map<String, String> t = new HashMap<>();
        groups.forEach(g -> t.put(g.id(), title(g, labels)));
        titles = t;
        elementGroups.set(groups.stream().anyMatch(g -> g.element().isPresent()));
        if (autoTargets.get() == Targets.ELEMENTS && !elementGroups.get()) {
            autoTargets.set(Targets.DIMENSIONS);
        }

        List<String> ids = groups.stream().map(Group::id).toList();
        // the dimension groups and the element groups are two ways of splitting one room: each card
        // is weighed against the groups of its own kind
        List<String> dimensionIds = groups.stream().filter(g -> g.dimension().isPresent()).map(Group::id).toList();
        List<String> elementIds = groups.stream().filter(g -> g.element().isPresent()).map(Group::id).toList();
        Map<String, Balance.GroupBalance> balances = new HashMap<>();
        Map<String, Double> averages = new HashMap<>();
        for (List<String> set : List.of(dimensionIds, elementIds)) {
            if (set.isEmpty()) {
                continue;
            }
            Balance b = Balance.of(people, set);
            b.groups().forEach(gb -> {
                balances.put(gb.groupId(), gb);
                averages.put(gb.groupId(), (double) b.people() / set.size());
            });
        }
        List<Card> out = new ArrayList<>();
        int number = 1;
        for (Group g : groups) {
            Balance.GroupBalance b = balances.get(g.id());
            List<Member> members = people.stream().filter(p -> p.group().equals(g.id())).map(this::member).toList();
            List<String> hints = new ArrayList<>();
            b.institutions().stream().limit(MAX_HINTS).forEach(sh -> hints.add(
                    Messages.get("groups.hint.shared", sh.count(), sh.shortName())));
            if (b.institutions().size() > MAX_HINTS) {
                hints.add(Messages.get("groups.hint.moreShared", b.institutions().size() - MAX_HINTS));
            }
            boolean uneven = Math.abs(b.size() - averages.get(g.id())) > 1
                    || b.institutions().stream().anyMatch(Balance.Shared::aboveShare);
            String code = g.dimension().map(Dimension::code).orElse(Messages.get("groups.card.element"));
            out.add(new Card(g.id(), t.get(g.id()), Messages.get("groups.card.subtitle", number++, code),
                    "group-" + g.id(), g.leader(), g.noteTaker(), members, b, hints, uneven));
        }
        setIfChanged(cards, out);
        Map<String, List<String>> n = new HashMap<>();
        out.forEach(c -> n.put(c.groupId(), c.members().stream().map(Member::name).toList()));
        names = Map.copyOf(n);
        setIfChanged(pool, people.stream().filter(p -> !ids.contains(p.group())).map(this::member).toList());
        summary.set(summaryText(out));
        if (previewing.get()) {
            refreshPreview();
        }
    }

    /** Counts the groups that have people: empty element groups beside full dimension groups are no imbalance. */
    private String summaryText(List<Card> shown) {
        if (people.isEmpty()) {
            return Messages.get("groups.summary.nobody");
        }
        List<Integer> sizes = shown.stream().map(c -> c.members().size()).filter(n -> n > 0).toList();
        if (sizes.isEmpty()) {
            return Messages.get("groups.summary.noneYet", people.size());
        }
        int min = sizes.stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        String range = min == max ? Integer.toString(min) : min + "–" + max;
        return Messages.get("groups.summary", people.size(), sizes.size(), range, pool.size());
    }

    private Member member(Participant p) {
        return new Member(p.id(), p.name(), p.institution(), Institutions.shortName(p.institution()), p.unsur(),
                Messages.get(p.unsur().messageKey()), tag(p.unsur()), p.group());
    }

    /** The unsur as a tag beside a name: the long ones shortened, so the name keeps the room. */
    private static String tag(Participant.Unsur u) {
        return switch (u) {
            case DEWAN_SMART_CITY -> Messages.get("groups.tag.dewan");
            case SENIMAN_BUDAYAWAN -> Messages.get("groups.tag.seniman");
            default -> Messages.get(u.messageKey());
        };
    }

    private static String title(Group g, Labels labels) {
        return g.dimension().map(d -> labels.dimension(d, Messages.locale()))
                .orElseGet(() -> Messages.get(g.element().orElseThrow().messageKey()));
    }

    /** The session's own wording where it has one; unreadable wording falls back to the default. */
    private static Labels labelsOf(SessionState st) {
        try {
            return Labels.of(st);
        } catch (RuntimeException e) {
            return Labels.defaults();
        }
    }

    /** Replacing equal items would drop a list's selection at every unrelated edit of the session. */
    private static <T> void setIfChanged(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    /** "Kelompok Smart Economy", as actions and menus name a group; "" names the pool. */
    public String groupName(String groupId) {
        if (groupId == null || groupId.isEmpty()) {
            return Messages.get("groups.pool.title");
        }
        return Messages.get("groups.name", titles.getOrDefault(groupId, groupId));
    }

    /** Where a person can go, in screen order: the pool first, then the groups. */
    public List<String> destinations() {
        List<String> out = new ArrayList<>();
        out.add("");
        cards.forEach(c -> out.add(c.groupId()));
        return out;
    }

    // ---- moving people ----

    /**
     * Puts a person in a group ("" for none) as one action ("Pindah ke Kelompok Smart Economy: Budi
     * Santoso"). False when nothing changes or the person or group is unknown.
     */
    public boolean move(String participantId, String groupId) {
        SessionState s = state.getValue();
        String target = groupId == null ? "" : groupId;
        Optional<Participant> p = people.stream().filter(x -> x.id().equals(participantId)).findFirst();
        if (s == null || p.isEmpty() || p.get().group().equals(target)
                || !target.isEmpty() && cards.stream().noneMatch(c -> c.groupId().equals(target))) {
            return false;
        }
        List<Edit> edits = new ArrayList<>();
        if (!target.isEmpty()) {
            edits.addAll(GroupSetup.ensure(s, List.of(target)));
        }
        edits.add(Edit.set(EntityKind.PARTICIPANT.code(), participantId, Participant.F_GROUP,
                target.isEmpty() ? null : target));
        String label = target.isEmpty() ? Messages.get("groups.action.toPool", p.get().name())
                : Messages.get("groups.action.move", groupName(target), p.get().name());
        apply.accept(new Action(label, edits));
        return true;
    }

    /**
     * Moves a person to the next group on screen ({@code step} 1) or the previous one (-1), the pool
     * counting as the place before the first group; the id of the place moved to, or empty at an end.
     */
    public Optional<String> moveBy(String participantId, int step) {
        Optional<Participant> p = people.stream().filter(x -> x.id().equals(participantId)).findFirst();
        if (p.isEmpty()) {
            return Optional.empty();
        }
        List<String> order = destinations();
        int at = order.indexOf(p.get().group());
        int to = (at < 0 ? 0 : at) + Integer.signum(step);
        if (to < 0 || to >= order.size()) {
            return Optional.empty();
        }
        return move(participantId, order.get(to)) ? Optional.of(order.get(to)) : Optional.empty();
    }

    // ---- leader and note-taker ----

    public boolean setLeader(String groupId, String name) {
        return setRole(groupId, name, Group.F_LEADER);
    }

    public boolean setNoteTaker(String groupId, String name) {
        return setRole(groupId, name, Group.F_NOTE_TAKER);
    }

    private boolean setRole(String groupId, String name, String field) {
        SessionState s = state.getValue();
        Optional<Card> card = cards.stream().filter(c -> c.groupId().equals(groupId)).findFirst();
        if (s == null || card.isEmpty()) {
            return false;
        }
        String value = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (value.length() > 200) {
            value = value.substring(0, 200);
        }
        boolean leader = field.equals(Group.F_LEADER);
        String now = leader ? card.get().leader() : card.get().noteTaker();
        if (value.equals(now)) {
            return false;
        }
        List<Edit> edits = new ArrayList<>(GroupSetup.ensure(s, List.of(groupId)));
        edits.add(Edit.set(EntityKind.GROUP.code(), groupId, field, value.isEmpty() ? null : value));
        String group = groupName(groupId);
        String label;
        if (value.isEmpty()) {
            label = Messages.get(leader ? "groups.action.leaderCleared" : "groups.action.noteTakerCleared", group);
        } else {
            label = Messages.get(leader ? "groups.action.leader" : "groups.action.noteTaker", group, value);
        }
        apply.accept(new Action(label, edits));
        return true;
    }

    /**
     * Names of the group's members that contain what was typed, for completing the leader and
     * note-taker. Safe on any thread: the completion popup asks from its own.
     */
    public List<String> memberNames(String groupId, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return names.getOrDefault(groupId, List.of()).stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).contains(t)).toList();
    }

    // ---- element groups ----

    /** Adds the Tahap I element groups, or removes them and sends their members back to the pool. */
    public void setElementGroups(boolean on) {
        SessionState s = state.getValue();
        if (s == null || on == elementGroups.get()) {
            return;
        }
        List<Edit> edits = on ? GroupSetup.addElementGroups(s) : GroupSetup.removeElementGroups(s);
        if (!edits.isEmpty()) {
            apply.accept(new Action(Messages.get(on ? "groups.action.addElements" : "groups.action.removeElements"),
                    edits));
        }
    }

    // ---- automatic assignment ----

    /** Opens the preview: the options are kept from last time, the arrangement starts from the first. */
    public void startAutoAssign() {
        seed = AssignOptions.DEFAULT_SEED;
        previewing.set(true);
        refreshPreview();
    }

    public void cancelAutoAssign() {
        previewing.set(false);
        preview.set(null);
    }

    /** Another of the equally good arrangements. */
    public void otherArrangement() {
        seed++;
        refreshPreview();
    }

    /** Applies the previewed assignment as one action; false when there is nothing to write. */
    public boolean applyAutoAssign() {
        Preview p = preview.get();
        SessionState s = state.getValue();
        if (p == null || s == null) {
            return false;
        }
        Optional<Action> action = p.assignment().toAction(GroupSetup.ensure(s, p.assignment().targets()));
        previewing.set(false);
        preview.set(null);
        action.ifPresent(apply);
        return action.isPresent();
    }

    private List<String> targetIds() {
        SessionState s = state.getValue();
        if (autoTargets.get() == Targets.ELEMENTS && s != null && GroupSetup.hasElementGroups(s)) {
            return GroupSetup.elementGroupIds(s);
        }
        return GroupSetup.dimensionGroupIds();
    }

    private void refreshPreview() {
        if (!previewing.get()) {
            return;
        }
        List<Participant> shared = people.stream().filter(p -> !NOT_SHARED.contains(p.unsur())).toList();
        if (state.getValue() == null || shared.isEmpty()) {
            preview.set(null);
            return;
        }
        List<String> targets = targetIds();
        AssignOptions options = new AssignOptions(autoKeep.get(),
                autoNear.get() && autoTargets.get() == Targets.DIMENSIONS, seed);
        Assignment a = GroupAssignment.assign(shared, targets, options, table);
        Balance after = a.balance();
        Balance before = Balance.of(shared, targets);
        List<PreviewRow> rows = new ArrayList<>();
        for (Balance.GroupBalance b : after.groups()) {
            int opd = b.count(Participant.Unsur.OPD);
            int dewan = b.count(Participant.Unsur.DEWAN_SMART_CITY);
            rows.add(new PreviewRow(b.groupId(), titles.getOrDefault(b.groupId(), b.groupId()), b.size(), opd, dewan,
                    b.size() - opd - dewan, b.institutions().stream()
                    .map(sh -> Messages.get("groups.hint.shared", sh.count(), sh.shortName())).toList()));
        }
        Preview next = new Preview(a, rows, shared.size(), a.changed().size(), after.minSize(), after.maxSize(),
                before.score(), after.score());
        if (!Objects.equals(next, preview.get())) {
            preview.set(next);
        }
    }

    // ---- properties ----

    public ReadOnlyBooleanProperty hasSessionProperty() {
        return hasSession;
    }

    /** True when the session has element groups (Tahap I). */
    public ReadOnlyBooleanProperty elementGroupsProperty() {
        return elementGroups;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<Card> cards() {
        return cardsView;
    }

    /** People in no group shown, by name. */
    public ObservableList<Member> pool() {
        return poolView;
    }

    public ObjectProperty<Targets> autoTargetsProperty() {
        return autoTargets;
    }

    public BooleanProperty autoKeepProperty() {
        return autoKeep;
    }

    public BooleanProperty autoNearProperty() {
        return autoNear;
    }

    /** The result "Bagi otomatis" would give; null when not previewing or there is nobody to share out. */
    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview;
    }

    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing;
    }
}

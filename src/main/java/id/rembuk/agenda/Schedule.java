package id.rembuk.agenda;

import id.rembuk.agenda.ScheduleException.Reason;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityKey;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.FieldState;
import id.rembuk.domain.change.SessionState;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The timing rules of the rundown, without a screen or a file: the order of a day's blocks, and
 * what to write when a block is lengthened, moved, added or removed. Every operation returns the
 * edits to commit as one action (empty when nothing changes), or refuses with a
 * {@link ScheduleException} and writes nothing.
 *
 * <p>The rules:
 * <ul>
 * <li><b>Order of a day</b>: by start, then {@code order}, then id, so every laptop lists a day alike.
 *     {@code order} only matters between blocks that start together; operations rewrite it only
 *     where such a tie would list blocks otherwise than intended.</li>
 * <li><b>Later blocks</b> of a block are the blocks of its day that start at or after its end.
 *     A block that starts before it ends (group work running side by side) is not "later".</li>
 * <li><b>Shifting</b>: later blocks move by as much as the end of what runs before them moved
 *     (in a plain rundown, the changed block's end), all by the same amount, so the gaps between
 *     them stay. With shifting off, only the block itself changes and may then overlap others.</li>
 * <li><b>Insert</b> after a block: the new block starts where that block ends; later blocks move
 *     to make room. At the end of a day: it starts when the day's last block ends.</li>
 * <li><b>Remove</b> with the gap closed: later blocks move up into the time the block held, as far
 *     as no other block still runs there.</li>
 * <li><b>Reorder</b> (drag, Alt+↑/↓): blocks keep their durations; the stretch between the old and
 *     the new place is laid out again from the start of its first slot, each block where the one
 *     before it ends plus the gap that was at that place. A gap stays where it was in the day, so
 *     the day starts and ends as before and blocks outside the stretch do not move. Overlaps in the
 *     stretch (a negative gap) are not carried over, the blocks are put one after the other; blocks
 *     after the stretch then move by as much as its end moved, never before the block before them.</li>
 * <li><b>Move to another day</b>: the block goes to the end of that day (its own start on an empty
 *     day); with shifting on, the gap it leaves is closed as for a removal.</li>
 * <li><b>Midnight</b>: no block may end after 24.00; an operation that would make one do so is refused.</li>
 * <li><b>Writes</b>: only fields whose value changes. A field in conflict (two laptops wrote it) that
 *     the user did not edit directly is written over the value shown only, so the other value stays
 *     visible as a conflict instead of being dropped by a side effect.</li>
 * </ul>
 */
public final class Schedule {
    public static final int DAY_MINUTES = 24 * 60;
    public static final int MIN_DURATION = 1;
    public static final int MAX_DURATION = 720;
    public static final int FIRST_DAY = 1;
    public static final int LAST_DAY = 14;

    /** The order of a day's blocks. */
    public static final Comparator<AgendaItem> DAY_ORDER = Comparator.comparing(AgendaItem::start)
            .thenComparingInt(AgendaItem::order).thenComparing(AgendaItem::id);

    private static final String KIND = EntityKind.AGENDA_ITEM.code();

    private final Map<String, AgendaItem> items;
    private final Map<String, EntityState> entities;
    private final List<EntityKey> unreadable;

    private Schedule(Collection<AgendaItem> items, Map<String, EntityState> entities, List<EntityKey> unreadable) {
        Map<String, AgendaItem> byId = new LinkedHashMap<>();
        for (AgendaItem i : items) {
            if (byId.put(i.id(), i) != null) {
                throw new IllegalArgumentException("two agenda items with id " + i.id());
            }
        }
        this.items = byId;
        this.entities = Map.copyOf(entities);
        this.unreadable = List.copyOf(unreadable);
    }

    public static Schedule of(Collection<AgendaItem> items) {
        return new Schedule(items, Map.of(), List.of());
    }

    /** The live agenda items of a session; entities that do not make a valid item are listed apart. */
    public static Schedule read(SessionState state) {
        Records.Read<AgendaItem> read = Records.read(state, EntityKind.AGENDA_ITEM, AgendaItem::from);
        Map<String, EntityState> entities = new HashMap<>();
        state.live(KIND).forEach(e -> entities.put(e.key().id(), e));
        return new Schedule(read.records(), entities, read.unreadable());
    }

    // ------------------------------------------------------------------ reading

    /** Every block, by day and then in each day's order. */
    public List<AgendaItem> all() {
        return items.values().stream()
                .sorted(Comparator.comparingInt(AgendaItem::day).thenComparing(DAY_ORDER)).toList();
    }

    public List<AgendaItem> day(int day) {
        return items.values().stream().filter(i -> i.day() == day).sorted(DAY_ORDER).toList();
    }

    /** The days that hold at least one block. */
    public SortedSet<Integer> days() {
        return new TreeSet<>(items.values().stream().map(AgendaItem::day).toList());
    }

    public Optional<AgendaItem> find(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** Agenda entities whose fields do not make a valid block (shown as a warning, never dropped). */
    public List<EntityKey> unreadable() {
        return unreadable;
    }

    /** Whether two laptops wrote different values into one of the block's fields. */
    public boolean conflicted(String id) {
        EntityState e = entities.get(id);
        return e != null && e.hasConflict();
    }

    public static int minuteOf(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    public static int endMinute(AgendaItem i) {
        return minuteOf(i.start()) + i.durationMinutes();
    }

    // ------------------------------------------------------------------ operations

    public List<Edit> changeDuration(String id, int minutes, boolean shiftLater) throws ScheduleException {
        AgendaItem b = require(id);
        return retime(b, minuteOf(b.start()), minutes, shiftLater, AgendaItem.F_DURATION);
    }

    public List<Edit> changeStart(String id, LocalTime start, boolean shiftLater) throws ScheduleException {
        AgendaItem b = require(id);
        return retime(b, minuteOf(start), b.durationMinutes(), shiftLater, AgendaItem.F_START);
    }

    /**
     * Writes the fields of a block that do not touch the timing (title, kind, speaker, groups,
     * expected output): timing goes through the operations that know the rules.
     */
    public List<Edit> edit(AgendaItem changed) throws ScheduleException {
        AgendaItem old = require(changed.id());
        if (old.day() != changed.day() || !old.start().equals(changed.start())
                || old.durationMinutes() != changed.durationMinutes() || old.order() != changed.order()) {
            throw new IllegalArgumentException("timing changes go through the schedule's operations: " + changed.id());
        }
        Plan plan = new Plan();
        Slot s = Slot.of(changed);
        plan.put(s);
        for (String f : List.of(AgendaItem.F_TITLE, AgendaItem.F_TYPE, AgendaItem.F_SPEAKER, AgendaItem.F_GROUPS,
                AgendaItem.F_EXPECTED_OUTPUT)) {
            plan.direct(changed.id(), f);
        }
        return plan.edits();
    }

    /** A new block right after {@code afterId}, in its day. */
    public List<Edit> insertAfter(String afterId, AgendaItem block, boolean shiftLater) throws ScheduleException {
        AgendaItem anchor = require(afterId);
        return insert(anchor.day(), endMinute(anchor), block, shiftLater);
    }

    /** A new block at the end of a day; on an empty day at the block's own start. */
    public List<Edit> append(int day, AgendaItem block) throws ScheduleException {
        checkDay(day);
        int start = slots(day).stream().mapToInt(Slot::end).max().orElse(minuteOf(block.start()));
        return insert(day, start, block, false);
    }

    public List<Edit> remove(String id, boolean closeGap) throws ScheduleException {
        AgendaItem b = require(id);
        Plan plan = new Plan();
        plan.delete(id);
        plan.sequence(b.day(), without(slots(b.day()), b.id(), closeGap));
        return plan.edits();
    }

    /**
     * Moves a block to another place in its day.
     *
     * @param toIndex the place it takes in the day's new order (0 is first); clamped to the day
     */
    public List<Edit> move(String id, int toIndex) throws ScheduleException {
        AgendaItem b = require(id);
        List<Slot> day = slots(b.day());
        int from = indexOf(day, id);
        int to = Math.max(0, Math.min(day.size() - 1, toIndex));
        if (from == to) {
            return List.of();
        }
        List<Slot> seq = new ArrayList<>(day);
        seq.add(to, seq.remove(from));
        int lo = Math.min(from, to);
        int hi = Math.max(from, to);
        List<Slot> out = new ArrayList<>(seq.subList(0, lo));
        int t = day.get(lo).start();
        for (int k = lo; k <= hi; k++) {
            Slot s = seq.get(k).at(t);
            out.add(s);
            if (k < hi) {
                // the gap that followed this place in the day, not the one that followed the block
                int gap = day.get(k + 1).start() - day.get(k).end();
                t = s.end() + Math.max(0, gap);
            }
        }
        int frontOld = maxEnd(day.subList(0, hi + 1));
        int frontNew = maxEnd(out);
        int delta = frontNew - frontOld;
        for (int k = hi + 1; k < seq.size(); k++) {
            Slot s = seq.get(k);
            out.add(s.at(Math.max(s.start() + delta, out.get(k - 1).start())));
        }
        Plan plan = new Plan();
        plan.sequence(b.day(), out);
        return plan.edits();
    }

    /** Moves a block to the end of another day (its own start when that day is empty). */
    public List<Edit> moveToDay(String id, int day, boolean closeGap) throws ScheduleException {
        AgendaItem b = require(id);
        checkDay(day);
        if (day == b.day()) {
            return List.of();
        }
        List<Slot> target = slots(day);
        int start = target.stream().mapToInt(Slot::end).max().orElse(minuteOf(b.start()));
        List<Slot> targetOut = new ArrayList<>(target);
        targetOut.add(new Slot(b, day, start, b.durationMinutes(), b.order()));
        Plan plan = new Plan();
        plan.direct(id, AgendaItem.F_DAY);
        plan.sequence(b.day(), without(slots(b.day()), id, closeGap));
        plan.sequence(day, targetOut);
        return plan.edits();
    }

    // ------------------------------------------------------------------ rules

    private List<Edit> retime(AgendaItem b, int start, int duration, boolean shiftLater, String field)
            throws ScheduleException {
        checkDuration(duration);
        List<Slot> day = slots(b.day());
        Slot old = day.get(indexOf(day, b.id()));
        Slot now = new Slot(b, b.day(), start, duration, b.order());
        int threshold = old.end();
        int others = maxEnd(day.stream().filter(s -> s != old && s.start() < threshold).toList());
        int delta = Math.max(others, now.end()) - Math.max(others, old.end());
        List<Slot> out = new ArrayList<>();
        for (Slot s : day) {
            if (s == old) {
                out.add(now);
            } else if (shiftLater && s.start() >= threshold) {
                out.add(s.at(s.start() + delta));
            } else {
                out.add(s);
            }
        }
        Plan plan = new Plan();
        plan.direct(b.id(), field);
        plan.sequence(b.day(), byStart(out));
        return plan.edits();
    }

    private List<Edit> insert(int day, int start, AgendaItem block, boolean shiftLater) throws ScheduleException {
        if (items.containsKey(block.id())) {
            throw new IllegalArgumentException("an agenda item with this id exists: " + block.id());
        }
        checkDuration(block.durationMinutes());
        Slot added = new Slot(block, day, start, block.durationMinutes(), block.order());
        List<Slot> slots = slots(day);
        int others = maxEnd(slots.stream().filter(s -> s.start() < start).toList());
        int front = Math.max(others, start);
        int delta = shiftLater ? Math.max(front, added.end()) - front : 0;
        List<Slot> out = new ArrayList<>();
        boolean placed = false;
        for (Slot s : slots) {
            if (s.start() >= start) {
                if (!placed) {
                    out.add(added);
                    placed = true;
                }
                out.add(s.at(s.start() + delta));
            } else {
                out.add(s);
            }
        }
        if (!placed) {
            out.add(added);
        }
        Plan plan = new Plan();
        plan.create(block.id());
        plan.sequence(day, byStart(out));
        return plan.edits();
    }

    /** A day without one block; with the gap closed, later blocks move up into the time it held. */
    private static List<Slot> without(List<Slot> day, String id, boolean closeGap) {
        Slot gone = day.get(indexOf(day, id));
        int threshold = gone.end();
        int others = maxEnd(day.stream().filter(s -> s != gone && s.start() < threshold).toList());
        int delta = Math.max(others, gone.start()) - Math.max(others, gone.end());
        List<Slot> out = new ArrayList<>();
        for (Slot s : day) {
            if (s != gone) {
                out.add(closeGap && s.start() >= threshold ? s.at(s.start() + delta) : s);
            }
        }
        return byStart(out);
    }

    /** Stable: blocks that start together keep the order they had. */
    private static List<Slot> byStart(List<Slot> slots) {
        List<Slot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparingInt(Slot::start));
        return sorted;
    }

    private static int maxEnd(List<Slot> slots) {
        return slots.stream().mapToInt(Slot::end).max().orElse(Integer.MIN_VALUE);
    }

    private static int indexOf(List<Slot> day, String id) {
        for (int i = 0; i < day.size(); i++) {
            if (day.get(i).item().id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("not in its day: " + id);
    }

    private List<Slot> slots(int day) {
        return day(day).stream().map(Slot::of).toList();
    }

    private AgendaItem require(String id) throws ScheduleException {
        AgendaItem i = id == null ? null : items.get(id);
        if (i == null) {
            throw new ScheduleException(Reason.MISSING);
        }
        return i;
    }

    private static void checkDuration(int minutes) throws ScheduleException {
        if (minutes < MIN_DURATION || minutes > MAX_DURATION) {
            throw new ScheduleException(Reason.DURATION, minutes);
        }
    }

    private static void checkDay(int day) throws ScheduleException {
        if (day < FIRST_DAY || day > LAST_DAY) {
            throw new ScheduleException(Reason.DAY, day);
        }
    }

    /** A block's place in time while an operation works it out; minutes of the day, may run past midnight. */
    private record Slot(AgendaItem item, int day, int start, int duration, int order) {
        static Slot of(AgendaItem i) {
            return new Slot(i, i.day(), minuteOf(i.start()), i.durationMinutes(), i.order());
        }

        int end() {
            return start + duration;
        }

        Slot at(int minute) {
            return new Slot(item, day, minute, duration, order);
        }

        Slot withOrder(int o) {
            return new Slot(item, day, start, duration, o);
        }

        AgendaItem toItem() {
            AgendaItem i = item;
            return new AgendaItem(i.id(), day, LocalTime.of(start / 60, start % 60), duration, i.title(), i.type(),
                    i.speaker(), i.groups(), i.expectedOutput(), order);
        }
    }

    /** The outcome of one operation: new versions of blocks, checked and turned into edits. */
    private final class Plan {
        private final Map<String, Slot> slots = new LinkedHashMap<>();
        private final Set<String> created = new HashSet<>();
        private final Set<String> deleted = new LinkedHashSet<>();
        private final Set<String> direct = new HashSet<>();
        private final Map<Integer, List<Slot>> sequences = new TreeMap<>();

        void put(Slot s) {
            slots.put(s.item().id(), s);
        }

        void create(String id) {
            created.add(id);
        }

        void delete(String id) {
            deleted.add(id);
        }

        /** A field the user edits on purpose: written over every value it has, which settles a conflict. */
        void direct(String id, String field) {
            direct.add(id + "\n" + field);
        }

        /** The day as it should be listed afterwards; starts must not decrease along it. */
        void sequence(int day, List<Slot> seq) {
            List<Slot> fixed = new ArrayList<>();
            for (Slot s : seq) {
                Slot prev = fixed.isEmpty() ? null : fixed.get(fixed.size() - 1);
                if (prev != null && prev.start() > s.start()) {
                    throw new IllegalStateException("starts decrease along day " + day);
                }
                if (prev != null && prev.start() == s.start() && !listedAfter(s, prev)) {
                    s = s.withOrder(prev.order() + 1);
                }
                fixed.add(s);
            }
            sequences.put(day, fixed);
            fixed.forEach(this::put);
        }

        private static boolean listedAfter(Slot s, Slot prev) {
            return s.order() > prev.order() || s.order() == prev.order() && s.item().id().compareTo(prev.item().id()) > 0;
        }

        List<Edit> edits() throws ScheduleException {
            for (Slot s : slots.values()) {
                if (s.start() < 0) {
                    throw new IllegalStateException("a block would start before midnight: " + s.item().id());
                }
                if (s.end() > DAY_MINUTES) {
                    throw new ScheduleException(Reason.PAST_MIDNIGHT, s.item().title(), s.end());
                }
            }
            List<Edit> edits = new ArrayList<>();
            for (Slot s : slots.values()) {
                String id = s.item().id();
                AgendaItem now = s.toItem();
                if (created.contains(id)) {
                    // a new entity: an empty field is no news
                    now.toEdits().stream().filter(e -> e.value() != null).forEach(edits::add);
                    continue;
                }
                Map<String, String> before = values(items.get(id));
                for (Edit e : now.toEdits()) {
                    if (!Objects.equals(before.get(e.field()), e.value())) {
                        edits.add(edit(e));
                    }
                }
            }
            for (String id : deleted) {
                edits.add(Edit.delete(KIND, id));
            }
            return List.copyOf(edits);
        }

        private Edit edit(Edit e) {
            EntityState entity = entities.get(e.entityId());
            FieldState field = entity == null ? null : entity.fields().get(e.field());
            if (field == null || !field.conflicted() || direct.contains(e.entityId() + "\n" + e.field())) {
                return e;
            }
            return new Edit(e.kind(), e.entityId(), e.field(), e.value(), Set.of(field.heads().get(0).id()));
        }

        private static Map<String, String> values(AgendaItem i) {
            Map<String, String> m = new HashMap<>();
            i.toEdits().forEach(e -> m.put(e.field(), e.value()));
            return m;
        }
    }
}

package id.rembuk.agenda;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.BlockRun;
import id.rembuk.domain.BlockRun.Status;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One day of the rundown as it runs: the planned blocks in order, how each actually ran, and the
 * commands of the facilitator's remote (start, pause, next, back, extend, skip). Commands are pure:
 * they return the edits to commit, computed from the clock reading they are given, so the same
 * rules hold in tests, after a pause of an hour and after the laptop was closed mid-block.
 */
public final class RunOfShow {
    /** Blocks of a day in the order they are run: by planned start, then by their order number. */
    public static final Comparator<AgendaItem> ORDER = Comparator.comparing(AgendaItem::start)
            .thenComparingInt(AgendaItem::order).thenComparing(AgendaItem::id);

    private final int day;
    private final List<AgendaItem> blocks;
    private final Map<String, BlockRun> runs;

    /**
     * What a command does: the edits to commit and the day as it stands once they are, so a second
     * key press can act on the first before the session file has answered.
     */
    public record Step(List<Edit> edits, RunOfShow after) {
        public Step {
            edits = List.copyOf(edits);
        }

        public boolean isEmpty() {
            return edits.isEmpty();
        }
    }

    public RunOfShow(int day, List<AgendaItem> blocks, Map<String, BlockRun> runs) {
        this.day = day;
        this.blocks = blocks.stream().filter(b -> b.day() == day).sorted(ORDER).toList();
        this.runs = new LinkedHashMap<>();
        for (AgendaItem b : this.blocks) {
            this.runs.put(b.id(), runs.getOrDefault(b.id(), BlockRun.planned(b.id())));
        }
    }

    /** The day as the session holds it; agenda items or runs that do not read are left out. */
    public static RunOfShow of(SessionState state, int day) {
        List<AgendaItem> items = Records.read(state, EntityKind.AGENDA_ITEM, AgendaItem::from).records();
        Map<String, BlockRun> runs = new LinkedHashMap<>();
        Records.read(state, EntityKind.BLOCK_RUN, BlockRun::from).records().forEach(r -> runs.put(r.agendaItemId(), r));
        return new RunOfShow(day, items, runs);
    }

    /** The days that have blocks, in order. */
    public static List<Integer> days(SessionState state) {
        TreeSet<Integer> days = new TreeSet<>();
        Records.read(state, EntityKind.AGENDA_ITEM, AgendaItem::from).records().forEach(b -> days.add(b.day()));
        return List.copyOf(days);
    }

    /**
     * The day to show when the run screen opens: the day of a block on the clock, else the first
     * day with a block still to run, else the last day.
     */
    public static int activeDay(SessionState state) {
        List<Integer> days = days(state);
        if (days.isEmpty()) {
            return 1;
        }
        Integer firstOpen = null;
        for (int d : days) {
            RunOfShow show = of(state, d);
            if (show.current().isPresent()) {
                return d;
            }
            if (firstOpen == null && show.nextPlanned().isPresent()) {
                firstOpen = d;
            }
        }
        return firstOpen != null ? firstOpen : days.get(days.size() - 1);
    }

    public int day() {
        return day;
    }

    public List<AgendaItem> blocks() {
        return blocks;
    }

    public BlockRun run(String blockId) {
        return runs.getOrDefault(blockId, BlockRun.planned(blockId));
    }

    public Optional<AgendaItem> block(String blockId) {
        return blocks.stream().filter(b -> b.id().equals(blockId)).findFirst();
    }

    /**
     * The block on the clock. Two laptops may each have started one before their files were
     * merged; the one started last is the room's.
     */
    public Optional<AgendaItem> current() {
        return blocks.stream().filter(b -> run(b.id()).status().isCurrent())
                .max(Comparator.comparing(b -> run(b.id()).startedAt().orElse(Instant.MIN)));
    }

    /** The next block to start: the first planned one after the current block, or the first planned one. */
    public Optional<AgendaItem> nextPlanned() {
        int from = current().map(blocks::indexOf).map(i -> i + 1).orElse(0);
        for (int i = from; i < blocks.size(); i++) {
            if (run(blocks.get(i).id()).status() == Status.PLANNED) {
                return Optional.of(blocks.get(i));
            }
        }
        return Optional.empty();
    }

    /** The block "back" returns to. */
    public Optional<AgendaItem> previous() {
        int pos = current().map(blocks::indexOf)
                .orElseGet(() -> nextPlanned().map(blocks::indexOf).orElse(blocks.size()));
        return pos > 0 ? Optional.of(blocks.get(pos - 1)) : Optional.empty();
    }

    /** Some block of the day has been started. */
    public boolean started() {
        return blocks.stream().anyMatch(b -> run(b.id()).startedAt().isPresent());
    }

    /** Planned minutes of a block, with what was added or taken in the room. */
    public int minutes(AgendaItem b) {
        return Math.max(1, b.durationMinutes() + run(b.id()).extraMinutes());
    }

    // ------------------------------------------------------------------ commands

    /** Space: start the next block when nothing runs, else pause or resume. */
    public Step toggle(Instant now) {
        Optional<AgendaItem> cur = current();
        if (cur.isEmpty()) {
            return forward(now);
        }
        BlockRun r = run(cur.get().id());
        return r.status() == Status.RUNNING ? pause(now) : resume(now);
    }

    public Step pause(Instant now) {
        return current().map(b -> run(b.id())).filter(r -> r.status() == Status.RUNNING)
                .map(r -> edits(List.of(with(r, Status.PAUSED, r.startedAt(), Optional.empty(), Optional.of(now),
                        r.pausedSeconds(), r.extraMinutes()))))
                .orElseGet(this::none);
    }

    public Step resume(Instant now) {
        return current().map(b -> run(b.id())).filter(r -> r.status() == Status.PAUSED)
                .map(r -> edits(List.of(unpaused(r, now, Status.RUNNING, Optional.empty()))))
                .orElseGet(this::none);
    }

    /** →: the current block is done and the next planned one starts; with nothing running, the next starts. */
    public Step forward(Instant now) {
        List<BlockRun> changed = new ArrayList<>();
        Optional<AgendaItem> next = nextPlanned();
        current().ifPresent(b -> changed.add(close(run(b.id()), Status.DONE, now)));
        next.ifPresent(b -> changed.add(started(run(b.id()), now)));
        return edits(changed);
    }

    /**
     * ←: the block before the current one runs again and the current one goes back to planned,
     * as if → had not been pressed. A reopened block keeps the time it already ran; the time it
     * stood closed counts as a pause.
     */
    public Step back(Instant now) {
        Optional<AgendaItem> target = previous();
        if (target.isEmpty()) {
            return none();
        }
        List<BlockRun> changed = new ArrayList<>();
        current().ifPresent(b -> changed.add(BlockRun.planned(b.id())));
        changed.add(reopened(run(target.get().id()), now));
        return edits(changed);
    }

    /** Starts a chosen block now (clicked in the list); the current one, if any, is done. */
    public Step jumpTo(String blockId, Instant now) {
        Optional<AgendaItem> target = block(blockId);
        Optional<AgendaItem> cur = current();
        if (target.isEmpty() || cur.equals(target)) {
            return none();
        }
        List<BlockRun> changed = new ArrayList<>();
        cur.ifPresent(b -> changed.add(close(run(b.id()), Status.DONE, now)));
        BlockRun r = run(blockId);
        changed.add(r.status() == Status.DONE ? reopened(r, now) : started(r, now));
        return edits(changed);
    }

    /** Ends the current block without starting another (end of the day, or a long unplanned stop). */
    public Step finish(Instant now) {
        return current().map(b -> edits(List.of(close(run(b.id()), Status.DONE, now)))).orElseGet(this::none);
    }

    /** + / − / "+5": changes the current block's length; it never drops below one minute. */
    public Step adjust(int minutes) {
        Optional<AgendaItem> cur = current();
        if (cur.isEmpty() || minutes == 0) {
            return none();
        }
        AgendaItem b = cur.get();
        BlockRun r = run(b.id());
        int extra = Math.max(1 - b.durationMinutes(), Math.min(720, r.extraMinutes() + minutes));
        if (extra == r.extraMinutes()) {
            return none();
        }
        return edits(List.of(with(r, r.status(), r.startedAt(), r.endedAt(), r.pausedAt(), r.pausedSeconds(), extra)));
    }

    /** Skips a planned block, or puts a skipped one back in the plan. The block on the clock is ended with →. */
    public Step toggleSkip(String blockId) {
        if (block(blockId).isEmpty()) {
            return none();
        }
        BlockRun r = run(blockId);
        if (r.status() == Status.PLANNED) {
            return edits(List.of(with(r, Status.SKIPPED, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                    r.extraMinutes())));
        }
        if (r.status() == Status.SKIPPED && r.startedAt().isEmpty()) {
            return edits(List.of(BlockRun.planned(blockId)));
        }
        return none();
    }

    /** Skips the next planned block (the keyboard's S). */
    public Step skipNext() {
        return nextPlanned().map(b -> toggleSkip(b.id())).orElseGet(this::none);
    }

    // ------------------------------------------------------------------ the clock's view

    public DayTiming timing(Instant now, java.time.ZoneId zone) {
        return DayTiming.of(this, now, zone);
    }

    // ------------------------------------------------------------------ run transitions

    private static BlockRun with(BlockRun r, Status s, Optional<Instant> started, Optional<Instant> ended,
                                 Optional<Instant> pausedAt, long pausedSeconds, int extra) {
        return new BlockRun(r.agendaItemId(), s, started, ended, pausedAt, pausedSeconds, extra);
    }

    private static BlockRun started(BlockRun r, Instant now) {
        return with(r, Status.RUNNING, Optional.of(now), Optional.empty(), Optional.empty(), 0, r.extraMinutes());
    }

    private static BlockRun unpaused(BlockRun r, Instant now, Status s, Optional<Instant> ended) {
        long pausing = r.pausedAt().map(p -> Math.max(0, Duration.between(p, now).toSeconds())).orElse(0L);
        return with(r, s, r.startedAt(), ended, Optional.empty(), r.pausedSeconds() + pausing, r.extraMinutes());
    }

    private static BlockRun close(BlockRun r, Status s, Instant now) {
        return unpaused(r, now, s, Optional.of(now));
    }

    private static BlockRun reopened(BlockRun r, Instant now) {
        if (r.startedAt().isEmpty()) {
            return started(r, now);
        }
        long closedFor = r.endedAt().map(e -> Math.max(0, Duration.between(e, now).toSeconds())).orElse(0L);
        return with(r, Status.RUNNING, r.startedAt(), Optional.empty(), Optional.empty(),
                r.pausedSeconds() + closedFor, r.extraMinutes());
    }

    /**
     * Only the fields that change, compared with the run as read (a missing field reads as its
     * default): every edit is kept forever and shown in the history.
     */
    private Step edits(List<BlockRun> changed) {
        List<Edit> out = new ArrayList<>();
        for (BlockRun n : changed) {
            Map<String, String> before = new LinkedHashMap<>();
            run(n.agendaItemId()).toEdits().forEach(e -> before.put(e.field(), e.value()));
            for (Edit e : n.toEdits()) {
                if (!Objects.equals(before.get(e.field()), e.value())) {
                    out.add(e);
                }
            }
        }
        Map<String, BlockRun> after = new LinkedHashMap<>(runs);
        changed.forEach(r -> after.put(r.agendaItemId(), r));
        return new Step(out, new RunOfShow(day, blocks, after));
    }

    private Step none() {
        return new Step(List.of(), this);
    }
}

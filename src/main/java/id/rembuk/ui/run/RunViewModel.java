package id.rembuk.ui.run;

import id.rembuk.agenda.DayTiming;
import id.rembuk.agenda.RunOfShow;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.BlockRun;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Group;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Labels;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.UiFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live run-of-show: one day's blocks, the countdown of the block on the clock and the
 * facilitator's commands. Time comes from the injected clock and moves only when {@link #tick()}
 * is called (a timer in the UI, the test's hand in tests), so every reading is reproducible.
 */
public final class RunViewModel {
    private final ReadOnlyObjectProperty<SessionState> state;
    private final ReadOnlyObjectProperty<SessionInfo> info;
    private final Consumer<Action> apply;
    private final Clock clock;
    private final Sounds sounds;

    private final ObservableList<Integer> days = FXCollections.observableArrayList();
    private final IntegerProperty day = new SimpleIntegerProperty(1);
    private final ObservableList<BlockRow> rows = FXCollections.observableArrayList();
    private final StringProperty dayTitle = new SimpleStringProperty("");
    private final StringProperty currentId = new SimpleStringProperty();
    private final ObjectProperty<String> notesBlockId = new SimpleObjectProperty<>();
    private String chosenForNotes;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty meta = new SimpleStringProperty("");
    private final StringProperty instruction = new SimpleStringProperty("");
    private final StringProperty countdown = new SimpleStringProperty("");
    private final StringProperty nextText = new SimpleStringProperty("");
    private final StringProperty schedule = new SimpleStringProperty("");
    private final StringProperty projection = new SimpleStringProperty("");
    private final StringProperty clockText = new SimpleStringProperty("");
    private final ObjectProperty<DayTiming.Phase> phase = new SimpleObjectProperty<>(DayTiming.Phase.IDLE);
    private final ObjectProperty<Pace> pace = new SimpleObjectProperty<>(Pace.ON_TIME);
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty hasBlocks = new SimpleBooleanProperty();
    private final BooleanProperty muted = new SimpleBooleanProperty();

    private RunOfShow show;
    private boolean dayChosen;
    private String lastBlock;
    private DayTiming.Phase lastPhase = DayTiming.Phase.IDLE;

    /** Whether the room keeps to the plan, for the colour of the schedule line. */
    public enum Pace { AHEAD, ON_TIME, BEHIND }

    public RunViewModel(ReadOnlyObjectProperty<SessionState> state, ReadOnlyObjectProperty<SessionInfo> info,
                        Consumer<Action> apply, Clock clock, Sounds sounds) {
        this.state = state;
        this.info = info;
        this.apply = apply;
        this.clock = clock;
        this.sounds = sounds;
        state.addListener((o, old, s) -> reload(old == null));
        info.addListener((o, old, i) -> refreshDayTitle());
        day.addListener((o, old, d) -> {
            show = RunOfShow.of(currentState(), d.intValue());
            lastBlock = null;
            refresh();
        });
        reload(true);
    }

    private SessionState currentState() {
        SessionState s = state.get();
        return s != null ? s : SessionState.empty();
    }

    /** A new session (or the first state) follows the room's active day; later edits keep the chosen day. */
    private void reload(boolean newSession) {
        SessionState s = currentState();
        days.setAll(RunOfShow.days(s));
        if (newSession) {
            dayChosen = false;
        }
        int active = RunOfShow.activeDay(s);
        boolean follow = !dayChosen || RunOfShow.of(s, active).current().isPresent() && active != day.get()
                && show != null && show.current().isEmpty();
        if (follow && active != day.get()) {
            day.set(active);
            return;
        }
        show = RunOfShow.of(s, day.get());
        refresh();
    }

    /** The facilitator picks a day; it stays picked until a block of another day starts. */
    public void chooseDay(int d) {
        dayChosen = true;
        day.set(d);
    }

    private void refresh() {
        refreshDayTitle();
        tick();
    }

    /** The day's title is made once per day chosen, so a language switch must remake it (the rest is ticked). */
    public void languageChanged() {
        refresh();
    }

    private void refreshDayTitle() {
        SessionInfo i = info.get();
        int d = day.get();
        String text = Messages.get("run.day", d);
        if (i != null && i.firstDay() != null) {
            text = text + " · " + UiFormat.day(i.firstDay().plusDays(d - 1L));
        }
        dayTitle.set(text);
    }

    /** Re-reads the clock: countdown, rows, schedule; plays the warning and the chime on crossing. */
    public void tick() {
        Instant now = clock.instant();
        DayTiming t = show.timing(now, clock.getZone());
        hasBlocks.set(!show.blocks().isEmpty());
        String cur = t.current().map(AgendaItem::id).orElse(null);
        DayTiming.Phase ph = t.phase();
        if (cur != null && cur.equals(lastBlock) && !muted.get()) {
            if (ph == DayTiming.Phase.WARNING && lastPhase == DayTiming.Phase.NORMAL) {
                sounds.warning();
            } else if (ph == DayTiming.Phase.OVERTIME && lastPhase != DayTiming.Phase.OVERTIME) {
                sounds.chime();
            }
        }
        if (!java.util.Objects.equals(cur, lastBlock)) {
            // a new block on the clock takes the notes with it
            chosenForNotes = null;
        }
        lastBlock = cur;
        lastPhase = ph;
        currentId.set(cur);
        notesBlockId.set(chosenForNotes != null && show.block(chosenForNotes).isPresent() ? chosenForNotes
                : cur != null ? cur : show.previous().or(show::nextPlanned).map(AgendaItem::id).orElse(null));
        phase.set(ph);
        paused.set(t.paused());
        running.set(cur != null);
        progress.set(t.progress());

        Optional<AgendaItem> focus = t.current().or(t::next);
        title.set(t.current().map(AgendaItem::title).orElseGet(() -> t.dayOver() ? Messages.get("run.dayOver")
                : t.next().map(n -> Messages.get("run.upNext", n.title())).orElse(Messages.get("run.noBlocks"))));
        meta.set(focus.map(this::meta).orElse(""));
        instruction.set(focus.map(AgendaItem::expectedOutput).orElse(""));
        countdown.set(cur != null ? countdown(t.remainingSeconds())
                : t.next().map(n -> countdown(show.minutes(n) * 60L)).orElse("--:--"));
        nextText.set(cur == null ? "" : t.next().map(n -> Messages.get("run.next", UiFormat.time(n.start()), n.title()))
                .orElse(Messages.get("run.lastBlock")));
        long behind = t.behindMinutes();
        pace.set(behind > 0 ? Pace.BEHIND : behind < 0 ? Pace.AHEAD : Pace.ON_TIME);
        if (show.blocks().isEmpty()) {
            schedule.set("");
        } else if (!show.started() && !isToday(now)) {
            // prepared on another day: no lateness to speak of yet
            pace.set(Pace.ON_TIME);
            schedule.set(Messages.get("run.notStarted"));
            projection.set(Messages.get("run.plannedDay", UiFormat.time(show.blocks().get(0).start()),
                    UiFormat.time(t.plannedEnd().orElseThrow())));
        } else if (t.dayOver()) {
            schedule.set(Messages.get(behind > 0 ? "run.endedLate" : behind < 0 ? "run.endedEarly" : "run.endedOnTime",
                    Math.abs(behind)));
        } else {
            schedule.set(Messages.get(behind > 0 ? "run.behind" : behind < 0 ? "run.ahead" : "run.onTime",
                    Math.abs(behind)));
        }
        if (show.started() || isToday(now)) {
            projection.set(t.projectedEnd().map(e -> Messages.get(t.dayOver() ? "run.endedAt" : "run.projectedEnd",
                    UiFormat.time(e), UiFormat.time(t.plannedEnd().orElse(e)))).orElse(""));
        }
        clockText.set(UiFormat.time(LocalDateTime.ofInstant(now, clock.getZone()).toLocalTime()));
        List<BlockRow> fresh = rows(t, now);
        if (!fresh.equals(rows)) {
            // the list and the projector's rundown redraw only when a line changed, not every tick
            rows.setAll(fresh);
        }
    }

    /** The session's date for the shown day is today; without dates every day may be today. */
    private boolean isToday(Instant now) {
        SessionInfo i = info.get();
        if (i == null || i.firstDay() == null) {
            return true;
        }
        return i.firstDay().plusDays(day.get() - 1L).equals(LocalDateTime.ofInstant(now, clock.getZone()).toLocalDate());
    }

    private List<BlockRow> rows(DayTiming t, Instant now) {
        List<BlockRow> out = new ArrayList<>();
        for (AgendaItem b : show.blocks()) {
            BlockRun r = show.run(b.id());
            boolean current = t.current().filter(c -> c.id().equals(b.id())).isPresent();
            boolean next = t.next().filter(c -> c.id().equals(b.id())).isPresent();
            String planned = IndonesianFormat.timeRange(b.start(), b.end());
            out.add(new BlockRow(b, r, current, next, planned, actual(r, now)));
        }
        return out;
    }

    private String actual(BlockRun r, Instant now) {
        if (r.startedAt().isEmpty()) {
            return "";
        }
        LocalTime start = LocalDateTime.ofInstant(r.startedAt().get(), clock.getZone()).toLocalTime();
        long minutes = Math.round(r.elapsedSeconds(now) / 60.0);
        if (r.status().isClosed() && r.endedAt().isPresent()) {
            LocalTime end = LocalDateTime.ofInstant(r.endedAt().get(), clock.getZone()).toLocalTime();
            return Messages.get("run.actualDone", IndonesianFormat.timeRange(start, end), minutes);
        }
        return Messages.get("run.actualRunning", UiFormat.time(start), minutes);
    }

    private String meta(AgendaItem b) {
        List<String> parts = new ArrayList<>();
        parts.add(IndonesianFormat.timeRange(b.start(), b.end()));
        parts.add(Messages.get(b.type().messageKey()));
        if (!b.speaker().isBlank()) {
            parts.add(b.speaker());
        }
        if (!b.groups().isEmpty()) {
            parts.add(groups(b.groups()));
        }
        return String.join(" · ", parts);
    }

    private String groups(List<String> ids) {
        if (ids.size() == Dimension.values().length
                && ids.containsAll(java.util.Arrays.stream(Dimension.values()).map(Group::idFor).toList())) {
            return Messages.get("run.allGroups");
        }
        Labels labels = Labels.of(currentState());
        return String.join(", ", ids.stream()
                .map(id -> Dimension.ofCode(id).map(d -> labels.dimension(d, Messages.locale())).orElse(id)).toList());
    }

    /** "29:59"; minutes go past 59 ("119:59") so a long FGD block still reads as minutes left. */
    static String countdown(long seconds) {
        long s = Math.abs(seconds);
        String body = String.format("%02d:%02d", s / 60, s % 60);
        return seconds < 0 ? "+" + body : body;
    }

    // ------------------------------------------------------------------ commands

    public void toggle() {
        RunOfShow.Step preview = show.toggle(clock.instant());
        String key = show.current().isEmpty() ? "run.action.start"
                : show.run(show.current().get().id()).status() == BlockRun.Status.RUNNING ? "run.action.pause"
                : "run.action.resume";
        String name = show.current().or(show::nextPlanned).map(AgendaItem::title).orElse("");
        commit(preview, Messages.get(key, name));
    }

    public void next() {
        String name = show.nextPlanned().map(AgendaItem::title).orElse(show.current().map(AgendaItem::title).orElse(""));
        run(s -> s.forward(clock.instant()), Messages.get("run.action.next", name));
    }

    public void previous() {
        String name = show.previous().map(AgendaItem::title).orElse("");
        run(s -> s.back(clock.instant()), Messages.get("run.action.back", name));
    }

    public void addMinutes(int minutes) {
        String name = show.current().map(AgendaItem::title).orElse("");
        run(s -> s.adjust(minutes), Messages.get(minutes > 0 ? "run.action.longer" : "run.action.shorter",
                Math.abs(minutes), name));
    }

    public void finish() {
        String name = show.current().map(AgendaItem::title).orElse("");
        run(s -> s.finish(clock.instant()), Messages.get("run.action.finish", name));
    }

    public void skipNext() {
        String name = show.nextPlanned().map(AgendaItem::title).orElse("");
        run(RunOfShow::skipNext, Messages.get("run.action.skip", name));
    }

    public void toggleSkip(String blockId) {
        String name = show.block(blockId).map(AgendaItem::title).orElse("");
        boolean skipped = show.run(blockId).status() == BlockRun.Status.SKIPPED;
        run(s -> s.toggleSkip(blockId), Messages.get(skipped ? "run.action.unskip" : "run.action.skip", name));
    }

    public void jumpTo(String blockId) {
        String name = show.block(blockId).map(AgendaItem::title).orElse("");
        run(s -> s.jumpTo(blockId, clock.instant()), Messages.get("run.action.start", name));
    }

    private void run(Function<RunOfShow, RunOfShow.Step> command, String label) {
        commit(command.apply(show), label);
    }

    private void commit(RunOfShow.Step step, String label) {
        if (step.isEmpty()) {
            return;
        }
        // the screen answers at once; the file's answer replaces this when it comes
        show = step.after();
        tick();
        apply.accept(new Action(label, step.edits()));
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<Integer> days() {
        return days;
    }

    public ReadOnlyObjectProperty<Integer> dayProperty() {
        return day.asObject();
    }

    public ObservableList<BlockRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty dayTitleProperty() {
        return dayTitle;
    }

    /**
     * The block the notes panel writes to: one picked in the list, else the block on the clock,
     * else the one just ended (notes are often finished after the bell), else the next one.
     */
    public ObjectProperty<String> notesBlockIdProperty() {
        return notesBlockId;
    }

    /** Picks a block for the notes until another block starts. */
    public void chooseNotesBlock(String blockId) {
        chosenForNotes = blockId;
        tick();
    }

    /** The agenda item on the clock, null when none. */
    public ReadOnlyStringProperty currentIdProperty() {
        return currentId;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty metaProperty() {
        return meta;
    }

    /** What the groups must produce in the block, shown to the room. */
    public ReadOnlyStringProperty instructionProperty() {
        return instruction;
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown;
    }

    public ReadOnlyStringProperty nextTextProperty() {
        return nextText;
    }

    public ReadOnlyStringProperty scheduleProperty() {
        return schedule;
    }

    public ReadOnlyStringProperty projectionProperty() {
        return projection;
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText;
    }

    public ReadOnlyObjectProperty<DayTiming.Phase> phaseProperty() {
        return phase;
    }

    public ReadOnlyObjectProperty<Pace> paceProperty() {
        return pace;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyBooleanProperty hasBlocksProperty() {
        return hasBlocks;
    }

    public BooleanProperty mutedProperty() {
        return muted;
    }
}

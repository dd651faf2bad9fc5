package id.rembuk.ui.agenda;

import id.rembuk.agenda.Schedule;
import id.rembuk.agenda.ScheduleException;
import id.rembuk.domain.AgendaItem.Kind;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.Group;
import id.rembuk.domain.Ids;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Labels;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.UiFormat;
import id.rembuk.ui.shell.SaveStatus;
import id.rembuk.ui.shell.ShellViewModel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The agenda editor: the blocks of one day of the session, the block being edited, and the
 * commands that change them. Every change goes through {@link Schedule} and leaves as one labelled
 * {@link Action} (so the shell's Ctrl+Z takes it back); a refused change writes nothing and says why.
 * The list is rebuilt from the session state whenever it changes.
 *
 * <p>The form commits field by field (the view calls a commit when a field is left or confirmed);
 * a commit of an unchanged value writes nothing.
 */
public final class AgendaEditorViewModel {
    public static final int DEFAULT_DURATION = 30;
    public static final LocalTime DEFAULT_START = LocalTime.of(8, 0);

    /** A day to choose: "Hari 1 · Kamis, 16 Juni 2022". */
    public record DayOption(int day, String label) {
    }

    /** One block as the table shows it. */
    public record Row(AgendaItem item, String start, String end, String duration, String kindLabel, String groups,
                      String groupsLong, boolean conflicted) {
        public String id() {
            return item.id();
        }

        public String title() {
            return item.title();
        }

        public Kind kind() {
            return item.type();
        }

        public String speaker() {
            return item.speaker();
        }

        public String expectedOutput() {
            return item.expectedOutput();
        }
    }

    /** A group a block can be for, with its label. */
    public record GroupOption(String id, String label) {
        /** "Governance" for "Smart Governance": where space is short and every dimension starts alike. */
        public String shortLabel() {
            return shortName(label);
        }
    }

    private final ObservableValue<SessionState> state;
    private final ObservableValue<SessionInfo> info;
    private final Consumer<Action> apply;
    private final Consumer<List<AgendaItem>> saveAsTemplate;

    private Schedule schedule = Schedule.of(List.of());
    private Labels labels = Labels.defaults();
    private final ObservableList<DayOption> days = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper day = new ReadOnlyIntegerWrapper(1);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unreadable = new ReadOnlyStringWrapper("");
    private final BooleanProperty shiftLater = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canMoveUp = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canMoveDown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSaveAsTemplate = new ReadOnlyBooleanWrapper(false);

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.TALK);
    private final IntegerProperty blockDay = new SimpleIntegerProperty(1);
    private final StringProperty start = new SimpleStringProperty("");
    private final ObjectProperty<Integer> duration = new SimpleObjectProperty<>(DEFAULT_DURATION);
    private final ReadOnlyStringWrapper end = new ReadOnlyStringWrapper("");
    private final StringProperty speaker = new SimpleStringProperty("");
    private final StringProperty expectedOutput = new SimpleStringProperty("");
    private final ObservableList<GroupOption> groupOptions = FXCollections.observableArrayList();
    private final Map<String, BooleanProperty> groupSelected = new LinkedHashMap<>();

    /** The block as it was when the form last showed it: what the user sees as "unchanged". */
    private AgendaItem formItem;
    /** While the table is rebuilt, the selection it loses on the way is not the user's choice. */
    private boolean rebuilding;
    private boolean loading;
    /** Whether an action sent is still being written (the shell's save status); never true for a plain consumer. */
    private final ObservableValue<Boolean> writing;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private boolean draining;
    /** The form field the form's message is about, so fixing another field does not hide it. */
    private final ReadOnlyStringWrapper formErrorField = new ReadOnlyStringWrapper();

    /**
     * @param state          the open session's state; null when none is open
     * @param info           the session's facts (for the days and their dates); may hold null
     * @param apply          commits an action to the session (the shell's {@code apply})
     * @param saveAsTemplate receives all blocks of the session when the user saves them as a
     *                       template; null while no template store exists (the button is then disabled)
     */
    public AgendaEditorViewModel(ObservableValue<SessionState> state, ObservableValue<SessionInfo> info,
                                 Consumer<Action> apply, Consumer<List<AgendaItem>> saveAsTemplate) {
        this(state, info, apply, new SimpleBooleanProperty(false), saveAsTemplate);
    }

    /**
     * @param writing true while an action sent to {@code apply} is not yet in {@code state}; timing
     *                changes asked for meanwhile wait for it (see {@link #inTurn})
     */
    public AgendaEditorViewModel(ObservableValue<SessionState> state, ObservableValue<SessionInfo> info,
                                 Consumer<Action> apply, ObservableValue<Boolean> writing,
                                 Consumer<List<AgendaItem>> saveAsTemplate) {
        this.writing = writing;
        writing.addListener((o, was, now) -> drain());
        this.state = state;
        this.info = info;
        this.apply = Objects.requireNonNull(apply, "apply");
        this.saveAsTemplate = saveAsTemplate;
        canSaveAsTemplate.set(saveAsTemplate != null);
        for (Dimension d : Dimension.values()) {
            groupSelected.put(Group.idFor(d), new SimpleBooleanProperty(false));
        }
        // the form follows the selection at once, before anyone else hears of the new selection
        selectedId.addListener((o, old, id) -> loadForm());
        state.addListener((o, old, s) -> refresh());
        info.addListener((o, old, i) -> refresh());
        refresh();
    }

    /** Wired to the shell: its state, its facts, and its apply (which Ctrl+Z undoes). */
    public AgendaEditorViewModel(ShellViewModel shell, Consumer<List<AgendaItem>> saveAsTemplate) {
        // the shell publishes the new state before it reports the write done
        this(shell.stateProperty(), shell.infoProperty(), shell::apply, Bindings.createBooleanBinding(
                () -> shell.saveStatusProperty().get() == SaveStatus.SAVING, shell.saveStatusProperty()),
                saveAsTemplate);
    }

    // ------------------------------------------------------------------ reading the session

    /** Rebuilds everything from the session, also the texts: called after the language changed too. */
    public void refresh() {
        SessionState st = state.getValue();
        schedule = st == null ? Schedule.of(List.of()) : Schedule.read(st);
        labels = labelsOf(st);
        SessionInfo i = info.getValue();
        int sessionDays = i == null ? 0 : i.days().size();
        int last = Math.max(1, Math.max(sessionDays, schedule.days().isEmpty() ? 0 : schedule.days().last()));
        List<DayOption> newDays = new ArrayList<>();
        for (int d = 1; d <= last; d++) {
            newDays.add(new DayOption(d, dayLabel(d, i)));
        }
        if (!newDays.equals(days)) {
            days.setAll(newDays);
        }
        if (day.get() < 1 || day.get() > last) {
            day.set(1);
        }
        List<GroupOption> options = Arrays.stream(Dimension.values())
                .map(d -> new GroupOption(Group.idFor(d), labels.dimension(d, Messages.locale()))).toList();
        if (!options.equals(groupOptions)) {
            groupOptions.setAll(options);
        }
        int bad = schedule.unreadable().size();
        unreadable.set(bad == 0 ? "" : Messages.get("editor.unreadable", bad));
        showDay();
    }

    private static Labels labelsOf(SessionState st) {
        try {
            return st == null ? Labels.defaults() : Labels.of(st);
        } catch (RuntimeException e) {
            return Labels.defaults();
        }
    }

    /** "Hari 1 · Kamis, 16 Juni 2022"; a day past the session's dates has no date. */
    static String dayLabel(int d, SessionInfo i) {
        if (i == null || d > i.days().size()) {
            return Messages.get("editor.day", d);
        }
        LocalDate date = i.firstDay().plusDays(d - 1L);
        String text = "en".equals(Messages.locale().getLanguage()) ? UiFormat.day(date) : IndonesianFormat.date(date);
        return Messages.get("editor.dayWithDate", d, text);
    }

    private void showDay() {
        List<AgendaItem> blocks = schedule.day(day.get());
        List<Row> newRows = blocks.stream().map(this::row).toList();
        if (!newRows.equals(rows)) {
            rebuilding = true;
            try {
                rows.setAll(newRows);
            } finally {
                rebuilding = false;
            }
        }
        total.set(totalOf(blocks));
        loadForm();
    }

    private Row row(AgendaItem i) {
        return new Row(i, UiFormat.time(i.start()), UiFormat.time(i.end()),
                Messages.get("editor.minutesShort", i.durationMinutes()), kindLabel(i.type()), groupsShort(i.groups()),
                groupsLong(i.groups()), schedule.conflicted(i.id()));
    }

    public static String kindLabel(Kind k) {
        return Messages.get("editor.kind." + k.name().toLowerCase(Locale.ROOT));
    }

    /** "Semua" (empty: everyone), "6 dimensi", or the groups' short names. */
    private String groupsShort(List<String> groups) {
        if (groups.isEmpty()) {
            return Messages.get("editor.groups.everyone");
        }
        if (groups.size() == Dimension.values().length && Arrays.stream(Dimension.values())
                .allMatch(d -> groups.contains(Group.idFor(d)))) {
            return Messages.get("editor.groups.allDimensions", groups.size());
        }
        return groups.stream().map(g -> shortName(groupLabel(g))).collect(Collectors.joining(", "));
    }

    private String groupsLong(List<String> groups) {
        if (groups.isEmpty()) {
            return Messages.get("editor.groups.everyone");
        }
        return groups.stream().map(this::groupLabel).collect(Collectors.joining(", "));
    }

    /** The session's wording for a dimension; an element by its name; an unknown id as it is. */
    private String groupLabel(String id) {
        Optional<Dimension> d = Dimension.ofCode(id).filter(x -> x.code().equals(id));
        if (d.isPresent()) {
            return labels.dimension(d.get(), Messages.locale());
        }
        return Arrays.stream(Element.values()).filter(e -> e.name().equals(id)).findFirst()
                .map(e -> Messages.get("domain.element." + e.name().toLowerCase(Locale.ROOT))).orElse(id);
    }

    /** "Governance" for "Smart Governance": the column is narrow and every dimension starts alike. */
    static String shortName(String label) {
        return label.startsWith("Smart ") && label.length() > 6 ? label.substring(6) : label;
    }

    /** "08.00–16.00 · 8 jam · 14 blok". */
    private static String totalOf(List<AgendaItem> blocks) {
        if (blocks.isEmpty()) {
            return Messages.get("editor.total.empty");
        }
        int first = blocks.stream().mapToInt(b -> Schedule.minuteOf(b.start())).min().orElse(0);
        int last = blocks.stream().mapToInt(Schedule::endMinute).max().orElse(0);
        String range = UiFormat.time(LocalTime.of(first / 60, first % 60)) + "–"
                + (last >= Schedule.DAY_MINUTES ? "24" + UiFormat.time(LocalTime.MIDNIGHT).substring(2)
                : UiFormat.time(LocalTime.of(last / 60, last % 60)));
        String count = blocks.size() == 1 ? Messages.get("editor.blocks.one")
                : Messages.get("editor.blocks.many", blocks.size());
        return Messages.get("editor.total", range, span(last - first), count);
    }

    /** "8 jam", "7 jam 30 menit", "45 menit". */
    static String span(int minutes) {
        if (minutes < 60) {
            return Messages.get("editor.span.minutes", minutes);
        }
        if (minutes % 60 == 0) {
            return Messages.get("editor.span.hours", minutes / 60);
        }
        return Messages.get("editor.span.hoursMinutes", minutes / 60, minutes % 60);
    }

    private void loadForm() {
        Optional<AgendaItem> sel = selected();
        int index = sel.map(s -> indexOf(s.id())).orElse(-1);
        canMoveUp.set(index > 0);
        canMoveDown.set(index >= 0 && index < rows.size() - 1);
        if (sel.isEmpty()) {
            formItem = null;
            hasSelection.set(false);
            return;
        }
        AgendaItem now = sel.get();
        AgendaItem was = formItem != null && formItem.id().equals(now.id()) ? formItem : null;
        if (was == null) {
            clearFormError(null);
        }
        formItem = now;
        // controls echo what is loaded into them as commits: those must not write anything
        loading = true;
        try {
            // a field is only overwritten when the block changed there, so typing in another field survives
            load(was, now, AgendaItem::title, title::set);
            load(was, now, AgendaItem::type, kind::set);
            load(was, now, AgendaItem::day, blockDay::set);
            load(was, now, i -> UiFormat.time(i.start()), start::set);
            load(was, now, AgendaItem::durationMinutes, duration::set);
            load(was, now, AgendaItem::speaker, speaker::set);
            load(was, now, AgendaItem::expectedOutput, expectedOutput::set);
            load(was, now, AgendaItem::groups, g -> groupSelected.forEach((id, p) -> p.set(g.contains(id))));
            end.set(UiFormat.time(now.end()));
        } finally {
            loading = false;
        }
        // last: whoever waits for a selection (the view focusing the title) finds the form filled
        hasSelection.set(true);
    }

    private void setFormError(String field, String message) {
        formErrorField.set(field);
        formError.set(message);
    }

    /** Clears the form's message if it was about {@code field} (null: whatever it was about). */
    private void clearFormError(String field) {
        if (field == null || field.equals(formErrorField.get())) {
            formErrorField.set(null);
            formError.set("");
        }
    }

    private static <T> void load(AgendaItem was, AgendaItem now, Function<AgendaItem, T> field, Consumer<T> set) {
        T value = field.apply(now);
        if (was == null || !Objects.equals(field.apply(was), value)) {
            set.accept(value);
        }
    }

    private Optional<AgendaItem> selected() {
        return Optional.ofNullable(selectedId.get()).flatMap(schedule::find).filter(i -> i.day() == day.get());
    }

    private int indexOf(String id) {
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).id().equals(id)) {
                return k;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ choosing

    /** Shows another day; what was typed into the form is kept first. */
    public void selectDay(int d) {
        if (d == day.get() || days.stream().noneMatch(o -> o.day() == d)) {
            return;
        }
        commitPending();
        day.set(d);
        selectedId.set(null);
        problem.set("");
        showDay();
    }

    /** Selects a block of the day shown (null: none); what was typed for the previous one is kept first. */
    public void select(String id) {
        if (rebuilding || Objects.equals(id, selectedId.get())) {
            return;
        }
        clearFormError(null);
        commitPending();
        // a value typed for the block left behind was refused: the message stays, the block goes
        String refused = formError.get();
        selectedId.set(id);
        if (!refused.isEmpty()) {
            setFormError(null, refused);
        }
    }

    /** Writes what was typed into the form's text fields and not yet committed. */
    public void commitPending() {
        if (formItem == null) {
            return;
        }
        commitTitle();
        commitStart();
        commitSpeaker();
        commitExpectedOutput();
    }

    // ------------------------------------------------------------------ commands on blocks

    /** Adds a block after the selected one, or at the end of the day. */
    public void add() {
        commitPending();
        int d = day.get();
        String id = Ids.random();
        String name = Messages.get("editor.newBlock");
        AgendaItem block = new AgendaItem(id, d, DEFAULT_START, DEFAULT_DURATION, name, Kind.TALK, "", List.of(), "", 0);
        String after = selected().map(AgendaItem::id).orElse(null);
        inTurn(() -> run(null, Messages.get("editor.action.add", name), () -> after != null
                && schedule.find(after).isPresent() ? schedule.insertAfter(after, block, shiftLater.get())
                : schedule.append(d, block), id));
    }

    /** Removes the selected block; with shifting on, later blocks move up into its time. */
    public void remove() {
        selected().map(AgendaItem::id).ifPresent(id -> inTurn(() -> schedule.find(id).ifPresent(b -> {
            List<AgendaItem> dayOf = schedule.day(b.day());
            int k = dayOf.indexOf(b);
            String next = k + 1 < dayOf.size() ? dayOf.get(k + 1).id() : k > 0 ? dayOf.get(k - 1).id() : null;
            if (run(null, Messages.get("editor.action.remove", b.title()),
                    () -> schedule.remove(b.id(), shiftLater.get()), next)) {
                notice.set(Messages.get("editor.notice.removed", b.title()));
            }
        })));
    }

    public void moveUp() {
        moveBy(-1);
    }

    public void moveDown() {
        moveBy(1);
    }

    /** One place up or down from where the block is when its turn comes (Alt+↓ held down moves it on). */
    private void moveBy(int step) {
        selected().map(AgendaItem::id).ifPresent(id -> {
            commitPending();
            inTurn(() -> schedule.find(id).ifPresent(b -> move(b, schedule.day(b.day()).indexOf(b) + step)));
        });
    }

    /** Puts a block at place {@code index} of its day (dragging a row); the day is re-timed. */
    public void moveTo(String id, int index) {
        commitPending();
        inTurn(() -> schedule.find(id).ifPresent(b -> move(b, index)));
    }

    private void move(AgendaItem b, int index) {
        if (index >= 0 && index < schedule.day(b.day()).size()) {
            run(null, Messages.get("editor.action.move", b.title()), () -> schedule.move(b.id(), index), b.id());
        }
    }

    /** Moves a block to the end of another day and shows that day. */
    public void moveToDay(String id, int target) {
        commitPending();
        inTurn(() -> schedule.find(id).filter(b -> b.day() != target).ifPresent(b -> {
            if (run(null, Messages.get("editor.action.moveDay", b.title(), target),
                    () -> schedule.moveToDay(id, target, shiftLater.get()), id)) {
                day.set(target);
                showDay();
            }
        }));
    }

    /**
     * Timing changes are worked out from the times the session holds. One asked for while the one
     * before is still being written (Alt+↓ held down, Insert right after a move) would start from
     * times about to change and undo part of it, so it waits its turn. Other fields are written
     * whole and alone, so they need not wait.
     */
    private void inTurn(Runnable command) {
        waiting.add(command);
        drain();
    }

    private void drain() {
        if (draining) {
            return; // the loop below goes on once the command that wrote has returned
        }
        draining = true;
        try {
            while (!waiting.isEmpty() && !Boolean.TRUE.equals(writing.getValue())) {
                waiting.poll().run();
            }
        } finally {
            draining = false;
        }
    }

    public void saveAsTemplate() {
        if (saveAsTemplate != null) {
            commitPending();
            saveAsTemplate.accept(schedule.all());
        }
    }

    // ------------------------------------------------------------------ the form, field by field

    public void commitTitle() {
        current().ifPresent(b -> {
            String t = title.get() == null ? "" : title.get().strip();
            if (t.equals(b.title())) {
                clearFormError(AgendaItem.F_TITLE);
                return;
            }
            if (t.isEmpty()) {
                setFormError(AgendaItem.F_TITLE, Messages.get("editor.error.titleRequired"));
                return;
            }
            edit(b, AgendaItem.F_TITLE, Messages.get("editor.action.title", t), x -> copy(x, t, x.type(), x.speaker(), x.groups(),
                    x.expectedOutput()));
        });
    }

    public void commitKind() {
        current().ifPresent(b -> {
            Kind k = kind.get();
            if (k != null && k != b.type()) {
                edit(b, AgendaItem.F_TYPE, Messages.get("editor.action.kind", b.title()), x -> copy(x, x.title(), k, x.speaker(),
                        x.groups(), x.expectedOutput()));
            }
        });
    }

    public void commitSpeaker() {
        current().ifPresent(b -> {
            String s = speaker.get() == null ? "" : speaker.get().strip();
            if (!s.equals(b.speaker())) {
                edit(b, AgendaItem.F_SPEAKER, Messages.get("editor.action.speaker", b.title()), x -> copy(x, x.title(), x.type(), s,
                        x.groups(), x.expectedOutput()));
            }
        });
    }

    public void commitExpectedOutput() {
        current().ifPresent(b -> {
            String s = expectedOutput.get() == null ? "" : expectedOutput.get().strip();
            if (!s.equals(b.expectedOutput())) {
                edit(b, AgendaItem.F_EXPECTED_OUTPUT, Messages.get("editor.action.output", b.title()), x -> copy(x, x.title(), x.type(),
                        x.speaker(), x.groups(), s));
            }
        });
    }

    /** The dimension groups ticked in the form; groups of other kinds (elements, Tahap I) are kept. */
    public void commitGroups() {
        current().ifPresent(b -> {
            List<String> groups = new ArrayList<>(b.groups().stream().filter(g -> !groupSelected.containsKey(g)).toList());
            // dimension order, not click order: the same choice always reads (and is stored) alike
            groupSelected.forEach((id, p) -> {
                if (p.get()) {
                    groups.add(id);
                }
            });
            if (!Objects.equals(new HashSet<>(groups), new HashSet<>(b.groups()))) {
                edit(b, AgendaItem.F_GROUPS, Messages.get("editor.action.groups", b.title()), x -> copy(x, x.title(), x.type(),
                        x.speaker(), groups, x.expectedOutput()));
            }
        });
    }

    public void commitStart() {
        current().ifPresent(b -> {
            String text = start.get() == null ? "" : start.get().strip();
            LocalTime t;
            try {
                t = IndonesianFormat.parseTime(text);
            } catch (InvalidValue e) {
                setFormError(AgendaItem.F_START, Messages.get("editor.error.start", text));
                return;
            }
            if (t.equals(b.start())) {
                start.set(UiFormat.time(t));
                clearFormError(AgendaItem.F_START);
                return;
            }
            String id = b.id();
            inTurn(() -> schedule.find(id).filter(now -> !now.start().equals(t)).ifPresent(now ->
                    run(AgendaItem.F_START, Messages.get("editor.action.start", now.title()),
                            () -> schedule.changeStart(id, t, shiftLater.get()), id)));
        });
    }

    /**
     * A new duration from the spinner; null when its text is not a number.
     * A refused value is put back to the block's own, with the reason shown beside the form.
     */
    public void commitDuration(Integer minutes) {
        current().ifPresent(b -> {
            if (minutes == null) {
                setFormError(AgendaItem.F_DURATION, Messages.get("editor.error.duration"));
                duration.set(b.durationMinutes());
                return;
            }
            if (minutes == b.durationMinutes()) {
                duration.set(minutes);
                return;
            }
            String id = b.id();
            inTurn(() -> schedule.find(id).filter(now -> now.durationMinutes() != minutes).ifPresent(now -> {
                if (!run(AgendaItem.F_DURATION, Messages.get("editor.action.duration", now.title()),
                        () -> schedule.changeDuration(id, minutes, shiftLater.get()), id)
                        && formItem != null && formItem.id().equals(id)) {
                    duration.set(now.durationMinutes());
                }
            }));
        });
    }

    /** Moves the block being edited to another day (the day chooser of the form). */
    public void commitDay() {
        current().ifPresent(b -> {
            if (blockDay.get() != b.day()) {
                int target = blockDay.get();
                blockDay.set(b.day());
                moveToDay(b.id(), target);
            }
        });
    }

    /** The block the form shows, as the session holds it now. */
    private Optional<AgendaItem> current() {
        return formItem == null || loading ? Optional.empty() : schedule.find(formItem.id());
    }

    private static AgendaItem copy(AgendaItem x, String title, Kind type, String speaker, List<String> groups,
                                   String output) {
        return new AgendaItem(x.id(), x.day(), x.start(), x.durationMinutes(), title, type, speaker, groups, output,
                x.order());
    }

    private void edit(AgendaItem b, String field, String label, UnaryOperator<AgendaItem> change) {
        run(field, label, () -> {
            try {
                return schedule.edit(change.apply(b));
            } catch (InvalidValue e) {
                throw new Refused(Messages.get(e.key(), e.args()));
            }
        }, b.id());
    }

    private interface Work {
        List<Edit> edits() throws ScheduleException;
    }

    /** A value the domain refuses (a title too long): said in the user's language like a schedule refusal. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Works out the edits and commits them as one action; a refusal is shown (beside the form when
     * {@code field} names the form field it came from, above the list when null) and nothing is
     * written. {@code select} is the block selected afterwards (it may not exist yet: the
     * selection follows once the session shows it).
     */
    private boolean run(String field, String label, Work work, String select) {
        List<Edit> edits;
        try {
            edits = work.edits();
        } catch (ScheduleException | Refused e) {
            String message = e instanceof ScheduleException s ? s.userMessage() : e.getMessage();
            if (field == null) {
                problem.set(message);
            } else {
                setFormError(field, message);
            }
            return false;
        }
        problem.set("");
        clearFormError(null);
        notice.set("");
        selectedId.set(select);
        if (!edits.isEmpty()) {
            apply.accept(new Action(label, edits));
        }
        loadForm();
        return true;
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<DayOption> days() {
        return days;
    }

    public ReadOnlyIntegerProperty dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    /** "08.00–16.00 · 8 jam · 14 blok" for the day shown. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Why the last command on the list was refused; empty when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why the last value typed into the form was not written; empty when it was. */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** The field the form's message is about ({@link AgendaItem}'s field names); null when none. */
    public ReadOnlyStringProperty formErrorFieldProperty() {
        return formErrorField.getReadOnlyProperty();
    }

    /** What just happened and how to take it back ("… dihapus. Ctrl+Z membatalkan."). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** A warning when some agenda entities do not make valid blocks; empty otherwise. */
    public ReadOnlyStringProperty unreadableProperty() {
        return unreadable.getReadOnlyProperty();
    }

    /** "Geser blok berikutnya": later blocks follow a change (on by default). */
    public BooleanProperty shiftLaterProperty() {
        return shiftLater;
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMoveUpProperty() {
        return canMoveUp.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMoveDownProperty() {
        return canMoveDown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveAsTemplateProperty() {
        return canSaveAsTemplate.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The day of the block being edited; set it and call {@link #commitDay()} to move the block. */
    public IntegerProperty blockDayProperty() {
        return blockDay;
    }

    /** The start as typed ("08.30", "8:30"). */
    public StringProperty startProperty() {
        return start;
    }

    public ObjectProperty<Integer> durationProperty() {
        return duration;
    }

    public ReadOnlyStringProperty endProperty() {
        return end.getReadOnlyProperty();
    }

    public StringProperty speakerProperty() {
        return speaker;
    }

    public StringProperty expectedOutputProperty() {
        return expectedOutput;
    }

    /** The six dimension groups, labelled in the session's wording. */
    public ObservableList<GroupOption> groupOptions() {
        return groupOptions;
    }

    /** Whether the block being edited is for the group; set it and call {@link #commitGroups()}. */
    public BooleanProperty groupSelectedProperty(String groupId) {
        BooleanProperty p = groupSelected.get(groupId);
        if (p == null) {
            throw new IllegalArgumentException("not a dimension group: " + groupId);
        }
        return p;
    }
}

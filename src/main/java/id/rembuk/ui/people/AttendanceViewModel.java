package id.rembuk.ui.people;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.Attendance;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Participant;
import id.rembuk.domain.People;
import id.rembuk.domain.Records;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.UiFormat;
import id.rembuk.ui.shell.ShellViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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
 * The registration desk: pick the day, type part of a name, Enter. Enter checks in the selected
 * person (the best match unless the arrows chose another) and empties the search for the next
 * one, so a room of 80 takes one search and one key press each. A check-in is one
 * {@link Attendance} per person and day (its id derived from both, so two laptops checking in the
 * same person make one record), stamped with the injected clock's time, and one action the
 * shell's undo takes back.
 */
public final class AttendanceViewModel {
    /** One day of the bimtek: "Hari 1 · Kamis, 16 Juni 2022". */
    public record DayChoice(int day, LocalDate date, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One person at the desk.
     *
     * @param detail     position and office ("Kepala Bidang Aplikasi Informatika · Diskominfo")
     * @param attendance the check-in of the chosen day, null while not yet present
     */
    public record CheckInRow(Participant participant, String unsur, String group, String detail,
                             Attendance attendance, boolean late) {
        public String id() {
            return participant.id();
        }

        public boolean present() {
            return attendance != null;
        }

        /** "08.12", empty while not present. */
        public String time() {
            return attendance == null ? "" : UiFormat.time(attendance.time());
        }
    }

    private final ObservableValue<SessionState> state;
    private final ObservableValue<SessionInfo> info;
    private final Consumer<Action> apply;
    private final Clock clock;

    private final ObservableList<DayChoice> days = FXCollections.observableArrayList();
    private final IntegerProperty day = new SimpleIntegerProperty(1);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CheckInRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CheckInRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final IntegerProperty present = new SimpleIntegerProperty();
    private final IntegerProperty absent = new SimpleIntegerProperty();
    private final IntegerProperty late = new SimpleIntegerProperty();
    private final StringProperty lateAfter = new SimpleStringProperty("");
    private final ObservableList<AttendanceCounts.Tally> byUnsur = FXCollections.observableArrayList();
    private final ObservableList<AttendanceCounts.Tally> byGroup = FXCollections.observableArrayList();
    private final ObjectProperty<Hint> hint = new SimpleObjectProperty<>();
    private final ObjectProperty<Hint> dayNotice = new SimpleObjectProperty<>();

    private List<Participant> people = List.of();
    private People persons = People.of(List.of(), List.of());
    private List<Search.Haystack> haystacks = List.of();
    private AttendanceCounts.Day counts;
    private Labels labels = Labels.defaults();
    private boolean dayChosen;

    /**
     * @param state the open session's state, null when none is open
     * @param info  the open session's facts (its days), null when unknown
     * @param apply commits one action to the open session (the shell's {@code apply})
     * @param clock the time a check-in is stamped with
     */
    public AttendanceViewModel(ObservableValue<SessionState> state, ObservableValue<SessionInfo> info,
                               Consumer<Action> apply, Clock clock) {
        this.state = state;
        this.info = info;
        this.apply = apply;
        this.clock = clock;
        state.addListener((o, old, s) -> reload());
        info.addListener((o, old, i) -> {
            if (old == null || i == null || !old.firstDay().equals(i.firstDay())) {
                dayChosen = false; // another session, or its dates moved: follow today again
            }
            refresh();
        });
        day.addListener((o, old, d) -> {
            hint.set(null);
            reload();
        });
        query.addListener((o, old, q) -> {
            filter();
            selectedId.set(rows.isEmpty() ? null : rows.get(0).id());
        });
        refresh();
    }

    public AttendanceViewModel(ShellViewModel shell, Clock clock) {
        this(shell.stateProperty(), shell.infoProperty(), shell::apply, clock);
    }

    /** Reads everything again, also the words: called after the language changed. */
    public void refresh() {
        refreshDays();
        reload();
    }

    private void refreshDays() {
        SessionInfo i = info.getValue();
        List<DayChoice> choices = new ArrayList<>();
        if (i != null) {
            List<LocalDate> dates = i.days();
            for (int d = 1; d <= dates.size(); d++) {
                choices.add(new DayChoice(d, dates.get(d - 1), Messages.get("people.day", d, dateText(dates.get(d - 1)))));
            }
        } else {
            // facts unreadable (merged from laptops that disagree): the agenda's days, without dates
            agendaDays().forEach(d -> choices.add(new DayChoice(d, null, Messages.get("people.dayOnly", d))));
        }
        if (!days.equals(choices)) {
            days.setAll(choices);
        }
        int chosen = day.get();
        boolean valid = choices.stream().anyMatch(c -> c.day() == chosen);
        if (!dayChosen || !valid) {
            LocalDate today = LocalDate.now(clock);
            day.set(choices.stream().filter(c -> today.equals(c.date())).mapToInt(DayChoice::day).findFirst()
                    .orElse(choices.isEmpty() ? 1 : choices.get(0).day()));
        }
    }

    private List<Integer> agendaDays() {
        SessionState s = state.getValue();
        List<Integer> ds = s == null ? List.of() : Records.read(s, EntityKind.AGENDA_ITEM, AgendaItem::from).records()
                .stream().map(AgendaItem::day).distinct().sorted().toList();
        return ds.isEmpty() ? List.of(1) : ds;
    }

    private static String dateText(LocalDate d) {
        return "en".equals(Messages.locale().getLanguage()) ? UiFormat.day(d) : IndonesianFormat.date(d);
    }

    /** The desk picks a day; it stays picked while this session is open. */
    public void chooseDay(int d) {
        if (days.stream().anyMatch(c -> c.day() == d)) {
            dayChosen = true;
            day.set(d);
        }
    }

    private void reload() {
        SessionState s = state.getValue();
        SessionState st = s == null ? SessionState.empty() : s;
        List<Participant> registrations = Records.read(st, EntityKind.PARTICIPANT, Participant::from).records();
        persons = People.of(st);
        // one line per person: registrations confirmed as the same person show as the kept one
        people = registrations.stream().filter(p -> persons.isKept(p.id()))
                .sorted(Comparator.comparing((Participant p) -> Search.fold(p.name())).thenComparing(Participant::id))
                .toList();
        haystacks = people.stream().map(p -> Search.Haystack.of(p, registrations.stream()
                .filter(o -> !o.id().equals(p.id()) && persons.kept(o.id()).equals(p.id())).toList())).toList();
        labels = PeopleText.labels(st);
        counts = AttendanceCounts.of(registrations, Records.read(st, EntityKind.ATTENDANCE, Attendance::from).records(),
                Records.read(st, EntityKind.AGENDA_ITEM, AgendaItem::from).records(), day.get(), labels,
                PeopleText.groupIds(st), persons);
        total.set(counts.total());
        present.set(counts.present());
        absent.set(counts.absent());
        late.set(counts.late());
        lateAfter.set(Messages.get("people.checkin.lateAfter", UiFormat.time(counts.lateAfter())));
        setIfChanged(byUnsur, counts.byUnsur());
        setIfChanged(byGroup, counts.byGroup());
        dayNotice.set(notToday());
        String keep = selectedId.get();
        filter();
        selectedId.set(rows.stream().anyMatch(r -> r.id().equals(keep)) ? keep
                : rows.isEmpty() ? null : rows.get(0).id());
    }

    /** Checking in on another day than today stamps today's time: say so before it happens. */
    private Hint notToday() {
        LocalDate date = days.stream().filter(c -> c.day() == day.get()).map(DayChoice::date)
                .filter(Objects::nonNull).findFirst().orElse(null);
        return date == null || date.equals(LocalDate.now(clock)) ? null
                : Hint.of("people.checkin.otherDay", day.get());
    }

    /**
     * With a search, the best matches first and, among equals, those not yet present (the desk is
     * looking for someone arriving); without one, everybody in name order.
     */
    private void filter() {
        List<String> q = Search.query(query.get());
        record Scored(CheckInRow row, int score) {
        }
        List<Scored> found = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            int score = Search.score(haystacks.get(i), q);
            if (score > 0) {
                found.add(new Scored(row(people.get(i)), score));
            }
        }
        if (!q.isEmpty()) {
            found.sort(Comparator.comparingInt(Scored::score).reversed()
                    .thenComparing(sc -> sc.row().present()));
        }
        setIfChanged(rows, found.stream().map(Scored::row).toList());
    }

    private CheckInRow row(Participant p) {
        Attendance a = counts.of(p.id()).orElse(null);
        String detail = p.jabatan().isEmpty() || p.institution().isEmpty() ? p.jabatan() + p.institution()
                : p.jabatan() + " · " + p.institution();
        return new CheckInRow(p, PeopleText.unsur(p.unsur()), PeopleText.group(p.group(), labels), detail, a,
                a != null && counts.late(a));
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    // ---- commands ----

    /** Moves the selection down (+1) or up (-1) the list, stopping at its ends. */
    public void moveSelection(int delta) {
        if (rows.isEmpty()) {
            return;
        }
        int at = indexOf(selectedId.get());
        int to = at < 0 ? 0 : Math.max(0, Math.min(rows.size() - 1, at + delta));
        selectedId.set(rows.get(to).id());
    }

    private int indexOf(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Enter: checks in the selected person, or the best match, and empties the search for the
     * next. False, with a message, when nobody matches or the person is already present.
     */
    public boolean checkIn() {
        String id = indexOf(selectedId.get()) >= 0 ? selectedId.get() : rows.isEmpty() ? null : rows.get(0).id();
        if (id == null) {
            hint.set(Hint.of("people.checkin.noMatch", query.get().strip()));
            return false;
        }
        boolean done = checkIn(id);
        if (done) {
            query.set("");
        }
        return done;
    }

    /** Checks one person in on the chosen day, at the clock's time. */
    public boolean checkIn(String participantId) {
        SessionState s = state.getValue();
        Optional<Participant> p = person(participantId);
        if (s == null || p.isEmpty()) {
            return false;
        }
        int d = day.get();
        Optional<Attendance> already = counts.of(participantId);
        if (already.isPresent()) {
            hint.set(Hint.of("people.checkin.already", p.get().name(), UiFormat.time(already.get().time())));
            return false;
        }
        LocalTime now = LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        Attendance a = Attendance.of(participantId, d, now);
        List<Edit> edits = new ArrayList<>();
        // a check-in taken back with "batalkan" left the record deleted: it comes back to life
        if (s.get(EntityKind.ATTENDANCE.code(), a.id()).map(EntityState::deleted).orElse(false)) {
            edits.add(Edit.restore(EntityKind.ATTENDANCE.code(), a.id()));
        }
        edits.addAll(a.toEdits());
        apply.accept(new Action(Messages.get("people.action.checkIn", p.get().name(), d), edits));
        boolean isLate = counts.late(a);
        hint.set(Hint.of(isLate ? "people.checkin.doneLate" : "people.checkin.done", p.get().name(),
                UiFormat.time(now)));
        return true;
    }

    /** "batalkan": takes one person's check-in of the chosen day back, as an action of its own. */
    public boolean cancelCheckIn(String participantId) {
        Optional<Participant> p = person(participantId);
        Optional<Attendance> a = counts.of(participantId);
        if (state.getValue() == null || p.isEmpty() || a.isEmpty()) {
            return false;
        }
        // the person may have checked in under each of their registrations: all of it is taken back
        SessionState s = state.getValue();
        List<Edit> edits = persons.registrations(participantId).stream()
                .map(r -> Attendance.idFor(r, day.get()))
                .filter(id -> s.get(EntityKind.ATTENDANCE.code(), id).map(EntityState::live).orElse(false))
                .map(id -> Edit.delete(EntityKind.ATTENDANCE.code(), id)).toList();
        apply.accept(new Action(Messages.get("people.action.cancelCheckIn", p.get().name(), day.get()), edits));
        hint.set(Hint.of("people.checkin.cancelled", p.get().name()));
        return true;
    }

    private Optional<Participant> person(String id) {
        return people.stream().filter(x -> x.id().equals(id)).findFirst();
    }

    /** The day numbers on offer, for tests and keys. */
    public List<Integer> dayNumbers() {
        return days.stream().map(DayChoice::day).toList();
    }

    // ---- properties ----

    public ObservableList<DayChoice> days() {
        return days;
    }

    /** The day being registered, 1 for the first day. */
    public ReadOnlyIntegerProperty dayProperty() {
        return day;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The people the search finds; all of them without a search. */
    public ObservableList<CheckInRow> rows() {
        return rowsView;
    }

    /** The participant Enter checks in; null when the search finds nobody. */
    public ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyIntegerProperty presentProperty() {
        return present;
    }

    public ReadOnlyIntegerProperty absentProperty() {
        return absent;
    }

    public ReadOnlyIntegerProperty lateProperty() {
        return late;
    }

    /** "Terlambat setelah 08.30". */
    public ReadOnlyStringProperty lateAfterProperty() {
        return lateAfter;
    }

    /** Present out of registered, per unsur, for the chosen day. */
    public ObservableList<AttendanceCounts.Tally> byUnsur() {
        return byUnsur;
    }

    /** Present out of registered, per group, for the chosen day. */
    public ObservableList<AttendanceCounts.Tally> byGroup() {
        return byGroup;
    }

    /** What the last key press did ("Budi Santoso hadir 08.12"), or why it did nothing. */
    public ReadOnlyObjectProperty<Hint> hintProperty() {
        return hint;
    }

    /** Set while the chosen day is not today: check-ins are stamped with the time now. */
    public ReadOnlyObjectProperty<Hint> dayNoticeProperty() {
        return dayNotice;
    }
}

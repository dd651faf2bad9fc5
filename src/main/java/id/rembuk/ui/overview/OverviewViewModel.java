package id.rembuk.ui.overview;

import id.rembuk.domain.Attendance;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Labels;
import id.rembuk.domain.People;
import id.rembuk.domain.Records;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.Conflicts;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.UiFormat;
import id.rembuk.ui.people.AttendanceCounts;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * What the session holds, at a glance: its facts, how many of each thing were recorded, how the
 * work spreads over the six dimensions, and how many conflicts wait for the facilitator.
 * Recomputed from the session state whenever it changes.
 */
public final class OverviewViewModel {
    /** The field through which any entity names the dimension it belongs to (a dimension code). */
    public static final String DIMENSION_FIELD = "dimension";

    /** A kind of entity and how many live ones the session holds. */
    public record KindCount(EntityKind kind, String label, long count) {
    }

    /**
     * Who came on one day: present of registered, late arrivals, and per unsur and per group as
     * "OPD 28/30 · Dewan Smart City 20/20".
     */
    public record AttendanceRow(int day, String label, int present, int total, int late, String byUnsur,
                                String byGroup) {
    }

    /** One dimension and what was recorded for it, per kind. */
    public record DimensionRow(Dimension dimension, String label, String description, long total, String detail) {
    }

    private final ObjectProperty<SessionInfo> info = new SimpleObjectProperty<>();
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty stage = new SimpleStringProperty("");
    private final StringProperty dates = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty facilitators = new SimpleStringProperty("");
    private final StringProperty experts = new SimpleStringProperty("");
    private final IntegerProperty participants = new SimpleIntegerProperty();
    private final IntegerProperty conflicts = new SimpleIntegerProperty();
    private final ObservableList<KindCount> kindCounts = FXCollections.observableArrayList();
    private final ObservableList<DimensionRow> dimensions = FXCollections.observableArrayList();
    private final ObservableList<AttendanceRow> attendance = FXCollections.observableArrayList();

    private final ObservableValue<SessionState> state;
    private final ObservableValue<UUID> sessionId;

    public OverviewViewModel(ObservableValue<SessionState> state, ObservableValue<UUID> sessionId) {
        this.state = state;
        this.sessionId = sessionId;
        state.addListener((o, old, s) -> refresh());
        sessionId.addListener((o, old, id) -> refresh());
        refresh();
    }

    /** Recomputes everything, also the texts: called after the language changed. */
    public void refresh() {
        update(state.getValue(), sessionId.getValue());
    }

    private void update(SessionState s, UUID id) {
        SessionState st = s == null ? SessionState.empty() : s;
        SessionInfo i = id == null ? null : infoOf(st, id);
        info.set(i);
        String none = Messages.get("ui.overview.none");
        region.set(i == null ? "" : i.region());
        province.set(i == null || i.province().isEmpty() ? none : i.province());
        stage.set(i == null ? "" : UiFormat.stage(i));
        dates.set(i == null ? "" : UiFormat.days(i));
        venue.set(i == null || i.venue().isEmpty() ? none : i.venue());
        facilitators.set(i == null || i.facilitators().isEmpty() ? none : String.join("\n", i.facilitators()));
        experts.set(i == null || i.experts().isEmpty() ? none : String.join("\n", i.experts()));
        // one per person: a registration confirmed as a duplicate is not a second participant
        People people = People.of(st);
        participants.set((int) st.live(EntityKind.PARTICIPANT.code()).filter(e -> people.isKept(e.key().id())).count());
        // field conflicts and delete-vs-edit ones: everything the conflicts area lists
        conflicts.set(Conflicts.of(st).size());
        kindCounts.setAll(Arrays.stream(EntityKind.values())
                // labels and block runs are bookkeeping, not items the room made
                .filter(k -> k != EntityKind.SESSION && k != EntityKind.LABEL && k != EntityKind.BLOCK_RUN)
                .map(k -> new KindCount(k, kindLabel(k), st.count(k.code())))
                .filter(c -> c.count() > 0)
                .toList());
        dimensions.setAll(dimensionRows(st));
        attendance.setAll(attendanceRows(st, i));
    }

    /** One row per day of the session (per day checked in, when its facts are unreadable); none without participants. */
    private static List<AttendanceRow> attendanceRows(SessionState st, SessionInfo i) {
        if (st.count(EntityKind.PARTICIPANT.code()) == 0) {
            return List.of();
        }
        List<Integer> days = i != null ? IntStream.rangeClosed(1, i.days().size()).boxed().toList()
                : Records.read(st, EntityKind.ATTENDANCE, Attendance::from).records().stream()
                .map(Attendance::day).distinct().sorted().toList();
        return days.stream().map(d -> {
            AttendanceCounts.Day c = AttendanceCounts.of(st, d);
            String label = i == null ? Messages.get("people.dayOnly", d)
                    : Messages.get("people.day", d, english() ? UiFormat.day(i.firstDay().plusDays(d - 1L))
                    : IndonesianFormat.date(i.firstDay().plusDays(d - 1L)));
            return new AttendanceRow(d, label, c.present(), c.total(), c.late(), tallies(c.byUnsur()),
                    tallies(c.byGroup()));
        }).toList();
    }

    /** "OPD 28/30 · Dewan Smart City 20/20": a pair never breaks across lines, only between pairs. */
    private static String tallies(List<AttendanceCounts.Tally> ts) {
        return ts.stream().map(t -> (t.label() + " " + Messages.get("people.count.tally", t.present(), t.total()))
                .replace(' ', '\u00a0')).collect(Collectors.joining(" · "));
    }

    private static boolean english() {
        return "en".equals(Messages.locale().getLanguage());
    }

    /** Facts merged from several laptops can contradict each other: show the rest rather than nothing. */
    private static SessionInfo infoOf(SessionState st, UUID id) {
        try {
            return SessionInfo.from(st, id).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The session's own wording for the dimensions where it has one; unreadable wording falls back to the default. */
    private static Labels labelsOf(SessionState st) {
        try {
            return Labels.of(st);
        } catch (RuntimeException e) {
            return Labels.defaults();
        }
    }

    private static List<DimensionRow> dimensionRows(SessionState st) {
        Labels labels = labelsOf(st);
        Map<Dimension, Map<EntityKind, Long>> counts = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            counts.put(d, new LinkedHashMap<>());
        }
        for (EntityKind k : EntityKind.values()) {
            st.live(k.code()).forEach(e -> dimensionOf(e).ifPresent(d -> counts.get(d).merge(k, 1L, Long::sum)));
        }
        return Arrays.stream(Dimension.values()).map(d -> {
            Map<EntityKind, Long> byKind = counts.get(d);
            long total = byKind.values().stream().mapToLong(Long::longValue).sum();
            String detail = byKind.entrySet().stream()
                    .map(en -> kindLabel(en.getKey()) + " " + en.getValue())
                    .collect(Collectors.joining(" · "));
            return new DimensionRow(d, labels.dimension(d, Messages.locale()),
                    Messages.get("ui.overview.dimensionHint." + d.code()), total, detail);
        }).toList();
    }

    private static java.util.Optional<Dimension> dimensionOf(EntityState e) {
        return e.get(DIMENSION_FIELD).flatMap(Dimension::ofCode);
    }

    public static String kindLabel(EntityKind k) {
        return Messages.get(k.messageKey());
    }

    public ReadOnlyObjectProperty<SessionInfo> infoProperty() {
        return info;
    }

    public ReadOnlyStringProperty regionProperty() {
        return region;
    }

    public ReadOnlyStringProperty provinceProperty() {
        return province;
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage;
    }

    public ReadOnlyStringProperty datesProperty() {
        return dates;
    }

    public ReadOnlyStringProperty venueProperty() {
        return venue;
    }

    public ReadOnlyStringProperty facilitatorsProperty() {
        return facilitators;
    }

    public ReadOnlyStringProperty expertsProperty() {
        return experts;
    }

    public ReadOnlyIntegerProperty participantsProperty() {
        return participants;
    }

    public ReadOnlyIntegerProperty conflictsProperty() {
        return conflicts;
    }

    public ObservableList<KindCount> kindCounts() {
        return kindCounts;
    }

    public ObservableList<DimensionRow> dimensions() {
        return dimensions;
    }

    /** Attendance per day of the session; empty while there are no participants. */
    public ObservableList<AttendanceRow> attendance() {
        return attendance;
    }
}

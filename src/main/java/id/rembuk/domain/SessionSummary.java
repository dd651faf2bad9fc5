package id.rembuk.domain;

import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a session holds at a glance, for {@code rembuk info} and the overview screen. Reads single
 * fields instead of whole records, so an entity that is not (yet) a valid record still counts.
 *
 * @param info              the session's facts, empty if the session entity is missing or unreadable
 * @param counts            live entities per kind (every kind present, zero included)
 * @param perDimension      for kinds whose entities carry a dimension ({@link #WITH_DIMENSION} and any other
 *                          kind with a dimension field): live entities per dimension, zeros included
 * @param perUnsur          people per unsur (every unsur present; an unknown value counts as LAINNYA); two
 *                          registrations confirmed as one person ({@link People}) count once, by the kept one
 * @param perGroup          people per group id; "" holds those not yet in a group
 * @param attendancePerDay  signed-in people per day (1-based): a check-in of either registration of a
 *                          person counts for the person, once
 * @param conflicts         fields holding concurrent values that await a decision
 */
public record SessionSummary(Optional<SessionInfo> info, Map<EntityKind, Long> counts,
                             Map<EntityKind, Map<Dimension, Long>> perDimension,
                             Map<Participant.Unsur, Long> perUnsur, Map<String, Long> perGroup,
                             Map<Integer, Long> attendancePerDay, int conflicts) {

    public SessionSummary {
        // Sorted copies: the overview lists kinds, dimensions, groups and days in their natural order.
        counts = sorted(EntityKind.class, counts);
        Map<EntityKind, Map<Dimension, Long>> dims = new EnumMap<>(EntityKind.class);
        perDimension.forEach((k, m) -> dims.put(k, sorted(Dimension.class, m)));
        perDimension = Collections.unmodifiableMap(dims);
        perUnsur = sorted(Participant.Unsur.class, perUnsur);
        perGroup = Collections.unmodifiableMap(new TreeMap<>(perGroup));
        attendancePerDay = Collections.unmodifiableMap(new TreeMap<>(attendancePerDay));
    }

    /** Kinds whose records always carry a dimension; listed per dimension even when there are none yet. */
    public static final Set<EntityKind> WITH_DIMENSION = Collections.unmodifiableSet(EnumSet.of(EntityKind.GROUP,
            EntityKind.READINESS_INDICATOR, EntityKind.GAP_ITEM, EntityKind.SWOT_ITEM, EntityKind.STRATEGY,
            EntityKind.TARGET, EntityKind.PROGRAMME, EntityKind.QUICK_WIN));

    public static SessionSummary of(SessionState state, UUID sessionId) {
        Optional<SessionInfo> info;
        try {
            info = SessionInfo.from(state, sessionId);
        } catch (RuntimeException e) {
            info = Optional.empty();
        }
        Map<EntityKind, Long> counts = new EnumMap<>(EntityKind.class);
        Map<EntityKind, Map<Dimension, Long>> perDimension = new EnumMap<>(EntityKind.class);
        for (EntityKind k : EntityKind.values()) {
            counts.put(k, state.count(k.code()));
            Map<Dimension, Long> dims = new EnumMap<>(Dimension.class);
            state.live(k.code()).forEach(e -> dimensionOf(e).ifPresent(d -> dims.merge(d, 1L, Long::sum)));
            if (!dims.isEmpty() || WITH_DIMENSION.contains(k)) {
                for (Dimension d : Dimension.values()) {
                    dims.putIfAbsent(d, 0L);
                }
                perDimension.put(k, dims);
            }
        }
        Map<Participant.Unsur, Long> perUnsur = new EnumMap<>(Participant.Unsur.class);
        for (Participant.Unsur u : Participant.Unsur.values()) {
            perUnsur.put(u, 0L);
        }
        Map<String, Long> perGroup = new TreeMap<>();
        People people = People.of(state);
        state.live(EntityKind.PARTICIPANT.code()).filter(e -> people.isKept(e.key().id())).forEach(e -> {
            perUnsur.merge(Fields.enumOr(e, Participant.F_UNSUR, Participant.Unsur.class,
                    Participant.Unsur.LAINNYA), 1L, Long::sum);
            perGroup.merge(Fields.text(e, Participant.F_GROUP).strip(), 1L, Long::sum);
        });
        Map<Integer, Set<String>> present = new TreeMap<>();
        state.live(EntityKind.ATTENDANCE.code()).forEach(e -> Fields.optionalInt(e, Attendance.F_DAY).ifPresent(d ->
                present.computeIfAbsent(d, x -> new HashSet<>()).add(whoCame(e, people))));
        Map<Integer, Long> perDay = new TreeMap<>();
        present.forEach((d, who) -> perDay.put(d, (long) who.size()));
        return new SessionSummary(info, counts, perDimension, perUnsur, perGroup, perDay, state.conflicts().size());
    }

    /** A check-in that names nobody still counts, on its own. */
    private static String whoCame(EntityState attendance, People people) {
        String p = Fields.text(attendance, Attendance.F_PARTICIPANT);
        return p.isEmpty() ? "\u001f" + attendance.key().id() : people.kept(p);
    }

    private static <K extends Enum<K>, V> Map<K, V> sorted(Class<K> type, Map<K, V> m) {
        Map<K, V> copy = new EnumMap<>(type);
        copy.putAll(m);
        return Collections.unmodifiableMap(copy);
    }

    private static Optional<Dimension> dimensionOf(EntityState e) {
        return e.get(SessionRecord.F_DIMENSION).flatMap(Dimension::ofCode);
    }

    /** How many people are registered: registrations confirmed as one person count once. */
    public long people() {
        return perUnsur.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(EntityKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    public long count(EntityKind kind, Dimension d) {
        return perDimension.getOrDefault(kind, Map.of()).getOrDefault(d, 0L);
    }
}

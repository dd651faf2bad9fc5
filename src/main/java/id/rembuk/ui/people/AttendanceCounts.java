package id.rembuk.ui.people;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.Attendance;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Participant;
import id.rembuk.domain.People;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who came on one day of the bimtek, counted as the registration desk and the minutes need it:
 * present and absent, late arrivals, per unsur and per group. Pure: no toolkit, so the overview
 * and the attendance screen count alike.
 */
public final class AttendanceCounts {
    /** When a day has no agenda: the usual start of a bimtek day. */
    public static final LocalTime DEFAULT_START = LocalTime.of(8, 0);

    /** How many of one unsur or group came, out of how many are registered. */
    public record Tally(String key, String label, int present, int total) {
    }

    /**
     * @param lateAfter  a check-in after this time is late
     * @param attendance the day's check-ins of live participants, by participant id
     */
    public record Day(int day, LocalTime lateAfter, int total, int present, int late,
                      Map<String, Attendance> attendance, List<Tally> byUnsur, List<Tally> byGroup) {
        public Day {
            attendance = Map.copyOf(attendance);
            byUnsur = List.copyOf(byUnsur);
            byGroup = List.copyOf(byGroup);
        }

        public int absent() {
            return total - present;
        }

        public Optional<Attendance> of(String participantId) {
            return Optional.ofNullable(attendance.get(participantId));
        }

        public boolean late(Attendance a) {
            return a.time().isAfter(lateAfter);
        }
    }

    private AttendanceCounts() {
    }

    /**
     * When a day's programme starts: the first block that is not registration (people arriving
     * during registration are on time); a day of registration only ends it; no agenda, 08.00.
     */
    public static LocalTime lateAfter(List<AgendaItem> agenda, int day) {
        List<AgendaItem> ofDay = agenda.stream().filter(a -> a.day() == day)
                .sorted(Comparator.comparing(AgendaItem::start).thenComparingInt(AgendaItem::order)).toList();
        return ofDay.stream().filter(a -> a.type() != AgendaItem.Kind.REGISTRATION).findFirst()
                .map(AgendaItem::start)
                .or(() -> ofDay.stream().findFirst().map(AgendaItem::end))
                .orElse(DEFAULT_START);
    }

    /** Registrations confirmed as one person count once, with a check-in of either. */
    public static Day of(SessionState s, int day) {
        SessionState st = s == null ? SessionState.empty() : s;
        return of(Records.read(st, EntityKind.PARTICIPANT, Participant::from).records(),
                Records.read(st, EntityKind.ATTENDANCE, Attendance::from).records(),
                Records.read(st, EntityKind.AGENDA_ITEM, AgendaItem::from).records(), day,
                PeopleText.labels(st), PeopleText.groupIds(st), People.of(st));
    }

    /** @param groupOrder the session's groups in display order; groups participants name beyond these follow */
    public static Day of(List<Participant> people, List<Attendance> attendance, List<AgendaItem> agenda, int day,
                         Labels labels, List<String> groupOrder) {
        return of(people, attendance, agenda, day, labels, groupOrder,
                People.of(people.stream().map(Participant::id).toList(), List.of()));
    }

    /**
     * @param persons who is who: only the kept registration of a person is counted, and a check-in
     *                of any of their registrations counts for it (the earliest, when several)
     */
    public static Day of(List<Participant> registrations, List<Attendance> attendance, List<AgendaItem> agenda,
                         int day, Labels labels, List<String> groupOrder, People persons) {
        List<Participant> people = registrations.stream().filter(p -> persons.isKept(p.id())).toList();
        Map<String, Participant> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        Map<String, Attendance> present = new HashMap<>();
        // a check-in of a participant deleted since does not count
        attendance.stream().filter(a -> a.day() == day && byId.containsKey(persons.kept(a.participantId())))
                .forEach(a -> present.merge(persons.kept(a.participantId()), a,
                        (x, y) -> x.time().isAfter(y.time()) ? y : x));
        LocalTime lateAfter = lateAfter(agenda, day);
        int late = (int) present.values().stream().filter(a -> a.time().isAfter(lateAfter)).count();

        List<Tally> byUnsur = new ArrayList<>();
        for (Participant.Unsur u : Participant.Unsur.values()) {
            List<Participant> of = people.stream().filter(p -> p.unsur() == u).toList();
            if (!of.isEmpty()) {
                byUnsur.add(new Tally(u.name(), PeopleText.unsur(u), count(of, present), of.size()));
            }
        }
        Set<String> groups = new LinkedHashSet<>(groupOrder);
        people.stream().map(Participant::group).filter(g -> !g.isEmpty()).sorted(
                Comparator.comparingInt(PeopleText::groupRank).thenComparing(Comparator.naturalOrder()))
                .forEach(groups::add);
        groups.add("");
        List<Tally> byGroup = new ArrayList<>();
        for (String g : groups) {
            List<Participant> of = people.stream().filter(p -> p.group().equals(g)).toList();
            if (!of.isEmpty()) {
                byGroup.add(new Tally(g, g.isEmpty() ? Messages.get("people.group.none") : PeopleText.group(g, labels),
                        count(of, present), of.size()));
            }
        }
        return new Day(day, lateAfter, people.size(), present.size(), late, present, byUnsur, byGroup);
    }

    private static int count(List<Participant> of, Map<String, Attendance> present) {
        return (int) of.stream().filter(p -> present.containsKey(p.id())).count();
    }
}

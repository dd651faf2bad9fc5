package id.rembuk.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.AgendaItem.Kind;
import id.rembuk.domain.change.Edit;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reordering by drag or Alt+arrows, in any sequence: nothing is lost and the day lists as asked. */
class SchedulePropertyTest {

    /** One block as generated: its length, the gap before the next one (negative: overlap), its tie order. */
    record Spec(int minutes, int gapAfter, int order) {
    }

    /** Move the block at {@code from} to place {@code to} of its day, or to the other day. */
    record Move(int day, int from, int to, boolean otherDay) {
    }

    @Provide
    Arbitrary<List<Spec>> anyDay() {
        return Combinators.combine(Arbitraries.integers().between(1, 120), Arbitraries.integers().between(-60, 45),
                Arbitraries.integers().between(0, 2)).as(Spec::new).list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<Spec>> plainDay() {
        return Combinators.combine(Arbitraries.integers().between(1, 120), Arbitraries.integers().between(0, 30),
                Arbitraries.just(0)).as(Spec::new).list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        return Combinators.combine(Arbitraries.integers().between(1, 2), Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 11), Arbitraries.of(false, false, false, true))
                .as(Move::new).list().ofMinSize(1).ofMaxSize(12);
    }

    /** Lays the specs out from {@code first}; the generated order need not be the listed one (ties). */
    private static List<AgendaItem> day(int day, int first, List<Spec> specs) {
        List<AgendaItem> out = new ArrayList<>();
        int start = first;
        int prevStart = first;
        for (int k = 0; k < specs.size(); k++) {
            Spec s = specs.get(k);
            start = Math.max(start, prevStart);
            if (start + s.minutes() > Schedule.DAY_MINUTES) {
                break;
            }
            out.add(new AgendaItem("d" + day + "b" + k, day, LocalTime.of(start / 60, start % 60), s.minutes(),
                    "Blok " + k, Kind.TALK, "", List.of(), "", s.order()));
            prevStart = start;
            start = start + s.minutes() + s.gapAfter();
        }
        return out;
    }

    private static Map<String, Integer> durations(Schedule s) {
        Map<String, Integer> m = new HashMap<>();
        s.all().forEach(i -> m.put(i.id(), i.durationMinutes()));
        return m;
    }

    @Property(tries = 300)
    void anySequenceOfMovesKeepsTheBlocksTheirDurationsAndTheAskedOrder(@ForAll("anyDay") List<Spec> one,
            @ForAll("anyDay") List<Spec> two, @ForAll("moves") List<Move> moves) throws Exception {
        List<AgendaItem> all = new ArrayList<>(day(1, 8 * 60, one));
        all.addAll(day(2, 7 * 60 + 30, two));
        ScheduleLog log = ScheduleLog.of(all.toArray(AgendaItem[]::new));
        Map<String, Integer> durations = durations(log.schedule());

        for (Move m : moves) {
            Schedule s = log.schedule();
            List<AgendaItem> day = s.day(m.day());
            if (day.isEmpty()) {
                continue;
            }
            AgendaItem moved = day.get(m.from() % day.size());
            List<String> expected = new ArrayList<>(day.stream().map(AgendaItem::id).toList());
            List<Edit> edits;
            int target = m.otherDay() ? 3 - m.day() : m.day();
            List<String> expectedTarget = new ArrayList<>(s.day(target).stream().map(AgendaItem::id).toList());
            try {
                if (m.otherDay()) {
                    edits = s.moveToDay(moved.id(), target, m.to() % 2 == 0);
                    expected.remove(moved.id());
                    expectedTarget.add(moved.id());
                } else {
                    int to = m.to() % day.size();
                    edits = s.move(moved.id(), to);
                    expected.remove(moved.id());
                    expected.add(to, moved.id());
                }
            } catch (ScheduleException refused) {
                // only an overlap laid out one after the other can push a block past midnight
                assertThat(refused.reason()).isEqualTo(ScheduleException.Reason.PAST_MIDNIGHT);
                continue;
            }
            log.apply(edits);
            Schedule after = log.schedule();
            assertThat(after.unreadable()).isEmpty();
            assertThat(durations(after)).isEqualTo(durations);
            assertThat(after.day(m.day())).extracting(AgendaItem::id).containsExactlyElementsOf(expected);
            assertThat(after.day(target)).extracting(AgendaItem::id).containsExactlyElementsOf(
                    m.otherDay() ? expectedTarget : expected);
            for (int d = 1; d <= 2; d++) {
                List<AgendaItem> listed = after.day(d);
                for (int k = 1; k < listed.size(); k++) {
                    assertThat(listed.get(k).start()).isAfterOrEqualTo(listed.get(k - 1).start());
                }
                assertThat(listed).allSatisfy(i -> assertThat(Schedule.endMinute(i)).isLessThanOrEqualTo(24 * 60));
            }
        }
    }

    @Property(tries = 300)
    void reorderingADayWithoutOverlapsKeepsItsStartItsEndAndItsGaps(@ForAll("plainDay") List<Spec> specs,
            @ForAll("moves") List<Move> moves) throws Exception {
        ScheduleLog log = ScheduleLog.of(day(1, 8 * 60, specs).toArray(AgendaItem[]::new));
        List<Integer> gaps = gaps(log.schedule().day(1));
        LocalTime start = log.schedule().day(1).get(0).start();
        int end = Schedule.endMinute(log.schedule().day(1).get(gaps.size()));

        for (Move m : moves) {
            List<AgendaItem> day = log.schedule().day(1);
            log.apply(log.schedule().move(day.get(m.from() % day.size()).id(), m.to() % day.size()));
            List<AgendaItem> after = log.schedule().day(1);
            assertThat(gaps(after)).isEqualTo(gaps);
            assertThat(after.get(0).start()).isEqualTo(start);
            assertThat(Schedule.endMinute(after.get(after.size() - 1))).isEqualTo(end);
        }
    }

    private static List<Integer> gaps(List<AgendaItem> day) {
        List<Integer> gaps = new ArrayList<>();
        for (int k = 1; k < day.size(); k++) {
            gaps.add(Schedule.minuteOf(day.get(k).start()) - Schedule.endMinute(day.get(k - 1)));
        }
        return gaps;
    }
}

package id.rembuk.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.BlockRun;
import id.rembuk.domain.ChangeLog;
import id.rembuk.domain.change.Edit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever the facilitator presses, in whatever order, the clock stays sane. */
class RunOfShowPropertyTest {
    @Property(tries = 300)
    void anySequenceOfCommandsKeepsTheClockSane(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 9) Integer> commands,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 1200) Integer> waits) {
        ChangeLog log = new ChangeLog();
        List.of(RunOfShowTest.block("a", 8, 0, 30, AgendaItem.Kind.REGISTRATION),
                RunOfShowTest.block("b", 8, 30, 30, AgendaItem.Kind.CEREMONY),
                RunOfShowTest.block("c", 9, 0, 90, AgendaItem.Kind.TALK),
                RunOfShowTest.block("d", 10, 45, 15, AgendaItem.Kind.BREAK)).forEach(log::apply);
        Instant now = RunOfShowTest.at(7, 55);
        Instant first = now;
        for (int i = 0; i < commands.size(); i++) {
            RunOfShow s = RunOfShow.of(log.state(), 1);
            long before = s.timing(now, RunOfShowTest.WITA).elapsedSeconds();
            var current = s.current();
            Instant later = now.plusSeconds(waits.get(i));
            if (current.isPresent() && !s.run(current.get().id()).status().equals(BlockRun.Status.PAUSED)) {
                // a running clock moves exactly as fast as the wall clock
                assertThat(s.timing(later, RunOfShowTest.WITA).elapsedSeconds() - before)
                        .isEqualTo(waits.get(i).longValue());
            } else if (current.isPresent()) {
                assertThat(s.timing(later, RunOfShowTest.WITA).elapsedSeconds()).isEqualTo(before);
            }
            now = later;
            Instant t = now;
            List<Edit> edits = (switch (commands.get(i)) {
                case 0, 1 -> s.toggle(t);
                case 2, 3 -> s.forward(t);
                case 4 -> s.back(t);
                case 5 -> s.adjust(5);
                case 6 -> s.adjust(-1);
                case 7 -> s.skipNext();
                case 8 -> s.finish(t);
                default -> s.jumpTo("c", t);
            }).edits();
            log.apply(edits);
            RunOfShow after = RunOfShow.of(log.state(), 1);
            assertThat(after.blocks().stream().filter(b -> after.run(b.id()).status().isCurrent())).hasSizeLessThan(2);
            for (AgendaItem b : after.blocks()) {
                BlockRun r = after.run(b.id());
                long wall = Duration.between(first, now).toSeconds();
                assertThat(r.elapsedSeconds(now)).isBetween(0L, wall);
                if (r.status() == BlockRun.Status.DONE) {
                    assertThat(r.endedAt().orElseThrow()).isAfterOrEqualTo(r.startedAt().orElseThrow());
                }
                assertThat(after.minutes(b)).isPositive();
            }
            DayTiming timing = after.timing(now, RunOfShowTest.WITA);
            if (timing.current().isPresent()) {
                assertThat(timing.remainingSeconds() + timing.elapsedSeconds()).isEqualTo(timing.plannedSeconds());
                assertThat(timing.next()).isNotEqualTo(timing.current());
            }
            assertThat(timing.progress()).isBetween(0.0, 1.0);
        }
    }
}

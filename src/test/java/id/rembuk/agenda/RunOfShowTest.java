package id.rembuk.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.BlockRun;
import id.rembuk.domain.BlockRun.Status;
import id.rembuk.domain.ChangeLog;
import id.rembuk.domain.change.Edit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run-of-show rules, each edit going through a real change log and read back as the app does. */
class RunOfShowTest {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final LocalDate DAY = LocalDate.of(2026, 6, 16);

    ChangeLog log;

    static AgendaItem block(String id, int h, int m, int minutes, AgendaItem.Kind kind) {
        return new AgendaItem(id, 1, LocalTime.of(h, m), minutes, "Blok " + id, kind, "", List.of(), "", 0);
    }

    static Instant at(int h, int m) {
        return at(h, m, 0);
    }

    static Instant at(int h, int m, int s) {
        return DAY.atTime(h, m, s).atZone(WITA).toInstant();
    }

    @BeforeEach
    void rundown() {
        log = new ChangeLog();
        for (AgendaItem b : List.of(block("a", 8, 0, 30, AgendaItem.Kind.REGISTRATION),
                block("b", 8, 30, 30, AgendaItem.Kind.CEREMONY), block("c", 9, 0, 90, AgendaItem.Kind.TALK),
                block("d", 10, 30, 15, AgendaItem.Kind.BREAK), block("e", 10, 45, 75, AgendaItem.Kind.TALK))) {
            log.apply(b);
        }
        // a block of another day never shows in day 1
        log.apply(new AgendaItem("z", 2, LocalTime.of(8, 0), 60, "Hari dua", AgendaItem.Kind.FGD, "", List.of(), "",
                0));
    }

    RunOfShow show() {
        return RunOfShow.of(log.state(), 1);
    }

    void run(Function<RunOfShow, RunOfShow.Step> command) {
        log.apply(command.apply(show()).edits());
    }

    DayTiming timing(Instant now) {
        return show().timing(now, WITA);
    }

    @Test
    void beforeTheDayTheRoomIsNotAheadAndTheNextBlockIsTheFirst() {
        DayTiming t = timing(at(7, 40));
        assertThat(t.current()).isEmpty();
        assertThat(t.next().orElseThrow().id()).isEqualTo("a");
        assertThat(t.behindSeconds()).isZero();
        assertThat(t.phase()).isEqualTo(DayTiming.Phase.IDLE);
        assertThat(t.plannedEnd()).contains(LocalTime.of(12, 0));
        assertThat(t.projectedEnd()).contains(LocalTime.of(12, 0));
        assertThat(show().blocks()).extracting(AgendaItem::id).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void aLateStartMakesTheRoomBehindAndMovesTheEndOfTheDay() {
        assertThat(timing(at(8, 5)).behindMinutes()).isEqualTo(5);
        run(s -> s.toggle(at(8, 5)));
        DayTiming t = timing(at(8, 20));
        assertThat(t.current().orElseThrow().id()).isEqualTo("a");
        assertThat(t.elapsedSeconds()).isEqualTo(15 * 60);
        assertThat(t.remainingSeconds()).isEqualTo(15 * 60);
        assertThat(t.behindMinutes()).isEqualTo(5);
        assertThat(t.projectedEnd()).contains(LocalTime.of(12, 5));
        assertThat(t.progress()).isEqualTo(0.5);
        assertThat(t.next().orElseThrow().id()).isEqualTo("b");
    }

    @Test
    void aPauseStopsTheCountdownAndKeepsTheRoomFallingBehind() {
        run(s -> s.toggle(at(8, 0)));
        run(s -> s.toggle(at(8, 10)));
        assertThat(show().run("a").status()).isEqualTo(Status.PAUSED);
        DayTiming paused = timing(at(8, 40));
        assertThat(paused.paused()).isTrue();
        assertThat(paused.elapsedSeconds()).isEqualTo(10 * 60);
        assertThat(paused.remainingSeconds()).isEqualTo(20 * 60);
        // ends 09.00 if resumed now instead of 08.30
        assertThat(paused.behindMinutes()).isEqualTo(30);

        run(s -> s.toggle(at(8, 40)));
        BlockRun r = show().run("a");
        assertThat(r.status()).isEqualTo(Status.RUNNING);
        assertThat(r.pausedSeconds()).isEqualTo(30 * 60);
        assertThat(timing(at(8, 45)).elapsedSeconds()).isEqualTo(15 * 60);
    }

    @Test
    void pausingTwiceAddsBothPauses() {
        run(s -> s.toggle(at(8, 0)));
        run(s -> s.pause(at(8, 5)));
        run(s -> s.resume(at(8, 7)));
        run(s -> s.pause(at(8, 10)));
        run(s -> s.resume(at(8, 13)));
        assertThat(show().run("a").pausedSeconds()).isEqualTo(5 * 60);
        assertThat(timing(at(8, 20)).elapsedSeconds()).isEqualTo(15 * 60);
    }

    @Test
    void extendingAddsToTheBlockAndNeverTakesItBelowAMinute() {
        run(s -> s.toggle(at(8, 0)));
        run(s -> s.adjust(5));
        assertThat(timing(at(8, 10)).remainingSeconds()).isEqualTo(25 * 60);
        assertThat(timing(at(8, 10)).plannedSeconds()).isEqualTo(35 * 60);
        run(s -> s.adjust(-1));
        assertThat(show().run("a").extraMinutes()).isEqualTo(4);
        run(s -> s.adjust(-500));
        assertThat(show().minutes(show().block("a").orElseThrow())).isEqualTo(1);
        assertThat(show().adjust(-1).isEmpty()).isTrue();
        assertThat(timing(at(8, 10)).phase()).isEqualTo(DayTiming.Phase.OVERTIME);
    }

    @Test
    void theWarningComesTwoMinutesBeforeTheEndAndOvertimeCountsOn() {
        run(s -> s.toggle(at(8, 0)));
        assertThat(timing(at(8, 27, 59)).phase()).isEqualTo(DayTiming.Phase.NORMAL);
        assertThat(timing(at(8, 28)).phase()).isEqualTo(DayTiming.Phase.WARNING);
        assertThat(timing(at(8, 30)).phase()).isEqualTo(DayTiming.Phase.OVERTIME);
        DayTiming over = timing(at(8, 33));
        assertThat(over.remainingSeconds()).isEqualTo(-3 * 60);
        assertThat(over.progress()).isEqualTo(1.0);
        assertThat(over.behindMinutes()).isEqualTo(3);
    }

    @Test
    void nextEndsTheBlockAndStartsTheNextAndEveryBlockKeepsItsActualTimes() {
        run(s -> s.toggle(at(8, 2)));
        run(s -> s.pause(at(8, 10)));
        run(s -> s.forward(at(8, 15)));
        BlockRun a = show().run("a");
        assertThat(a.status()).isEqualTo(Status.DONE);
        assertThat(a.startedAt()).contains(at(8, 2));
        assertThat(a.endedAt()).contains(at(8, 15));
        assertThat(a.elapsedSeconds(at(11, 0))).isEqualTo(8 * 60);
        BlockRun b = show().run("b");
        assertThat(b.status()).isEqualTo(Status.RUNNING);
        assertThat(b.startedAt()).contains(at(8, 15));
        // b planned 08.30-09.00, will end 08.45: a quarter of an hour ahead
        assertThat(timing(at(8, 15)).behindMinutes()).isEqualTo(-15);
        assertThat(timing(at(8, 15)).projectedEnd()).contains(LocalTime.of(11, 45));
    }

    @Test
    void betweenBlocksAnEarlyFinishIsAhead() {
        run(s -> s.toggle(at(8, 0)));
        run(s -> s.finish(at(8, 10)));
        DayTiming t = timing(at(8, 12));
        assertThat(t.current()).isEmpty();
        assertThat(t.next().orElseThrow().id()).isEqualTo("b");
        assertThat(t.behindMinutes()).isEqualTo(-18);
        assertThat(t.projectedEnd()).contains(LocalTime.of(11, 42));
    }

    @Test
    void backReopensThePreviousBlockAndForgetsTheMistake() {
        run(s -> s.toggle(at(8, 0)));
        run(s -> s.forward(at(8, 20)));
        run(s -> s.back(at(8, 21)));
        assertThat(show().run("b").status()).isEqualTo(Status.PLANNED);
        assertThat(show().run("b").startedAt()).isEmpty();
        BlockRun a = show().run("a");
        assertThat(a.status()).isEqualTo(Status.RUNNING);
        assertThat(a.startedAt()).contains(at(8, 0));
        // the minute it stood closed is not its run time
        assertThat(a.elapsedSeconds(at(8, 25))).isEqualTo(24 * 60);
        assertThat(show().previous()).isEmpty();
        assertThat(show().back(at(8, 26)).isEmpty()).isTrue();
    }

    @Test
    void skippingABlockGivesItsTimeBackAndNextPassesIt() {
        run(s -> s.toggle(at(8, 0)));
        run(s -> s.forward(at(8, 30)));
        run(RunOfShow::skipNext);
        assertThat(show().run("c").status()).isEqualTo(Status.SKIPPED);
        assertThat(timing(at(8, 30)).projectedEnd()).contains(LocalTime.of(10, 30));
        run(s -> s.forward(at(9, 0)));
        assertThat(show().current().orElseThrow().id()).isEqualTo("d");
        run(s -> s.toggleSkip("c"));
        assertThat(show().run("c").status()).isEqualTo(Status.PLANNED);
        // a block on the clock is not skipped: it is ended with next
        assertThat(show().toggleSkip("d").isEmpty()).isTrue();
    }

    @Test
    void jumpingToABlockEndsTheCurrentOne() {
        run(s -> s.toggle(at(8, 0)));
        run(s -> s.jumpTo("d", at(8, 20)));
        assertThat(show().run("a").status()).isEqualTo(Status.DONE);
        assertThat(show().current().orElseThrow().id()).isEqualTo("d");
        assertThat(show().run("b").status()).isEqualTo(Status.PLANNED);
        run(s -> s.jumpTo("a", at(8, 30)));
        assertThat(show().run("d").status()).isEqualTo(Status.DONE);
        assertThat(show().run("a").elapsedSeconds(at(8, 40))).isEqualTo(30 * 60);
    }

    @Test
    void reopeningTheSessionMidBlockKeepsCounting() {
        run(s -> s.toggle(at(8, 0)));
        run(s -> s.forward(at(8, 30)));
        // the laptop is closed at 08.40 and opened again at 08.52: the room went on meanwhile
        RunOfShow fromFile = RunOfShow.of(id.rembuk.domain.change.SessionState.fold(log.changes()), 1);
        DayTiming t = fromFile.timing(at(8, 52), WITA);
        assertThat(t.current().orElseThrow().id()).isEqualTo("b");
        assertThat(t.elapsedSeconds()).isEqualTo(22 * 60);
        run(s -> s.pause(at(8, 55)));
        DayTiming paused = RunOfShow.of(id.rembuk.domain.change.SessionState.fold(log.changes()), 1)
                .timing(at(10, 0), WITA);
        assertThat(paused.elapsedSeconds()).isEqualTo(25 * 60);
    }

    @Test
    void theDayOverShowsTheActualEnd() {
        run(s -> s.toggle(at(8, 0)));
        for (int i = 0; i < 4; i++) {
            int minute = 30 + i;
            run(s -> s.forward(at(8, minute)));
        }
        run(s -> s.forward(at(12, 10)));
        DayTiming t = timing(at(12, 30));
        assertThat(t.dayOver()).isTrue();
        assertThat(t.projectedEnd()).contains(LocalTime.of(12, 10));
        assertThat(t.behindMinutes()).isEqualTo(10);
        assertThat(show().forward(at(12, 31)).isEmpty()).isTrue();
    }

    @Test
    void commandsWriteOnlyTheFieldsThatChange() {
        run(s -> s.toggle(at(8, 0)));
        List<Edit> pause = show().pause(at(8, 5)).edits();
        assertThat(pause).extracting(Edit::field)
                .containsExactlyInAnyOrder(BlockRun.F_STATUS, BlockRun.F_PAUSED_AT);
        assertThat(show().resume(at(8, 5)).isEmpty()).isTrue();
        assertThat(show().toggle(at(8, 6)).edits()).extracting(Edit::field)
                .containsExactlyInAnyOrder(BlockRun.F_STATUS, BlockRun.F_PAUSED_AT);
    }

    @Test
    void afterAMergeTheBlockStartedLastIsTheRoomsAndAClockSetBackNeverCountsBackwards() {
        log.apply(new BlockRun("a", Status.RUNNING, java.util.Optional.of(at(8, 0)), java.util.Optional.empty(),
                java.util.Optional.empty(), 0, 0));
        log.apply(new BlockRun("c", Status.RUNNING, java.util.Optional.of(at(9, 5)), java.util.Optional.empty(),
                java.util.Optional.empty(), 0, 0));
        assertThat(show().current().orElseThrow().id()).isEqualTo("c");
        assertThat(show().run("c").elapsedSeconds(at(9, 0))).isZero();
    }

    @Test
    void theActiveDayIsTheOneOnTheClockElseTheFirstWithWorkLeft() {
        assertThat(RunOfShow.days(log.state())).containsExactly(1, 2);
        assertThat(RunOfShow.activeDay(log.state())).isEqualTo(1);
        for (String id : List.of("a", "b", "c", "d", "e")) {
            log.apply(RunOfShow.of(log.state(), 1).toggleSkip(id).edits());
        }
        assertThat(RunOfShow.activeDay(log.state())).isEqualTo(2);
        log.apply(RunOfShow.of(log.state(), 2).toggle(at(8, 0)).edits());
        log.apply(RunOfShow.of(log.state(), 1).toggleSkip("a").edits());
        assertThat(RunOfShow.activeDay(log.state())).isEqualTo(2);
    }
}

package id.rembuk.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.BlockRun;
import id.rembuk.domain.change.Action;
import id.rembuk.store.SessionFile;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run of a day survives closing the session file mid-block and opening it again later. */
class RunOfShowFileTest {
    @TempDir
    Path dir;

    private static void run(SessionFile f, Function<RunOfShow, RunOfShow.Step> command) throws Exception {
        f.apply(new Action("run", command.apply(RunOfShow.of(f.state(), 1)).edits()));
    }

    @Test
    void aReopenedFileKeepsCountingAPausedOneStaysPausedAndUndoTakesBackAKeyPress() throws Exception {
        Path file = dir.resolve("sesi.mv.db");
        try (SessionFile f = SessionFile.create(file, UUID.randomUUID(), "laptop")) {
            f.apply(new Action("agenda", List.of(
                    new AgendaItem("a", 1, LocalTime.of(8, 0), 30, "Registrasi", AgendaItem.Kind.REGISTRATION, "",
                            List.of(), "", 0),
                    new AgendaItem("b", 1, LocalTime.of(8, 30), 60, "Pembukaan", AgendaItem.Kind.CEREMONY, "",
                            List.of(), "", 0)).stream().flatMap(i -> i.toEdits().stream()).toList()));
            run(f, s -> s.toggle(RunOfShowTest.at(8, 0)));
            run(f, s -> s.forward(RunOfShowTest.at(8, 25)));
        }
        try (SessionFile f = SessionFile.open(file)) {
            DayTiming t = RunOfShow.of(f.state(), 1).timing(RunOfShowTest.at(8, 55), RunOfShowTest.WITA);
            assertThat(t.current().orElseThrow().id()).isEqualTo("b");
            assertThat(t.elapsedSeconds()).isEqualTo(30 * 60);
            assertThat(RunOfShow.of(f.state(), 1).run("a").endedAt()).contains(RunOfShowTest.at(8, 25));
            run(f, s -> s.pause(RunOfShowTest.at(8, 55)));
            f.undo();
            assertThat(RunOfShow.of(f.state(), 1).run("b").status()).isEqualTo(BlockRun.Status.RUNNING);
            f.redo();
        }
        try (SessionFile f = SessionFile.open(file)) {
            RunOfShow show = RunOfShow.of(f.state(), 1);
            assertThat(show.run("b").status()).isEqualTo(BlockRun.Status.PAUSED);
            assertThat(show.timing(RunOfShowTest.at(11, 0), RunOfShowTest.WITA).remainingSeconds()).isEqualTo(30 * 60);
            run(f, s -> s.forward(RunOfShowTest.at(11, 0)));
            f.undo();
            // the key press is taken back whole: b paused again, nothing started after it
            RunOfShow back = RunOfShow.of(f.state(), 1);
            assertThat(back.current().orElseThrow().id()).isEqualTo("b");
            assertThat(back.run("b").status()).isEqualTo(BlockRun.Status.PAUSED);
            assertThat(back.run("b").endedAt()).isEmpty();
        }
    }
}

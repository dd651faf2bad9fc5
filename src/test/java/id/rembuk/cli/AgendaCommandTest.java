package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.agenda.RunOfShow;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.change.Action;
import id.rembuk.i18n.Messages;
import id.rembuk.store.SessionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rembuk agenda}: the planned and the actual time of every block, from a real session file. */
class AgendaCommandTest {
    @TempDir
    Path dir;
    Path file;
    final Instant start = Instant.parse("2022-06-16T00:02:00Z");

    @BeforeEach
    void session() throws Exception {
        Messages.setLocale(Messages.INDONESIAN);
        file = dir.resolve("sesi.mv.db");
        try (SessionFile f = SessionFile.create(file, UUID.randomUUID(), "laptop")) {
            f.apply(new Action("agenda", List.of(
                    new AgendaItem("a", 1, LocalTime.of(8, 0), 30, "Registrasi", AgendaItem.Kind.REGISTRATION, "",
                            List.of(), "", 0),
                    new AgendaItem("b", 1, LocalTime.of(8, 30), 30, "Pembukaan", AgendaItem.Kind.CEREMONY, "",
                            List.of(), "", 0),
                    new AgendaItem("c", 2, LocalTime.of(8, 0), 60, "FGD", AgendaItem.Kind.FGD, "", List.of(), "", 0))
                    .stream().flatMap(i -> i.toEdits().stream()).toList()));
            f.apply(new Action("start", RunOfShow.of(f.state(), 1).toggle(start).edits()));
            f.apply(new Action("next", RunOfShow.of(f.state(), 1).forward(start.plusSeconds(25 * 60)).edits()));
            f.apply(new Action("skip", RunOfShow.of(f.state(), 1).forward(start.plusSeconds(40 * 60)).edits()));
        }
    }

    @Test
    void printsEachDayWithPlannedAndActualTimes() throws Exception {
        byte[] before = Files.readAllBytes(file);
        CliRun r = CliRun.of("agenda", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Hari ke-1", "Hari ke-2", "08.00–08.30", "Selesai", "Registrasi", "Belum mulai",
                "FGD", "(25 mnt)", "(15 mnt)", "Hari selesai pukul");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void jsonGivesInstantsAndOneDayWhenAsked() {
        CliRun r = CliRun.of("agenda", file.toString(), "--day", "1", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"startedAt\" : \"2022-06-16T00:02:00Z\"", "\"endedAt\" : \"2022-06-16T00:27:00Z\"",
                "\"actualMinutes\" : 25", "\"status\" : \"DONE\"").doesNotContain("\"FGD\"");
    }

    @Test
    void aDayWithoutBlocksIsAUsageError() {
        CliRun r = CliRun.of("agenda", file.toString(), "--day", "5");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("hari ke-5");
    }
}

package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.agenda.AgendaTemplate;
import id.rembuk.agenda.AgendaTemplates;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.domain.Stage;
import id.rembuk.store.SessionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rembuk new} gives the session its stage's agenda, a saved template's, or none. */
class AgendaNewCommandTest {
    @TempDir
    Path dir;

    private CliRun create(String out, String... extra) {
        String[] base = {"new", "--region", "Kabupaten Tegal", "--stage", "III", "--from", "2023-06-26", "--to",
            "2023-06-27", "-o", dir.resolve(out).toString()};
        return CliRun.of(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    /** Read from a copy, as the app reads a file from elsewhere: the output itself stays as written. */
    private List<AgendaItem> agenda(String out) throws Exception {
        Path copy = dir.resolve("baca-" + out.replace(".rembuk", "") + SessionFile.SUFFIX);
        Files.copy(dir.resolve(out), copy);
        try (SessionFile s = SessionFile.open(copy, true)) {
            assertThat(s.verify().ok()).isTrue();
            return Records.read(s.state(), EntityKind.AGENDA_ITEM, AgendaItem::from).records().stream()
                    .sorted(Comparator.comparingInt(AgendaItem::order)).toList();
        }
    }

    @Test
    void aNewSessionGetsItsStagesTemplate() throws Exception {
        CliRun r = create("tegal.rembuk");
        assertThat(r.code()).as(r.err()).isZero();
        AgendaTemplate t = AgendaTemplates.builtIn(Stage.III);
        assertThat(r.out()).contains("Agenda: templat \"" + t.name() + "\" (18 acara, 2 hari)")
                .doesNotContain("Catatan");
        assertThat(r.clean()).isTrue();
        List<AgendaItem> items = agenda("tegal.rembuk");
        assertThat(AgendaTemplate.fromItems(t.name(), t.stage(), items).withDescription(t.description())).isEqualTo(t);
    }

    @Test
    void noAgendaMakesASessionWithoutOne() throws Exception {
        CliRun r = create("kosong.rembuk", "--no-agenda");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Agenda: kosong (--no-agenda)");
        assertThat(agenda("kosong.rembuk")).isEmpty();
    }

    @Test
    void aSavedTemplateIsUsedInsteadAndItsFileIsOnlyRead() throws Exception {
        AgendaTemplate mine = AgendaTemplate.fromItems("Rapat kerja Tegal", Optional.empty(),
                AgendaTemplates.builtIn(Stage.I).toItems().subList(0, 3));
        Path file = dir.resolve("rapat.json");
        AgendaTemplates.write(file, mine);
        byte[] before = Files.readAllBytes(file);

        CliRun r = create("rapat.rembuk", "--agenda", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Agenda: templat \"Rapat kerja Tegal\" (3 acara, 1 hari)");
        assertThat(agenda("rapat.rembuk")).extracting(AgendaItem::title)
                .containsExactly("Registrasi peserta", "Pembukaan: laporan panitia, sambutan Bupati/Sekda, doa",
                        "Materi 1: Teori dan arah kebijakan smart city");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aTemplateOfAnotherStageOrMoreDaysIsUsedWithANote() throws Exception {
        Path file = dir.resolve("tahap-iv.json");
        AgendaTemplates.write(file, AgendaTemplates.builtIn(Stage.IV));
        CliRun r = CliRun.of("new", "--region", "Kabupaten Tegal", "--stage", "III", "--from", "2023-06-26",
                "--agenda", file.toString(), "-o", dir.resolve("satu-hari.rembuk").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Catatan: templat ini untuk Tahap IV, sedangkan sesi ini Tahap III.",
                "Catatan: templat berisi 2 hari, sesi ini 1 hari");
        assertThat(agenda("satu-hari.rembuk")).hasSize(18);
    }

    @Test
    void aBadTemplateCreatesNothingAndSaysWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("rusak.json"), "{\"kind\": \"rembuk-agenda-template\", \"formatVersion\": 1,");
        byte[] before = Files.readAllBytes(file);
        CliRun r = create("gagal.rembuk", "--agenda", file.toString());
        assertThat(r.code()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).contains("terpotong", file.toString(), "Tidak ada berkas sesi yang dibuat.");
        assertThat(r.clean()).isTrue();
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("gagal.rembuk")).doesNotExist();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        CliRun missing = create("gagal.rembuk", "--agenda", dir.resolve("tidak-ada.json").toString());
        assertThat(missing.code()).isEqualTo(Cli.FAILED);
        assertThat(missing.err()).contains("tidak ditemukan");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void agendaAndNoAgendaTogetherIsWrongUsage() {
        CliRun r = create("dua.rembuk", "--no-agenda", "--agenda", "x.json");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("--agenda", "--no-agenda", "bersamaan");
        assertThat(r.clean()).isTrue();
        assertThat(dir.resolve("dua.rembuk")).doesNotExist();
    }

    @Test
    void helpNamesTheNewOptionsInBothLanguages() {
        assertThat(CliRun.of("new", "--help").out()).contains("--agenda", "--no-agenda", "templat bawaan tahapnya");
        assertThat(CliRun.of("new", "--help", "--lang", "en").out()).contains("built-in template");
        CliRun en = CliRun.of("--lang", "en", "new", "--region", "X", "--stage", "I", "--from", "2023-06-26",
                "-o", dir.resolve("en.rembuk").toString());
        assertThat(en.out()).contains("Agenda: template \"Tahap I: Analisis strategis\" (18 items, 2 days)",
                "Note: the template has 2 days, this session 1; the later days' items are added anyway");
    }
}

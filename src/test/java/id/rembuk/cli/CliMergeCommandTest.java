package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rembuk.store.SessionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** group-pack, edits on the groups' files with set, and merge back, as support staff would script it. */
class CliMergeCommandTest {
    @TempDir
    Path dir;

    private Path master() throws Exception {
        return SessionFixture.withParticipant(dir, "induk.mv.db");
    }

    private Path pack(Path master, String group) {
        Path out = dir.resolve(group.toLowerCase() + ".rembuk");
        CliRun r = CliRun.of("group-pack", master.toString(), "--group", group, "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return out;
    }

    @Test
    void groupFilesEditedApartMergeBackWithTheirConflictAndABackup() throws Exception {
        Path master = master();
        String masterBefore = SessionFixture.digest(master);
        Path gov = pack(master, "GOV");
        Path eco = pack(master, "eco");
        assertThat(CliRun.of("set", gov.toString(), SessionFixture.PARTICIPANT, "jabatan", "Kabid Aptika").code()).isZero();
        assertThat(CliRun.of("set", eco.toString(), SessionFixture.PARTICIPANT, "jabatan", "Kepala Bidang Aplikasi")
                .code()).isZero();
        String govBefore = SessionFixture.digest(gov);

        CliRun dry = CliRun.of("merge", master.toString(), gov.toString(), eco.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Uji coba gabungan", "1 perubahan baru", "1 konflik baru",
                "Kelompok GOV · Baris perintah: rembuk set (1)");
        assertThat(SessionFixture.digest(master)).isEqualTo(masterBefore);

        CliRun r = CliRun.of("merge", master.toString(), eco.toString(), gov.toString(), gov.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.clean()).isTrue();
        assertThat(r.out()).contains("Jumlah: 2 perubahan baru digabung; konflik terbuka 0 menjadi 1.",
                "Salinan berkas induk sebelum digabung:", "rembuk conflicts");
        assertThat(SessionFixture.digest(gov)).as("inputs are only read").isEqualTo(govBefore);
        try (var files = Files.list(dir)) {
            Path backup = files.filter(p -> p.getFileName().toString().startsWith("induk-sebelum-gabung-")).findFirst()
                    .orElseThrow();
            assertThat(SessionFixture.digest(backup)).isEqualTo(masterBefore);
        }
        CliRun conflicts = CliRun.of("conflicts", master.toString(), "--json");
        JsonNode list = new ObjectMapper().readTree(conflicts.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("type").asText()).isEqualTo("field");
        assertThat(list.get(0).get("values")).extracting(v -> v.get("value").asText())
                .containsExactlyInAnyOrder("Kabid Aptika", "Kepala Bidang Aplikasi");

        CliRun again = CliRun.of("merge", master.toString(), gov.toString(), eco.toString());
        assertThat(again.out()).contains("tidak ada yang baru").doesNotContain("Salinan berkas induk");
    }

    @Test
    void jsonReportHasStableNames() throws Exception {
        Path master = master();
        Path gov = pack(master, "GOV");
        CliRun.of("set", gov.toString(), SessionFixture.PARTICIPANT, "jabatan", "Kabid Aptika");
        CliRun r = CliRun.of("merge", master.toString(), gov.toString(), "--json", "--dry-run");
        assertThat(r.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("dryRun").asBoolean()).isTrue();
        assertThat(json.get("added").asInt()).isEqualTo(1);
        JsonNode file = json.get("files").get(0);
        assertThat(file.get("outcome").asText()).isEqualTo("merged");
        assertThat(file.get("fresh").asInt()).isEqualTo(1);
        assertThat(file.get("writers").fieldNames().next()).startsWith("Kelompok GOV");
    }

    @Test
    void aFileOfAnotherSessionIsSkippedUnlessAccepted() throws Exception {
        Path master = master();
        Path other = SessionFixture.withParticipant(dir, "lain.mv.db");
        CliRun skipped = CliRun.of("merge", master.toString(), other.toString());
        assertThat(skipped.code()).isEqualTo(Cli.FAILED);
        assertThat(skipped.out()).contains("berasal dari sesi lain", "--accept-other-session");
        CliRun merged = CliRun.of("merge", master.toString(), other.toString(), "--accept-other-session");
        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(merged.out()).contains(other + ": digabung");
        try (SessionFile s = SessionFile.open(master, true); SessionFile o = SessionFile.open(other, true)) {
            assertThat(s.state().get(id.rembuk.domain.EntityKind.SESSION.code(), o.sessionId().toString())).isPresent();
        }
    }

    @Test
    void theMasterCannotBeMergedIntoItself() throws Exception {
        Path master = master();
        CliRun r = CliRun.of("merge", master.toString(), master.toString());
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("berkas induk itu sendiri");
    }

    @Test
    void groupPackRefusesAnUnknownGroupAndAnExistingFileUnlessForced() throws Exception {
        Path master = master();
        CliRun bad = CliRun.of("group-pack", master.toString(), "--group", "XYZ", "-o", dir.resolve("x").toString());
        assertThat(bad.code()).isEqualTo(Cli.USAGE);
        assertThat(bad.err()).contains("XYZ", "GOV, BRD, ECO, LIV, SOC, ENV");
        Path gov = pack(master, "GOV");
        String first = SessionFixture.digest(gov);
        CliRun exists = CliRun.of("group-pack", master.toString(), "--group", "GOV", "-o", gov.toString());
        assertThat(exists.code()).isNotZero();
        assertThat(SessionFixture.digest(gov)).isEqualTo(first);
        CliRun forced = CliRun.of("group-pack", master.toString(), "--group", "GOV", "-o", gov.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("Berkas kelompok GOV (Smart Governance) ditulis");
        Path asH2 = Files.copy(gov, dir.resolve("gov-copy.mv.db"));
        try (SessionFile s = SessionFile.open(asH2, true)) {
            assertThat(s.group()).contains("GOV");
            assertThat(s.replicas()).containsValue("Kelompok GOV");
        }
    }

    @Test
    void englishWhenAsked() throws Exception {
        Path master = master();
        Path gov = pack(master, "GOV");
        CliRun r = CliRun.of("--lang", "en", "merge", master.toString(), gov.toString());
        assertThat(r.out()).contains("nothing new");
        assertThat(r.clean()).isTrue();
        assertThat(List.of(CliRun.of("--lang", "en", "merge", "--help").out(),
                CliRun.of("--lang", "en", "group-pack", "--help").out()))
                .allSatisfy(help -> assertThat(help).contains("Exit codes").doesNotContain("!"));
    }
}

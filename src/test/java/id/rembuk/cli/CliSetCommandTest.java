package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.store.SessionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliSetCommandTest {
    private static final String P = SessionFixture.PARTICIPANT;

    @TempDir
    Path dir;

    private Path readable(Path f) throws Exception {
        Path copy = dir.resolve("read-" + System.nanoTime() + ".mv.db");
        Files.copy(f, copy);
        return copy;
    }

    @Test
    void helpInBothLanguages() {
        assertThat(CliRun.of("--help").out()).contains("conflicts", "set");
        CliRun id = CliRun.of("set", "--help");
        assertThat(id.code()).isZero();
        assertThat(id.out()).contains("ENTITY_ID", "--kind", "mengosongkan isian");
        assertThat(CliRun.of("--lang", "en", "set", "--help").out()).contains("clears the field");
        assertThat(CliRun.of("--lang", "en", "conflicts", "--help").out()).contains("--json", "open conflicts");
        CliRun missing = CliRun.of("set", dir.resolve("s.mv.db").toString(), P);
        assertThat(missing.code()).isEqualTo(Cli.USAGE);
        assertThat(missing.clean()).isTrue();
    }

    @Test
    void writesOneChangeFromThisLaptop() throws Exception {
        Path f = SessionFixture.withParticipant(dir, "s.mv.db");
        int before;
        try (SessionFile s = SessionFile.open(readable(f), true)) {
            before = s.changes().size();
        }
        CliRun r = CliRun.of("set", f.toString(), P, "jabatan", "  Kepala Seksi  ");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.clean()).isTrue();
        assertThat(r.out()).contains("Peserta " + P, "jabatan", "\"Kepala Bidang\"", "\"Kepala Seksi\"");
        try (SessionFile s = SessionFile.open(readable(f), true)) {
            List<Change> changes = s.changes();
            assertThat(changes).hasSize(before + 1);
            Change last = changes.stream().max(java.util.Comparator.comparingLong(Change::hlc)).orElseThrow();
            assertThat(last.field()).isEqualTo("jabatan");
            assertThat(last.value()).isEqualTo("Kepala Seksi");
            assertThat(s.replicas().get(last.replica())).isEqualTo("Baris perintah: rembuk set");
            assertThat(s.state().get("participant", P).orElseThrow().get("jabatan")).contains("Kepala Seksi");
            assertThat(s.verify().ok()).isTrue();
        }
        assertThat(CliRun.of("info", f.toString()).out()).contains("Baris perintah: rembuk set");
    }

    @Test
    void anEmptyValueClearsAndTheSameValueWritesNothing() throws Exception {
        Path f = SessionFixture.withParticipant(dir, "s.mv.db");
        CliRun r = CliRun.of("--lang", "en", "set", f.toString(), P, "phone", "");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("phone changed from \"081234567890\" to (cleared)");
        try (SessionFile s = SessionFile.open(readable(f), true)) {
            assertThat(s.state().get("participant", P).orElseThrow().get("phone")).isEmpty();
        }
        CliRun unsur = CliRun.of("set", f.toString(), P, "unsur", "AKADEMISI");
        assertThat(unsur.code()).as(unsur.err()).isZero();
        String digest = SessionFixture.digest(f);
        CliRun same = CliRun.of("set", f.toString(), P, "name", "Budi Santoso");
        assertThat(same.code()).isZero();
        assertThat(same.out()).contains("tidak ada yang diubah");
        assertThat(SessionFixture.digest(f)).isEqualTo(digest);
    }

    @Test
    void refusesAndLeavesTheFileByteIdentical() throws Exception {
        Path f = SessionFixture.withParticipant(dir, "s.mv.db");
        String digest = SessionFixture.digest(f);

        CliRun nip = CliRun.of("set", f.toString(), P, "nip", "123");
        assertThat(nip.code()).isEqualTo(Cli.FAILED);
        assertThat(nip.err()).contains("NIP harus 18 angka").contains("123");
        CliRun nipEn = CliRun.of("--lang", "en", "set", f.toString(), P, "nip", "123");
        assertThat(nipEn.err()).contains("The NIP must be 18 digits");

        CliRun name = CliRun.of("set", f.toString(), P, "name", "");
        assertThat(name.code()).isEqualTo(Cli.FAILED);
        // an unknown choice would read as the default (LAINNYA): refused, not silently replaced
        CliRun unsur = CliRun.of("set", f.toString(), P, "unsur", "ALIEN");
        assertThat(unsur.code()).isEqualTo(Cli.FAILED);
        assertThat(unsur.err()).contains("tidak dikenali", "unsur");

        CliRun id = CliRun.of("set", f.toString(), "no-such-id", "name", "X");
        assertThat(id.code()).isEqualTo(Cli.FAILED);
        assertThat(id.err()).contains("Tidak ada data dengan id no-such-id");

        CliRun field = CliRun.of("--lang", "en", "set", f.toString(), P, "shoe_size", "42");
        assertThat(field.code()).isEqualTo(Cli.USAGE);
        assertThat(field.err()).contains("Unknown field shoe_size", "nip", "email");

        for (CliRun r : List.of(nip, nipEn, name, unsur, id, field)) {
            assertThat(r.clean()).as(r.err()).isTrue();
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(r.out()).isEmpty();
        }
        assertThat(SessionFixture.digest(f)).isEqualTo(digest);
        try (var files = Files.list(dir)) {
            // no working copy left behind (the trace file is H2 closing the fixture's direct open)
            assertThat(files.filter(p -> !p.getFileName().toString().endsWith(".trace.db"))).containsExactly(f);
        }
    }

    @Test
    void anIdUsedBySeveralKindsNeedsKind() throws Exception {
        Path f = SessionFixture.withParticipant(dir, "s.mv.db");
        try (SessionFile s = SessionFile.open(f)) {
            s.apply(Action.of("Catatan", Edit.set("note", P, "text", "Catatan dengan id yang sama")));
        }
        String digest = SessionFixture.digest(f);
        CliRun r = CliRun.of("set", f.toString(), P, "name", "Budi S.");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("--kind", "participant", "note");
        assertThat(SessionFixture.digest(f)).isEqualTo(digest);

        CliRun k = CliRun.of("set", f.toString(), P, "name", "Budi S.", "--kind", "participant");
        assertThat(k.code()).as(k.err()).isZero();
        try (SessionFile s = SessionFile.open(readable(f), true)) {
            assertThat(s.state().get("participant", P).orElseThrow().get("name")).contains("Budi S.");
        }
    }

    @Test
    void writingAConflictedFieldResolvesIt() throws Exception {
        Path f = SessionFixture.withParticipant(dir, "s.mv.db");
        SessionFixture.plantConflict(f);
        CliRun r = CliRun.of("set", f.toString(), P, "name", "Budi Santoso, S.Kom.");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"Budi Santosa\" / \"Budi Santoso, S.Kom\"", "\"Budi Santoso, S.Kom.\"");
        assertThat(CliRun.of("conflicts", f.toString()).out()).contains("Tidak ada konflik terbuka");
    }

    @Test
    void theSessionItselfIsEditedThroughSessionInfo() throws Exception {
        Path f = SessionFixture.withParticipant(dir, "s.mv.db");
        String sessionId = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliRun.of("info", f.toString(), "--json").out()).get("sessionId").asText();
        CliRun r = CliRun.of("set", f.toString(), sessionId, "venue", "Ruang Rapat Khusus Kantor Bupati Banggai");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(CliRun.of("info", f.toString()).out()).contains("Ruang Rapat Khusus Kantor Bupati Banggai");
        String digest = SessionFixture.digest(f);
        CliRun bad = CliRun.of("set", f.toString(), sessionId, "region", "");
        assertThat(bad.code()).isEqualTo(Cli.FAILED);
        assertThat(bad.clean()).as(bad.err()).isTrue();
        assertThat(bad.err()).contains("region", "tidak bisa dikosongkan");
        CliRun stage = CliRun.of("--lang", "en", "set", f.toString(), sessionId, "stage", "IX");
        assertThat(stage.code()).isEqualTo(Cli.FAILED);
        assertThat(stage.clean()).as(stage.err()).isTrue();
        CliRun day = CliRun.of("set", f.toString(), sessionId, "last_day", "2022-06-15");
        assertThat(day.code()).isEqualTo(Cli.FAILED);
        assertThat(day.clean()).as(day.err()).isTrue();
        assertThat(SessionFixture.digest(f)).isEqualTo(digest);
    }
}

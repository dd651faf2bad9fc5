package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Participant;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Change;
import id.rembuk.store.SessionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Real session files for the command tests: one participant, and a conflict planted by two laptops. */
final class SessionFixture {
    static final String PARTICIPANT = "6f1c2e0a-3b4d-4c5e-8f60-718293a4b5c6";
    static final UUID LAPTOP_1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID LAPTOP_2 = UUID.fromString("22222222-2222-4222-8222-222222222222");

    private SessionFixture() {
    }

    /** A session made by {@code rembuk new} with one participant, Budi Santoso, NIP 197805122003121004. */
    static Path withParticipant(Path dir, String name) throws Exception {
        Path out = dir.resolve(name);
        CliRun r = CliRun.of("new", "--region", "Kabupaten Banggai", "--stage", "I", "--from", "2022-06-16",
                "--to", "2022-06-17", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (SessionFile s = SessionFile.open(out)) {
            s.apply(new Action("Tambah peserta", new Participant(PARTICIPANT, "Budi Santoso", "197805122003121004",
                    "Kepala Bidang", "Dinas Kominfo", Participant.Unsur.OPD, "", "081234567890", "").toEdits()));
        }
        return out;
    }

    /** Two laptops both rename the participant without seeing each other's change. */
    static void plantConflict(Path file) throws Exception {
        try (SessionFile s = SessionFile.open(file)) {
            Set<UUID> seen = s.state().headIds(new id.rembuk.domain.change.FieldKey("participant", PARTICIPANT,
                    "name"));
            long t1 = Instant.parse("2022-06-16T02:15:00Z").toEpochMilli() << 16;
            long t2 = Instant.parse("2022-06-16T03:30:00Z").toEpochMilli() << 16;
            s.importChanges(List.of(
                    new Change(UUID.randomUUID(), "participant", PARTICIPANT, "name", "Budi Santoso, S.Kom", seen, t1,
                            LAPTOP_1),
                    new Change(UUID.randomUUID(), "participant", PARTICIPANT, "name", "Budi Santosa", seen, t2,
                            LAPTOP_2)),
                    Map.of(LAPTOP_1, "Laptop Kelompok 1", LAPTOP_2, "Laptop Kelompok 2"));
            assertThat(s.state().conflicts()).hasSize(1);
        }
    }

    static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

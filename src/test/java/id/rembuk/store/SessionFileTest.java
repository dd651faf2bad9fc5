package id.rembuk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFileTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("s.mv.db");
    }

    @Test
    void editsSurviveReopenAndStateEqualsFoldOfLog() throws Exception {
        UUID session = UUID.randomUUID();
        try (SessionFile s = SessionFile.create(file(), session, "Fasilitator")) {
            s.apply(Action.of("Tambah peserta",
                    Edit.set("participant", "p1", "name", "Siti Rahma"),
                    Edit.set("participant", "p1", "institution", "Diskominfo")));
            s.apply(Action.of("Ubah nama", Edit.set("participant", "p1", "name", "Siti Rahmawati")));
        }
        try (SessionFile s = SessionFile.open(file())) {
            assertThat(s.sessionId()).isEqualTo(session);
            assertThat(s.state().get("participant", "p1").orElseThrow().get("name")).contains("Siti Rahmawati");
            assertThat(s.changeCount()).isEqualTo(3);
            assertThat(s.state()).isEqualTo(SessionState.fold(s.changes()));
            assertThat(s.verify().problems()).isEmpty();
        }
    }

    @Test
    void undoAndRedoWriteNewChanges() throws Exception {
        try (SessionFile s = SessionFile.create(file(), UUID.randomUUID(), "Fasilitator")) {
            s.apply(Action.of("Tambah", Edit.set("participant", "p1", "name", "A")));
            s.apply(Action.of("Ubah", Edit.set("participant", "p1", "name", "B")));
            assertThat(s.undoLabel()).contains("Ubah");
            s.undo();
            assertThat(s.state().get("participant", "p1").orElseThrow().get("name")).contains("A");
            s.undo();
            assertThat(s.state().live("participant")).isEmpty();
            s.redo();
            assertThat(s.state().get("participant", "p1").orElseThrow().get("name")).contains("A");
            s.redo();
            assertThat(s.state().get("participant", "p1").orElseThrow().get("name")).contains("B");
            assertThat(s.changeCount()).isEqualTo(6);
        }
    }

    @Test
    void importIsSetUnionAndConcurrentEditsConflict() throws Exception {
        UUID session = UUID.randomUUID();
        List<Change> base;
        List<Change> other;
        Path a = dir.resolve("a.mv.db");
        Path b = dir.resolve("b.mv.db");
        try (SessionFile s = SessionFile.create(a, session, "A")) {
            s.apply(Action.of("t", Edit.set("swot_item", "x", "text", "jaringan lambat")));
            base = s.changes();
        }
        try (SessionFile s = SessionFile.create(b, session, "B")) {
            s.importChanges(base, java.util.Map.of());
            s.apply(Action.of("t", Edit.set("swot_item", "x", "text", "jaringan fiber lambat")));
            other = s.changes();
        }
        try (SessionFile s = SessionFile.open(a)) {
            s.apply(Action.of("t", Edit.set("swot_item", "x", "text", "internet lambat")));
            assertThat(s.importChanges(other, java.util.Map.of())).isEqualTo(1);
            assertThat(s.importChanges(other, java.util.Map.of())).isZero();
            assertThat(s.state().conflicts()).hasSize(1);
            s.apply(Action.of("pilih", Edit.set("swot_item", "x", "text", "internet dan fiber lambat")));
            assertThat(s.state().conflicts()).isEmpty();
            assertThat(s.verify().ok()).isTrue();
        }
    }

    @Test
    void tooLongValueIsRefusedAndNothingIsWritten() throws Exception {
        try (SessionFile s = SessionFile.create(file(), UUID.randomUUID(), "Fasilitator")) {
            s.apply(Action.of("ok", Edit.set("note", "n1", "text", "catatan")));
            String huge = "x".repeat(Change.MAX_VALUE_LENGTH + 1);
            assertThatThrownBy(() -> s.apply(Action.of("besar",
                    Edit.set("note", "n2", "text", "ok"), Edit.set("note", "n1", "text", huge))))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_EDIT));
            assertThat(s.changeCount()).isEqualTo(1);
            assertThat(s.state().live("note")).hasSize(1);
        }
        try (SessionFile s = SessionFile.open(file())) {
            assertThat(s.changeCount()).isEqualTo(1);
        }
    }

    @Test
    void adoptingANewReplicaKeepsTheOldOneForProvenance() throws Exception {
        UUID first;
        try (SessionFile s = SessionFile.create(file(), UUID.randomUUID(), "Fasilitator")) {
            first = s.replicaId();
            s.apply(Action.of("t", Edit.set("note", "n", "text", "a")));
            s.adoptNewReplica("Laptop kelompok GOV");
            assertThat(s.replicaId()).isNotEqualTo(first);
            List<Change> written = s.apply(Action.of("t", Edit.set("note", "n", "text", "b")));
            assertThat(written.get(0).replica()).isEqualTo(s.replicaId());
        }
        try (SessionFile s = SessionFile.open(file())) {
            assertThat(s.replicaId()).isNotEqualTo(first);
            assertThat(s.replicas()).containsKeys(first, s.replicaId()).containsValue("Laptop kelompok GOV");
        }
    }

    @Test
    void aClosedSessionAnswersWithAStoreExceptionAndClosesOnce() throws Exception {
        SessionFile s = SessionFile.create(file(), UUID.randomUUID(), "Fasilitator");
        s.close();
        s.close();
        assertThatThrownBy(() -> s.apply(Action.of("t", Edit.set("note", "n", "text", "a"))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.IO));
    }

    @Test
    void aForeignH2FileIsRefusedAndNotLeftOpen() throws Exception {
        Path other = dir.resolve("lain.mv.db");
        String base = other.toString().substring(0, other.toString().length() - SessionFile.SUFFIX.length());
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + base, "rembuk", "rembuk");
             var st = c.createStatement()) {
            st.execute("CREATE TABLE catatan (x INT)");
        }
        assertThatThrownBy(() -> SessionFile.open(other))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_SESSION));
        // not held open by the failed attempt: another process can open it (H2 would say "in use" otherwise)
        Process p = ChildJvm.start(OpenRaw.class, List.of(), base);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    /** Undo must not silently drop a value: a conflict the step resolved comes back as a conflict. */
    @Test
    void undoOfAResolutionBringsTheConflictBack() throws Exception {
        try (SessionFile s = SessionFile.create(file(), UUID.randomUUID(), "Fasilitator")) {
            UUID other = UUID.randomUUID();
            Change a = new Change(UUID.randomUUID(), "note", "n", "text", "a", Set.of(), 1, other);
            Change b = new Change(UUID.randomUUID(), "note", "n", "text", "b", Set.of(), 2, other);
            s.importChanges(List.of(a, b), Map.of(other, "Laptop lain"));
            assertThat(s.state().conflicts()).hasSize(1);
            s.apply(Action.of("Pilih", Edit.set("note", "n", "text", "c")));
            assertThat(s.state().conflicts()).isEmpty();

            s.undo();
            assertThat(s.state().conflicts()).hasSize(1);
            assertThat(values(s)).containsExactlyInAnyOrder("a", "b");
            s.redo();
            assertThat(values(s)).containsExactly("c");
        }
    }

    /** A value merged in after an edit survives the edit's undo, as a conflict with the restored value. */
    @Test
    void undoKeepsAValueMergedInMeanwhile() throws Exception {
        try (SessionFile s = SessionFile.create(file(), UUID.randomUUID(), "Fasilitator")) {
            Change original = s.apply(Action.of("Tulis", Edit.set("note", "n", "text", "asli"))).get(0);
            s.apply(Action.of("Ubah", Edit.set("note", "n", "text", "punya saya")));
            UUID other = UUID.randomUUID();
            Change theirs = new Change(UUID.randomUUID(), "note", "n", "text", "punya kelompok", Set.of(original.id()),
                    Long.MAX_VALUE / 2, other);
            s.importChanges(List.of(theirs), Map.of(other, "Laptop kelompok"));

            s.undo();
            assertThat(values(s)).containsExactlyInAnyOrder("asli", "punya kelompok");
            assertThat(s.verify().ok()).isTrue();
        }
    }

    private static List<String> values(SessionFile s) {
        return s.state().get("note", "n").orElseThrow().fields().get("text").heads().stream()
                .map(Change::value).toList();
    }

    @Test
    void refusesExistingFileAndPathsWithOptions() {
        assertThatThrownBy(() -> SessionFile.create(dir.resolve("x;INIT=RUNSCRIPT.mv.db"), UUID.randomUUID(), "x"))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BAD_PATH));
        assertThatThrownBy(() -> SessionFile.open(dir.resolve("missing.mv.db")))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
    }
}

package id.rembuk.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.store.Problem;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionJsonTest {
    @TempDir
    Path dir;

    /** A session with the awkward cases: unicode, newlines, cleared values, a long text, a conflict, a deletion. */
    private Path awkwardSession() throws Exception {
        UUID session = UUID.randomUUID();
        Path a = dir.resolve("a.mv.db");
        Path b = dir.resolve("b.mv.db");
        String longText = "Rencana aksi ✓ — ".repeat(3800);
        assertThat(longText.length()).isGreaterThan(60_000).isLessThanOrEqualTo(SessionJsonCodec.MAX_VALUE_LENGTH);
        List<Change> base;
        try (SessionFile s = SessionFile.create(a, session, "Laptop fasilitator “utama”")) {
            s.apply(Action.of("Tambah",
                    Edit.set("participant", "p1", "name", "Nur'aini Lamadi 👩🏽‍💻"),
                    Edit.set("participant", "p1", "institution", "Dinas \"Kominfo\"\nBidang Aplikasi\r\n\ttab"),
                    Edit.set("participant", "p1", "email", "nur@mail.example"),
                    Edit.set("note", "n1", "text", longText),
                    Edit.set("note", "n2", "text", "")));
            s.apply(Action.of("Hapus surel", Edit.set("participant", "p1", "email", null)));
            s.apply(Action.of("Tambah", Edit.set("participant", "p2", "name", "Budi")));
            s.apply(Action.of("Hapus", Edit.delete("participant", "p2")));
            s.apply(Action.of("SWOT", Edit.set("swot_item", "x", "text", "jaringan lambat")));
            base = s.changes();
        }
        List<Change> other;
        Map<UUID, String> otherReplicas;
        try (SessionFile s = SessionFile.create(b, session, "Laptop Kelompok 1 – GOV")) {
            s.importChanges(base, Map.of());
            s.apply(Action.of("SWOT", Edit.set("swot_item", "x", "text", "jaringan fiber lambat")));
            other = s.changes();
            otherReplicas = new java.util.HashMap<>(s.replicas());
        }
        otherReplicas.put(UUID.randomUUID(), "tidak dipakai");
        try (SessionFile s = SessionFile.open(a)) {
            s.apply(Action.of("SWOT", Edit.set("swot_item", "x", "text", "internet lambat")));
            s.importChanges(other, otherReplicas);
            assertThat(s.state().conflicts()).hasSize(1);
        }
        return a;
    }

    private static String exportText(Path file) throws StoreException {
        try (SessionFile s = SessionFile.open(file, true)) {
            return SessionJsonCodec.toText(SessionJsonCodec.export(s));
        }
    }

    @Test
    void fileToJsonToFileToJsonIsLossless() throws Exception {
        Path original = awkwardSession();
        String first = exportText(original);
        Path json = dir.resolve("sesi.json");
        Files.writeString(json, first);
        Path rebuilt = dir.resolve("rebuilt.rembuk.mv.db");

        SessionImport.Result r = SessionImport.run(json, rebuilt, false, "Impor");
        String second = exportText(rebuilt);

        assertThat(second).isEqualTo(first);
        try (SessionFile s1 = SessionFile.open(original, true); SessionFile s2 = SessionFile.open(rebuilt, true)) {
            assertThat(s2.sessionId()).isEqualTo(s1.sessionId()).isEqualTo(r.sessionId());
            assertThat(new HashSet<>(s2.changes())).isEqualTo(new HashSet<>(s1.changes()));
            assertThat(s2.state()).isEqualTo(s1.state()).isEqualTo(SessionState.fold(s1.changes()));
            assertThat(s2.state().conflicts()).hasSize(1);
            assertThat(s2.state().get("participant", "p1").orElseThrow().get("institution"))
                    .contains("Dinas \"Kominfo\"\nBidang Aplikasi\r\n\ttab");
            assertThat(s2.state().get("participant", "p1").orElseThrow().get("email")).isEmpty();
            assertThat(s2.state().get("participant", "p2").orElseThrow().deleted()).isTrue();
            assertThat(s2.verify().ok()).isTrue();
            assertThat(s2.replicas()).containsValues("Laptop fasilitator “utama”", "Laptop Kelompok 1 – GOV", "Impor");
        }
        assertThat(first).contains("\"value\" : null").contains("👩🏽‍💻").doesNotContain("tidak dipakai");
        assertThat(first).doesNotContain("\r\n  ");
    }

    @Test
    void exportIsTheSameWhateverOrderTheChangesArrivedIn() throws Exception {
        Path original = awkwardSession();
        Path reversed = dir.resolve("reversed.mv.db");
        try (SessionFile src = SessionFile.open(original, true);
             SessionFile dst = SessionFile.create(reversed, src.sessionId(), "x")) {
            List<Change> all = new java.util.ArrayList<>(src.changes());
            java.util.Collections.reverse(all);
            for (Change c : all) {
                dst.importChanges(List.of(c), src.replicas());
            }
        }
        assertThat(exportText(reversed)).isEqualTo(exportText(original));
    }

    private Path writeJson(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String validJson;

    /** Built once: each build writes three H2 files, and the refusal tests only need the text. */
    private synchronized String validJson() throws Exception {
        if (validJson == null) {
            validJson = exportText(awkwardSession());
        }
        return validJson;
    }

    private void assertRefused(String json, String key, String... inMessage) throws Exception {
        Path in = writeJson("in.json", json);
        Path out = dir.resolve("out.rembuk");
        assertThatThrownBy(() -> SessionImport.run(in, out, false, "Impor"))
                .isInstanceOfSatisfying(SessionJsonException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.userMessage()).doesNotStartWith("!").contains(inMessage);
                });
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".rembuk-baru-"));
        }
    }

    @Test
    void truncatedJsonIsRefusedWithItsPosition() throws Exception {
        String json = validJson();
        assertRefused(json.substring(0, json.length() / 2), "cli.json.malformed", "rusak", "baris");
    }

    @Test
    void garbageEmptyAndForeignJsonAreRefused() throws Exception {
        assertRefused("this is not json", "cli.json.malformed", "rusak");
        assertRefused("", "cli.json.empty", "kosong");
        assertRefused("[1, 2, 3]", "cli.json.not_session", "bukan ekspor sesi Rembuk");
        assertRefused("{\"name\": \"package.json\"}", "cli.json.not_session", "bukan");
        assertRefused(validJson() + "{}", "cli.json.malformed", "rusak");
    }

    @Test
    void newerFormatVersionIsRefused() throws Exception {
        String json = validJson().replace("\"formatVersion\" : 1,", "\"formatVersion\" : 2,");
        assertRefused(json, "cli.json.newer_format", "versi 2", "Perbarui Rembuk");
    }

    @Test
    void missingFieldsAreNamed() throws Exception {
        String json = validJson();
        assertRefused(json.replaceFirst("\"hlc\" : [0-9]+,", ""), "cli.json.missing", "changes[1].hlc");
        assertRefused(json.replaceFirst("\"sessionId\" : \"[^\"]+\",", ""), "cli.json.missing", "sessionId");
        assertRefused(json.replaceFirst("\"formatVersion\" : 1,", ""), "cli.json.missing", "formatVersion");
        assertRefused(json.replaceFirst("\"supersedes\" : \\[[^\\]]*\\],", ""), "cli.json.missing", "supersedes");
    }

    @Test
    void wrongTypesAndInvalidChangesAreRefused() throws Exception {
        String json = validJson();
        assertRefused(json.replaceFirst("\"hlc\" : [0-9]+,", "\"hlc\" : \"kemarin\","), "cli.json.wrong_type",
                "changes[1].hlc");
        assertRefused(json.replaceFirst("\"id\" : \"[^\"]+\"", "\"id\" : \"bukan-uuid\""), "cli.json.wrong_type",
                "replicas[1].id");
        assertRefused(json.replaceFirst("\"kind\" : \"[^\"]+\"", "\"kind\" : \"Peserta Baru\""),
                "cli.json.invalid_change", "changes[1]");
    }

    @Test
    void duplicateIdsWithDifferentContentAreRefusedButExactRepeatsAreHarmless() throws Exception {
        String json = validJson();
        SessionJson dto = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, SessionJson.class);
        List<ChangeJson> changes = new java.util.ArrayList<>(dto.changes());
        ChangeJson first = changes.get(0);
        changes.add(first);
        SessionJson repeated = new SessionJson(dto.format(), dto.formatVersion(), dto.writtenBy(), dto.sessionId(),
                dto.schemaVersion(), dto.replicas(), changes);
        Path in = writeJson("repeat.json", SessionJsonCodec.toText(repeated));
        SessionImport.Result r = SessionImport.run(in, dir.resolve("repeat.rembuk"), false, "Impor");
        assertThat(r.changes()).isEqualTo(dto.changes().size());

        changes.set(changes.size() - 1, new ChangeJson(first.id(), first.kind(), first.entityId(), first.field(),
                "isi lain", first.supersedes(), first.hlc(), first.replica()));
        SessionJson clash = new SessionJson(dto.format(), dto.formatVersion(), dto.writtenBy(), dto.sessionId(),
                dto.schemaVersion(), dto.replicas(), changes);
        assertRefused(SessionJsonCodec.toText(clash), "cli.json.duplicate_change", first.id().toString());
    }

    @Test
    void aChangeFromAnUnlistedReplicaIsRefused() throws Exception {
        String json = validJson();
        String replicaBlock = json.substring(json.indexOf("\"replicas\""), json.indexOf("\"changes\""));
        assertRefused(json.replace(replicaBlock, "\"replicas\" : [ ],\n  "), "cli.json.unknown_replica", "changes[1]");
    }

    @Test
    void unknownPropertiesFromALaterVersionAreIgnored() throws Exception {
        String json = validJson()
                .replace("\"formatVersion\" : 1,", "\"formatVersion\" : 1, \"exportedAt\" : \"2030-01-01\", "
                        + "\"attachments\" : [ {\"x\" : 1} ],")
                .replaceFirst("\"hlc\" : ", "\"signature\" : {\"alg\" : \"none\"}, \"hlc\" : ");
        Path in = writeJson("future.json", json);
        SessionImport.run(in, dir.resolve("future.rembuk"), false, "Impor");
        assertThat(dir.resolve("future.rembuk")).isNotEmptyFile();
    }

    @Test
    void aFailedImportLeavesAnExistingOutputAsItWas() throws Exception {
        Path out = dir.resolve("keep.rembuk");
        Files.writeString(out, "isi lama");
        Path bad = writeJson("bad.json", "{\"format\" : \"rembuk-session\"");
        assertThatThrownBy(() -> SessionImport.run(bad, out, true, "Impor")).isInstanceOf(SessionJsonException.class);
        assertThat(Files.readString(out)).isEqualTo("isi lama");

        Path good = writeJson("good.json", validJson());
        assertThatThrownBy(() -> SessionImport.run(good, out, false, "Impor"))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_EXISTS));
        assertThat(Files.readString(out)).isEqualTo("isi lama");

        SessionImport.run(good, out, true, "Impor");
        // a .rembuk file is an H2 file under another name: open a copy under H2's own name
        Path copy = dir.resolve("check.mv.db");
        Files.copy(out, copy);
        try (SessionFile s = SessionFile.open(copy, true)) {
            assertThat(s.verify().ok()).isTrue();
        }
    }

    @Test
    void atomicWriteRefusesToOverwriteUnlessAskedAndLeavesNoTemporaryFiles() throws Exception {
        Path out = dir.resolve("x.json");
        AtomicWrite.write(out, "satu".getBytes(StandardCharsets.UTF_8), false);
        assertThatThrownBy(() -> AtomicWrite.write(out, "dua".getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOf(StoreException.class);
        assertThat(Files.readString(out)).isEqualTo("satu");
        AtomicWrite.write(out, "dua".getBytes(StandardCharsets.UTF_8), true);
        assertThat(Files.readString(out)).isEqualTo("dua");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void oversizedJsonIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("besar.json");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            // a sparse file: its size is past the limit without writing the bytes
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), SessionJsonCodec.MAX_FILE_BYTES);
        }
        assertThatThrownBy(() -> SessionJsonCodec.read(big)).isInstanceOfSatisfying(SessionJsonException.class,
                e -> assertThat(e.userMessage()).contains("terlalu besar", "256 MB", "besar.json"));
    }
}

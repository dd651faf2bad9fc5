package id.rembuk.store;

import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;

/** Real session files and fingerprints for the store tests. */
public final class TestFiles {
    private TestFiles() {
    }

    public static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** A closed session file with {@code edits} participants written one action each. */
    public static Path session(Path file, int edits) throws StoreException {
        try (SessionFile s = SessionFile.create(file, UUID.randomUUID(), "Fasilitator")) {
            for (int i = 0; i < edits; i++) {
                s.apply(Action.of("Tambah peserta", Edit.set("participant", "p" + i, "name", "Peserta " + i),
                        Edit.set("participant", "p" + i, "institution", "Dinas " + i)));
            }
        }
        return file;
    }

    /** Runs SQL on a file the way an attacker would: straight through JDBC. */
    public static void plant(Path file, String... sql) throws Exception {
        String base = file.toString().substring(0, file.toString().length() - SessionFile.SUFFIX.length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, Schema.USER, Schema.PASSWORD);
             Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    public static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(from, to);
    }

    /** Java source for a trigger whose creation writes {@code marker}. */
    public static String triggerWritingMarker(String table, Path marker) {
        return "CREATE TRIGGER evil BEFORE SELECT ON " + table + " AS '"
                + "org.h2.api.Trigger create() { try { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + marker.toString().replace("\\", "\\\\") + "\"), \"pwned\"); } catch (Exception e) { } "
                + "return new org.h2.api.Trigger() { public void fire(java.sql.Connection c, Object[] o, Object[] n) { } }; }'";
    }

    public static String aliasWritingMarker(Path marker) {
        return "CREATE ALIAS evil AS 'String f() { try { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + marker.toString().replace("\\", "\\\\") + "\"), \"pwned\"); } catch (Exception e) { } return \"x\"; }'";
    }

    public static String linkedTableWritingMarker(Path marker) {
        return "CREATE LINKED TABLE lt('', 'jdbc:h2:mem:q;INIT=CALL FILE_WRITE(''70776e6564'', ''"
                + marker.toString().replace("'", "''''") + "'')', '', '', 'INFORMATION_SCHEMA.USERS')";
    }
}

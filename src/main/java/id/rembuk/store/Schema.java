package id.rembuk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Creates, recognises and migrates the session schema. Migrations are Flyway SQL scripts in
 * {@code id/rembuk/db}; Flyway is only started when the file's schema is older than this program's,
 * so opening a current file costs no migration scan.
 */
public final class Schema {
    /** The schema this program writes; raise it with every new {@code V<n>__*.sql}. */
    public static final int CURRENT_VERSION = 1;
    static final String APP = "rembuk";
    static final String USER = "rembuk";
    static final String PASSWORD = "rembuk";

    /** Flyway reports every step on stderr; the command line and the window have no use for it. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    private Schema() {
    }

    static Connection createAndMigrate(String url) throws SQLException {
        migrate(url);
        return connect(url);
    }

    static Connection connectAndMigrate(String url, Path file, boolean readOnly) throws StoreException {
        Connection conn;
        try {
            conn = connect(url);
        } catch (SQLException e) {
            throw classify(e, file);
        }
        try {
            int version = version(conn, file);
            if (version > CURRENT_VERSION) {
                throw new StoreException(Problem.NEWER_VERSION, file.toString());
            }
            if (version < CURRENT_VERSION && !readOnly) {
                conn.close();
                migrate(url);
                conn = connect(url);
            }
            return conn;
        } catch (SQLException | StoreException | RuntimeException e) {
            // a file refused here must not stay open (and locked) in this process
            closeQuietly(conn);
            throw e instanceof SQLException sql ? classify(sql, file)
                    : e instanceof StoreException se ? se : new StoreException(Problem.CORRUPT, file.toString(), e);
        }
    }

    private static void closeQuietly(Connection conn) {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    private static Connection connect(String url) throws SQLException {
        Connection conn = DriverManager.getConnection(url, USER, PASSWORD);
        conn.setAutoCommit(false);
        return conn;
    }

    private static void migrate(String url) {
        FLYWAY_LOG.setLevel(java.util.logging.Level.SEVERE);
        Flyway.configure()
                .dataSource(url, USER, PASSWORD)
                .locations("classpath:id/rembuk/db")
                .load()
                .migrate();
    }

    static StoreException classify(SQLException e, Path file) {
        if (e.getErrorCode() == 28000) {
            // wrong user or password: an H2 file, but not one of ours
            return new StoreException(Problem.NOT_A_SESSION, file.toString(), e);
        }
        return StoreException.fromSql(e, file.toString());
    }

    static int version(Connection conn, Path file) throws SQLException, StoreException {
        Map<String, String> meta = meta(conn, file);
        if (!APP.equals(meta.get("app"))) {
            throw new StoreException(Problem.NOT_A_SESSION, file.toString());
        }
        try {
            return Integer.parseInt(meta.getOrDefault("schema_version", "0"));
        } catch (NumberFormatException e) {
            throw new StoreException(Problem.CORRUPT, file.toString(), e);
        }
    }

    private static Map<String, String> meta(Connection conn, Path file) throws SQLException, StoreException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'META'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getInt(1) == 0) {
                throw new StoreException(Problem.NOT_A_SESSION, file.toString());
            }
        }
        Map<String, String> meta = new LinkedHashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT k, v FROM meta")) {
            while (rs.next()) {
                meta.put(rs.getString(1), rs.getString(2));
            }
        }
        return meta;
    }

    static SchemaInfo initialise(Connection conn, UUID sessionId, UUID replicaId, String replicaLabel, long stamp)
            throws SQLException {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("app", APP);
        meta.put("schema_version", Integer.toString(CURRENT_VERSION));
        meta.put("session_id", sessionId.toString());
        meta.put("replica_id", replicaId.toString());
        meta.put("created_by", Version.current());
        meta.put("change_count", "0");
        meta.put("change_digest", "0");
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO meta (k, v) VALUES (?, ?)")) {
            for (var e : meta.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        addReplicas(conn, Map.of(replicaId, replicaLabel), stamp);
        conn.commit();
        return new SchemaInfo(CURRENT_VERSION, sessionId, replicaId, Version.current(), 0, 0);
    }

    static SchemaInfo read(Connection conn, Path file) throws SQLException, StoreException {
        Map<String, String> meta = meta(conn, file);
        try {
            return new SchemaInfo(Integer.parseInt(meta.get("schema_version")),
                    UUID.fromString(meta.get("session_id")), UUID.fromString(meta.get("replica_id")),
                    meta.getOrDefault("created_by", "?"), Long.parseLong(meta.get("change_count")),
                    Long.parseLong(meta.get("change_digest")));
        } catch (RuntimeException e) {
            throw new StoreException(Problem.CORRUPT, file.toString(), e);
        }
    }

    static void writeCounters(Connection conn, long count, long digest) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE meta SET v = ? WHERE k = ?")) {
            ps.setString(1, Long.toString(count));
            ps.setString(2, "change_count");
            ps.addBatch();
            ps.setString(1, Long.toString(digest));
            ps.setString(2, "change_digest");
            ps.addBatch();
            ps.executeBatch();
        }
    }

    static void setMeta(Connection conn, String key, String value) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE meta SET v = ? WHERE k = ?")) {
            ps.setString(1, value);
            ps.setString(2, key);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("meta key missing: " + key);
            }
        }
    }

    /** Sets a meta key that older files may lack (such as the group a group file belongs to). */
    static void putMeta(Connection conn, String key, String value) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "MERGE INTO meta m USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(200)))) AS v(k, v) "
                        + "ON m.k = v.k WHEN MATCHED THEN UPDATE SET m.v = v.v WHEN NOT MATCHED THEN INSERT (k, v) VALUES (v.k, v.v)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    static java.util.Optional<String> getMeta(Connection conn, String key) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT v FROM meta WHERE k = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    static void addReplicas(Connection conn, Map<UUID, String> labels, long stamp) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "MERGE INTO replica r USING (VALUES (CAST(? AS UUID), CAST(? AS VARCHAR(200)))) AS v(id, label) "
                        + "ON r.id = v.id WHEN NOT MATCHED THEN INSERT (id, label, first_seen) VALUES (v.id, v.label, ?)")) {
            for (var e : labels.entrySet()) {
                ps.setObject(1, e.getKey());
                ps.setString(2, e.getValue() == null ? "" : e.getValue());
                ps.setLong(3, stamp);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Map<UUID, String> replicas(Connection conn) throws SQLException {
        Map<UUID, String> all = new LinkedHashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, label FROM replica ORDER BY first_seen, id")) {
            while (rs.next()) {
                all.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
        }
        return all;
    }
}

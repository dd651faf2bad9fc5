package id.rembuk.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.engine.MetaRecord;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;
import org.h2.value.Value;

/**
 * The part of {@link Preflight} that runs in a child JVM without a Java compiler, a script
 * engine, a PATH or loadable user classes. It first reads the schema records (the SQL H2 would
 * run on connect) straight from the storage layer, executing nothing; only if every record is one
 * the parent allowed does it let the SQL engine open the file, read-only, to list
 * INFORMATION_SCHEMA. Output: one tab-separated line per fact on stdout, read by the parent.
 *
 * <p>Depends on java.base, java.sql and H2 only: the child's class path holds nothing else.
 */
public final class PreflightProbe {
    static final String META = "meta";
    static final String KV = "kv";
    static final String INVENTORY = "inv";
    static final String COUNT = "count";
    static final String STOPPED = "stopped";
    static final String ERROR = "error";
    static final String DONE = "done";
    /** Starts what is said of the next file: its index among the arguments. */
    static final String FILE = "file";

    /** H2's DbObject type codes of the records that may appear in our files at all. */
    static final int TABLE_OR_VIEW = 0;
    static final int INDEX = 1;
    static final int USER = 2;
    static final int CONSTRAINT = 5;
    static final int SETTING = 6;
    /** Not an H2 type: marks a prepared or committed transaction that H2 would finish on open. */
    static final int LEFTOVER_TRANSACTION = -1;

    private PreflightProbe() {
    }

    /**
     * args: a file of allowed normalised schema records, then the private copies ({@code *.mv.db}).
     * Each copy's facts follow a {@code file} line and end with {@code done} or {@code error}. After
     * an {@link Error} (out of memory, a stack overflow) the child stops: the JVM is not trusted to
     * judge the files after it, which the parent then checks one by one.
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int status = 0;
        Set<String> allowed = new HashSet<>();
        try {
            Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).forEach(l -> allowed.add(unescape(l)));
        } catch (Throwable e) {
            out.flush();
            System.exit(3);
        }
        for (int i = 1; i < args.length; i++) {
            out.println(FILE + "\t" + (i - 1));
            out.flush();
            try {
                probe(Path.of(args[i]), allowed, out);
                out.println(DONE);
            } catch (SQLException e) {
                out.println(ERROR + "\t" + e.getErrorCode() + "\t" + escape(String.valueOf(e.getMessage())));
                status = 2;
            } catch (Exception e) {
                out.println(ERROR + "\t0\t" + escape(e.getClass().getName() + ": " + e.getMessage()));
                status = 3;
            } catch (Throwable e) {
                out.println(ERROR + "\t0\t" + escape(e.getClass().getName() + ": " + e.getMessage()));
                out.flush();
                System.exit(4);
            }
            out.flush();
        }
        System.exit(status);
    }

    private static void probe(Path file, Set<String> allowed, PrintStream out) throws Exception {
        Storage storage = readStorage(file);
        for (String record : storage.records()) {
            out.println(META + "\t" + escape(record));
        }
        storage.meta().forEach((k, v) -> out.println(KV + "\t" + escape(k) + "\t" + escape(v)));
        if (!allowed.containsAll(storage.records())) {
            // something we did not write: the SQL engine never sees this file
            out.println(STOPPED);
            return;
        }
        try (Connection conn = DriverManager.getConnection(H2Url.of(file, true, true),
                Schema.USER, Schema.PASSWORD)) {
            for (String line : inventory(conn)) {
                out.println(INVENTORY + "\t" + escape(line));
            }
            try (Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM change_log")) {
                rs.next();
                out.println(COUNT + "\t" + rs.getLong(1));
            }
        }
    }

    /** The schema records and the meta table, read from the MVStore maps without running any SQL. */
    record Storage(List<String> records, List<Integer> types, Map<String, String> meta) {
    }

    static Storage readStorage(Path file) {
        MVStore mv = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            TransactionStore ts = new TransactionStore(mv, new ValueDataType());
            ts.init();
            List<String> records = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            // H2 finishes a committed or prepared leftover transaction when it opens a file; its
            // writes are invisible here, so such a file is not let through to the SQL engine
            for (var t : ts.getOpenTransactions()) {
                int status = t.getStatus();
                if (status == org.h2.mvstore.tx.Transaction.STATUS_PREPARED
                        || status == org.h2.mvstore.tx.Transaction.STATUS_COMMITTED) {
                    records.add(normalise(LEFTOVER_TRANSACTION, "LEFTOVER TRANSACTION " + t.getId() + " STATUS " + status));
                    types.add(LEFTOVER_TRANSACTION);
                }
            }
            Integer metaTableId = null;
            TransactionMap<Long, Row> schema = ts.begin().openMap("table.0");
            for (Iterator<Long> it = schema.keyIterator(null); it.hasNext(); ) {
                MetaRecord r = new MetaRecord(schema.get(it.next()));
                records.add(normalise(r.getObjectType(), r.getSQL()));
                types.add(r.getObjectType());
                if (r.getObjectType() == TABLE_OR_VIEW && r.getSQL().startsWith("CREATE CACHED TABLE \"PUBLIC\".\"META\"(")) {
                    metaTableId = r.getId();
                }
            }
            Map<String, String> meta = new LinkedHashMap<>();
            if (metaTableId != null && mv.hasMap("table." + metaTableId)) {
                TransactionMap<Long, Row> rows = ts.begin().openMap("table." + metaTableId);
                for (Iterator<Long> it = rows.keyIterator(null); it.hasNext(); ) {
                    Row row = rows.get(it.next());
                    if (row != null && row.getColumnCount() >= 2) {
                        meta.put(text(row.getValue(0)), text(row.getValue(1)));
                    }
                }
            }
            return new Storage(records, types, meta);
        } finally {
            mv.closeImmediately();
        }
    }

    private static String text(Value v) {
        return v == null ? "" : v.getString();
    }

    /**
     * A schema record with what legitimately differs between two of our files taken out: the
     * password salt and hash, numbered system names, an identity's restart value, the H2 build.
     */
    static String normalise(int type, String sql) {
        String s = sql.replaceAll("SALT '[0-9a-fA-F]*' HASH '[0-9a-fA-F]*'", "SALT ? HASH ?")
                .replaceAll("\"(CONSTRAINT|PRIMARY_KEY|CONSTRAINT_INDEX|SYSTEM_SEQUENCE)_[0-9A-F_]+\"", "\"$1_#\"")
                .replaceAll(" RESTART WITH [0-9]+", "")
                // statistics H2 records by itself once a table has grown (ANALYZE_AUTO)
                .replaceAll(" SELECTIVITY [0-9]+", "")
                .replaceAll("^SET CREATE_BUILD [0-9]+$", "SET CREATE_BUILD #");
        return type + " " + s;
    }

    /**
     * Every user-made object the SQL engine knows of, as lines without data-dependent values:
     * comparing two files' lists compares their schemas.
     */
    static List<String> inventory(Connection conn) throws SQLException {
        List<String> lines = new ArrayList<>();
        String notSystem = " WHERE %s <> 'INFORMATION_SCHEMA'";
        query(conn, lines, "schema", "SELECT SCHEMA_NAME, SCHEMA_OWNER FROM INFORMATION_SCHEMA.SCHEMATA");
        query(conn, lines, "table", "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_CLASS, STORAGE_TYPE "
                + "FROM INFORMATION_SCHEMA.TABLES" + notSystem.formatted("TABLE_SCHEMA"));
        query(conn, lines, "column", "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, "
                + "CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, IS_GENERATED, "
                + "GENERATION_EXPRESSION, DOMAIN_NAME, COLUMN_ON_UPDATE "
                + "FROM INFORMATION_SCHEMA.COLUMNS" + notSystem.formatted("TABLE_SCHEMA"));
        query(conn, lines, "index", "SELECT TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME "
                + "FROM INFORMATION_SCHEMA.INDEXES" + notSystem.formatted("TABLE_SCHEMA"));
        query(conn, lines, "constraint", "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE "
                + "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS" + notSystem.formatted("TABLE_SCHEMA"));
        query(conn, lines, "check", "SELECT CONSTRAINT_NAME, CHECK_CLAUSE "
                + "FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS" + notSystem.formatted("CONSTRAINT_SCHEMA"));
        query(conn, lines, "trigger", "SELECT TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_OBJECT_TABLE, JAVA_CLASS "
                + "FROM INFORMATION_SCHEMA.TRIGGERS");
        query(conn, lines, "routine", "SELECT ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, EXTERNAL_NAME "
                + "FROM INFORMATION_SCHEMA.ROUTINES" + notSystem.formatted("ROUTINE_SCHEMA"));
        query(conn, lines, "constant", "SELECT CONSTANT_SCHEMA, CONSTANT_NAME FROM INFORMATION_SCHEMA.CONSTANTS");
        query(conn, lines, "domain", "SELECT DOMAIN_SCHEMA, DOMAIN_NAME, DOMAIN_DEFAULT FROM INFORMATION_SCHEMA.DOMAINS");
        query(conn, lines, "view", "SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.VIEWS"
                + notSystem.formatted("TABLE_SCHEMA"));
        query(conn, lines, "sequence", "SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES"
                + notSystem.formatted("SEQUENCE_SCHEMA"));
        query(conn, lines, "user", "SELECT USER_NAME, IS_ADMIN FROM INFORMATION_SCHEMA.USERS");
        query(conn, lines, "role", "SELECT ROLE_NAME FROM INFORMATION_SCHEMA.ROLES");
        query(conn, lines, "synonym", "SELECT SYNONYM_SCHEMA, SYNONYM_NAME, SYNONYM_FOR "
                + "FROM INFORMATION_SCHEMA.SYNONYMS");
        query(conn, lines, "right", "SELECT GRANTEE, GRANTEDROLE, RIGHTS, TABLE_NAME FROM INFORMATION_SCHEMA.RIGHTS");
        return lines.stream().map(l -> normalise(0, l).substring(2)).sorted().toList();
    }

    private static void query(Connection conn, List<String> lines, String what, String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder line = new StringBuilder(what);
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    line.append('|').append(rs.getString(i));
                }
                lines.add(line.toString().replaceAll("(CONSTRAINT|PRIMARY_KEY|CONSTRAINT_INDEX|SYSTEM_SEQUENCE)_[0-9A-F_]+",
                        "$1_#"));
            }
        }
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}

package id.rembuk.store;

import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.ChangeIndex;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The deep check behind {@code rembuk check}: every derived row recomputed from the log. */
final class Integrity {
    private Integrity() {
    }

    static IntegrityReport check(Connection conn, SchemaInfo storedInfo) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<Change> all = Rows.all(conn);
        ChangeIndex index = new ChangeIndex();
        long sum = 0;
        for (Change c : all) {
            index.add(c);
            sum += ChangeDigest.of(c);
        }
        long count;
        long digest;
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT (SELECT v FROM meta WHERE k = 'change_count'), (SELECT v FROM meta WHERE k = 'change_digest')")) {
            rs.next();
            count = Long.parseLong(rs.getString(1));
            digest = Long.parseLong(rs.getString(2));
        }
        if (count != all.size()) {
            problems.add("manifest: " + count + " changes recorded, " + all.size() + " in the log");
        }
        if (digest != sum) {
            problems.add("manifest: digest differs from the log's content");
        }
        Set<UUID> expected = new HashSet<>();
        index.snapshot().all().values().forEach(e -> e.fields().values()
                .forEach(f -> f.heads().forEach(h -> expected.add(h.id()))));
        Set<UUID> actual = new HashSet<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT change_id FROM head")) {
            while (rs.next()) {
                actual.add(rs.getObject(1, UUID.class));
            }
        }
        if (!expected.equals(actual)) {
            problems.add("head table: " + actual.size() + " rows, the log gives " + expected.size());
        }
        long edges = 0;
        for (Change c : all) {
            edges += c.supersedes().size();
        }
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM change_edge")) {
            rs.next();
            if (rs.getLong(1) != edges) {
                problems.add("change_edge: " + rs.getLong(1) + " rows, the log gives " + edges);
            }
        }
        return new IntegrityReport(all.size(), actual.size(), problems);
    }
}

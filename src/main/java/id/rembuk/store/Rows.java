package id.rembuk.store;

import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.ChangeIndex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reading and writing change rows and the derived head table. */
final class Rows {
    static final String SELECT_ALL =
            "SELECT id, kind, entity_id, field, val, supersedes, hlc, replica FROM change_log ORDER BY seq";

    private Rows() {
    }

    static List<Change> all(Connection conn) throws SQLException {
        List<Change> all = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(SELECT_ALL)) {
            while (rs.next()) {
                all.add(change(rs));
            }
        }
        return all;
    }

    static boolean contains(Connection conn, UUID id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM change_log WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static Change change(ResultSet rs) throws SQLException {
        return new Change(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), parseIds(rs.getString(6)), rs.getLong(7), rs.getObject(8, UUID.class));
    }

    static Set<UUID> parseIds(String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(UUID::fromString).collect(Collectors.toSet());
    }

    static String formatIds(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    static void insert(Connection conn, List<Change> changes) throws SQLException {
        try (PreparedStatement log = conn.prepareStatement(
                "INSERT INTO change_log (id, kind, entity_id, field, val, supersedes, hlc, replica) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement edge = conn.prepareStatement(
                     "INSERT INTO change_edge (superseded_id, change_id) VALUES (?, ?)")) {
            for (Change c : changes) {
                log.setObject(1, c.id());
                log.setString(2, c.kind());
                log.setString(3, c.entityId());
                log.setString(4, c.field());
                log.setString(5, c.value());
                log.setString(6, formatIds(c.supersedes()));
                log.setLong(7, c.hlc());
                log.setObject(8, c.replica());
                log.addBatch();
                for (UUID s : c.supersedes()) {
                    edge.setObject(1, s);
                    edge.setObject(2, c.id());
                    edge.addBatch();
                }
            }
            log.executeBatch();
            edge.executeBatch();
        }
    }

    /**
     * Makes the head table match the index after {@code added} joined it: the heads they supersede
     * go (by primary key), and each added change that is still a head comes in. An added change that
     * a known change already supersedes (merges bring them in any order) never enters.
     */
    static void updateHeads(Connection conn, List<Change> added, ChangeIndex index) throws SQLException {
        try (PreparedStatement del = conn.prepareStatement("DELETE FROM head WHERE change_id = ?");
             PreparedStatement ins = conn.prepareStatement(
                     "INSERT INTO head (change_id, kind, entity_id, field) VALUES (?, ?, ?, ?)")) {
            for (Change c : added) {
                for (UUID s : c.supersedes()) {
                    del.setObject(1, s);
                    del.addBatch();
                }
            }
            del.executeBatch();
            for (Change c : added) {
                if (index.isHead(c)) {
                    ins.setObject(1, c.id());
                    ins.setString(2, c.kind());
                    ins.setString(3, c.entityId());
                    ins.setString(4, c.field());
                    ins.addBatch();
                }
            }
            ins.executeBatch();
        }
    }
}

package id.rembuk.bench;

import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.merge.Incoming;
import id.rembuk.merge.MergeReport;
import id.rembuk.merge.Merger;
import id.rembuk.store.SessionFile;
import id.rembuk.store.SessionLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Merging eight group files of 5,000 edits each into a master, next to a raw H2 bulk copy of
 * the same new rows measured in the same run (plain JDBC: read every file's log, insert the rows
 * the master lacks in one batch and commit; no checks, no derived tables, no conflicts). The copy
 * is timed twice: on disk when it returns, as every commit of a session is (the fair baseline),
 * and with H2's default delayed write, which leaves the last half second in memory.
 * Rerun with {@code bench/run --merge-only} or {@code java -cp ... id.rembuk.bench.MergeBench [RUNS]}.
 */
public final class MergeBench {
    private static final String[] GROUPS = {"GOV", "BRD", "ECO", "LIV", "SOC", "ENV", "GOV", "ECO"};
    private static final int EDITS_PER_GROUP = 5_000;
    private static final int BASE_ITEMS = 200;

    private MergeBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 3;
        Path dir = Files.createTempDirectory("rembuk-merge-bench");
        try {
            run(dir, runs);
        } finally {
            Bench.deleteTree(dir);
        }
    }

    private static void run(Path dir, int runs) throws Exception {
        Path master = dir.resolve("master.mv.db");
        long t0 = System.nanoTime();
        List<Path> files = new ArrayList<>();
        try (SessionFile m = SessionFile.create(master, UUID.randomUUID(), "Laptop fasilitator")) {
            List<Edit> base = new ArrayList<>();
            for (int i = 0; i < BASE_ITEMS; i++) {
                base.add(Edit.set("participant", "p" + i, "name", "Peserta " + i));
                base.add(Edit.set("participant", "p" + i, "institution", "Dinas " + (i % 30)));
            }
            m.apply(new Action("Peserta", base));
            for (int g = 0; g < GROUPS.length; g++) {
                files.add(groupFile(dir, m, g));
            }
        }
        System.out.printf(Locale.ROOT, "merge setup: master %d changes, %d group files of %,d edits each, in %.1f s%n",
                BASE_ITEMS * 2, GROUPS.length, EDITS_PER_GROUP, (System.nanoTime() - t0) / 1e9);

        List<Double> raw = new ArrayList<>();
        List<Double> rawLazy = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        List<Double> checks = new ArrayList<>();
        MergeReport last = null;
        for (int r = 0; r < runs; r++) {
            Path rawTarget = Files.copy(master, dir.resolve("raw" + r + ".mv.db"));
            raw.add(Bench.time(() -> rawCopy(rawTarget, files, dir, true)));
            Path lazyTarget = Files.copy(master, dir.resolve("lazy" + r + ".mv.db"));
            rawLazy.add(Bench.time(() -> rawCopy(lazyTarget, files, dir, false)));
            // what the merge does before planning: every file copied, pre-flighted in one child JVM and read
            checks.add(Bench.time(() -> Incoming.readAll(files, i -> {
            })));
            Path target = Files.copy(master, dir.resolve("ours" + r + ".mv.db"));
            MergeReport[] report = new MergeReport[1];
            try (SessionFile m = SessionFile.open(target)) {
                ours.add(Bench.time(() -> report[0] = Merger.merge(m, files, Merger.Options.MERGE,
                        Merger.Backup.NONE, Merger.Progress.NONE)));
            }
            last = report[0];
        }
        double merge = Bench.median(ours);
        double check = Bench.median(checks);
        double base = Bench.median(raw);
        double lazy = Bench.median(rawLazy);
        System.out.printf(Locale.ROOT, "merge of %d files (%,d new changes, %d conflicts): first %.0f ms, median %.0f ms"
                        + " (of %d); of which checking and reading the files (one child JVM) %.0f ms%n",
                files.size(), last.added(), last.conflictsAfter(), ours.get(0), merge, runs, check);
        System.out.printf(Locale.ROOT, "raw H2 bulk copy of the same rows, on disk when it returns as a session's commit is"
                        + " (WRITE_DELAY=0, CHECKPOINT SYNC): median %.0f ms; ratio %.2f (goal <= 2), without the file checks %.2f%n",
                base, merge / base, (merge - check) / base);
        System.out.printf(Locale.ROOT, "raw H2 bulk copy, H2's default delayed write (not yet on disk): median %.0f ms;"
                        + " ratio %.2f; goal merge <= 2000 ms%n", lazy, merge / lazy);
    }

    /** A group's file as the app writes it, with 5,000 edits made on the group's laptop. */
    private static Path groupFile(Path dir, SessionFile master, int g) throws Exception {
        String code = GROUPS[g];
        Path packed = SessionLibrary.groupCopy(master, code, "Kelompok " + code, dir.resolve("g" + g + ".rembuk"));
        Path working = Files.move(packed, dir.resolve("g" + g + ".mv.db"));
        try (SessionFile s = SessionFile.open(working)) {
            List<Edit> edits = new ArrayList<>();
            // cards of five fields, and a few edits of the shared participants, as a group does in a day
            for (int i = 0; edits.size() < EDITS_PER_GROUP - 50; i++) {
                String id = code + "-" + g + "-" + i;
                edits.add(Edit.set("swot_item", id, "text", "Kartu " + i + " kelompok " + code));
                edits.add(Edit.set("swot_item", id, "dimension", code));
                edits.add(Edit.set("swot_item", id, "quadrant", "SWOT".substring(i % 4, i % 4 + 1)));
                edits.add(Edit.set("swot_item", id, "author", "Peserta " + i));
                edits.add(Edit.set("swot_item", id, "order", Integer.toString(i)));
            }
            for (int i = 0; i < 50; i++) {
                edits.add(Edit.set("participant", "p" + (g * 20 + i) % BASE_ITEMS, "phone", "0812" + g + i));
            }
            for (int from = 0; from < edits.size(); from += 500) {
                s.apply(new Action("Kartu", edits.subList(from, Math.min(edits.size(), from + 500))));
            }
        }
        Path out = SessionLibrary.groupCopy(SessionFile.open(working, true), code, "Kelompok " + code,
                dir.resolve("g" + g + ".rembuk"));
        Files.delete(working);
        return out;
    }

    /** @param durable as a session commits: WRITE_DELAY=0 and a synced checkpoint, so the rows survive a power cut */
    private static void rawCopy(Path target, List<Path> files, Path dir, boolean durable) throws Exception {
        try (Connection t = connect(target, durable ? ";WRITE_DELAY=0" : "")) {
            t.setAutoCommit(false);
            Set<UUID> known = new HashSet<>();
            try (Statement st = t.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM change_log")) {
                while (rs.next()) {
                    known.add(rs.getObject(1, UUID.class));
                }
            }
            try (PreparedStatement ins = t.prepareStatement("INSERT INTO change_log (id, kind, entity_id, field, val, "
                    + "supersedes, hlc, replica) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Path f : files) {
                    // H2 opens only .mv.db names: a plain copy, as the merge's pre-flight makes one too
                    Path copy = Files.copy(f, dir.resolve("rawsrc-" + UUID.randomUUID() + ".mv.db"));
                    try (Connection s = connect(copy); Statement st = s.createStatement();
                         ResultSet rs = st.executeQuery(
                                 "SELECT id, kind, entity_id, field, val, supersedes, hlc, replica FROM change_log")) {
                        while (rs.next()) {
                            UUID id = rs.getObject(1, UUID.class);
                            if (known.add(id)) {
                                ins.setObject(1, id);
                                for (int c = 2; c <= 6; c++) {
                                    ins.setString(c, rs.getString(c));
                                }
                                ins.setLong(7, rs.getLong(7));
                                ins.setObject(8, rs.getObject(8, UUID.class));
                                ins.addBatch();
                            }
                        }
                    }
                    Files.delete(copy);
                }
                ins.executeBatch();
            }
            t.commit();
            if (durable) {
                try (Statement st = t.createStatement()) {
                    st.execute("CHECKPOINT SYNC");
                }
            }
        }
    }

    private static Connection connect(Path file) throws Exception {
        return connect(file, "");
    }

    private static Connection connect(Path file, String options) throws Exception {
        String base = file.toAbsolutePath().toString().replace(".mv.db", "");
        return DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE" + options, "rembuk", "rembuk");
    }
}

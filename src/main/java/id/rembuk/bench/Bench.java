package id.rembuk.bench;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.store.SessionFile;
import id.rembuk.store.SessionLibrary;
import id.rembuk.store.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Rerunnable benchmarks. Each figure is reported next to a baseline measured in the same run, so
 * the ratio means something on any machine: opening a session vs reading the same H2 file with
 * plain JDBC, and Rembuk's first frame vs a hello-world JavaFX window.
 */
public final class Bench {
    private static final int ITEMS = 10_000;
    private static final int RUNS = 5;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        boolean frames = !List.of(args).contains("--no-window");
        boolean open = !List.of(args).contains("--no-open");
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"));
        if (open) {
            sessionOpen();
        }
        if (frames) {
            firstFrame(args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 7);
        }
    }

    private static void sessionOpen() throws Exception {
        Path dir = Files.createTempDirectory("rembuk-bench");
        Path file = dir.resolve("bench.mv.db");
        long t0 = System.nanoTime();
        try (SessionFile s = SessionFile.create(file, UUID.randomUUID(), "bench")) {
            fill(s);
        }
        System.out.printf(Locale.ROOT, "setup: %d items written in %.1f s%n", ITEMS, (System.nanoTime() - t0) / 1e9);
        List<Double> raw = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        long live = 0;
        for (int i = 0; i < RUNS; i++) {
            raw.add(time(() -> rawRead(file)));
            long[] count = new long[1];
            ours.add(time(() -> {
                try (SessionFile s = SessionFile.open(file)) {
                    count[0] = s.state().live(EntityKind.PARTICIPANT.code()).count();
                }
            }));
            live = count[0];
        }
        System.out.printf(Locale.ROOT,
                "session open, %d items (%d live): first %.0f ms, median %.0f ms; raw JDBC read of the same file: "
                        + "first %.0f ms, median %.0f ms; ratio (median) %.2f; goal <= 1000 ms%n",
                ITEMS, live, ours.get(0), median(ours), raw.get(0), median(raw), median(ours) / median(raw));
        libraryOpen(dir, file, raw);
        editLatency(dir, file);
        deleteTree(dir);
    }

    /** One user action (one edit, one transaction, durable) on the big session vs a bare H2 commit. */
    private static void editLatency(Path dir, Path file) throws Exception {
        List<Double> ours = new ArrayList<>();
        try (SessionFile s = SessionFile.open(file)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                ours.add(time(() -> s.apply(Action.of("bench",
                        Edit.set(EntityKind.NOTE.code(), "bench-note", "text", "catatan " + n)))));
            }
        }
        List<Double> bare = new ArrayList<>();
        String base = dir.resolve("bare").toAbsolutePath().toString();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";WRITE_DELAY=0", "b", "b")) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(100))");
            }
            c.commit();
            try (var ps = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int i = 0; i < 200; i++) {
                    int n = i;
                    bare.add(time(() -> {
                        ps.setInt(1, n);
                        ps.setString(2, "catatan " + n);
                        ps.executeUpdate();
                        c.commit();
                    }));
                }
            }
        }
        System.out.printf(Locale.ROOT,
                "one edit on the 10,000-item session (commit + sync to disk): median %.2f ms; bare H2 insert+commit "
                        + "(no sync): median %.2f ms; ratio %.1f%n", median(ours), median(bare), median(ours) / median(bare));
    }

    /** What the app does: the library's open (manifest check, running marker, backup when due). */
    private static void libraryOpen(Path dir, Path file, List<Double> raw) throws Exception {
        SessionLibrary library = new SessionLibrary(dir.resolve("home"));
        Files.createDirectories(library.sessionsDir());
        Path working = library.sessionsDir().resolve(file.getFileName());
        Files.copy(file, working);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(time(() -> library.openWorking(working).close()));
        }
        System.out.printf(Locale.ROOT,
                "library open (app path: checks, marker, backup when due): first %.0f ms, median of later %.0f ms; "
                        + "ratio (median) to raw read %.2f%n",
                times.get(0), median(times.subList(1, times.size())), median(times.subList(1, times.size())) / median(raw));
    }

    private static void fill(SessionFile s) throws StoreException {
        Random rnd = new Random(42);
        String[] dims = {"GOV", "BRD", "ECO", "LIV", "SOC", "ENV"};
        List<Edit> batch = new ArrayList<>();
        String kind = EntityKind.PARTICIPANT.code();
        for (int i = 0; i < ITEMS; i++) {
            String id = new UUID(rnd.nextLong(), rnd.nextLong()).toString();
            batch.add(Edit.set(kind, id, "name", "Peserta " + i));
            batch.add(Edit.set(kind, id, "institution", "OPD " + (i % 40)));
            batch.add(Edit.set(kind, id, "position", "Staf"));
            batch.add(Edit.set(kind, id, "group", dims[i % 6]));
            batch.add(Edit.set(kind, id, "phone", "08" + (1_000_000_000L + rnd.nextInt(900_000_000))));
            batch.add(Edit.set(kind, id, "unsur", "OPD"));
            if (batch.size() >= 600) {
                s.apply(new Action("bench", batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            s.apply(new Action("bench", batch));
        }
    }

    private static void rawRead(Path file) throws SQLException {
        String base = file.toAbsolutePath().toString().replace(".mv.db", "");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "rembuk", "rembuk");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM change_log")) {
            long n = 0;
            while (rs.next()) {
                n += rs.getString(5) == null ? 0 : 1;
            }
            if (n == 0) {
                throw new IllegalStateException("empty benchmark file");
            }
        }
    }

    private static void firstFrame(int runs) throws IOException, InterruptedException {
        if (System.getenv("DISPLAY") == null && System.getProperty("os.name").startsWith("Linux")) {
            System.out.println("first frame: skipped (no DISPLAY; bench/run starts Xvfb)");
            return;
        }
        List<Double> hello = new ArrayList<>();
        List<Double> app = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            hello.add(frame("id.rembuk.ui.HelloFx")[0]);
            double[] a = frame("id.rembuk.Main");
            app.add(a[0]);
            ready.add(a[1]);
        }
        System.out.printf(Locale.ROOT,
                "first frame: Rembuk median %.0f ms, hello-world JavaFX median %.0f ms; ratio %.2f (goal <= 1.10), %d runs each%n",
                median(app), median(hello), median(app) / median(hello), runs);
        System.out.printf(Locale.ROOT,
                "full window (theme, menus, welcome drawn): Rembuk median %.0f ms; ratio to hello-world %.2f%n",
                median(ready), median(ready) / median(hello));
    }

    /** Milliseconds from JVM start to the first frame and to the full window. */
    private static double[] frame(String mainClass) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("rembuk-bench-home");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Drembuk.measureStartup=true", "-Drembuk.home=" + home));
        if (System.getProperty("rembuk.sample") != null) {
            cmd.add("-Drembuk.sample=" + System.getProperty("rembuk.sample"));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        double ms = -1;
        double ready = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith("FIRST_FRAME_MS=")) {
                    ms = Double.parseDouble(line.substring("FIRST_FRAME_MS=".length()).trim());
                } else if (line.startsWith("READY_MS=")) {
                    ready = Double.parseDouble(line.substring("READY_MS=".length()).trim());
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        deleteTree(home);
        if (ms < 0) {
            throw new IllegalStateException(mainClass + " printed no FIRST_FRAME_MS; its output:\n" + output);
        }
        return new double[] {ms, ready};
    }

    interface Work {
        void run() throws Exception;
    }

    static double time(Work w) throws Exception {
        long t = System.nanoTime();
        w.run();
        return (System.nanoTime() - t) / 1e6;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

package id.rembuk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts the {@link PreflightProbe} in a restricted child JVM on one or more private copies and
 * collects what it says about each, file by file. Starting the JVM costs more than checking a
 * file, so a merge of eight files starts one child, not eight. Each file gets
 * {@link Preflight#TIMEOUT_SECONDS}: a file that hangs the child has the child killed, and the
 * files after it are left without a verdict for the caller to check again alone.
 */
final class PreflightChild {
    private static final int MAX_OUTPUT_LINES_PER_FILE = 100_000;

    /** Told when the child starts on a file (its index), and asked whether to give up. */
    interface Listener {
        Listener NONE = new Listener() {
        };

        default void started(int index) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    /**
     * What the child said of each file, in order, and whether it finished the file with a verdict
     * line (not when it was killed, crashed or cancelled on it). {@code timedOut} is the file that ran
     * out of time, or -1.
     */
    record Sections(List<List<String>> lines, List<Boolean> finished, int timedOut) {
        boolean complete(int i) {
            return finished.get(i);
        }
    }

    private PreflightChild() {
    }

    static Sections run(List<Path> copies, Preflight.Reference ref) throws StoreException {
        return run(copies, ref, Listener.NONE);
    }

    static Sections run(List<Path> copies, Preflight.Reference ref, Listener listener) throws StoreException {
        String name = copies.get(0).toString();
        Path work = null;
        Process p = null;
        try {
            work = Files.createTempDirectory("rembuk-probe");
            Path allowed = work.resolve("allowed.txt");
            Files.write(allowed, ref.records().stream().map(PreflightProbe::escape).toList(), StandardCharsets.UTF_8);
            Path emptyBin = Files.createDirectory(work.resolve("bin"));
            ProcessBuilder pb = new ProcessBuilder(command(copies, allowed, work));
            pb.directory(work.toFile());
            pb.environment().clear();
            // H2 falls back to running `javac` when no compiler module is present: there is none to find
            pb.environment().put("PATH", emptyBin.toString());
            pb.environment().put("HOME", work.toString());
            pb.redirectError(work.resolve("stderr.txt").toFile());
            p = pb.start();
            p.getOutputStream().close();
            Reader reader = new Reader(p, copies.size(), listener);
            Thread t = new Thread(reader, "rembuk-preflight-output");
            t.setDaemon(true);
            t.start();
            int timedOut = -1;
            while (!listener.cancelled() && !p.waitFor(100, TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() - reader.fileStarted.get() > TimeUnit.SECONDS.toNanos(Preflight.TIMEOUT_SECONDS)) {
                    timedOut = reader.current.get();
                    break;
                }
            }
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
            t.join(TimeUnit.SECONDS.toMillis(5));
            return reader.sections(timedOut);
        } catch (IOException e) {
            throw new StoreException(Problem.IO, name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(Problem.IO, name, e);
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
            Preflight.deleteTree(work);
        }
    }

    /** Splits the child's output at its {@code file} lines; a file's lines count once its verdict line came. */
    private static final class Reader implements Runnable {
        private final Process process;
        private final Listener listener;
        private final List<List<String>> lines = new ArrayList<>();
        private final boolean[] finished;
        final AtomicLong fileStarted = new AtomicLong(System.nanoTime());
        final AtomicInteger current = new AtomicInteger(0);

        Reader(Process process, int files, Listener listener) {
            this.process = process;
            this.listener = listener;
            this.finished = new boolean[files];
            for (int i = 0; i < files; i++) {
                lines.add(new ArrayList<>());
            }
        }

        @Override
        public void run() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                int file = -1;
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith(PreflightProbe.FILE + "\t")) {
                        file = Integer.parseInt(line.substring(PreflightProbe.FILE.length() + 1));
                        if (file < 0 || file >= finished.length) {
                            return;
                        }
                        current.set(file);
                        fileStarted.set(System.nanoTime());
                        listener.started(file);
                        continue;
                    }
                    if (file < 0) {
                        return;
                    }
                    synchronized (this) {
                        List<String> section = lines.get(file);
                        if (section.size() < MAX_OUTPUT_LINES_PER_FILE) {
                            section.add(line);
                        }
                        if (line.equals(PreflightProbe.DONE) || line.startsWith(PreflightProbe.ERROR + "\t")) {
                            finished[file] = true;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the child died or spoke nonsense: files without their verdict line are checked again
            }
        }

        synchronized Sections sections(int timedOut) {
            List<List<String>> out = new ArrayList<>();
            List<Boolean> done = new ArrayList<>();
            for (int i = 0; i < finished.length; i++) {
                out.add(List.copyOf(lines.get(i)));
                done.add(finished[i]);
            }
            return new Sections(out, done, timedOut);
        }
    }

    private static List<String> command(List<Path> copies, Path allowed, Path work) throws StoreException {
        String exe = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
        Path java = Path.of(System.getProperty("java.home"), "bin", exe);
        if (!Files.isExecutable(java)) {
            // no child JVM, no check: refuse rather than open the file in our own process
            throw new StoreException(Problem.IO, "java runtime " + java);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.add("--limit-modules");
        cmd.add("java.base,java.sql,java.logging,java.naming,java.management");
        cmd.add("-Xmx256m");
        cmd.add("-Xss1m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+DisableAttachMechanism");
        // no class may be loaded by name from the file (triggers, aggregates, table engines, drivers)
        cmd.add("-Dh2.allowedClasses=id.rembuk.store.NoSuchClass");
        cmd.add("-Duser.home=" + work);
        cmd.add("-Djava.io.tmpdir=" + work);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(PreflightProbe.class.getName());
        cmd.add(allowed.toString());
        copies.forEach(c -> cmd.add(c.toAbsolutePath().toString()));
        return cmd;
    }

    /** Only H2 and our own classes: nothing else the file could reach for. */
    static String classPath() throws StoreException {
        Set<String> parts = new LinkedHashSet<>();
        for (Class<?> c : List.of(PreflightProbe.class, org.h2.Driver.class)) {
            try {
                parts.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | RuntimeException e) {
                throw new StoreException(Problem.IO, "class path of " + c.getName(), e);
            }
        }
        return String.join(java.io.File.pathSeparator, parts);
    }
}

package id.rembuk.store;

import id.rembuk.i18n.Messages;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * Proves that a session file from elsewhere holds nothing but Rembuk's schema before the app's
 * own process ever opens it: H2 runs the SQL stored in a file on connect, and a trigger or an
 * alias with Java source in it runs that Java. The check works on a private copy and inspects it
 * in a child JVM that can neither compile nor load foreign code nor start programs; the original
 * is only read. See docs/adr/0003-foreign-files.md.
 */
public final class Preflight {
    /** The child gets this long, then is killed: a hostile file must not hang the app. */
    static final long TIMEOUT_SECONDS = 20;
    private static volatile Reference reference;

    private Preflight() {
    }

    /**
     * Builds the allowlist now (a scratch session file made by our own migrations, ~2 s in a cold
     * JVM, mostly loading H2 and Flyway); call it on a background thread after the window shows so
     * the first foreign file does not wait for it. Otherwise the first check builds it.
     */
    public static void prepare() throws StoreException {
        reference();
    }

    /** What the pre-flight learnt of an accepted file. */
    public record Verdict(UUID sessionId, int schemaVersion, long changeCount) {
    }

    /**
     * Checks a file from elsewhere: copies it to a private temporary folder, inspects the copy,
     * deletes the copy. The file itself is only read. Throws with the {@link Problem} to show.
     */
    public static Verdict check(Path file) throws StoreException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("rembuk-preflight");
            Path copy = copyPrivately(file, dir);
            return checkPrivateCopy(copy);
        } catch (StoreException e) {
            throw about(e, file);
        } catch (IOException e) {
            throw new StoreException(Problem.IO, file.toString(), e);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Copies a file from elsewhere into {@code dir} as {@code session.mv.db}, after the checks that
     * need only its size, its first bytes and its lock. Nothing but reading touches the original.
     */
    public static Path copyPrivately(Path file, Path dir) throws StoreException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Problem.NOT_FOUND, name);
        }
        FileHeader.check(file);
        requireNotInUse(file);
        Path copy = dir.resolve("session" + SessionFile.SUFFIX);
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(Problem.IO, name, e);
        }
        return copy;
    }

    /**
     * Inspects a copy that only this process can reach (the caller made it in a private folder).
     * On success the copy may be opened with {@link SessionFile#open}.
     */
    public static Verdict checkPrivateCopy(Path copy) throws StoreException {
        FileHeader.check(copy);
        Reference ref = reference();
        return judge(runProbe(copy, ref), copy.toString(), ref);
    }

    /** The verdict on one private copy, or why it was refused. */
    public record Checked(Path copy, Verdict verdict, StoreException problem) {
    }

    /**
     * Checks several private copies in one child JVM, since starting the JVM costs more than a
     * file's check. A copy the child did not finish (it was killed over another file, or crashed)
     * is checked again alone, so one hostile file never decides another's verdict.
     */
    public static List<Checked> checkPrivateCopies(List<Path> copies, IntConsumer started) throws StoreException {
        return checkPrivateCopies(copies, new PreflightChild.Listener() {
            @Override
            public void started(int index) {
                started.accept(index);
            }
        });
    }

    /** As above; the listener hears indexes into {@code copies} and may stop the shared child (tests do). */
    static List<Checked> checkPrivateCopies(List<Path> copies, PreflightChild.Listener listener) throws StoreException {
        List<Checked> out = new ArrayList<>();
        List<Path> headerOk = new ArrayList<>();
        Map<Path, StoreException> early = new HashMap<>();
        for (Path c : copies) {
            try {
                FileHeader.check(c);
                headerOk.add(c);
            } catch (StoreException e) {
                listener.started(copies.indexOf(c));
                early.put(c, e);
            }
        }
        Reference ref = reference();
        PreflightChild.Sections sections = headerOk.isEmpty() ? null
                : PreflightChild.run(headerOk, ref, new PreflightChild.Listener() {
                    @Override
                    public void started(int index) {
                        listener.started(copies.indexOf(headerOk.get(index)));
                    }

                    @Override
                    public boolean cancelled() {
                        return listener.cancelled();
                    }
                });
        for (Path c : copies) {
            try {
                if (early.containsKey(c)) {
                    throw early.get(c);
                }
                int i = headerOk.indexOf(c);
                Verdict v = sections.complete(i) ? judge(parse(sections.lines().get(i), c.toString()), c.toString(), ref)
                        : checkPrivateCopy(c);
                out.add(new Checked(c, v, null));
            } catch (StoreException e) {
                out.add(new Checked(c, null, e));
            }
        }
        return out;
    }

    private static Verdict judge(Output out, String name, Reference ref) throws StoreException {
        if (out.error() != null) {
            throw out.error();
        }
        // a file carrying code is refused as such, whatever else it claims to be
        if (out.records().stream().anyMatch(Preflight::carriesCode)) {
            throw new StoreException(Problem.FOREIGN_CODE, name);
        }
        if (!Schema.APP.equals(out.meta().get("app"))) {
            throw new StoreException(Problem.NOT_A_SESSION, name);
        }
        int version;
        try {
            version = Integer.parseInt(out.meta().getOrDefault("schema_version", ""));
        } catch (NumberFormatException e) {
            throw new StoreException(Problem.CORRUPT, name, e);
        }
        if (version > Schema.CURRENT_VERSION) {
            throw new StoreException(Problem.NEWER_VERSION, name);
        }
        if (!ref.records().containsAll(out.records()) || out.stopped()) {
            throw new StoreException(Problem.FOREIGN_CODE, name);
        }
        if (!new HashSet<>(out.records()).containsAll(ref.records())) {
            throw new StoreException(Problem.NOT_A_SESSION, name);
        }
        Set<String> inventory = new HashSet<>(out.inventory());
        if (!ref.inventory().containsAll(inventory)) {
            throw new StoreException(Problem.FOREIGN_CODE, name);
        }
        if (!inventory.equals(ref.inventory())) {
            throw new StoreException(Problem.NOT_A_SESSION, name);
        }
        try {
            long recorded = Long.parseLong(out.meta().get("change_count"));
            if (out.count() != recorded) {
                // the counter is written in the same transaction as the log: a difference is damage
                throw new StoreException(Problem.CORRUPT, name);
            }
            return new Verdict(UUID.fromString(out.meta().get("session_id")), version, recorded);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(Problem.CORRUPT, name, e);
        }
    }

    /** The same problem, naming the user's file instead of our private copy of it. */
    public static StoreException about(StoreException e, Path original) {
        if (e.subject().equals(original.toString())) {
            return e;
        }
        // keep a note such as " (the file check took too long)"; our temp paths hold no " ("
        int note = e.subject().indexOf(" (");
        return new StoreException(e.problem(), original + (note < 0 ? "" : e.subject().substring(note)),
                e.getCause() == null ? e : e.getCause());
    }

    /**
     * A record that makes H2 run or load code on connect, or reach outside the file: triggers,
     * aliases and aggregates (Java source or class names), linked tables (a JDBC URL, which may
     * carry INIT=...), views and constants (expressions evaluated on open).
     */
    static boolean carriesCode(String normalisedRecord) {
        int space = normalisedRecord.indexOf(' ');
        int type = Integer.parseInt(normalisedRecord.substring(0, space));
        String sql = normalisedRecord.substring(space + 1);
        return switch (type) {
            case 4, 9, 11, 14 -> true; // trigger, function alias, constant, aggregate
            case PreflightProbe.LEFTOVER_TRANSACTION -> true; // writes we cannot see, finished by H2 on open
            case PreflightProbe.TABLE_OR_VIEW -> !sql.startsWith("CREATE CACHED TABLE ")
                    && !sql.startsWith("CREATE MEMORY TABLE ");
            default -> false;
        };
    }

    private static void requireNotInUse(Path file) throws StoreException {
        // a file another program holds open may be half written; H2 holds an exclusive lock on files it writes
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock lock = ch.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) {
                throw new StoreException(Problem.LOCKED, file.toString());
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new StoreException(Problem.LOCKED, file.toString(), e);
        } catch (IOException e) {
            // some file systems cannot lock; the copy is checked just the same
        }
    }

    record Output(List<String> records, Map<String, String> meta, List<String> inventory, long count,
                          boolean stopped, StoreException error) {
    }

    static Output runProbe(Path copy, Reference ref) throws StoreException {
        PreflightChild.Sections out = PreflightChild.run(List.of(copy), ref);
        if (out.timedOut() == 0) {
            throw new StoreException(Problem.CORRUPT, copy + " (" + Messages.get("store.preflight.timeout") + ")");
        }
        return parse(out.lines().get(0), copy.toString());
    }

    private static Output parse(List<String> lines, String name) {
        List<String> records = new ArrayList<>();
        Map<String, String> meta = new HashMap<>();
        List<String> inventory = new ArrayList<>();
        long count = -1;
        boolean stopped = false;
        boolean done = false;
        StoreException error = null;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case PreflightProbe.META -> records.add(PreflightProbe.unescape(f[1]));
                case PreflightProbe.KV -> meta.put(PreflightProbe.unescape(f[1]), PreflightProbe.unescape(f[2]));
                case PreflightProbe.INVENTORY -> inventory.add(PreflightProbe.unescape(f[1]));
                case PreflightProbe.COUNT -> count = Long.parseLong(f[1]);
                case PreflightProbe.STOPPED -> stopped = true;
                case PreflightProbe.DONE -> done = true;
                case PreflightProbe.ERROR -> error = childError(Integer.parseInt(f[1]), PreflightProbe.unescape(f[2]), name);
                default -> error = new StoreException(Problem.CORRUPT, name);
            }
        }
        if (error == null && !done) {
            error = new StoreException(Problem.CORRUPT, name + " (" + Messages.get("store.preflight.incomplete") + ")");
        }
        if (error != null && records.stream().anyMatch(Preflight::carriesCode)) {
            error = new StoreException(Problem.FOREIGN_CODE, name);
        }
        return new Output(records, meta, inventory, count, stopped, error);
    }

    private static StoreException childError(int code, String message, String name) {
        java.sql.SQLException sql = new java.sql.SQLException(message, null, code);
        StoreException e = Schema.classify(sql, Path.of(name));
        return e.problem() == Problem.IO ? new StoreException(Problem.CORRUPT, name, sql) : e;
    }

    /** Our own schema, made by our own migrations in a scratch file: the allowlist. */
    record Reference(List<String> records, Set<String> inventory) {
    }

    static Reference reference() throws StoreException {
        Reference r = reference;
        if (r != null) {
            return r;
        }
        synchronized (Preflight.class) {
            if (reference == null) {
                reference = buildReference();
            }
            return reference;
        }
    }

    private static Reference buildReference() throws StoreException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("rembuk-reference");
            Path file = dir.resolve("reference" + SessionFile.SUFFIX);
            try (SessionFile s = SessionFile.create(file, UUID.randomUUID(), "reference")) {
                s.checkpoint();
            }
            // our own file, written a moment ago by our own code: safe to read in this process
            List<String> records = PreflightProbe.readStorage(file).records();
            Set<String> inventory;
            try (Connection conn = DriverManager.getConnection(H2Url.of(file, true, true), Schema.USER, Schema.PASSWORD)) {
                inventory = new HashSet<>(PreflightProbe.inventory(conn));
            }
            return new Reference(List.copyOf(new LinkedHashSet<>(records)), Set.copyOf(inventory));
        } catch (IOException | java.sql.SQLException e) {
            throw new StoreException(Problem.IO, "reference schema", e);
        } finally {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless; the OS cleans it
        }
    }
}

package id.rembuk.merge;

import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.ChangeIndex;
import id.rembuk.domain.change.Conflicts;
import id.rembuk.domain.change.EntityKey;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.merge.MergeReport.FileReport;
import id.rembuk.merge.MergeReport.Outcome;
import id.rembuk.store.Problem;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CancellationException;

/**
 * Merges files from the groups' laptops into an open session. Every file is read and checked
 * whole before anything changes; then, after a backup, the new edits of all accepted files go in
 * as one transaction. The result is the union of the edit sets, so it does not depend on the
 * order of the files, on how often a file is merged, or on any laptop's clock; concurrent edits
 * of one field stay side by side as conflicts ({@link Conflicts}).
 */
public final class Merger {
    private Merger() {
    }

    /** @param acceptOtherSession merge files of another session too (the user was asked) */
    public record Options(boolean dryRun, boolean acceptOtherSession) {
        public static final Options MERGE = new Options(false, false);
        public static final Options DRY_RUN = new Options(true, false);
    }

    /** Told how far the merge got; may ask it to stop before anything is written. */
    public interface Progress {
        Progress NONE = (done, total, file) -> {
        };

        /**
         * {@code done} of {@code total} steps (one per file, one for writing); {@code file} is the one
         * whose check starts, or null. Called from the thread that hears the checking child JVM too.
         */
        void update(int done, int total, Path file);

        default boolean cancelled() {
            return false;
        }
    }

    /** Saves the master before the merge writes; returns where. */
    @FunctionalInterface
    public interface Backup {
        Backup NONE = () -> null;

        Path take() throws StoreException;
    }

    public static MergeReport merge(SessionFile master, List<Path> files, Options options, Backup backup,
                                    Progress progress) throws StoreException {
        int total = files.size() + 1;
        Map<Integer, Incoming> accepted = new TreeMap<>();
        Map<Integer, FileReport> refused = new HashMap<>();
        Map<Integer, Incoming> read = new TreeMap<>();
        List<Path> toRead = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (sameFile(files.get(i), master.file())) {
                refused.put(i, FileReport.refused(files.get(i), Outcome.REJECTED, Optional.empty(), 0,
                        new StoreException(Problem.LOCKED, files.get(i).toString()).userMessage()));
            } else {
                toRead.add(files.get(i));
                at.add(i);
            }
        }
        checkCancelled(progress);
        if (!toRead.isEmpty()) {
            java.util.concurrent.atomic.AtomicInteger begun = new java.util.concurrent.atomic.AtomicInteger();
            List<Incoming.Result> results;
            try {
                results = Incoming.readAll(toRead, k -> progress.update(begun.getAndIncrement(), total, toRead.get(k)));
            } catch (MergeException e) {
                throw new StoreException(e.problem(), e.file().toString(), e);
            }
            for (int k = 0; k < results.size(); k++) {
                Incoming.Result r = results.get(k);
                if (r.problem() != null) {
                    refused.put(at.get(k), FileReport.refused(r.file(), Outcome.REJECTED, Optional.empty(), 0,
                            r.problem().userMessage()));
                } else {
                    read.put(at.get(k), r.incoming());
                }
            }
        }
        checkCancelled(progress);
        read.forEach((i, in) -> {
            if (!in.sessionId().equals(master.sessionId()) && !options.acceptOtherSession()) {
                refused.put(i, FileReport.refused(in.file(), Outcome.OTHER_SESSION, Optional.of(in.sessionId()),
                        in.changes().size(), null));
            } else {
                accepted.put(i, in);
            }
        });
        checkCancelled(progress);
        progress.update(files.size(), total, null);
        Plan plan = plan(master, accepted);
        Path saved = null;
        if (!options.dryRun() && !plan.fresh.isEmpty()) {
            saved = backup.take();
            checkCancelled(progress);
            master.importChanges(plan.fresh, plan.labels);
        }
        progress.update(total, total, null);
        List<FileReport> reports = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileReport r = refused.get(i);
            reports.add(r != null ? r : plan.reports.get(i));
        }
        return new MergeReport(options.dryRun(), reports, plan.fresh.size(), plan.conflictsBefore,
                plan.conflictsAfter, Optional.ofNullable(saved));
    }

    private static void checkCancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancellationException();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private record Plan(List<Change> fresh, Map<UUID, String> labels, Map<Integer, FileReport> reports,
                        int conflictsBefore, int conflictsAfter) {
    }

    /** What the accepted files add, worked out in memory on a copy of the master's edit set. */
    private static Plan plan(SessionFile master, Map<Integer, Incoming> accepted) throws StoreException {
        ChangeIndex index = new ChangeIndex();
        index.addAll(master.changes());
        SessionState before = index.snapshot();
        Set<String> openBefore = keys(Conflicts.of(before));
        Map<UUID, String> labels = new HashMap<>(master.replicas());
        accepted.values().forEach(in -> in.replicas().forEach(labels::putIfAbsent));
        List<Change> fresh = new ArrayList<>();
        Map<Integer, List<Change>> freshByFile = new HashMap<>();
        Map<Integer, Integer> openedBy = new HashMap<>();
        Set<String> openSoFar = new HashSet<>(openBefore);
        for (Map.Entry<Integer, Incoming> e : accepted.entrySet()) {
            List<Change> mine = new ArrayList<>();
            for (Change c : e.getValue().changes()) {
                if (index.add(c)) {
                    mine.add(c);
                }
            }
            fresh.addAll(mine);
            freshByFile.put(e.getKey(), mine);
            // a conflict counts once, for the file whose edits opened it, so the rows add up to the total
            int opened = 0;
            if (!mine.isEmpty()) {
                for (String k : keys(Conflicts.of(index.snapshot()))) {
                    if (openSoFar.add(k)) {
                        opened++;
                    }
                }
            }
            openedBy.put(e.getKey(), opened);
        }
        SessionState after = index.snapshot();
        List<Conflicts.Conflict> open = Conflicts.of(after);
        Map<Integer, FileReport> reports = new HashMap<>();
        Set<EntityKey> claimed = new HashSet<>();
        accepted.forEach((i, in) -> {
            List<Change> mine = freshByFile.get(i);
            Map<String, Integer> newItems = new TreeMap<>();
            Map<String, Integer> writers = new TreeMap<>();
            for (Change c : mine) {
                writers.merge(labels.getOrDefault(c.replica(), c.replica().toString()), 1, Integer::sum);
                EntityKey k = c.entityKey();
                if (!claimed.contains(k) && !live(before, k) && live(after, k)) {
                    claimed.add(k);
                    newItems.merge(k.kind(), 1, Integer::sum);
                }
            }
            int count = in.changes().size();
            reports.put(i, new FileReport(in.file(), mine.isEmpty() ? Outcome.NOTHING_NEW : Outcome.MERGED,
                    Optional.of(in.sessionId()), count, mine.size(), count - mine.size(), openedBy.get(i), newItems,
                    writers, Optional.empty()));
        });
        return new Plan(fresh, labels, reports, openBefore.size(), open.size());
    }

    private static boolean live(SessionState s, EntityKey k) {
        return s.get(k.kind(), k.id()).map(EntityState::live).orElse(false);
    }

    private static Set<String> keys(List<Conflicts.Conflict> conflicts) {
        Set<String> keys = new HashSet<>();
        conflicts.forEach(c -> keys.add(key(c)));
        return keys;
    }

    private static String key(Conflicts.Conflict c) {
        if (c instanceof Conflicts.FieldConflict f) {
            return "f " + f.field().key();
        }
        return "d " + c.entity();
    }
}

package id.rembuk.merge;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Conflicts;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.FieldKey;
import id.rembuk.domain.change.Hlc;
import id.rembuk.domain.change.SessionState;
import id.rembuk.report.json.SessionJsonCodec;
import id.rembuk.store.SessionFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Random histories on 2–8 laptops whose clocks are days apart, with partial exchanges between
 * them, merged through real session files in several orders, groupings and repetitions. The
 * merged result must not depend on any of that, lose no edit, and show a conflict exactly where
 * two edits were concurrent: judged against what each writer had actually seen (tracked here,
 * independently of the store), never against clocks.
 */
class MergePropertyTest {
    private static final String[] ENTITIES = {"e1", "e2", "e3"};
    private static final String[] FIELDS = {"text", "owner"};
    private static final String[] VALUES = {"a", "b", "c", "d", null};

    /** One laptop: its file, and the ids of every change it holds (what its user has seen). */
    private static final class Laptop {
        final SessionFile file;
        final Set<UUID> known = new HashSet<>();

        Laptop(SessionFile file) {
            this.file = file;
        }
    }

    @Property(tries = 15)
    void mergingIsASetUnionThatKeepsEveryConcurrentEdit(@ForAll long seed,
                                                        @ForAll @IntRange(min = 2, max = 8) int laptops,
                                                        @ForAll @IntRange(min = 5, max = 40) int steps) throws Exception {
        Random r = new Random(seed);
        Path dir = Files.createTempDirectory("merge-property");
        UUID session = UUID.randomUUID();
        AtomicLong now = new AtomicLong(1_700_000_000_000L);
        Map<UUID, Set<UUID>> seenAtWrite = new HashMap<>();
        List<Laptop> all = new ArrayList<>();
        try {
            for (int i = 0; i < laptops; i++) {
                long skew = (r.nextInt(5) - 2) * 86_400_000L + r.nextInt(3_600_000);
                Hlc clock = new Hlc(() -> now.addAndGet(1 + r.nextInt(1000)) + skew);
                all.add(new Laptop(SessionFile.create(dir.resolve("laptop" + i + ".mv.db"), session, UUID.randomUUID(),
                        "Laptop " + i, clock)));
            }
            for (int s = 0; s < steps; s++) {
                Laptop me = all.get(r.nextInt(laptops));
                if (r.nextInt(10) < 7) {
                    Set<UUID> before = Set.copyOf(me.known);
                    for (Change c : me.file.apply(new Action("edit", List.of(randomEdit(r))))) {
                        seenAtWrite.put(c.id(), before);
                        me.known.add(c.id());
                    }
                } else {
                    // a partial exchange: one laptop gets another's whole file, as over a USB stick
                    Laptop other = all.get(r.nextInt(laptops));
                    List<Change> theirs = other.file.changes();
                    me.file.importChanges(theirs, other.file.replicas());
                    theirs.forEach(c -> me.known.add(c.id()));
                }
            }
            List<Path> files = new ArrayList<>();
            Set<Change> union = new HashSet<>();
            for (int i = 0; i < laptops; i++) {
                union.addAll(all.get(i).file.changes());
                files.add(export(all.get(i).file, dir.resolve("laptop" + i + ".json")));
            }
            all.forEach(l -> l.file.close());
            all.clear();

            Path inOrder = merge(dir, "in-order", session, List.of(files));
            List<Path> shuffled = new ArrayList<>(files);
            shuffled.add(files.get(r.nextInt(files.size())));
            Collections.shuffle(shuffled, r);
            Path shuffledTwice = merge(dir, "shuffled", session, List.of(shuffled, shuffled));
            int split = 1 + r.nextInt(files.size() - 1);
            Path left = merge(dir, "left", session, List.of(files.subList(0, split)));
            Path leftJson = exportClosed(left, dir.resolve("left.json"));
            List<Path> grouped = new ArrayList<>(files.subList(split, files.size()));
            grouped.add(0, leftJson);
            Path associative = merge(dir, "grouped", session, List.of(grouped));

            Fingerprint expected = fingerprint(inOrder);
            assertThat(fingerprint(shuffledTwice)).isEqualTo(expected);
            assertThat(fingerprint(associative)).isEqualTo(expected);
            assertThat(expected.changes).isEqualTo(union.size());

            SessionState state = expected.state;
            Set<UUID> superseded = new HashSet<>();
            union.forEach(c -> superseded.addAll(c.supersedes()));
            Set<UUID> heads = new HashSet<>();
            state.all().values().forEach(e -> e.fields().values().forEach(f -> f.heads().forEach(h -> heads.add(h.id()))));
            for (Change c : union) {
                if (!superseded.contains(c.id())) {
                    assertThat(heads).as("an edit nobody replaced is kept: %s", c).contains(c.id());
                }
            }
            Set<String> expectedConflicts = oracle(union, seenAtWrite, state);
            assertThat(conflictKeys(Conflicts.of(state), state)).isEqualTo(expectedConflicts);
            Statistics.label("conflicts").collect(expectedConflicts.stream().anyMatch(k -> k.startsWith("deleted"))
                    ? "delete-vs-edit" : expectedConflicts.isEmpty() ? "none" : "field only");
        } finally {
            all.forEach(l -> l.file.close());
            deleteTree(dir);
        }
    }

    private static Edit randomEdit(Random r) {
        String entity = ENTITIES[r.nextInt(ENTITIES.length)];
        int pick = r.nextInt(10);
        if (pick == 0) {
            return Edit.delete("swot_item", entity);
        }
        if (pick == 1) {
            return Edit.restore("swot_item", entity);
        }
        return Edit.set("swot_item", entity, FIELDS[r.nextInt(FIELDS.length)], VALUES[r.nextInt(VALUES.length)]);
    }

    private static Path merge(Path dir, String name, UUID session, List<List<Path>> rounds) throws Exception {
        Path master = dir.resolve(name + ".mv.db");
        SessionFile.create(master, session, "Laptop fasilitator").close();
        for (List<Path> round : rounds) {
            try (SessionFile m = SessionFile.open(master)) {
                MergeReport report = Merger.merge(m, round, Merger.Options.MERGE, Merger.Backup.NONE,
                        Merger.Progress.NONE);
                assertThat(report.anyRefused()).isFalse();
            }
        }
        return master;
    }

    private static Path export(SessionFile f, Path json) throws Exception {
        Files.write(json, SessionJsonCodec.toBytes(SessionJsonCodec.export(f)));
        return json;
    }

    private static Path exportClosed(Path file, Path json) throws Exception {
        try (SessionFile f = SessionFile.open(file, true)) {
            return export(f, json);
        }
    }

    private record Fingerprint(long digest, int changes, SessionState state, Set<String> conflicts) {
    }

    private static Fingerprint fingerprint(Path master) throws Exception {
        try (SessionFile m = SessionFile.open(master, true)) {
            return new Fingerprint(m.digest(), m.changeCount(), m.state(), conflictKeys(Conflicts.of(m.state()), m.state()));
        }
    }

    /** Conflicts by what they are about; entities whose deletion itself is contested count as field conflicts only. */
    private static Set<String> conflictKeys(List<Conflicts.Conflict> conflicts, SessionState state) {
        Set<String> keys = new TreeSet<>();
        for (Conflicts.Conflict c : conflicts) {
            if (c instanceof Conflicts.FieldConflict f) {
                keys.add(f.field().key().toString());
            } else if (!contestedDeletion(state.all().get(c.entity()))) {
                keys.add("deleted " + c.entity());
            }
        }
        return keys;
    }

    private static boolean contestedDeletion(EntityState e) {
        var d = e == null ? null : e.fields().get(Change.DELETED);
        return d != null && d.heads().stream().map(Change::value).distinct().count() > 1;
    }

    /**
     * The conflicts the history calls for, from what each writer had seen: an edit is current
     * unless a later edit of its field was written by someone who had seen it.
     */
    private static Set<String> oracle(Set<Change> union, Map<UUID, Set<UUID>> seenAtWrite, SessionState state) {
        Map<FieldKey, List<Change>> byField = new HashMap<>();
        union.forEach(c -> byField.computeIfAbsent(c.fieldKey(), k -> new ArrayList<>()).add(c));
        Map<FieldKey, List<Change>> current = new HashMap<>();
        byField.forEach((key, changes) -> current.put(key, changes.stream()
                .filter(x -> changes.stream().noneMatch(y -> y != x && seenAtWrite.get(y.id()).contains(x.id())))
                .sorted(Comparator.comparing(Change::id)).toList()));
        Set<String> keys = new TreeSet<>();
        current.forEach((key, heads) -> {
            if (!key.field().equals(Change.DELETED_SEEN) && heads.stream().map(Change::value).distinct().count() > 1) {
                keys.add(key.toString());
            }
        });
        Set<String> entities = new TreeSet<>();
        current.keySet().forEach(k -> entities.add(k.entityId()));
        for (String entity : entities) {
            List<Change> deletion = current.getOrDefault(new FieldKey("swot_item", entity, Change.DELETED), List.of());
            List<Change> seenRecords = current.getOrDefault(new FieldKey("swot_item", entity, Change.DELETED_SEEN),
                    List.of());
            boolean deleted = !deletion.isEmpty() && deletion.stream().allMatch(c -> "1".equals(c.value()));
            if (!deleted || seenRecords.isEmpty()) {
                continue;
            }
            Set<UUID> seen = new HashSet<>();
            seenRecords.forEach(s -> seen.addAll(seenAtWrite.get(s.id())));
            boolean unseenEdit = current.entrySet().stream()
                    .filter(e -> e.getKey().entityId().equals(entity) && !e.getKey().field().startsWith("_"))
                    .flatMap(e -> e.getValue().stream())
                    .anyMatch(h -> !seen.contains(h.id()));
            if (unseenEdit) {
                keys.add("deleted " + new id.rembuk.domain.change.EntityKey("swot_item", entity));
            }
        }
        return keys;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

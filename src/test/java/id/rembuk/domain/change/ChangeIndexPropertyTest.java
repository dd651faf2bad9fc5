package id.rembuk.domain.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Merging is a set union, so the state must depend only on the set of changes: not on the order they
 * arrive in, not on how often, not on which file they came from.
 */
class ChangeIndexPropertyTest {
    private static final String[] KINDS = {"participant", "swot_item", "vote"};
    private static final String[] FIELDS = {"name", "text", Change.DELETED};
    private static final String[] VALUES = {"a", "b", "c", "1", null};

    /** A random history of several laptops editing a few fields, each edit superseding what its writer saw. */
    static List<Change> history(Random r, int size) {
        List<UUID> replicas = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<Change> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            FieldKey key = new FieldKey(KINDS[r.nextInt(KINDS.length)], "e" + r.nextInt(3), FIELDS[r.nextInt(FIELDS.length)]);
            Set<UUID> supersedes = new HashSet<>();
            for (Change c : all) {
                if (c.fieldKey().equals(key) && r.nextInt(3) > 0) {
                    supersedes.add(c.id());
                }
            }
            if (r.nextInt(10) == 0) {
                supersedes.add(UUID.randomUUID()); // a change from a file that was never merged here
            }
            all.add(new Change(new UUID(r.nextLong(), r.nextLong()), key.kind(), key.entityId(), key.field(),
                    VALUES[r.nextInt(VALUES.length)], supersedes, r.nextInt(50), replicas.get(r.nextInt(3))));
        }
        return all;
    }

    private static List<Change> subset(Random r, List<Change> all) {
        return all.stream().filter(c -> r.nextBoolean()).toList();
    }

    private static List<Change> union(List<Change> a, List<Change> b) {
        List<Change> u = new ArrayList<>(a);
        u.addAll(b);
        return u;
    }

    @Property(tries = 500)
    void indexFromAnyPermutationWithDuplicatesEqualsTheFold(@ForAll long seed,
                                                            @ForAll @IntRange(min = 0, max = 60) int size) {
        Random r = new Random(seed);
        List<Change> set = history(r, size);
        List<Change> arrivals = new ArrayList<>(set);
        for (int i = 0; i < r.nextInt(size + 1); i++) {
            arrivals.add(set.get(r.nextInt(set.size())));
        }
        Collections.shuffle(arrivals, r);

        ChangeIndex index = new ChangeIndex();
        int added = 0;
        for (Change c : arrivals) {
            if (index.add(c)) {
                added++;
            }
            if (r.nextInt(8) == 0) {
                index.snapshot(); // snapshots taken midway must not disturb later ones
            }
        }

        SessionState fold = SessionState.fold(set);
        assertThat(added).isEqualTo(set.size());
        assertThat(index.size()).isEqualTo(set.size());
        assertThat(index.snapshot()).isEqualTo(fold);
        for (Change c : set) {
            assertThat(index.headIds(c.fieldKey())).isEqualTo(fold.headIds(c.fieldKey()));
        }
    }

    @Property(tries = 500)
    void foldOfAUnionIsIdempotentCommutativeAndAssociative(@ForAll long seed,
                                                           @ForAll @IntRange(min = 0, max = 60) int size) {
        Random r = new Random(seed);
        List<Change> all = history(r, size);
        List<Change> a = subset(r, all);
        List<Change> b = subset(r, all);
        List<Change> c = subset(r, all);

        assertThat(SessionState.fold(union(a, a))).isEqualTo(SessionState.fold(a));
        assertThat(SessionState.fold(union(a, b))).isEqualTo(SessionState.fold(union(b, a)));
        assertThat(SessionState.fold(union(union(a, b), c))).isEqualTo(SessionState.fold(union(a, union(b, c))));

        ChangeIndex ab = new ChangeIndex();
        ab.addAll(a);
        ab.snapshot();
        ab.addAll(b);
        ChangeIndex ba = new ChangeIndex();
        ba.addAll(b);
        ba.addAll(a);
        ba.addAll(b);
        assertThat(ab.snapshot()).isEqualTo(ba.snapshot()).isEqualTo(SessionState.fold(union(a, b)));
    }

    @Property(tries = 200)
    void everyHeadIsAChangeNoOtherChangeSupersedes(@ForAll long seed) {
        Random r = new Random(seed);
        List<Change> all = history(r, 40);
        Set<UUID> superseded = new HashSet<>();
        all.forEach(c -> superseded.addAll(c.supersedes()));
        SessionState s = SessionState.fold(all);
        for (Change c : all) {
            assertThat(s.headIds(c.fieldKey()).contains(c.id())).isEqualTo(!superseded.contains(c.id()));
        }
    }
}

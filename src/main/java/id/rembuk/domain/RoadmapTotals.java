package id.rembuk.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Indicative budget of the roadmap: per year, for all programmes or a chosen set. */
public final class RoadmapTotals {
    private RoadmapTotals() {
    }

    /** Sum of the cells' budgets per year (1..10); years without cells are left out. */
    public static SortedMap<Integer, Long> perYear(Collection<RoadmapCell> cells) {
        SortedMap<Integer, Long> m = new TreeMap<>();
        cells.forEach(c -> m.merge(c.year(), c.budget(), Math::addExact));
        return Collections.unmodifiableSortedMap(m);
    }

    /** As {@link #perYear(Collection)}, only for the given programmes (e.g. one dimension's). */
    public static SortedMap<Integer, Long> perYear(Collection<RoadmapCell> cells, Set<String> programmeIds) {
        return perYear(cells.stream().filter(c -> programmeIds.contains(c.programmeId())).toList());
    }

    /** Sum of the cells' budgets per programme id. */
    public static Map<String, Long> perProgramme(Collection<RoadmapCell> cells) {
        Map<String, Long> m = new TreeMap<>();
        cells.forEach(c -> m.merge(c.programmeId(), c.budget(), Math::addExact));
        return Collections.unmodifiableMap(m);
    }
}

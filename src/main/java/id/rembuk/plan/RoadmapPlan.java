package id.rembuk.plan;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Records;
import id.rembuk.domain.RoadmapCell;
import id.rembuk.domain.RoadmapPhase;
import id.rembuk.domain.RoadmapSetup;
import id.rembuk.domain.RoadmapTotals;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The roadmap as one pure snapshot of a session: its frame (first calendar year, five or ten
 * years), the programmes by dimension with their phases and yearly budgets, and the totals per
 * year. Budgets come only from the roadmap's cells: a programme without cells has no yearly
 * numbers, rather than its matrix budget spread over the years by guesswork.
 *
 * @param stored whether the room set the frame; if not it is the default for the workshop's year
 */
public record RoadmapPlan(RoadmapSetup setup, boolean stored, List<Group> groups, SortedMap<Integer, Long> totals) {

    /** One dimension's programmes, in matrix order. */
    public record Group(Dimension dimension, String label, List<Line> lines) {
    }

    /**
     * A programme's row: ref and name from the portfolio, its phases (by order, then first year) and
     * its cells by plan year.
     */
    public record Line(Portfolio.Entry entry, List<RoadmapPhase> phases, Map<Integer, RoadmapCell> cells) {
        public String id() {
            return entry.id();
        }

        public String ref() {
            return entry.ref();
        }

        public String name() {
            return entry.programme().name();
        }

        public boolean chosen() {
            return entry.chosen();
        }

        public Optional<Long> budget(int year) {
            return Optional.ofNullable(cells.get(year)).map(RoadmapCell::budget);
        }
    }

    public static RoadmapPlan empty(int workshopYear) {
        return new RoadmapPlan(RoadmapSetup.defaultFor(workshopYear), false, List.of(), new TreeMap<>());
    }

    public static RoadmapPlan of(SessionState state, SessionInfo info, Locale locale) {
        int workshopYear = info == null ? java.time.Year.now().getValue() : info.firstDay().getYear();
        if (state == null) {
            return empty(workshopYear);
        }
        Optional<RoadmapSetup> own = Records.read(state, EntityKind.ROADMAP_SETUP, RoadmapSetup::from).records()
                .stream().findFirst();
        RoadmapSetup setup = own.orElse(RoadmapSetup.defaultFor(workshopYear));
        Map<String, List<RoadmapPhase>> phases = new HashMap<>();
        Records.read(state, EntityKind.ROADMAP_PHASE, RoadmapPhase::from).records()
                .forEach(p -> phases.computeIfAbsent(p.programmeId(), k -> new ArrayList<>()).add(p));
        List<RoadmapCell> cells = Records.read(state, EntityKind.ROADMAP_CELL, RoadmapCell::from).records();
        Map<String, Map<Integer, RoadmapCell>> cellsOf = new HashMap<>();
        cells.forEach(c -> cellsOf.computeIfAbsent(c.programmeId(), k -> new TreeMap<>()).put(c.year(), c));
        Labels labels = Labels.of(state);
        Map<Dimension, List<Line>> byDimension = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        for (Portfolio.Entry e : Portfolio.of(state).programmes()) {
            List<RoadmapPhase> own2 = new ArrayList<>(phases.getOrDefault(e.id(), List.of()));
            own2.sort(Comparator.comparingInt(RoadmapPhase::order).thenComparingInt(RoadmapPhase::from)
                    .thenComparing(RoadmapPhase::id));
            byDimension.computeIfAbsent(e.dimension(), d -> new ArrayList<>())
                    .add(new Line(e, List.copyOf(own2), Map.copyOf(cellsOf.getOrDefault(e.id(), Map.of()))));
            shown.add(e.id());
        }
        List<Group> groups = new ArrayList<>();
        byDimension.forEach((d, lines) -> groups.add(new Group(d, labels.dimension(d, locale), List.copyOf(lines))));
        // cells of deleted programmes are left in the file but not counted
        List<RoadmapCell> counted = cells.stream().filter(c -> shown.contains(c.programmeId())
                && c.year() <= setup.years()).toList();
        return new RoadmapPlan(setup, own.isPresent(), List.copyOf(groups), RoadmapTotals.perYear(counted));
    }

    public List<Line> lines() {
        return groups.stream().flatMap(g -> g.lines().stream()).toList();
    }

    public Optional<Line> line(String programmeId) {
        return lines().stream().filter(l -> l.id().equals(programmeId)).findFirst();
    }

    public Optional<RoadmapPhase> phase(String phaseId) {
        if (phaseId == null) {
            return Optional.empty();
        }
        return lines().stream().flatMap(l -> l.phases().stream()).filter(p -> p.id().equals(phaseId)).findFirst();
    }

    public int programmeCount() {
        return groups.stream().mapToInt(g -> g.lines().size()).sum();
    }
}

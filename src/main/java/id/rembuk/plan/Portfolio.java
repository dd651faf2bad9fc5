package id.rembuk.plan;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.GridNudge;
import id.rembuk.domain.Programme;
import id.rembuk.domain.ProgrammeRanking;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.QuickWinGrid;
import id.rembuk.domain.QuickWinRules;
import id.rembuk.domain.Records;
import id.rembuk.domain.Score;
import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every programme of the session with what the room made of it: its ref ("GOV-3"), its scores,
 * rank, place on the quick-win grid, the quick-win rules it breaks and the quick win chosen from
 * it. One pure snapshot of a session state, read by the matrix, the scoring sheet, the grid, the
 * profiles, the roadmap and the reports alike, so they never disagree on a number.
 *
 * @param programmes every programme, by dimension (the method's order) then by its order
 * @param direct     quick wins proposed without a programme
 */
public record Portfolio(List<Entry> programmes, List<QuickWin> direct, ProgrammeRanking.Weights weights) {

    /**
     * @param ref       dimension code and place within the dimension, "GOV-3"
     * @param rank      rank among all programmes (1 = best); equal scores share a rank
     * @param position  place on the grid: the facilitator's nudge, else the scores'; empty before scoring
     * @param broken    the quick-win rules it breaks
     * @param quickWin  the quick win chosen from it, if any
     */
    public record Entry(Programme programme, String ref, ProgrammeRanking.Aggregate aggregate, int rank,
                        Optional<QuickWinGrid.Position> position, List<QuickWinRules.Rule> broken,
                        Optional<GridNudge> nudge, Optional<QuickWin> quickWin) {
        public String id() {
            return programme.id();
        }

        public Dimension dimension() {
            return programme.dimension();
        }

        public boolean chosen() {
            return quickWin.isPresent();
        }

        public Optional<QuickWinGrid.Quadrant> quadrant() {
            return position.map(QuickWinGrid.Position::quadrant);
        }
    }

    public static Portfolio empty() {
        return new Portfolio(List.of(), List.of(), ProgrammeRanking.Weights.defaults());
    }

    public static Portfolio of(SessionState state) {
        if (state == null) {
            return empty();
        }
        List<Programme> programmes = Records.read(state, EntityKind.PROGRAMME, Programme::from).records().stream()
                .sorted(Comparator.comparing(Programme::dimension).thenComparingInt(Programme::order)
                        .thenComparing(Programme::id))
                .toList();
        List<Score> scores = Records.read(state, EntityKind.SCORE, Score::from).records();
        Map<String, GridNudge> nudges = Records.read(state, EntityKind.GRID_NUDGE, GridNudge::from).records().stream()
                .collect(Collectors.toMap(GridNudge::programmeId, Function.identity(), (a, b) -> a));
        List<QuickWin> quickWins = Records.read(state, EntityKind.QUICK_WIN, QuickWin::from).records();
        Map<String, QuickWin> byProgramme = new HashMap<>();
        List<QuickWin> direct = new ArrayList<>();
        for (QuickWin q : quickWins.stream().sorted(Comparator.comparing(QuickWin::id)).toList()) {
            if (q.programmeId().isEmpty()) {
                direct.add(q);
            } else {
                byProgramme.putIfAbsent(q.programmeId(), q);
            }
        }
        ProgrammeRanking.Weights weights = ProgrammeRanking.Weights.of(state);
        List<ProgrammeRanking.Ranked> ranked = ProgrammeRanking.rank(programmes.stream().map(Programme::id).toList(),
                scores, weights);
        Map<String, ProgrammeRanking.Ranked> rankOf = new LinkedHashMap<>();
        ranked.forEach(r -> rankOf.put(r.aggregate().programmeId(), r));

        List<Entry> entries = new ArrayList<>();
        Map<Dimension, Integer> counter = new HashMap<>();
        for (Programme p : programmes) {
            int n = counter.merge(p.dimension(), 1, Integer::sum);
            ProgrammeRanking.Ranked r = rankOf.get(p.id());
            Optional<GridNudge> nudge = Optional.ofNullable(nudges.get(p.id()));
            entries.add(new Entry(p, p.dimension().code() + "-" + n, r.aggregate(), r.rank(),
                    QuickWinGrid.position(r.aggregate(), weights, nudge), QuickWinRules.broken(p), nudge,
                    Optional.ofNullable(byProgramme.get(p.id()))));
        }
        direct.sort(Comparator.comparing(QuickWin::dimension).thenComparing(QuickWin::name));
        return new Portfolio(List.copyOf(entries), List.copyOf(direct), weights);
    }

    public Optional<Entry> find(String programmeId) {
        return programmes.stream().filter(e -> e.id().equals(programmeId)).findFirst();
    }

    public List<Entry> inDimension(Dimension d) {
        return programmes.stream().filter(e -> e.dimension() == d).toList();
    }

    /** Programmes in rank order (best first; unscored last, in matrix order). */
    public List<Entry> ranked() {
        return programmes.stream().sorted(Comparator.comparingInt(Entry::rank)).toList();
    }

    /** Every chosen quick win: from programmes in matrix order, then those proposed directly. */
    public List<QuickWin> quickWins() {
        List<QuickWin> out = new ArrayList<>();
        programmes.forEach(e -> e.quickWin().ifPresent(out::add));
        out.addAll(direct);
        return List.copyOf(out);
    }
}

package id.rembuk.groups;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Group;
import id.rembuk.domain.Participant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Shares people out over FGD groups. The rules, strongest first:
 * <ol>
 * <li>group sizes differ by at most one;</li>
 * <li>with "keep existing", nobody already in a target group moves unless their group is over the
 * size limit; with "near natural dimension", government people go to their OPD's dimension group as
 * far as sizes allow (the extra seats of uneven sizes go to the groups most asked for);</li>
 * <li>no group holds more of one institution than its fair share (its size over the number of
 * groups, rounded up): several people from one OPD do not pile into one group;</li>
 * <li>each unsur is spread as evenly as the rules above allow (counts per group differ by at most
 * one), then institutions and unsur as evenly as possible.</li>
 * </ol>
 * The first two are built in; the others are weights of one score that a local search lowers by
 * moving and swapping the people it may place, so a weaker rule never breaks a stronger one. The
 * institution rule always holds when everyone is placed afresh (the start deals each institution
 * round the groups). The unsur rule is met whenever it can be in the rooms tested exhaustively
 * (GroupAssignmentExhaustiveTest); a local search gives no proof, and a room that only a three-way
 * exchange would fix may end one person off. The result depends only on the set of people, the
 * targets and the options: people are taken in id order, then shuffled with the seed.
 */
public final class GroupAssignment {
    /** One person beyond an institution's fair share outweighs any gain in unsur balance. */
    static final long INSTITUTION_EXCESS = 100_000_000L;
    /** One person off the even spread of an unsur outweighs any gain in the finer spread. */
    static final long UNSUR_DEVIATION = 10_000L;
    private static final int MAX_SWEEPS = 1_000;
    /**
     * Swapping two people at a time can get stuck where only three moving at once would help; a few
     * searches from differently shuffled starts, keeping the best, make that rare.
     */
    private static final int STARTS = 6;

    private GroupAssignment() {
    }

    /** With the natural dimensions of the table shipped with the app. */
    public static Assignment assign(Collection<Participant> people, List<String> targets, AssignOptions options) {
        return assign(people, targets, options, NaturalDimensions.standard());
    }

    /**
     * @param people  everyone to place (their current group is read for "keep existing")
     * @param targets the group ids to share them over, in display order; at least one
     */
    public static Assignment assign(Collection<Participant> people, List<String> targets, AssignOptions options,
                                    NaturalDimensions table) {
        if (targets.isEmpty() || new HashSet<>(targets).size() != targets.size()) {
            throw new IllegalArgumentException("targets must be distinct and at least one: " + targets);
        }
        List<Participant> sorted = new ArrayList<>(people);
        sorted.sort(Comparator.comparing(Participant::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("participant given twice: " + sorted.get(i).id());
            }
        }
        Random random = new Random(options.seed());
        Solver s = null;
        for (int start = 0; start < STARTS; start++) {
            List<Participant> order = new ArrayList<>(sorted);
            Collections.shuffle(order, random);
            Solver candidate = new Solver(order, List.copyOf(targets), options, table);
            candidate.solve();
            if (s == null || candidate.score() < s.score()) {
                s = candidate;
            }
        }
        Map<String, String> groupOf = new LinkedHashMap<>();
        for (Participant p : sorted) {
            groupOf.put(p.id(), targets.get(s.groupOfPerson(p.id())));
        }
        return new Assignment(sorted, List.copyOf(targets), options, groupOf);
    }

    /** The arrays the search works on; index i is the i-th person in shuffled order. */
    private static final class Solver {
        private final List<Participant> people;
        private final List<String> targets;
        private final AssignOptions options;
        private final int n;
        private final int g;
        private final int[] unsur;
        private final int[] inst;
        private final int[] natural;
        private final int[] group;
        private final boolean[] movable;
        private final int[] size;
        private final int[][] countU;
        private final int[][] countI;
        private final int[] instTotal;
        private final int[] capI;
        private final int[] loU;
        private final int[] hiU;
        private final int[] cap;
        private final Map<String, Integer> index = new HashMap<>();

        Solver(List<Participant> people, List<String> targets, AssignOptions options, NaturalDimensions table) {
            this.people = people;
            this.targets = targets;
            this.options = options;
            this.n = people.size();
            this.g = targets.size();
            unsur = new int[n];
            inst = new int[n];
            natural = new int[n];
            group = new int[n];
            movable = new boolean[n];
            Map<String, Integer> instIndex = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Participant p = people.get(i);
                index.put(p.id(), i);
                unsur[i] = p.unsur().ordinal();
                String key = Institutions.key(p.institution());
                inst[i] = key.isEmpty() ? -1 : instIndex.computeIfAbsent(key, k -> instIndex.size());
                natural[i] = options.nearNaturalDimension()
                        ? table.of(p).map(d -> targets.indexOf(Group.idFor(d))).orElse(-1) : -1;
                group[i] = -1;
                movable[i] = true;
            }
            int units = Participant.Unsur.values().length;
            size = new int[g];
            countU = new int[g][units];
            countI = new int[g][instIndex.size()];
            instTotal = new int[instIndex.size()];
            capI = new int[instIndex.size()];
            int[] unsurTotal = new int[units];
            loU = new int[units];
            hiU = new int[units];
            for (int i = 0; i < n; i++) {
                unsurTotal[unsur[i]]++;
                if (inst[i] >= 0) {
                    instTotal[inst[i]]++;
                }
            }
            for (int k = 0; k < instTotal.length; k++) {
                capI[k] = Balance.ceilDiv(instTotal[k], g);
            }
            for (int u = 0; u < units; u++) {
                loU[u] = unsurTotal[u] / g;
                hiU[u] = Balance.ceilDiv(unsurTotal[u], g);
            }
            cap = new int[g];
        }

        int groupOfPerson(String id) {
            return group[index.get(id)];
        }

        void solve() {
            boolean anyFixed = keepExisting();
            int[] kept = size.clone();
            int[] demand = new int[g];
            for (int i = 0; i < n; i++) {
                if (group[i] < 0 && natural[i] >= 0) {
                    demand[natural[i]]++;
                }
            }
            chooseCaps(kept, demand);
            trimOverfull();
            anyFixed |= placeNatural();
            List<Integer> free = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (group[i] < 0) {
                    free.add(i);
                }
            }
            free.sort(Comparator.<Integer>comparingInt(i -> inst[i] < 0 ? 1 : -instTotal[inst[i]])
                    .thenComparingInt(i -> inst[i] < 0 ? Integer.MAX_VALUE : inst[i])
                    .thenComparingInt(i -> unsur[i])
                    .thenComparingInt(i -> i));
            if (anyFixed) {
                greedy(free);
            } else {
                deal(free);
            }
            improve();
        }

        /** People already in a target group are placed there and may not move (yet). */
        private boolean keepExisting() {
            if (!options.keepExisting()) {
                return false;
            }
            boolean any = false;
            for (int i = 0; i < n; i++) {
                int at = targets.indexOf(people.get(i).group());
                if (at >= 0) {
                    put(i, at);
                    movable[i] = false;
                    any = true;
                }
            }
            return any;
        }

        /**
         * Each group holds n / g people, and n mod g of them one more. The extra seats go first to
         * groups kept over the base size (fewest people moved), then to the groups most asked for.
         */
        private void chooseCaps(int[] kept, int[] demand) {
            int base = n / g;
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < g; k++) {
                order.add(k);
                cap[k] = base;
            }
            order.sort(Comparator.<Integer>comparingInt(k -> -Math.max(kept[k], base))
                    .thenComparingInt(k -> -(kept[k] + demand[k]))
                    .thenComparingInt(k -> k));
            for (int k = 0; k < n % g; k++) {
                cap[order.get(k)]++;
            }
        }

        /** A group kept over its size gives up the members it holds most of (same institution, same unsur). */
        private void trimOverfull() {
            for (int k = 0; k < g; k++) {
                while (size[k] > cap[k]) {
                    int best = -1;
                    long bestGain = Long.MIN_VALUE;
                    for (int i = 0; i < n; i++) {
                        if (group[i] == k) {
                            long gain = -removeDelta(i, k);
                            if (gain > bestGain) {
                                bestGain = gain;
                                best = i;
                            }
                        }
                    }
                    take(best);
                    movable[best] = true;
                }
            }
        }

        /**
         * Government people to their natural group while it has room. When more ask than fit, the
         * ones from the institutions best represented there give way, so every OPD keeps a seat.
         */
        private boolean placeNatural() {
            boolean any = false;
            for (int k = 0; k < g; k++) {
                List<Integer> asking = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (group[i] < 0 && natural[i] == k) {
                        asking.add(i);
                    }
                }
                Map<Integer, Integer> perInst = new HashMap<>();
                asking.forEach(i -> perInst.merge(inst[i], 1, Integer::sum));
                int room = Math.max(0, cap[k] - size[k]);
                while (asking.size() > room) {
                    int out = -1;
                    for (int i : asking) {
                        // the last in shuffled order of the most numerous institution gives way
                        if (out < 0 || perInst.get(inst[i]) >= perInst.get(inst[out])) {
                            out = i;
                        }
                    }
                    asking.remove(Integer.valueOf(out));
                    perInst.merge(inst[out], -1, Integer::sum);
                }
                for (int i : asking) {
                    put(i, k);
                    movable[i] = false;
                    any = true;
                }
            }
            return any;
        }

        /**
         * Nothing is fixed: deal the people round the groups, one institution after another. Each
         * institution then lies in consecutive seats of the round and never exceeds its fair share,
         * and the groups given the extra seats are dealt first, so they get exactly their size.
         */
        private void deal(List<Integer> free) {
            List<Integer> round = new ArrayList<>();
            for (int k = 0; k < g; k++) {
                round.add(k);
            }
            round.sort(Comparator.<Integer>comparingInt(k -> -cap[k]).thenComparingInt(k -> k));
            int seat = 0;
            for (int i : free) {
                put(i, round.get(seat++ % g));
            }
        }

        /** Some seats are taken: each person goes where they add the least imbalance, while room is left. */
        private void greedy(List<Integer> free) {
            for (int i : free) {
                int best = -1;
                long bestDelta = Long.MAX_VALUE;
                for (int k = 0; k < g; k++) {
                    if (size[k] < cap[k]) {
                        long d = addDelta(i, k);
                        if (d < bestDelta) {
                            bestDelta = d;
                            best = k;
                        }
                    }
                }
                put(i, best);
            }
        }

        /**
         * Moves and swaps of the people it may place, each lowering the score, until none does.
         * A move only goes from a larger group to one smaller by one, so sizes stay within one.
         */
        private void improve() {
            for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                boolean improved = false;
                for (int p = 0; p < n; p++) {
                    if (!movable[p]) {
                        continue;
                    }
                    int a = group[p];
                    long bestDelta = 0;
                    int bestTarget = -1;
                    int bestPartner = -1;
                    for (int b = 0; b < g; b++) {
                        if (b != a && size[a] == size[b] + 1) {
                            long d = moveDelta(p, a, b);
                            if (d < bestDelta) {
                                bestDelta = d;
                                bestTarget = b;
                                bestPartner = -1;
                            }
                        }
                    }
                    for (int q = 0; q < n; q++) {
                        if (movable[q] && group[q] != a && (unsur[q] != unsur[p] || inst[q] != inst[p])) {
                            long d = swapDelta(p, q);
                            if (d < bestDelta) {
                                bestDelta = d;
                                bestTarget = group[q];
                                bestPartner = q;
                            }
                        }
                    }
                    if (bestTarget >= 0) {
                        take(p);
                        if (bestPartner >= 0) {
                            take(bestPartner);
                            put(bestPartner, a);
                        }
                        put(p, bestTarget);
                        improved = true;
                    }
                }
                if (!improved && !escape()) {
                    return;
                }
            }
        }

        /** Whether person p's unsur or institution is over its share in p's group. */
        private boolean misplaced(int p) {
            int k = group[p];
            return countU[k][unsur[p]] > hiU[unsur[p]] || inst[p] >= 0 && countI[k][inst[p]] > capI[inst[p]];
        }

        /**
         * Stuck with someone over their share: tries a swap that alone does not help followed by the
         * best second step; keeps the pair if together they lower the score.
         */
        private boolean escape() {
            for (int p = 0; p < n; p++) {
                if (!movable[p] || !misplaced(p)) {
                    continue;
                }
                for (int q = 0; q < n; q++) {
                    if (!movable[q] || group[q] == group[p] || unsur[q] == unsur[p] && inst[q] == inst[p]) {
                        continue;
                    }
                    long first = swapDelta(p, q);
                    swap(p, q);
                    long second = 0;
                    int x = -1;
                    int y = -1;
                    for (int i = 0; i < n; i++) {
                        for (int j = i + 1; j < n; j++) {
                            if (movable[i] && movable[j] && group[i] != group[j]
                                    && (unsur[i] != unsur[j] || inst[i] != inst[j])) {
                                long d = swapDelta(i, j);
                                if (d < second) {
                                    second = d;
                                    x = i;
                                    y = j;
                                }
                            }
                        }
                    }
                    if (x >= 0 && first + second < 0) {
                        swap(x, y);
                        return true;
                    }
                    swap(p, q);
                }
            }
            return false;
        }

        private void swap(int p, int q) {
            int a = group[p];
            int b = group[q];
            take(p);
            take(q);
            put(p, b);
            put(q, a);
        }

        /** The weighted sum the search lowers; lower is better. */
        long score() {
            long total = 0;
            for (int k = 0; k < g; k++) {
                for (int u = 0; u < countU[k].length; u++) {
                    total += termU(countU[k][u], u);
                }
                for (int i = 0; i < countI[k].length; i++) {
                    total += termI(countI[k][i], i);
                }
            }
            return total;
        }

        private void put(int i, int k) {
            group[i] = k;
            size[k]++;
            countU[k][unsur[i]]++;
            if (inst[i] >= 0) {
                countI[k][inst[i]]++;
            }
        }

        private void take(int i) {
            int k = group[i];
            size[k]--;
            countU[k][unsur[i]]--;
            if (inst[i] >= 0) {
                countI[k][inst[i]]--;
            }
            group[i] = -1;
        }

        private long termI(int c, int i) {
            return INSTITUTION_EXCESS * Math.max(0, c - capI[i]) + (long) c * c;
        }

        private long termU(int c, int u) {
            return UNSUR_DEVIATION * (Math.max(0, c - hiU[u]) + Math.max(0, loU[u] - c)) + (long) c * c;
        }

        /** Score change when person i (not in a group) joins group k. */
        private long addDelta(int i, int k) {
            long d = termU(countU[k][unsur[i]] + 1, unsur[i]) - termU(countU[k][unsur[i]], unsur[i]);
            if (inst[i] >= 0) {
                d += termI(countI[k][inst[i]] + 1, inst[i]) - termI(countI[k][inst[i]], inst[i]);
            }
            return d;
        }

        /** Score change when person i leaves group k. */
        private long removeDelta(int i, int k) {
            long d = termU(countU[k][unsur[i]] - 1, unsur[i]) - termU(countU[k][unsur[i]], unsur[i]);
            if (inst[i] >= 0) {
                d += termI(countI[k][inst[i]] - 1, inst[i]) - termI(countI[k][inst[i]], inst[i]);
            }
            return d;
        }

        private long moveDelta(int p, int a, int b) {
            return removeDelta(p, a) + addDelta(p, b);
        }

        private long swapDelta(int p, int q) {
            int a = group[p];
            int b = group[q];
            long d = 0;
            if (unsur[p] != unsur[q]) {
                d += shift(countU[a][unsur[p]], countU[b][unsur[p]], unsur[p], false);
                d += shift(countU[b][unsur[q]], countU[a][unsur[q]], unsur[q], false);
            }
            if (inst[p] != inst[q]) {
                if (inst[p] >= 0) {
                    d += shift(countI[a][inst[p]], countI[b][inst[p]], inst[p], true);
                }
                if (inst[q] >= 0) {
                    d += shift(countI[b][inst[q]], countI[a][inst[q]], inst[q], true);
                }
            }
            return d;
        }

        /** One member of a class leaves a group holding {@code from} and joins one holding {@code to}. */
        private long shift(int from, int to, int cls, boolean institution) {
            if (institution) {
                return termI(from - 1, cls) - termI(from, cls) + termI(to + 1, cls) - termI(to, cls);
            }
            return termU(from - 1, cls) - termU(from, cls) + termU(to + 1, cls) - termU(to, cls);
        }
    }

    /** The natural group of a person, if the table gives one and it is among the targets. */
    public static java.util.Optional<String> naturalGroup(Participant p, List<String> targets,
                                                          NaturalDimensions table) {
        return table.of(p).map(Dimension::code).filter(targets::contains);
    }
}

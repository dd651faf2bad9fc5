package id.rembuk.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counting the dots placed on SWOT cards, to pick the items the room cares most about. */
public final class VoteTally {
    private VoteTally() {
    }

    /** @param rank 1 for the most dots; equal counts share a rank */
    public record Line(String swotItemId, long dots, int rank) {
    }

    /** Dots per SWOT item in one round, most first (ties by item id, so every laptop shows the same order). */
    public static List<Line> tally(Collection<Vote> votes, int round) {
        Map<String, Long> dots = votes.stream().filter(v -> v.round() == round)
                .collect(Collectors.groupingBy(Vote::swotItemId, TreeMap::new, Collectors.counting()));
        List<Map.Entry<String, Long>> sorted = dots.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            long n = sorted.get(i).getValue();
            int rank = i > 0 && lines.get(i - 1).dots() == n ? lines.get(i - 1).rank() : i + 1;
            lines.add(new Line(sorted.get(i).getKey(), n, rank));
        }
        return List.copyOf(lines);
    }

    /** Dots each voter placed in one round, to hold everyone to the same number of dots. */
    public static Map<String, Long> dotsPerVoter(Collection<Vote> votes, int round) {
        return votes.stream().filter(v -> v.round() == round)
                .collect(Collectors.groupingBy(v -> Score.scorerKey(v.voter()), TreeMap::new, Collectors.counting()));
    }
}

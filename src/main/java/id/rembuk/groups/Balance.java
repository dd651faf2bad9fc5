package id.rembuk.groups;

import id.rembuk.domain.Participant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How evenly people are spread over a set of groups, for the screen: per group its size, its
 * people per unsur, the institutions with more than one member there, and an imbalance score.
 *
 * @param groups     one entry per group, in the order asked for
 * @param people     people in one of the groups
 * @param unassigned people given but in none of the groups
 */
public record Balance(List<GroupBalance> groups, int people, int unassigned) {

    /**
     * One group's make-up.
     *
     * @param unsur        people per unsur, only those present, in the enum's order
     * @param institutions institutions with more than one member here, most members first
     * @param imbalance    0 for a group that mirrors the whole room: the sum, over unsur, of how far
     *                     the count is from the room's share; plus members of one institution beyond
     *                     its fair share (its size over the number of groups, rounded up); plus how
     *                     far the size is from the average
     */
    public record GroupBalance(String groupId, int size, Map<Participant.Unsur, Integer> unsur,
                               List<Shared> institutions, double imbalance) {
        public GroupBalance {
            Map<Participant.Unsur, Integer> copy = new EnumMap<>(Participant.Unsur.class);
            copy.putAll(unsur);
            unsur = java.util.Collections.unmodifiableMap(copy);
            institutions = List.copyOf(institutions);
        }

        public int count(Participant.Unsur u) {
            return unsur.getOrDefault(u, 0);
        }
    }

    /**
     * Several people of one institution in one group.
     *
     * @param institution the name as first typed
     * @param fairShare   the most one group should hold of this institution when spread evenly
     */
    public record Shared(String institution, String shortName, int count, int fairShare) {
        public boolean aboveShare() {
            return count > fairShare;
        }
    }

    public Balance {
        groups = List.copyOf(groups);
    }

    public static Balance of(Collection<Participant> people, List<String> groupIds) {
        int g = groupIds.size();
        Map<String, List<Participant>> members = new LinkedHashMap<>();
        groupIds.forEach(id -> members.put(id, new ArrayList<>()));
        int unassigned = 0;
        for (Participant p : people) {
            List<Participant> m = members.get(p.group());
            if (m == null) {
                unassigned++;
            } else {
                m.add(p);
            }
        }
        int n = people.size() - unassigned;
        Map<Participant.Unsur, Integer> unsurTotal = new EnumMap<>(Participant.Unsur.class);
        Map<String, Integer> institutionTotal = new HashMap<>();
        Map<String, String> firstSpelling = new HashMap<>();
        members.values().forEach(list -> list.forEach(p -> {
            unsurTotal.merge(p.unsur(), 1, Integer::sum);
            String key = Institutions.key(p.institution());
            if (!key.isEmpty()) {
                institutionTotal.merge(key, 1, Integer::sum);
                firstSpelling.putIfAbsent(key, p.institution());
            }
        }));
        List<GroupBalance> out = new ArrayList<>();
        for (Map.Entry<String, List<Participant>> e : members.entrySet()) {
            Map<Participant.Unsur, Integer> unsur = new EnumMap<>(Participant.Unsur.class);
            Map<String, Integer> institutions = new HashMap<>();
            for (Participant p : e.getValue()) {
                unsur.merge(p.unsur(), 1, Integer::sum);
                String key = Institutions.key(p.institution());
                if (!key.isEmpty()) {
                    institutions.merge(key, 1, Integer::sum);
                }
            }
            double imbalance = Math.abs(e.getValue().size() - (double) n / g);
            for (Map.Entry<Participant.Unsur, Integer> t : unsurTotal.entrySet()) {
                imbalance += Math.abs(unsur.getOrDefault(t.getKey(), 0) - (double) t.getValue() / g);
            }
            List<Shared> shared = new ArrayList<>();
            for (Map.Entry<String, Integer> i : institutions.entrySet()) {
                int fair = ceilDiv(institutionTotal.get(i.getKey()), g);
                imbalance += Math.max(0, i.getValue() - fair);
                if (i.getValue() > 1) {
                    String name = firstSpelling.get(i.getKey());
                    shared.add(new Shared(name, Institutions.shortName(name), i.getValue(), fair));
                }
            }
            shared.sort(Comparator.comparingInt(Shared::count).reversed().thenComparing(Shared::institution));
            out.add(new GroupBalance(e.getKey(), e.getValue().size(), unsur, shared,
                    Math.round(imbalance * 10) / 10.0));
        }
        return new Balance(out, n, unassigned);
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    public int minSize() {
        return groups.stream().mapToInt(GroupBalance::size).min().orElse(0);
    }

    public int maxSize() {
        return groups.stream().mapToInt(GroupBalance::size).max().orElse(0);
    }

    /** Sum of the groups' imbalance; lower is better, 0 only when every group mirrors the room. */
    public double score() {
        return Math.round(groups.stream().mapToDouble(GroupBalance::imbalance).sum() * 10) / 10.0;
    }

    public GroupBalance group(String groupId) {
        return groups.stream().filter(b -> b.groupId().equals(groupId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a group of this balance: " + groupId));
    }
}

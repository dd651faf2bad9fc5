package id.rembuk.domain;

import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Who is who once the facilitator confirmed registrations as one person ({@link SamePerson}).
 * Pure and order-free: the same registrations and decisions give the same answer on every laptop.
 * Confirmed pairs join transitively (a=b and b=c is one person). The registration shown for a
 * person is one no confirmed link names as {@code other} (the end of a chain a→b→c); when links
 * disagree (a cycle, or two kept ones), the one kept most often, then the smallest id. Only live
 * registrations are kept, but a deleted one still joins the two it was confirmed with.
 */
public final class People {
    private final Map<String, SamePerson> decisions;
    private final Map<String, String> kept;
    private final Map<String, List<String>> members;

    private People(Collection<String> live, Collection<SamePerson> all) {
        Map<String, SamePerson> byId = new TreeMap<>();
        all.forEach(d -> byId.put(d.id(), d));
        decisions = byId;
        Map<String, String> parent = new HashMap<>();
        List<SamePerson> confirmed = byId.values().stream().filter(SamePerson::confirmed).toList();
        confirmed.forEach(d -> union(parent, d.keep(), d.other()));
        Map<String, List<String>> components = new HashMap<>();
        for (String id : new LinkedHashSet<>(live)) {
            components.computeIfAbsent(find(parent, id), x -> new ArrayList<>()).add(id);
        }
        Map<String, Integer> keeps = new HashMap<>();
        Set<String> others = new HashSet<>();
        confirmed.forEach(d -> {
            keeps.merge(d.keep(), 1, Integer::sum);
            others.add(d.other());
        });
        Comparator<String> best = Comparator.<String>comparingInt(id -> -keeps.getOrDefault(id, 0))
                .thenComparing(Comparator.naturalOrder());
        kept = new HashMap<>();
        members = new HashMap<>();
        for (List<String> ids : components.values()) {
            List<String> candidates = ids.stream().filter(id -> !others.contains(id)).toList();
            String keep = (candidates.isEmpty() ? ids : candidates).stream().min(best).orElseThrow();
            List<String> all2 = new ArrayList<>();
            all2.add(keep);
            ids.stream().filter(id -> !id.equals(keep)).sorted().forEach(all2::add);
            ids.forEach(id -> kept.put(id, keep));
            members.put(keep, List.copyOf(all2));
        }
    }

    /** @param live the ids of the live participants */
    public static People of(Collection<String> live, Collection<SamePerson> decisions) {
        return new People(live, decisions);
    }

    /** Everybody in a session: its live participants (valid or not) and its readable decisions. */
    public static People of(SessionState s) {
        List<String> live = s.live(EntityKind.PARTICIPANT.code()).map(e -> e.key().id())
                .collect(Collectors.toList());
        return of(live, Records.read(s, EntityKind.SAME_PERSON, SamePerson::from).records());
    }

    /**
     * The valid participants, one per person: a registration confirmed as the same person as
     * another is left out, so groups, breakout screens and scorer lists name everybody once.
     */
    public static List<Participant> participants(SessionState s) {
        People people = of(s);
        return Records.read(s, EntityKind.PARTICIPANT, Participant::from).records().stream()
                .filter(p -> people.isKept(p.id())).toList();
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // the smaller root wins, so the structure (and nothing visible) depends on the order of links
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    /** The registration shown for the person registered as {@code id}; {@code id} itself if not merged or unknown. */
    public String kept(String id) {
        return kept.getOrDefault(id, id);
    }

    /** Whether {@code id} is the registration shown for its person (also when it was never merged). */
    public boolean isKept(String id) {
        return kept(id).equals(id);
    }

    /** Every live registration of the person registered as {@code id}: the kept one first, then by id. */
    public List<String> registrations(String id) {
        return members.getOrDefault(kept(id), List.of(id));
    }

    /** Whether the two registrations are (confirmed as) one person. */
    public boolean samePerson(String a, String b) {
        return kept(a).equals(kept(b)) && kept.containsKey(a) && kept.containsKey(b);
    }

    /** The facilitator's decision about a pair, in either order. */
    public Optional<SamePerson> decision(String a, String b) {
        return Optional.ofNullable(decisions.get(SamePerson.idFor(a, b)));
    }

    /** Every decision, by id. */
    public List<SamePerson> decisions() {
        return List.copyOf(decisions.values());
    }

    /** The confirmed pairs, by id. */
    public List<SamePerson> confirmed() {
        return decisions.values().stream().filter(SamePerson::confirmed).toList();
    }
}

package id.rembuk.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Suggests participants who are probably the same person (registered on two laptops). Only a
 * suggestion: the facilitator confirms, because two people can share an office phone.
 */
public final class Duplicates {
    private Duplicates() {
    }

    /** Strongest evidence first. */
    public enum Reason implements Labelled {
        NIP, PHONE, NAME_AND_INSTITUTION;

        @Override
        public String labelGroup() {
            return "duplicate";
        }
    }

    /** @param first the smaller id of the pair, {@code second} the larger */
    public record Suggestion(String first, String second, Reason reason) {
    }

    public static List<Suggestion> suggest(List<Participant> participants) {
        Map<String, Suggestion> byPair = new LinkedHashMap<>();
        pairs(participants, Participant::nip, Reason.NIP, byPair);
        pairs(participants, p -> {
            String phone = p.normalisedPhone();
            return phone.length() >= 8 ? phone : "";
        }, Reason.PHONE, byPair);
        pairs(participants, p -> {
            String name = Participant.normaliseName(p.name());
            return name.isEmpty() ? "" : name + "|" + Participant.normaliseName(p.institution());
        }, Reason.NAME_AND_INSTITUTION, byPair);
        return byPair.values().stream()
                .sorted(Comparator.comparing(Suggestion::first).thenComparing(Suggestion::second))
                .toList();
    }

    private static void pairs(List<Participant> ps, Function<Participant, String> key, Reason reason,
                              Map<String, Suggestion> out) {
        Map<String, List<String>> groups = new HashMap<>();
        for (Participant p : ps) {
            String k = key.apply(p);
            if (!k.isEmpty()) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p.id());
            }
        }
        for (List<String> ids : groups.values()) {
            List<String> sorted = ids.stream().distinct().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    // a pair already found by stronger evidence keeps that reason
                    out.putIfAbsent(sorted.get(i) + "\u001f" + sorted.get(j),
                            new Suggestion(sorted.get(i), sorted.get(j), reason));
                }
            }
        }
    }
}

package id.rembuk.ui.people;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Participant;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The words and the default choice for registrations of the same person. Pure: no toolkit. */
final class SamePeople {
    private SamePeople() {
    }

    /** How much one registration says about the person: its filled-in fields. */
    static int detail(Participant p) {
        return (int) Stream.of(p.nip(), p.jabatan(), p.institution(), p.phone(), p.email(), p.group())
                .filter(v -> !v.isEmpty()).count();
    }

    /**
     * Which of two registrations to keep unless the facilitator says otherwise: the one with more
     * details, then the one registered first (by the creating edit's stamp), then the smaller id,
     * so every laptop proposes the same.
     */
    static Participant suggestedKeep(Participant a, Participant b, SessionState s) {
        Comparator<Participant> better = Comparator.comparingInt((Participant p) -> -detail(p))
                .thenComparingLong(p -> created(p, s)).thenComparing(Participant::id);
        return better.compare(a, b) <= 0 ? a : b;
    }

    private static long created(Participant p, SessionState s) {
        return s == null ? Long.MAX_VALUE : s.get(EntityKind.PARTICIPANT.code(), p.id())
                .flatMap(EntityState::origin).map(o -> o.created().hlc()).orElse(Long.MAX_VALUE);
    }

    /**
     * "Juga: Andriani H. · Bappeda · +628•••••167": what the other registrations
     * say that the kept one does not, so the merged row hides nothing; empty when not merged.
     */
    static String alsoText(Participant kept, List<Participant> others) {
        if (others.isEmpty()) {
            return "";
        }
        Set<String> parts = new LinkedHashSet<>();
        for (Participant o : others) {
            add(parts, kept.name(), o.name());
            add(parts, kept.jabatan(), o.jabatan());
            add(parts, kept.institution(), o.institution());
            if (!o.nip().isEmpty() && !o.nip().equals(kept.nip())) {
                parts.add("NIP " + o.nipDisplay());
            }
            if (!o.phone().isEmpty() && !o.normalisedPhone().equals(kept.normalisedPhone())) {
                parts.add(ParticipantsViewModel.maskPhone(o.phone()));
            }
            add(parts, kept.email(), o.email());
        }
        List<String> list = new ArrayList<>(parts);
        return list.isEmpty() ? Messages.get("people.merged.alsoSame", others.size())
                : Messages.get("people.merged.also", String.join(" · ", list));
    }

    private static void add(Set<String> parts, String kept, String other) {
        if (!other.isEmpty() && !Search.fold(other).equals(Search.fold(kept))) {
            parts.add(other);
        }
    }
}

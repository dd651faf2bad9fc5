package id.rembuk.ui.people;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Participant;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The words the people screens show for an unsur and a group. */
public final class PeopleText {
    private PeopleText() {
    }

    public static String unsur(Participant.Unsur u) {
        return Messages.get(u.messageKey());
    }

    /** The session's own wording for the dimensions; unreadable wording falls back to the default. */
    public static Labels labels(SessionState s) {
        try {
            return s == null ? Labels.defaults() : Labels.of(s);
        } catch (RuntimeException e) {
            return Labels.defaults();
        }
    }

    /** A group by its dimension or element ("Smart Governance", "Struktur"); "" for none; an unknown id as it is. */
    public static String group(String id, Labels labels) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        Optional<Dimension> d = Dimension.ofCode(id).filter(x -> x.code().equals(id));
        if (d.isPresent()) {
            return labels.dimension(d.get(), Messages.locale());
        }
        return element(id).map(e -> Messages.get(e.messageKey())).orElse(id);
    }

    /**
     * The groups a participant can join: those the session has, else the six dimensions (one
     * group per dimension is the usual split). Dimensions first, then elements, then the rest.
     */
    public static List<String> groupIds(SessionState s) {
        List<String> ids = new ArrayList<>();
        if (s != null) {
            s.live(EntityKind.GROUP.code()).forEach(e -> ids.add(e.key().id()));
        }
        if (ids.isEmpty()) {
            Arrays.stream(Dimension.values()).forEach(d -> ids.add(d.code()));
        }
        ids.sort(Comparator.comparingInt(PeopleText::groupRank).thenComparing(Comparator.naturalOrder()));
        return ids;
    }

    static int groupRank(String id) {
        Optional<Dimension> d = Dimension.ofCode(id).filter(x -> x.code().equals(id));
        if (d.isPresent()) {
            return d.get().ordinal();
        }
        return element(id).map(e -> 10 + e.ordinal()).orElse(100);
    }

    private static Optional<Element> element(String id) {
        return Arrays.stream(Element.values()).filter(e -> e.name().equals(id)).findFirst();
    }
}

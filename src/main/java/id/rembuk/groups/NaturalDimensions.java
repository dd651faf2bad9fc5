package id.rembuk.groups;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Resources;
import id.rembuk.domain.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which dimension an OPD naturally belongs to, from keywords in its name. The table is data
 * ({@code /id/rembuk/groups/natural-dimensions.txt}, its header explains the format and the
 * rules), so a facilitator's correction never needs a code change.
 */
public final class NaturalDimensions {
    private static final String RESOURCE = "/id/rembuk/groups/natural-dimensions.txt";
    /** The people who speak for an OPD; the others in the room have no "own" dimension. */
    private static final Set<Participant.Unsur> GOVERNMENT = Set.of(Participant.Unsur.OPD,
            Participant.Unsur.DEWAN_SMART_CITY);
    private static volatile NaturalDimensions standard;

    private record Keyword(String words, Dimension dimension) {
    }

    private final List<Keyword> keywords;

    private NaturalDimensions(List<Keyword> keywords) {
        this.keywords = List.copyOf(keywords);
    }

    /** The table shipped with the app. */
    public static NaturalDimensions standard() {
        NaturalDimensions s = standard;
        if (s == null) {
            s = parse(Resources.lines(RESOURCE));
            standard = s;
        }
        return s;
    }

    /** Reads lines "CODE: keyword, keyword"; blank lines and lines starting with # are skipped. */
    public static NaturalDimensions parse(List<String> lines) {
        List<Keyword> out = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            Optional<Dimension> d = colon < 0 ? Optional.empty() : Dimension.ofCode(l.substring(0, colon));
            if (d.isEmpty()) {
                throw new IllegalArgumentException("line " + number + ": expected \"CODE: keywords\": " + l);
            }
            for (String k : l.substring(colon + 1).split(",")) {
                String words = Institutions.key(k);
                if (!words.isEmpty()) {
                    out.add(new Keyword(words, d.get()));
                }
            }
        }
        return new NaturalDimensions(out);
    }

    /** The dimension the institution's name points to, if any keyword matches. */
    public Optional<Dimension> of(String institution) {
        String name = " " + Institutions.key(institution) + " ";
        Keyword best = null;
        int bestAt = 0;
        for (Keyword k : keywords) {
            int at = name.indexOf(" " + k.words() + " ");
            if (at < 0) {
                continue;
            }
            if (best == null || k.words().length() > best.words().length()
                    || k.words().length() == best.words().length() && at < bestAt) {
                best = k;
                bestAt = at;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.dimension());
    }

    /** The participant's natural dimension: only government people (OPD, Dewan Smart City) have one. */
    public Optional<Dimension> of(Participant p) {
        return GOVERNMENT.contains(p.unsur()) ? of(p.institution()) : Optional.empty();
    }
}

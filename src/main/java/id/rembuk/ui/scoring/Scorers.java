package id.rembuk.ui.scoring;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Group;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Participant;
import id.rembuk.domain.People;
import id.rembuk.domain.Score;
import id.rembuk.domain.change.SessionState;
import id.rembuk.groups.GroupSetup;
import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may score. A group scores under its code ("GOV"), not its display name: the code is the same
 * in both languages and on every laptop, and a renamed dimension keeps its scores, so one group's
 * scores never split into two scorers. A participant scores under their name, as the domain asks.
 */
final class Scorers {
    private Scorers() {
    }

    static List<Scorer> of(SessionState s, List<Score> scores, Labels labels) {
        List<Scorer> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Group g : GroupSetup.groups(s)) {
            if (seen.add(Score.scorerKey(g.id()))) {
                out.add(new Scorer(g.id(), groupLabel(g, labels), true));
            }
        }
        People.participants(s).stream()
                .sorted(Comparator.comparing((Participant p) -> p.name().toLowerCase(Locale.ROOT)))
                .forEach(p -> {
                    if (seen.add(Score.scorerKey(p.name()))) {
                        out.add(new Scorer(p.name(), p.group().isEmpty() ? p.name()
                                : Messages.get("scoring.scorer.person", p.name(), p.group()), false));
                    }
                });
        // scores typed under another name (an older file, another laptop) can still be seen and amended
        scores.stream().map(Score::scorer).sorted().forEach(t -> {
            if (seen.add(Score.scorerKey(t))) {
                out.add(new Scorer(t, Messages.get("scoring.scorer.other", t), false));
            }
        });
        return out;
    }

    private static String groupLabel(Group g, Labels labels) {
        return g.dimension().map(d -> Messages.get("scoring.scorer.group", d.code(),
                        labels.dimension(d, Messages.locale())))
                .orElseGet(() -> Messages.get("scoring.scorer.element", Messages.get(g.element().orElseThrow()
                        .messageKey())));
    }
}

package id.rembuk.ui.scoring;

import id.rembuk.domain.Criterion;
import id.rembuk.domain.Dimension;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One programme on the score sheet and in the ranking: the current scorer's own values and what
 * all scorers together made of it, formatted for the screen.
 *
 * @param own     the current scorer's value per criterion; a criterion not scored is absent (not 0)
 * @param score   the weighted score as shown ("4,25"), empty when nobody scored a weighted criterion
 * @param spread  the spread between scorers as shown ("0,50"), empty when unscored
 * @param percent the score on 0..100 for bars, empty when unscored
 * @param rank    rank among all programmes, 0 when unscored
 */
public record ScoringRow(String programmeId, String ref, String name, Dimension dimension,
                         Map<Criterion, Integer> own, String score, String spread, int scorers, int rank,
                         OptionalDouble percent) {
    public ScoringRow {
        own = Map.copyOf(own);
    }

    public boolean scored() {
        return percent.isPresent();
    }

    /** The current scorer's value for a criterion, 0 when they have not scored it. */
    public int value(Criterion c) {
        return own.getOrDefault(c, 0);
    }
}

package id.rembuk.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The method's tests for a quick win: residents feel it within a year, one OPD owns it, and it
 * sharpens a service that already runs rather than building a new one. A programme that fails a
 * rule may still be chosen, but the grid flags it and the reason must say why.
 */
public final class QuickWinRules {
    public static final int MAX_MONTHS = 12;

    private QuickWinRules() {
    }

    public enum Rule implements Labelled {
        /** Deliverable in more than 12 months (or, with no estimate, planned beyond the short term). */
        TOO_LONG,
        /** No lead OPD named. */
        NO_LEAD,
        /** Builds a new service instead of sharpening one that exists. */
        NEW_SERVICE;

        @Override
        public String labelGroup() {
            return "quick_win_rule";
        }
    }

    /** The rules the programme breaks, in the order above; empty means eligible. */
    public static List<Rule> broken(Programme p) {
        List<Rule> out = new ArrayList<>();
        boolean tooLong = p.months().isPresent() ? p.months().getAsInt() > MAX_MONTHS
                : p.horizon() != Programme.Horizon.SHORT;
        if (tooLong) {
            out.add(Rule.TOO_LONG);
        }
        if (p.leadOpd().isBlank()) {
            out.add(Rule.NO_LEAD);
        }
        if (p.service().isBlank()) {
            out.add(Rule.NEW_SERVICE);
        }
        return List.copyOf(out);
    }

    public static boolean eligible(Programme p) {
        return broken(p).isEmpty();
    }
}

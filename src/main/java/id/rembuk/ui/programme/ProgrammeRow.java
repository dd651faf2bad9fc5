package id.rembuk.ui.programme;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Programme;
import id.rembuk.plan.Portfolio;
import id.rembuk.i18n.Messages;
import java.util.List;

/**
 * One programme as the matrix shows it: the portfolio's entry (its ref and broken quick-win rules)
 * with the words the cells print, made once per read in the user's language.
 *
 * @param subDimension the sub-dimension's name as the session words it, empty when none is set
 * @param strategies   the TOWS strategies it carries out, in the order they were linked
 * @param broken       the quick-win rules it breaks, in words
 */
public record ProgrammeRow(Portfolio.Entry entry, String subDimension, List<StrategyLink> strategies,
                           List<String> broken) {

    /**
     * A link to a TOWS strategy of the programme's dimension.
     *
     * @param ref  "SO1", or "?" when the strategy is gone
     * @param text the strategy's words, empty when it is gone
     */
    public record StrategyLink(String id, String ref, String text) {
        public boolean missing() {
            return text.isEmpty();
        }
    }

    public ProgrammeRow {
        strategies = List.copyOf(strategies);
        broken = List.copyOf(broken);
    }

    public String id() {
        return entry.id();
    }

    public String ref() {
        return entry.ref();
    }

    public Programme programme() {
        return entry.programme();
    }

    public Dimension dimension() {
        return entry.dimension();
    }

    /** What a cell of the column prints. */
    public String shown(ProgrammeColumn c) {
        Programme p = programme();
        return switch (c) {
            case SUB_DIMENSION -> subDimension;
            case STRATEGIES -> String.join(", ", strategies.stream().map(StrategyLink::ref).toList());
            case NAME -> p.name();
            case ACTIVITIES -> bullets(p.activities());
            case HORIZON -> Messages.get("programme.horizon." + p.horizon().name().toLowerCase(java.util.Locale.ROOT));
            case MONTHS -> p.months().isPresent() ? Integer.toString(p.months().getAsInt()) : "";
            case LEAD -> p.leadOpd();
            case SUPPORTING -> String.join("\n", p.supporting());
            case FUNDING -> Messages.get("programme.funding." + p.funding().name().toLowerCase(java.util.Locale.ROOT));
            case BUDGET -> p.budget() == 0 ? "" : IndonesianFormat.rupiah(p.budget());
            case RPJMD -> p.rpjmdLink();
            case SERVICE -> p.service();
        };
    }

    /** What an editor of the column starts with: the value as one would type it. */
    public String typed(ProgrammeColumn c) {
        Programme p = programme();
        return switch (c) {
            case ACTIVITIES -> String.join("\n", p.activities());
            case SUPPORTING -> String.join("\n", p.supporting());
            case BUDGET -> p.budget() == 0 ? "" : IndonesianFormat.rupiah(p.budget());
            default -> shown(c);
        };
    }

    private static String bullets(List<String> lines) {
        return String.join("\n", lines.stream().map(l -> "• " + l).toList());
    }
}

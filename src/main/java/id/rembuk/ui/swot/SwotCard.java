package id.rembuk.ui.swot;

import id.rembuk.domain.SwotItem.Quadrant;
import java.util.List;

/**
 * One card as the boards show it.
 *
 * @param group      id of the group that wrote it; empty for the plenary
 * @param groupLabel the group's short name on the chip ("GOV", "Struktur", "Pleno")
 * @param groupStyle the style class carrying the group's colour ("group-GOV"; "group-pleno")
 * @param merged     texts of the cards merged into this one, which left the board
 * @param dots       dots on it (and on the cards merged into it) in the round shown
 * @param mine       of those, the current voter's
 * @param rank       its place in the round's ranking; 0 without dots
 * @param fromGap    it was sent from a row of the gap table
 */
public record SwotCard(String id, Quadrant quadrant, String text, String group, String groupLabel, String groupStyle,
                       String cluster, int order, List<String> merged, int dots, int mine, int rank,
                       boolean fromGap) {
    public SwotCard {
        merged = List.copyOf(merged);
    }
}

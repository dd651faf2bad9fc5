package id.rembuk.ui.swot;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem;
import java.util.Optional;

/**
 * Which board: a dimension's (Tahap II on) or an element's (Tahap I). A card belongs to every board
 * whose scope it names, so a weakness sent from the gap table of "GOV × Struktur" shows on the
 * Struktur board in Tahap I and on the Smart Governance board in Tahap II.
 */
public record SwotScope(Optional<Dimension> dimension, Optional<Element> element) {
    public SwotScope {
        if (dimension.isPresent() == element.isPresent()) {
            throw new IllegalArgumentException("a board is a dimension's or an element's");
        }
    }

    public static SwotScope of(Dimension d) {
        return new SwotScope(Optional.of(d), Optional.empty());
    }

    public static SwotScope of(Element e) {
        return new SwotScope(Optional.empty(), Optional.of(e));
    }

    public boolean holds(SwotItem item) {
        return dimension.isPresent() ? item.dimension().equals(dimension) : item.element().equals(element);
    }

    /** "GOV", "STRUKTUR": for node ids and the group colour. */
    public String code() {
        return dimension.map(Dimension::code).orElseGet(() -> element.orElseThrow().name());
    }

    public String boardId() {
        return SwotBoard.idFor(dimension, element);
    }
}

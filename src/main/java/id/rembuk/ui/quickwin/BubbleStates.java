package id.rembuk.ui.quickwin;

import javafx.css.PseudoClass;

/** The states a bubble is drawn in. */
final class BubbleStates {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Being moved: the place is not written yet. */
    static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");

    private BubbleStates() {
    }
}

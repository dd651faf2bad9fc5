package id.rembuk.ui.swot;

import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import java.util.List;

/**
 * What one user step on the board comes to: an action for the shell to apply, a refusal to show
 * (why, in the user's language), or nothing to do. Lets the card and voting rules stay plain Java
 * while the view model alone commits and shows messages.
 */
record Step(Action action, String refusal) {
    static final Step NONE = new Step(null, null);

    static Step of(String label, List<Edit> edits) {
        return new Step(new Action(label, edits), null);
    }

    static Step refused(String why) {
        return new Step(null, why);
    }
}

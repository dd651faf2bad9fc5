package id.rembuk.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;

/**
 * Listeners from short-lived views on long-lived view models: the view model holds them weakly
 * and the view's node holds them strongly, so a view that is replaced is not kept alive.
 */
public final class Observe {
    private Observe() {
    }

    /** Runs {@code update} now and whenever one of {@code sources} changes, for as long as {@code owner} lives. */
    public static void whileAlive(Node owner, Runnable update, Observable... sources) {
        InvalidationListener listener = o -> update.run();
        owner.getProperties().put(listener, Boolean.TRUE);
        for (Observable s : sources) {
            s.addListener(new WeakInvalidationListener(listener));
        }
        update.run();
    }
}

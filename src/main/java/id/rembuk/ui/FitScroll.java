package id.rembuk.ui;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A scroll pane that fills its place and shows scroll bars only when the content cannot shrink to
 * it: at a projector's 1024×768 with large text a screen may be taller or wider than the window,
 * and would otherwise push the menu, the header or its own buttons out of the window.
 */
public final class FitScroll {
    private FitScroll() {
    }

    /**
     * @param content   what scrolls; sized to the viewport, never below its minimum size
     * @param sideways  whether it may also scroll sideways (the sidebar keeps its width)
     * @param styleClass the style class of the scroll pane (rembuk.css makes it look like none)
     */
    public static ScrollPane around(Region content, boolean sideways, String styleClass) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        if (!sideways) {
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        }
        // keys go to the screen, not to the scroll pane: Space and the arrows belong to the features
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().addAll("fit-scroll", styleClass);
        // the content joins the scene graph now, not at the first layout pass that makes the skin:
        // a lookup (a test, a feature finding its node) between the two would miss it
        scroll.setSkin(new javafx.scene.control.skin.ScrollPaneSkin(scroll));
        return scroll;
    }
}

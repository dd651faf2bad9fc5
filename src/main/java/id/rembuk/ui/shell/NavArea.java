package id.rembuk.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One area of work in the sidebar.
 *
 * @param id       stable id, also the control's id ("nav-" + id)
 * @param titleKey message key of the sidebar label
 * @param icon     sidebar icon
 * @param view     builds the area's view; called again when the window is rebuilt (language switch)
 */
public record NavArea(String id, String titleKey, Ikon icon, Supplier<Node> view) {
}

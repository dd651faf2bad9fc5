package id.rembuk.ui.breakout;

import java.util.function.Function;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * Something a group works on at its laptop: its notes now, the SWOT board and the programme
 * sheets as they come. Features register tools; the breakout screen shows them as tabs.
 *
 * @param view builds the tool for a group id
 */
public record BreakoutTool(String id, String titleKey, Ikon icon, Function<String, Node> view) {
}

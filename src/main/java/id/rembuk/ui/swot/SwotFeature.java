package id.rembuk.ui.swot;

import id.rembuk.ui.breakout.BreakoutTool;
import id.rembuk.ui.shell.NavArea;
import id.rembuk.ui.shell.NavigationRegistry;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.shell.Shortcut;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The SWOT boards: the facilitator's screen in the sidebar and a tab on every group's breakout
 * screen. View models live as long as the app (the board chosen, the voter, the sort are kept
 * while moving between screens); views are built each time they are shown.
 */
public final class SwotFeature {
    public static final String AREA = "swot";
    public static final String TOOL = "swot";

    private final ShellViewModel shell;
    private final Consumer<Supplier<Node>> projector;
    private final SwotBoardViewModel board;
    private final Map<String, SwotBoardViewModel> groups = new HashMap<>();

    /**
     * @param projector shows a node on the room's screen (the run feature's {@code projector()::showPleno})
     */
    public SwotFeature(ShellViewModel shell, Consumer<Supplier<Node>> projector) {
        this.shell = shell;
        this.projector = projector;
        this.board = SwotBoardViewModel.facilitator(shell);
    }

    /** The facilitator's board in the sidebar, and its keys in the F1 list. */
    public void register(NavigationRegistry navigation) {
        navigation.register(new NavArea(AREA, SwotBoardView.NAV_TITLE_KEY, Material2OutlinedMZ.VIEW_QUILT,
                () -> new SwotBoardView(board, projector).root()));
        navigation.addShortcuts(SwotBoardView.NAV_TITLE_KEY, shortcuts());
    }

    static List<Shortcut> shortcuts() {
        return List.of(new Shortcut("Enter", "swot.keys.add"), new Shortcut("Insert", "swot.keys.insert"),
                new Shortcut("F2", "swot.keys.edit"), new Shortcut("Alt+↑ / ↓", "swot.keys.move"),
                new Shortcut("Alt+← / →", "swot.keys.quadrant"), new Shortcut("swot.keycap.ctrlClick", "swot.keys.select"),
                new Shortcut("Ctrl+G", "swot.keys.cluster"), new Shortcut("Ctrl+M", "swot.keys.merge"),
                new Shortcut("+ / −", "swot.keys.vote"), new Shortcut("Delete", "swot.keys.delete"));
    }

    /** The board as a tab on a group's screen: its own board, written and voted as that group. */
    public List<BreakoutTool> breakoutTools() {
        return List.of(new BreakoutTool(TOOL, "swot.tool", Material2OutlinedMZ.VIEW_QUILT, groupId -> {
            SwotBoardViewModel vm = groups.computeIfAbsent(groupId, g -> SwotBoardViewModel.forGroup(shell, g));
            return new SwotBoardView(vm, null).root();
        }));
    }

    /** Texts made by the view models again, in the new language. */
    public void languageChanged() {
        board.refresh();
        groups.values().forEach(SwotBoardViewModel::refresh);
    }

    public SwotBoardViewModel board() {
        return board;
    }
}

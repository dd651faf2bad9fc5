package id.rembuk.ui.text;

import id.rembuk.ui.AppContext;
import id.rembuk.ui.TestWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Goes round the real window on the sample session: every area of the sidebar (with its
 * projector view), the group's screen with each of its tools, and the windows and overlays that
 * open from the menus. After each stop it keeps the texts of every window on screen.
 */
public final class WindowWalk {
    private final FxRobot robot;
    private final AppContext context;
    private final List<TextFound> texts = new ArrayList<>();
    private final List<TextFound> unnamed = new ArrayList<>();
    private final List<String> visited = new ArrayList<>();

    public WindowWalk(FxRobot robot, AppContext context) {
        this.robot = robot;
        this.context = context;
    }

    public List<TextFound> texts() {
        return texts;
    }

    /** Shown buttons with neither text nor accessible text, at every stop. */
    public List<TextFound> unnamed() {
        return unnamed;
    }

    public List<String> visited() {
        return visited;
    }

    /** Keeps the texts of every window now showing, under the name of this stop. */
    public void look(String where) throws Exception {
        settle();
        visited.add(where);
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.isShowing()) {
                    texts.addAll(SceneTexts.of(where, w));
                    unnamed.addAll(UnnamedControls.of(where, w));
                }
            }
        }).get(20, TimeUnit.SECONDS);
    }

    /** Every sidebar area, and each one's projector view where it has one. */
    public void areas(String... projectorButtons) throws Exception {
        for (var area : context.navigation().areas()) {
            if ("breakout".equals(area.id())) {
                continue;
            }
            robot.interact(() -> context.navigation().selectedProperty().set(area.id()));
            look("area " + area.id());
            for (String id : projectorButtons) {
                if (fire(id)) {
                    TestWindow.waitFor(() -> context.run().projector().showingProperty().get());
                    look("projector from " + area.id());
                    robot.interact(() -> context.run().projector().showingProperty().set(false));
                }
            }
        }
    }

    /** The group's screen of one group, then each of its tools. */
    public void breakout(String group) throws Exception {
        robot.interact(() -> context.navigation().selectedProperty().set("breakout"));
        look("breakout chooser");
        fire("#breakoutOpen-" + group);
        fire("#breakoutOpenFree");
        look("breakout " + group);
        List<String> tools = WaitForAsyncUtils.asyncFx(() -> robot.lookup(n -> n.getId() != null
                && n.getId().startsWith("breakoutTool-")).queryAll().stream().map(Node::getId).toList())
                .get(10, TimeUnit.SECONDS);
        for (String tool : tools) {
            fire("#" + tool);
            look("breakout " + group + " " + tool);
        }
    }

    /** Fires a visible, enabled button if there is one; true if it did. */
    public boolean fire(String query) {
        boolean[] fired = new boolean[1];
        robot.interact(() -> robot.lookup(query).tryQuery().filter(n -> n instanceof ButtonBase b && b.isVisible()
                && !b.isDisabled() && b.getScene() != null).ifPresent(n -> {
                    ((ButtonBase) n).fire();
                    fired[0] = true;
                }));
        return fired[0];
    }

    public static void settle() throws Exception {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

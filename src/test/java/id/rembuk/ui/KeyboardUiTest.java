package id.rembuk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.ui.shell.NavArea;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every area of the sidebar from the keyboard alone, on the sample at 1366×768: Tab from the
 * area's sidebar entry goes round all the way back to it without getting stuck (Ctrl+Tab leaves a
 * text area or the score sheet, where Tab has a use of its own), never rests on
 * something that cannot be seen, reaches every control Tab is meant to reach, and each control it
 * rests on looks different while it has the focus (the focus ring).
 * Runs in a JVM of its own (execution "screens" in pom.xml), as {@link ScreenSizesUiTest}.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardUiTest {
    /** More presses than any area has controls: past this, Tab is going round without coming back. */
    private static final int MAX_PRESSES = 160;

    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = TestWindow.onLaptopScreen(stage, homes.resolve(UUID.randomUUID().toString()), dialogs);
    }

    @AfterEach
    void close() {
        context.shutdown();
    }

    @Test
    void tabGoesRoundEveryAreaShowingWhereItIs(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        List<String> found = new ArrayList<>();
        Set<Node> ringChecked = new HashSet<>();
        for (NavArea area : context.navigation().areas()) {
            robot.interact(() -> context.navigation().selectedProperty().set(area.id()));
            settle();
            goRound(robot, area.id(), ringChecked, found);
        }
        found.forEach(System.out::println);
        assertThat(found).as("keyboard problems").isEmpty();
    }

    private void goRound(FxRobot robot, String area, Set<Node> ringChecked, List<String> found) {
        Scene scene = stage.getScene();
        Node start = robot.lookup("#nav-" + area).query();
        robot.interact(() -> {
            stage.requestFocus();
            start.requestFocus();
        });
        Set<Node> reached = new LinkedHashSet<>();
        Node previous = start;
        Image previousFocused = shot(robot, start);
        boolean back = false;
        for (int i = 0; i < MAX_PRESSES && !back; i++) {
            if (previous instanceof TextArea) {
                // Tab writes a tab in a text area; Ctrl+Tab leaves it
                robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.TAB);
            }
            Node now = scene.getFocusOwner();
            if (now == previous && now != null) {
                // a sheet where Tab goes from cell to cell (the scores) is left with Ctrl+Tab
                robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
                now = scene.getFocusOwner();
            }
            if (now == null) {
                found.add(area + ": Tab after " + LayoutCheck.describe(previous) + " left nothing focused");
                return;
            }
            if (now == previous) {
                if (!otherTabStops(scene, now)) {
                    // nothing else to go to (an area with nothing to do, as conflicts without any)
                    reached.add(now);
                    back = true;
                    break;
                }
                found.add(area + ": Tab is stuck on " + LayoutCheck.describe(now));
                return;
            }
            if (!shown(now, scene)) {
                found.add(area + ": Tab rests on " + LayoutCheck.describe(now) + ", which cannot be seen");
            }
            if (previous != null && previousFocused != null && ringChecked.add(previous)) {
                Image unfocused = shot(robot, previous);
                if (unfocused != null && same(previousFocused, unfocused)) {
                    found.add(area + ": no focus ring on " + LayoutCheck.describe(previous));
                }
            }
            reached.add(now);
            back = now == start;
            previous = now;
            previousFocused = ringChecked.contains(now) ? null : shot(robot, now);
        }
        if (!back) {
            found.add(area + ": Tab did not come back to the sidebar in " + MAX_PRESSES + " presses");
        }
        List<Node> missed = new ArrayList<>();
        robot.interact(() -> collectTabStops(scene.getRoot(), missed));
        missed.removeAll(reached);
        // Tab enters a group of toggles at its selected one; the arrows go between them
        missed.removeIf(n -> n instanceof javafx.scene.control.Toggle t && t.getToggleGroup() != null
                && reached.stream().anyMatch(r -> r instanceof javafx.scene.control.Toggle o
                        && o.getToggleGroup() == t.getToggleGroup()));
        missed.forEach(n -> found.add(area + ": Tab never reaches " + LayoutCheck.describe(n)));
    }

    /** Whether Tab has anywhere to go from {@code focus} but the other toggles of its group. */
    private static boolean otherTabStops(Scene scene, Node focus) {
        List<Node> stops = new ArrayList<>();
        collectTabStops(scene.getRoot(), stops);
        return stops.stream().anyMatch(n -> n != focus && !(n instanceof javafx.scene.control.Toggle t
                && focus instanceof javafx.scene.control.Toggle f && t.getToggleGroup() == f.getToggleGroup()));
    }

    /** What Tab should stop at: shown, enabled controls that take the focus from Tab. */
    private static void collectTabStops(Node n, List<Node> out) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n.isFocusTraversable() && n instanceof javafx.scene.control.Control && !insideSkinOfControl(n)) {
            out.add(n);
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectTabStops(c, out));
        }
    }

    /** A table's cells or a combo box's editor are reached through their control. */
    private static boolean insideSkinOfControl(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.Control c && !(c instanceof javafx.scene.control.ScrollPane)
                    && !(c instanceof javafx.scene.control.TabPane) && !(c instanceof javafx.scene.control.SplitPane)
                    && !(c instanceof javafx.scene.control.TitledPane)
                    && !(c instanceof javafx.scene.control.Accordion)) {
                return true;
            }
        }
        return false;
    }

    /** Shown: visible all the way up, of some size, and in the window (or in a scroll pane's content). */
    private static boolean shown(Node n, Scene scene) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() < 1 || b.getHeight() < 1) {
            return false;
        }
        return LayoutCheck.inScroller(n) || b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < scene.getWidth()
                && b.getMinY() < scene.getHeight();
    }

    /** The control as drawn, with whatever it draws just outside its bounds (a ring, a halo). */
    private static Image shot(FxRobot robot, Node n) {
        Image[] image = new Image[1];
        robot.interact(() -> {
            javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
            p.setFill(javafx.scene.paint.Color.TRANSPARENT);
            // the viewport is in the parent's coordinates
            Bounds b = n.getBoundsInParent();
            if (b.getWidth() >= 1 && b.getHeight() >= 1) {
                p.setViewport(new javafx.geometry.Rectangle2D(b.getMinX() - 4, b.getMinY() - 4, b.getWidth() + 8,
                        b.getHeight() + 8));
                image[0] = n.snapshot(p, null);
            }
        });
        return image[0];
    }

    static boolean same(Image a, Image b) {
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        int differ = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    differ++;
                }
            }
        }
        // a caret alone is a line a pixel wide and a line of text high; a ring is more
        return differ < 24;
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

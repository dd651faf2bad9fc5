package id.rembuk.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** High contrast switches every window at once, is in the menu and on a key, and reads at 7:1 or better. */
@ExtendWith(ApplicationExtension.class)
class HighContrastUiTest {
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
    void theSwitchRestylesTheMainWindowAndAnOpenDialogAtOnce(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        robot.interact(() -> context.export().open());
        Window export = window("#exportDialog");
        assertThat(stage.getScene().getStylesheets()).doesNotContain(Theme.HIGH_CONTRAST_CSS);
        assertThat(export.getScene().getStylesheets()).doesNotContain(Theme.HIGH_CONTRAST_CSS);

        // a click on the item ticks it (the menu's skin does that, headless it is set here)
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) menuItem(robot, "menuHighContrast")).setSelected(true));
        assertThat(context.settings().highContrastProperty().get()).isTrue();
        assertThat(stage.getScene().getStylesheets()).endsWith(Theme.HIGH_CONTRAST_CSS);
        assertThat(export.getScene().getStylesheets()).endsWith(Theme.HIGH_CONTRAST_CSS);

        robot.interact(() -> context.settings().highContrastProperty().set(false));
        assertThat(stage.getScene().getStylesheets()).doesNotContain(Theme.HIGH_CONTRAST_CSS);
        assertThat(export.getScene().getStylesheets()).doesNotContain(Theme.HIGH_CONTRAST_CSS);
        robot.interact(export::hide);
    }

    @Test
    void ctrlShiftHTogglesItAndTheShortcutListNamesIt(FxRobot robot) throws Exception {
        robot.interact(stage::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.settings().highContrastProperty().get()).isTrue();
        assertThat(Theme.highContrast()).isTrue();

        robot.interact(() -> menuItem(robot, "menuShortcuts").fire());
        TestWindow.waitFor(() -> robot.lookup("#shortcutHelp").tryQuery().isPresent());
        assertThat(robot.lookup("#shortcutHelp .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(Labeled::getText).contains("Ctrl+Shift+H", "Kontras tinggi");
    }

    /** WCAG AAA asks 7:1 for body text; the main window, a dialog and the projector are measured. */
    @Test
    void keyTextsReadAtSevenToOneOrBetter(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        double before = WaitForAsyncUtils.asyncFx(() -> lowest(stage.getScene(), new ArrayList<>())).get();
        robot.interact(() -> context.settings().highContrastProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> seen = new ArrayList<>();
        double main = WaitForAsyncUtils.asyncFx(() -> lowest(stage.getScene(), seen)).get();
        robot.interact(() -> context.export().open());
        double dialog = WaitForAsyncUtils.asyncFx(() -> lowest(window("#exportDialog").getScene(), seen)).get();
        robot.interact(() -> window("#exportDialog").hide());
        robot.interact(() -> context.navigation().selectedProperty().set("run"));
        robot.interact(() -> context.run().projector().showingProperty().set(true));
        TestWindow.waitFor(() -> window("#projectorDay") != null);
        double projector = WaitForAsyncUtils.asyncFx(() -> lowest(window("#projectorDay").getScene(), seen)).get();
        robot.interact(() -> context.run().projector().showingProperty().set(false));

        System.out.printf(Locale.ROOT, "contrast: normal main %.2f; high contrast main %.2f, dialog %.2f, projector %.2f%n",
                before, main, dialog, projector);
        assertThat(before).as("the normal look has muted greys below 7:1").isLessThan(7);
        assertThat(List.of(main, dialog, projector)).as(String.join("\n", seen)).allMatch(r -> r >= 7);
    }

    /** The lowest contrast among the visible, enabled texts of a scene (each below 7:1 noted). */
    private static double lowest(Scene scene, List<String> low) {
        double min = 21;
        for (Labeled l : labels(scene.getRoot(), new ArrayList<>())) {
            double r = Contrast.of(l);
            if (r < 7) {
                low.add(String.format(Locale.ROOT, "%.2f %s#%s %s \"%s\"", r, l.getClass().getSimpleName(), l.getId(),
                        l.getStyleClass(), l.getText()));
            }
            min = Math.min(min, r);
        }
        return min;
    }

    private static List<Labeled> labels(Node n, List<Labeled> into) {
        if (!n.isVisible() || n.isDisabled() || n.getScene() == null) {
            return into;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.getOpacity() == 1) {
            into.add(l);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                labels(c, into);
            }
        }
        return into;
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Window window(String query) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup(query) != null).findFirst().orElse(null);
    }
}

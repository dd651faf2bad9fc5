package id.rembuk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Stage;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.task.BackgroundTaskExecutor;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.theme.UiSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: the welcome screen, the session form, the overview and undo. */
@ExtendWith(ApplicationExtension.class)
class ShellUiTest {
    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppContext context;
    private javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        context = new AppContext(homes.resolve(UUID.randomUUID().toString()), new UiSettings(null),
                new BackgroundTaskExecutor(), dialogs, Clock.systemDefaultZone());
        new MainWindow(context, stage);
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void closeSession() {
        context.shutdown();
    }

    /** The splash is fitted to the screen (1024x768 laptops); the main window must keep that size, not 1280x720. */
    @Test
    void theMainWindowKeepsTheSizeOfTheSceneItReplaces(FxRobot robot) {
        double[] replaced = new double[2];
        robot.interact(() -> {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 1100, 700));
            // read in the same pulse: a window left at another size by an earlier test may resize it later
            replaced[0] = stage.getScene().getWidth();
            replaced[1] = stage.getScene().getHeight();
            new MainWindow(context, stage);
            assertThat(stage.getScene().getWidth()).isEqualTo(replaced[0]).isNotEqualTo(1280);
            assertThat(stage.getScene().getHeight()).isEqualTo(replaced[1]).isNotEqualTo(720);
        });
    }

    @Test
    void theWelcomeScreenCreatesASessionThatTheOverviewShows(FxRobot robot) throws Exception {
        robot.clickOn("#welcomeNew");
        robot.clickOn("#formNext");
        assertThat(robot.lookup("#formErrors .label").queryAs(Label.class).getText())
                .isEqualTo("Nama kabupaten/kota wajib diisi.");

        robot.interact(() -> {
            robot.lookup("#formRegion").queryAs(TextField.class).setText("Kabupaten Sigi");
            robot.lookup("#formStage").<ComboBox<Stage>>query().setValue(Stage.II);
        });
        // clicks cost ~0.4 s each headless; the buttons' wiring is what matters here
        robot.interact(() -> robot.lookup("#formNext").queryButton().fire());
        robot.interact(() -> robot.lookup("#formNext").queryButton().fire());
        robot.clickOn("#formFinish");

        waitFor(() -> robot.lookup("#overviewRegion").tryQuery().isPresent());
        assertThat(text(robot, "#overviewRegion")).isEqualTo("Kabupaten Sigi");
        assertThat(text(robot, "#headerRegion")).isEqualTo("Kabupaten Sigi");
        assertThat(text(robot, "#headerStage")).isEqualTo("Tahap II");
        assertThat(text(robot, "#overviewStage")).isEqualTo("Tahap II");
        assertThat(text(robot, "#saveStatus")).startsWith("Tersimpan");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void ctrlZUndoesAnEditAndCtrlYRedoesIt(FxRobot robot) throws Exception {
        ShellViewModel shell = context.shell();
        robot.interact(() -> {
            shell.newSession();
            shell.formProperty().get().regionProperty().set("Kabupaten Sigi");
            shell.submitForm();
        });
        waitFor(() -> robot.lookup("#overviewRegion").tryQuery().isPresent());

        robot.clickOn("#overviewEdit");
        robot.interact(() -> robot.lookup("#formRegion").queryAs(TextField.class).setText("Kota Palu"));
        robot.clickOn("#formFinish");
        waitFor(() -> "Kota Palu".equals(text(robot, "#overviewRegion")));
        assertThat(undoItem(robot).getText()).isEqualTo("Urungkan: Ubah informasi sesi");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> "Kabupaten Sigi".equals(text(robot, "#overviewRegion")));
        assertThat(text(robot, "#headerRegion")).isEqualTo("Kabupaten Sigi");

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitFor(() -> "Kota Palu".equals(text(robot, "#overviewRegion")));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theSampleOpensFromTheMenuWithItsParticipants(FxRobot robot) throws Exception {
        robot.clickOn("#menuFile").clickOn("#menuSample");
        waitFor(() -> "Kabupaten Banggai (CONTOH)".equals(text(robot, "#overviewRegion")));
        waitFor(() -> "80".equals(text(robot, "#countParticipants")));
        assertThat(robot.lookup("#overviewSample").tryQuery()).isPresent();
        assertThat(dialogs.errors).isEmpty();
    }

    /** Open conflicts are seen from every area: the sidebar row carries their count until they are settled. */
    @Test
    void theConflictsRowShowsTheOpenCountAndFollowsAnAreaChosenElsewhere(FxRobot robot) throws Exception {
        id.rembuk.ui.conflicts.ConflictSession files =
                new id.rembuk.ui.conflicts.ConflictSession(homes.resolve(UUID.randomUUID().toString()));
        robot.interact(() -> context.shell().openFile(files.master));
        waitFor(() -> robot.lookup("#nav-conflicts").tryQuery().isPresent());
        javafx.scene.control.ToggleButton row = robot.lookup("#nav-conflicts").queryAs(javafx.scene.control.ToggleButton.class);
        waitFor(() -> "Konflik (3)".equals(row.getText()));
        assertThat(row.getPseudoClassStates()).extracting(Object::toString).contains("attention");

        robot.clickOn("#overviewOpenConflicts");
        waitFor(row::isSelected);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void f1ListsTheShortcutsAndEscapeClosesTheList(FxRobot robot) throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitFor(() -> robot.lookup("#shortcutHelp").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup("#shortcutHelp .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Ctrl+Z", "Urungkan", "Ctrl+Shift+Z", "Ctrl+=", "Perbesar teks", "F1");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#shortcutHelp").tryQuery().isEmpty());
    }

    private void createSigi(FxRobot robot) throws Exception {
        ShellViewModel shell = context.shell();
        robot.interact(() -> {
            shell.newSession();
            shell.formProperty().get().regionProperty().set("Kabupaten Sigi");
            shell.formProperty().get().stageProperty().set(Stage.II);
            shell.submitForm();
        });
        waitFor(() -> robot.lookup("#overviewRegion").tryQuery().isPresent());
    }

    @Test
    void aNewFormBegunFromTheEditFormIsTheOneShownAndSubmitted(FxRobot robot) throws Exception {
        createSigi(robot);
        ShellViewModel shell = context.shell();
        robot.interact(shell::editSessionInfo);
        assertThat(robot.lookup("#formRegion").queryAs(TextField.class).getText()).isEqualTo("Kabupaten Sigi");

        robot.interact(shell::newSession); // Ctrl+N on the edit form: same screen, another form
        TextField region = robot.lookup("#formRegion").queryAs(TextField.class);
        assertThat(region.getText()).isEmpty();
        robot.interact(() -> {
            region.setText("Kota Palu");
            shell.submitForm();
        });

        waitFor(() -> "Kota Palu".equals(text(robot, "#overviewRegion")));
        waitFor(() -> shell.recent().size() == 2);
        assertThat(shell.recent()).extracting(r -> r.region()).containsExactly("Kota Palu", "Kabupaten Sigi");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theWindowTitleFollowsALanguageSwitchAtOnce(FxRobot robot) throws Exception {
        createSigi(robot);
        assertThat(stage.getTitle()).endsWith("Kabupaten Sigi · Tahap II");

        robot.interact(() -> context.settings().languageProperty().set(java.util.Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(stage.getTitle()).endsWith("Kabupaten Sigi · Stage II");
        } finally {
            Messages.setLocale(Messages.INDONESIAN);
        }
    }

    @Test
    void ctrlShiftEqualsMakesTheTextLarger(FxRobot robot) {
        assertThat(context.settings().fontSizeProperty().get()).isEqualTo(UiSettings.DEFAULT_FONT);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHIFT,
                KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.settings().fontSizeProperty().get()).isGreaterThan(UiSettings.DEFAULT_FONT);
    }

    @Test
    void aFormViewThatWasReplacedIsNotKeptAliveByItsViewModel(FxRobot robot) throws Exception {
        SessionFormViewModel vm = SessionFormViewModel.forNewSession(java.time.LocalDate.of(2026, 6, 13));
        java.util.List<java.lang.ref.WeakReference<javafx.scene.Node>> views = new java.util.ArrayList<>();
        robot.interact(() -> views.add(new java.lang.ref.WeakReference<>(
                new SessionFormView(vm, context.shell()).root())));
        for (int i = 0; i < 50 && views.get(0).get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(views.get(0).get()).as("a language switch rebuilds the form view; the old one must go").isNull();
        vm.regionProperty().set("Kota Palu");
        assertThat(vm.next()).isTrue();
    }

    private static MenuItem undoItem(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menuUndo".equals(i.getId())).findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(null);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

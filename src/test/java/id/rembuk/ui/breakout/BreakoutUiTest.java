package id.rembuk.ui.breakout;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import id.rembuk.ui.shell.MainWindow;
import id.rembuk.ui.shell.Screen;
import id.rembuk.ui.task.BackgroundTaskExecutor;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.theme.UiSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A group laptop held to its screen by the facilitator's PIN, in the real window. */
@ExtendWith(ApplicationExtension.class)
class BreakoutUiTest {
    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path home;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        home = homes.resolve(UUID.randomUUID().toString());
        context = new AppContext(home, new UiSettings(null), new BackgroundTaskExecutor(), dialogs,
                Clock.systemDefaultZone());
        new MainWindow(context, stage);
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void closeSession() {
        context.shutdown();
    }

    private void lockOnEconomy(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        robot.clickOn("#nav-breakout");
        robot.clickOn("#breakoutOpen-ECO");
        robot.clickOn("#breakoutPin").write("12");
        robot.clickOn("#breakoutPinOk");
        waitFor(() -> text(robot, "#breakoutPinMessage").equals("PIN harus 4 sampai 8 angka."));
        robot.clickOn("#breakoutPin").write("2468");
        robot.clickOn("#breakoutPinRepeat").write("2468");
        robot.clickOn("#breakoutPinOk");
        waitFor(() -> context.shell().screenProperty().get() == Screen.BREAKOUT);
    }

    @Test
    void aLockedLaptopStaysOnItsGroupUntilThePinIsGiven(FxRobot robot) throws Exception {
        lockOnEconomy(robot);
        assertThat(text(robot, "#breakoutTitle")).isEqualTo("Smart Economy");
        assertThat(robot.lookup("#breakoutMembers .label").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#menuBar").query().getParent().isVisible()).isFalse();

        // the menus' shortcuts and closing the window lead nowhere
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.shell().screenProperty().get()).isEqualTo(Screen.BREAKOUT);
        assertThat(stage.isShowing()).isTrue();
        robot.interact(() -> context.shell().showWelcome());
        assertThat(context.shell().screenProperty().get()).isEqualTo(Screen.BREAKOUT);

        // the close request asked for the PIN; a wrong one is refused
        waitFor(() -> robot.lookup("#breakoutPin").tryQuery().isPresent());
        robot.clickOn("#breakoutPin").write("1111");
        robot.clickOn("#breakoutPinOk");
        waitFor(() -> text(robot, "#breakoutPinMessage").startsWith("PIN salah"));
        assertThat(context.shell().screenProperty().get()).isEqualTo(Screen.BREAKOUT);
        robot.clickOn("#breakoutPin").write("2468");
        robot.clickOn("#breakoutPinOk");
        waitFor(() -> context.shell().screenProperty().get() == Screen.SESSION);
        assertThat(robot.lookup("#menuBar").query().getParent().isVisible()).isTrue();
        assertThat(context.breakout().heldFile()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRestartedAppReturnsToTheGroupItWasHeldTo(FxRobot robot) throws Exception {
        lockOnEconomy(robot);
        Path file = context.breakout().heldFile().orElseThrow();
        // the app ends (the session file is closed and released)
        context.shutdown();

        // a second app on the same home, as after a restart or a kill
        AppContext[] again = new AppContext[1];
        robot.interact(() -> {
            again[0] = new AppContext(home, new UiSettings(null), new BackgroundTaskExecutor(), dialogs,
                    Clock.systemDefaultZone());
            Stage second = new Stage();
            new MainWindow(again[0], second);
            second.show();
            again[0].shell().start(List.of(again[0].breakout().heldFile().orElseThrow().toString()));
        });
        context = again[0];
        assertThat(again[0].breakout().heldFile()).contains(file);
        waitFor(() -> again[0].shell().screenProperty().get() == Screen.BREAKOUT);
        assertThat(again[0].breakout().viewModel().titleProperty().get()).isEqualTo("Smart Economy");
    }

    @Test
    void anOpenGroupScreenIsLeftWithoutAPin(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        robot.clickOn("#nav-breakout");
        robot.clickOn("#breakoutOpen-GOV");
        robot.clickOn("#breakoutOpenFree");
        waitFor(() -> context.shell().screenProperty().get() == Screen.BREAKOUT);
        Node tools = robot.lookup("#breakoutTool-notes").query();
        assertThat(tools).isNotNull();
        robot.clickOn("#breakoutLeave");
        waitFor(() -> context.shell().screenProperty().get() == Screen.SESSION);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

}

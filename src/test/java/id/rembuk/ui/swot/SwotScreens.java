package id.rembuk.ui.swot;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: pictures of the boards to look at while building them (the facilitator's board with
 * the sample's twenty cards, the projector, a group's board). Skipped unless {@code swot.shots}
 * names a folder.
 */
@ExtendWith(ApplicationExtension.class)
class SwotScreens {
    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path homes;

    private SwotSession session;
    private SwotBoardViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        session = new SwotSession(homes.resolve(UUID.randomUUID().toString()), id.rembuk.domain.Stage.II);
        vm = SwotBoardViewModel.facilitator(session.shell);
        SwotSample.fill(vm);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void pictures(FxRobot robot) throws Exception {
        String dir = System.getProperty("swot.shots", "");
        Assumptions.assumeTrue(!dir.isBlank(), "set -Dswot.shots=DIR to make the pictures");
        Path out = Path.of(dir);
        Files.createDirectories(out);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            BorderPane window = new BorderPane(new SwotBoardView(vm, c -> { }).root());
            Region sidebar = new StackPane(new Label("Menu"));
            sidebar.setPrefWidth(200);
            sidebar.setMinWidth(200);
            sidebar.setStyle("-fx-background-color: #f6f8fa;");
            window.setLeft(sidebar);
            Region header = new StackPane(new Label("Rembuk"));
            header.setPrefHeight(56);
            header.setStyle("-fx-background-color: #ffffff; -fx-border-color: #d0d7de; -fx-border-width: 0 0 1 0;");
            window.setTop(header);
            scene[0] = new Scene(window, 1366, 720);
            Theme.style(scene[0]);
            stage.setScene(scene[0]);
            stage.show();
        });
        save(scene[0], out.resolve("swot-board-1366x720.png"));
        robot.interact(() -> {
            java.util.List<id.rembuk.domain.change.Edit> edits = new java.util.ArrayList<>();
            for (int i = 0; i < 90; i++) {
                edits.addAll(new id.rembuk.domain.SwotItem(UUID.randomUUID().toString(),
                        java.util.Optional.of(id.rembuk.domain.Dimension.GOV), java.util.Optional.empty(),
                        id.rembuk.domain.SwotItem.Quadrant.S, "Kekuatan nomor " + i + (i % 3 == 0
                        ? " dengan penjelasan panjang tentang jaringan, aplikasi dan sumber daya manusia di setiap OPD"
                        : ""), "ECO", "", 100_000 + i).toEdits());
            }
            session.shell.apply(new id.rembuk.domain.change.Action("banyak", edits));
        });
        save(scene[0], out.resolve("swot-board-dense-1366x720.png"));

        robot.interact(() -> {
            Scene room = new Scene(new StackPane(new SwotPlenoView(vm).root()), 1024, 768);
            Theme.style(room);
            room.getRoot().getStyleClass().add("projector");
            stage.setScene(room);
        });
        save(stage.getScene(), out.resolve("swot-pleno-1024x768.png"));
        robot.interact(() -> vm.setConcealed(true));
        save(stage.getScene(), out.resolve("swot-pleno-concealed-1024x768.png"));
        robot.interact(() -> {
            vm.reveal();
            vm.closeRound();
            vm.sortByVotesProperty().set(true);
            vm.plenoFocusProperty().set(id.rembuk.domain.SwotItem.Quadrant.W);
        });
        save(stage.getScene(), out.resolve("swot-pleno-weaknesses-1024x768.png"));
    }

    /** The real window on the sample (Tahap I): the facilitator's boards are the elements', a group's tab the same. */
    @Test
    void inTheApp(FxRobot robot) throws Exception {
        String dir = System.getProperty("swot.shots", "");
        Assumptions.assumeTrue(!dir.isBlank(), "set -Dswot.shots=DIR to make the pictures");
        Path out = Path.of(dir);
        id.rembuk.ui.RecordingDialogs dialogs = new id.rembuk.ui.RecordingDialogs();
        id.rembuk.ui.AppContext[] context = new id.rembuk.ui.AppContext[1];
        robot.interact(() -> {
            context[0] = new id.rembuk.ui.AppContext(homes.resolve("app"), new id.rembuk.ui.theme.UiSettings(null),
                    new id.rembuk.ui.task.BackgroundTaskExecutor(), dialogs, java.time.Clock.systemDefaultZone());
            stage.setScene(new Scene(new StackPane(), 1366, 720));
            new id.rembuk.ui.shell.MainWindow(context[0], stage);
            stage.show();
            context[0].shell().openSample();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#overviewRegion").tryQuery().isPresent());
        robot.clickOn("#nav-swot");
        robot.clickOn("#boardAdd-S").write("Bupati mendukung penuh Dewan Smart City").type(javafx.scene.input.KeyCode.ENTER);
        robot.write("Ada Diskominfo dengan bidang aplikasi").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context[0].shell().saveStatusProperty().get()
                == id.rembuk.ui.shell.SaveStatus.SAVED);
        save(stage.getScene(), out.resolve("swot-app-tahap1-1366x720.png"));
        robot.clickOn("#nav-breakout");
        robot.clickOn("#breakoutOpen-GOV");
        robot.clickOn("#breakoutOpenFree");
        robot.clickOn("#breakoutTool-swot");
        save(stage.getScene(), out.resolve("swot-app-group-1366x720.png"));
        robot.interact(() -> context[0].shutdown());
        if (!dialogs.errors.isEmpty()) {
            throw new AssertionError(dialogs.errors.toString());
        }
    }

    private static void save(Scene scene, Path file) throws Exception {
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        System.out.println("picture: " + file);
    }
}

package id.rembuk.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.HandClock;
import id.rembuk.domain.Duplicates;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Records;
import id.rembuk.domain.SamePerson;
import id.rembuk.domain.change.Action;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Registered twice, in the real window on the sample: a suggestion confirmed from the keyboard,
 * the merged person shown once, "Pisahkan lagi". With {@code -Drembuk.screenshots=DIR} it also
 * saves {@code duplicates.png} there (the people screen with a suggestion and a confirmed pair).
 */
@ExtendWith(ApplicationExtension.class)
class DuplicatesUiTest {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    static {
        // a 1366x768 window must fit Monocle's screen, whose size the first test class of a JVM sets
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final HandClock clock = new HandClock(LocalDateTime.of(2022, 6, 16, 7, 58).atZone(WITA).toInstant(), WITA);
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        stage.setScene(new Scene(new Pane(), Math.min(1366, screen.getWidth()), Math.min(768, screen.getHeight())));
        context = TestWindow.show(stage, homes.resolve(UUID.randomUUID().toString()), dialogs, clock);
    }

    @AfterEach
    void closeSession() {
        context.shutdown();
    }

    @Test
    void aSuggestionIsConfirmedFromTheKeyboardAndSeparatedAgain(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        Participant andriani = named("Andriani Husain, S.Kom.");
        Participant ratna = named("Ratna Baso");
        // the group laptops typed two people again: Andriani with her phone written another way, Ratna with her NIP
        Participant andrianiAgain = new Participant(UUID.randomUUID().toString(), "Andriani H.", "",
                "Kabid Pemerintahan", "Bappeda", Participant.Unsur.OPD, "", "+62 853-8592-7167", "");
        Participant ratnaAgain = new Participant(UUID.randomUUID().toString(), "Ratna Baso, S.E.", ratna.nip(), "",
                "Dinas Komunikasi dan Informatika Kab. Banggai", Participant.Unsur.OPD, "", "0852 4000 1234", "");
        robot.interact(() -> {
            context.shell().apply(new Action("Tambah peserta", andrianiAgain.toEdits()));
            context.shell().apply(new Action("Tambah peserta", ratnaAgain.toEdits()));
            context.shell().apply(new Action("Sama orang", SamePerson.of(ratna.id(), ratnaAgain.id(),
                    Duplicates.Reason.NIP, SamePerson.Status.CONFIRMED).toEdits()));
        });
        TestWindow.waitFor(() -> Records.read(context.shell().stateProperty().get(), EntityKind.SAME_PERSON,
                SamePerson::from).records().size() == 1);

        robot.clickOn("#nav-participants");
        TestWindow.waitFor(() -> robot.lookup("#participantTable").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#participantTable").queryTableView();
        try {
            TestWindow.waitFor(() -> table.getItems().size() == 81);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("rows: " + table.getItems().size() + ", registrations: "
                    + context.shell().stateProperty().get().count("participant"), e);
        }
        assertThat(robot.lookup("#duplicatesBanner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#mergedToggle").query().isVisible()).isTrue();
        robot.clickOn("#mergedToggle");
        TestWindow.waitFor(() -> robot.lookup("#mergedList").query().isVisible());
        robot.interact(() -> robot.lookup("#participantSearch").queryAs(TextField.class).setText("ratna"));
        TestWindow.waitFor(() -> table.getItems().size() < 81 && !table.getItems().isEmpty());
        screenshot("duplicates.png");

        // from the search, Tab reaches "Sama orang"; Space confirms, keeping the entry with more details
        robot.interact(() -> robot.lookup("#participantSearch").queryAs(TextField.class).setText(""));
        robot.clickOn("#participantSearch");
        Node same = robot.lookup("#duplicateSame0").query();
        for (int i = 0; i < 8 && !same.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(same.isFocused()).isTrue();
        // Down opens the choice of whose details are kept: the second keeps the other entry
        robot.type(KeyCode.DOWN);
        TestWindow.waitFor(((javafx.scene.control.SplitMenuButton) same)::isShowing);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        TestWindow.waitFor(() -> table.getItems().size() == 80);
        TestWindow.waitFor(() -> !context.shell().busyProperty().get());
        assertThat(context.shell().undoLabelProperty().get())
                .isEqualTo("Sama orang: Andriani H. dan Andriani Husain, S.Kom.");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        TestWindow.waitFor(() -> table.getItems().size() == 81);
        Node again = robot.lookup("#duplicateSame0").query();
        robot.interact(again::requestFocus);
        robot.type(KeyCode.SPACE);
        TestWindow.waitFor(() -> table.getItems().size() == 80);
        TestWindow.waitFor(() -> !context.shell().busyProperty().get());
        assertThat(context.shell().undoLabelProperty().get())
                .isEqualTo("Sama orang: Andriani Husain, S.Kom. dan Andriani H.");
        assertThat(robot.lookup("#duplicatesBanner").query().isVisible()).isFalse();
        assertThat(((Label) robot.lookup("#participantCounts").query()).getText()).startsWith("80 peserta · 30 OPD");

        // "Pisahkan lagi" on the keyboard as well: the first merged pair is Andriani's
        Node split = robot.lookup("#mergedSplit0").query();
        robot.interact(split::requestFocus);
        robot.type(KeyCode.SPACE);
        TestWindow.waitFor(() -> table.getItems().size() == 81);
        TestWindow.waitFor(() -> !context.shell().busyProperty().get());
        assertThat(context.shell().undoLabelProperty().get())
                .isEqualTo("Pisahkan lagi: Andriani Husain, S.Kom. dan Andriani H.");
        assertThat(named("Andriani H.")).isEqualTo(andrianiAgain);
        assertThat(named("Andriani Husain, S.Kom.")).isEqualTo(andriani);
        assertThat(dialogs.errors).isEmpty();
    }

    private Participant named(String name) {
        return Records.read(context.shell().stateProperty().get(), EntityKind.PARTICIPANT, Participant::from)
                .records().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private void screenshot(String name) throws Exception {
        String dir = System.getProperty("rembuk.screenshots", "");
        if (dir.isBlank()) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        Files.createDirectories(Path.of(dir));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name).toFile());
    }
}

package id.rembuk.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.HandClock;
import id.rembuk.domain.Attendance;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Records;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
 * The registration desk in the real window, with the sample open: part of a name, Enter, next
 * person. The people areas are registered the way the composition root will.
 */
@ExtendWith(ApplicationExtension.class)
class AttendanceUiTest {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final HandClock clock = new HandClock(LocalDateTime.of(2022, 6, 16, 7, 58).atZone(WITA).toInstant(), WITA);
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = TestWindow.show(stage, homes.resolve(UUID.randomUUID().toString()), dialogs, clock);
    }

    @AfterEach
    void closeSession() {
        context.shutdown();
    }

    private TextField openDesk(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        robot.clickOn("#nav-attendance");
        waitFor(() -> robot.lookup("#checkInSearch").tryQuery().isPresent());
        TextField search = robot.lookup("#checkInSearch").queryAs(TextField.class);
        // the cursor waits in the search as soon as the desk opens
        waitFor(search::isFocused);
        return search;
    }

    @Test
    void tenPeopleAreCheckedInWithPartOfTheirNameAndEnterEach(FxRobot robot) throws Exception {
        TextField search = openDesk(robot);
        assertThat(text(robot, "#countPresent")).isEqualTo("0");
        assertThat(text(robot, "#countAbsent")).isEqualTo("80");
        assertThat(text(robot, "#attendanceLateAfter")).isEqualTo("Terlambat setelah 08.30");

        Map<String, String> typed = new java.util.LinkedHashMap<>();
        typed.put("nurhay", "Nurhayati Tumanggor");
        typed.put("andriani hus", "Andriani Husain, S.Kom.");
        typed.put("marten baso", "Marten Baso, S.Sos., M.Si.");
        typed.put("wahyu", "Wahyu Saleh");
        typed.put("kaharud", "Kaharuddin Pomalingo");
        typed.put("jefri", "Jefri Pasau");
        typed.put("nirwana", "Nirwana Kamaruddin");
        typed.put("suryani", "Suryani Rorano");
        typed.put("ridwan", "Ridwan Ladjiu");
        typed.put("syamsul", "Syamsul Kalengkongan");
        int n = 0;
        for (Map.Entry<String, String> e : typed.entrySet()) {
            if (++n == 10) {
                clock.set(LocalDateTime.of(2022, 6, 16, 8, 41).atZone(WITA).toInstant()); // the last one comes late
            }
            robot.write(e.getKey());
            robot.type(KeyCode.ENTER);
            int done = n;
            waitFor(() -> search.getText().isEmpty() && Integer.toString(done).equals(text(robot, "#countPresent")));
            assertThat(text(robot, "#checkInHint")).startsWith(e.getValue() + " hadir pukul ");
        }
        assertThat(text(robot, "#countAbsent")).isEqualTo("70");
        assertThat(text(robot, "#countLate")).isEqualTo("1");
        assertThat(text(robot, "#countTotal")).isEqualTo("10 dari 80 peserta hadir");
        // Nurhayati, Andriani and Ridwan are in Smart Governance; Ridwan is Dewan Smart City
        assertThat(text(robot, "#tally-group-GOV")).isEqualTo("3/16");
        assertThat(text(robot, "#tally-unsur-DEWAN_SMART_CITY")).isEqualTo("1/20");

        waitFor(() -> !context.shell().busyProperty().get());
        Callable<List<Attendance>> stored = () -> Records.read(context.shell().stateProperty().get(),
                EntityKind.ATTENDANCE, Attendance::from).records();
        waitFor(() -> stored.call().size() == 10);
        Map<String, String> names = Records.read(context.shell().stateProperty().get(), EntityKind.PARTICIPANT,
                Participant::from).records().stream().collect(Collectors.toMap(Participant::id, Participant::name));
        assertThat(stored.call()).extracting(a -> names.get(a.participantId()))
                .containsExactlyInAnyOrderElementsOf(typed.values());
        assertThat(stored.call()).allMatch(a -> a.day() == 1 && a.id().equals(Attendance.idFor(a.participantId(), 1)));
        assertThat(stored.call()).filteredOn(a -> a.time().getHour() == 8 && a.time().getMinute() == 41).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void spaceAndLettersInTheSearchAreTypingAndCtrlZTakesTheLastCheckInBack(FxRobot robot) throws Exception {
        TextField search = openDesk(robot);
        robot.write("ratna");
        // Space and the letters the run screen answers (B, P, M, T, L) stay text here
        robot.type(KeyCode.SPACE, KeyCode.B, KeyCode.P, KeyCode.M, KeyCode.T, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.getText()).isEqualTo("ratna bpmtl");
        assertThat(context.run().viewModel().runningProperty().get()).isFalse();
        assertThat(context.run().projector().showingProperty().get()).isFalse();

        // the arrows choose the second Ratna, Enter checks her in
        robot.eraseText(6);
        waitFor(() -> "ratna".equals(search.getText()));
        AttendanceViewModel.CheckInRow second = (AttendanceViewModel.CheckInRow) robot.lookup("#checkInList")
                .queryListView().getItems().get(1);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitFor(() -> "1".equals(text(robot, "#countPresent")));
        assertThat(text(robot, "#checkInHint")).startsWith(second.participant().name() + " hadir pukul 07.58");
        waitFor(() -> !context.shell().busyProperty().get());
        assertThat(context.shell().undoLabelProperty().get())
                .isEqualTo("Hadir: " + second.participant().name() + " (hari 1)");

        // Ctrl+Z in the (emptied) search goes to the window's undo: the check-in is taken back
        assertThat(search.isFocused()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> "0".equals(text(robot, "#countPresent")));
        waitFor(() -> !context.shell().busyProperty().get());
        assertThat(Records.read(context.shell().stateProperty().get(), EntityKind.ATTENDANCE, Attendance::from)
                .records()).isEmpty();
        assertThat(search.getText()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

package id.rembuk.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.HandClock;
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
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The participant list in the real window on the sample: search, Insert, Enter, inline messages, Delete, Esc. */
@ExtendWith(ApplicationExtension.class)
class ParticipantsUiTest {
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

    @Test
    void theListIsSearchedAndEditedFromTheKeyboard(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        robot.clickOn("#nav-participants");
        waitFor(() -> robot.lookup("#participantTable").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#participantTable").queryTableView();
        assertThat(table.getItems()).hasSize(80);
        assertThat(text(robot, "#participantCounts")).startsWith("80 peserta · 30 OPD · 20 Dewan Smart City");
        assertThat(robot.lookup("#duplicatesBanner").query().isVisible()).isFalse();

        // the import button reads a list into a preview window; nothing is saved until Import
        Path list = homes.resolve(UUID.randomUUID() + "-peserta.csv");
        java.nio.file.Files.writeString(list, "Nama;Instansi;Unsur\nRina Wulandari;Universitas Tompotika;Akademisi\n"
                + "Yusuf Lamato;Bappeda;OPD\n");
        dialogs.toOpen = list;
        robot.clickOn("#participantImport");
        waitFor(() -> robot.lookup("#importOk").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        assertThat(table.getItems()).hasSize(80);
        robot.clickOn("#importOk");
        waitFor(() -> table.getItems().size() == 82);
        // one undo takes the whole import back
        robot.interact(context.shell()::undo);
        waitFor(() -> table.getItems().size() == 80);
        // the preview window has closed: the keys go to the main window again
        robot.interact(() -> table.getScene().getWindow().requestFocus());

        robot.clickOn("#participantSearch").write("bappeda");
        waitFor(() -> table.getItems().size() == 3);
        assertThat(text(robot, "#participantShown")).isEqualTo("3 dari 80 ditampilkan");

        // Insert: a new entry; a wrong NIP is said beside its field and nothing is written
        robot.type(KeyCode.INSERT);
        TextField name = robot.lookup("#personName").queryAs(TextField.class);
        waitFor(name::isFocused);
        robot.write("Budi Santoso");
        robot.interact(() -> robot.lookup("#personNip").queryAs(TextField.class).setText("1978 0512"));
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#personNipError").query().isVisible());
        assertThat(text(robot, "#personNipError")).isEqualTo("NIP harus 18 angka (boleh dikosongkan): 19780512");
        assertThat(robot.lookup("#personNip").query().isFocused()).isTrue();

        robot.interact(() -> {
            robot.lookup("#personNip").queryAs(TextField.class).setText("19780512 200312 1 004");
            robot.lookup("#personInstitution").queryAs(TextField.class)
                    .setText("Badan Perencanaan Pembangunan Daerah (Bappeda)");
        });
        robot.type(KeyCode.ENTER);
        Callable<List<Participant>> budi = () -> Records.read(context.shell().stateProperty().get(),
                EntityKind.PARTICIPANT, Participant::from).records().stream()
                .filter(p -> p.name().equals("Budi Santoso")).toList();
        waitFor(() -> budi.call().size() == 1);
        assertThat(budi.call().get(0).nip()).isEqualTo("197805122003121004");
        waitFor(() -> table.getItems().size() == 4);
        assertThat(name.getText()).isEmpty();
        assertThat(name.isFocused()).isTrue();
        waitFor(() -> !context.shell().busyProperty().get());
        assertThat(context.shell().undoLabelProperty().get()).isEqualTo("Tambah peserta: Budi Santoso");

        // Esc in the form: the half-typed entry goes, nothing is written
        robot.write("Setengah");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> name.getText().isEmpty());

        // in the table: Enter edits, Delete deletes, Ctrl+Z brings back
        robot.clickOn("#participantSearch");
        robot.interact(() -> robot.lookup("#participantSearch").queryAs(TextField.class).setText("budi santoso"));
        waitFor(() -> table.getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        waitFor(table::isFocused);
        robot.type(KeyCode.ENTER);
        waitFor(() -> "Budi Santoso".equals(name.getText()));
        assertThat(text(robot, "#personFormTitle")).isEqualTo("Ubah peserta");
        robot.clickOn(robot.lookup("#participantTable .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Budi Santoso")).queryLabeled());
        waitFor(() -> table.getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.DELETE);
        waitFor(() -> budi.call().isEmpty());
        waitFor(() -> table.getItems().isEmpty());
        assertThat(text(robot, "#participantNotice")).isEqualTo("Budi Santoso dihapus. Ctrl+Z mengembalikannya.");
        assertThat(text(robot, "#personFormTitle")).isEqualTo("Tambah peserta");
        waitFor(() -> !context.shell().busyProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> budi.call().size() == 1);
        waitFor(() -> table.getItems().size() == 1);
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

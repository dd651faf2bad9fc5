package id.rembuk.ui.conflicts;

import static id.rembuk.ui.conflicts.ConflictSession.CARD;
import static id.rembuk.ui.conflicts.ConflictSession.CARD_MASTER;
import static id.rembuk.ui.conflicts.ConflictSession.NAME_ECO;
import static id.rembuk.ui.conflicts.ConflictSession.NAME_GOV;
import static id.rembuk.ui.conflicts.ConflictSession.NAME_MASTER;
import static id.rembuk.ui.conflicts.ConflictSession.PERSON;
import static id.rembuk.ui.conflicts.ConflictSession.PHONE_GOV;
import static id.rembuk.ui.conflicts.ConflictSession.PROGRAMME;
import static id.rembuk.ui.conflicts.ConflictSession.WITA;
import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.change.EntityState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.LaptopScene;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.tows.BoardSession;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The conflicts area headless on a real merged master, settled from the keyboard only. */
@ExtendWith(ApplicationExtension.class)
class ConflictsViewTest {
    @TempDir
    static Path dirs;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ShellViewModel shell;
    private ConflictsViewModel vm;

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        Path dir = dirs.resolve(UUID.randomUUID().toString());
        ConflictSession files = new ConflictSession(dir.resolve("files"));
        shell = BoardSession.shell(dir.resolve("home"), dialogs);
        shell.openFile(files.master);
        vm = new ConflictsViewModel(shell.stateProperty(), shell.replicasProperty(), shell::apply, WITA);
        stage.setScene(LaptopScene.of(new ConflictsView(vm).root(), shell::undo));
        stage.show();
    }

    @AfterEach
    void close() {
        shell.close();
        assertThat(dialogs.errors).isEmpty();
    }

    private static String heading(FxRobot robot) {
        return robot.lookup("#conflictHeading").queryAs(Label.class).getText();
    }

    private EntityState entity(String kind, String id) {
        return shell.stateProperty().get().get(kind, id).orElseThrow();
    }

    private static void focusList(FxRobot robot) {
        robot.interact(() -> robot.lookup("#conflictList").queryAs(ListView.class).requestFocus());
    }

    @Test
    void everyConflictIsSettledFromTheKeyboardAndCtrlZBringsOneBack(FxRobot robot) {
        focusList(robot);
        assertThat(heading(robot)).isEqualTo("Peserta · Budi Santoso");
        assertThat(robot.lookup("#conflictChoices").queryAs(javafx.scene.layout.HBox.class).getChildren()).hasSize(2);

        robot.type(KeyCode.DOWN);
        assertThat(heading(robot)).isEqualTo("Program · " + NAME_ECO);
        assertThat(robot.lookup("#conflictTake3").tryQuery()).isPresent();
        robot.type(KeyCode.DIGIT3);
        assertThat(entity("programme", PROGRAMME).get("name")).contains(NAME_MASTER);
        assertThat(vm.countProperty().get()).isEqualTo(2);
        // the next conflict takes the settled one's place
        assertThat(heading(robot)).startsWith("Butir SWOT · ");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.countProperty().get()).isEqualTo(3);
        assertThat(heading(robot)).as("the selection stays on the card").startsWith("Butir SWOT · ");

        // → highlights the second value, Enter takes it
        robot.type(KeyCode.RIGHT).type(KeyCode.ENTER);
        assertThat(entity("swot_item", CARD).get("text")).contains(CARD_MASTER);
        assertThat(vm.items()).extracting(i -> i.entity().id()).containsExactly(PERSON, PROGRAMME);

        robot.type(KeyCode.UP);
        assertThat(heading(robot)).isEqualTo("Peserta · Budi Santoso");
        robot.type(KeyCode.DIGIT2);
        assertThat(entity("participant", PERSON).live()).isTrue();
        assertThat(entity("participant", PERSON).get("phone")).contains(PHONE_GOV);

        // G combines: the editor starts with the three names, the facilitator writes one of them
        assertThat(heading(robot)).startsWith("Program · ");
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea text = robot.lookup("#conflictEditorText").queryAs(TextArea.class);
        assertThat(text.isVisible()).isTrue();
        assertThat(text.getText().lines().toList()).containsExactlyInAnyOrder(NAME_ECO, NAME_GOV, NAME_MASTER);
        assertThat(text.isFocused()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Satu Data Banggai");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entity("programme", PROGRAMME).get("name")).contains("Satu Data Banggai");
        assertThat(vm.countProperty().get()).isZero();
        assertThat(robot.lookup("#conflictsEmpty").query().isVisible()).isTrue();
        assertThat(shell.undoLabelProperty().get()).startsWith("Gabungkan nilai untuk Nama · Satu Data");
    }

    @Test
    void escapeClosesTheEditorWithoutWritingAndDigitsTypedThereStayText(FxRobot robot) {
        focusList(robot);
        robot.type(KeyCode.DOWN).type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea text = robot.lookup("#conflictEditorText").queryAs(TextArea.class);
        assertThat(text.isVisible()).isTrue();
        assertThat(text.getText()).isEmpty();
        robot.write("Program 2");
        assertThat(text.getText()).isEqualTo("Program 2");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#conflictEditor").query().isVisible()).isFalse();
        assertThat(vm.countProperty().get()).isEqualTo(3);
        assertThat(shell.undoLabelProperty().get()).isEmpty();
        assertThat(robot.lookup("#conflictList").queryAs(Node.class).isFocused()).isTrue();
    }

    @Test
    void aProvenanceLineFollowsItsItemAndTakesNoRoomWithNothingToSay(FxRobot robot) {
        javafx.beans.property.SimpleStringProperty id = new javafx.beans.property.SimpleStringProperty(PERSON);
        Origins origins = new Origins(shell.stateProperty()).names(shell.replicasProperty());
        Label[] line = new Label[1];
        robot.interact(() -> line[0] = ProvenanceLine.of(() -> origins.of("participant", id.get()), id));
        assertThat(line[0].getText()).startsWith("Dibuat: " + ConflictSession.FACILITATOR_LABEL + ", ")
                .contains("Diubah terakhir: " + ConflictSession.GOV_LABEL);
        assertThat(line[0].isManaged()).isTrue();
        robot.interact(() -> id.set(null));
        assertThat(line[0].getText()).isEmpty();
        assertThat(line[0].isVisible()).isFalse();
        assertThat(line[0].isManaged()).isFalse();
    }

    @Test
    void aClickOnAValuesButtonTakesIt(FxRobot robot) {
        focusList(robot);
        robot.type(KeyCode.DOWN);
        robot.clickOn("#conflictTake2");
        assertThat(entity("programme", PROGRAMME).get("name")).contains(NAME_GOV);
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Pilih nilai untuk Nama · " + NAME_ECO);
    }
}

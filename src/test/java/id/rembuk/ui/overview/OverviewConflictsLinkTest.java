package id.rembuk.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.conflicts.ConflictSession;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.tows.BoardSession;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The open-conflicts tile of the overview leads to the conflicts area, as its sidebar row does. */
@ExtendWith(ApplicationExtension.class)
class OverviewConflictsLinkTest {
    @TempDir
    static Path dirs;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ToggleButton row;
    private ShellViewModel shell;

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        Path dir = dirs.resolve(UUID.randomUUID().toString());
        ConflictSession files = new ConflictSession(dir.resolve("files"));
        shell = BoardSession.shell(dir.resolve("home"), dialogs);
        shell.openFile(files.master);
        OverviewViewModel vm = new OverviewViewModel(shell.stateProperty(), shell.sessionIdProperty());
        // a stand-in for the sidebar's row of the area
        row = new ToggleButton("Konflik");
        row.setId("nav-conflicts");
        BorderPane frame = new BorderPane(new OverviewView(vm, shell).root());
        frame.setLeft(row);
        stage.setScene(new Scene(frame, 1366, 720));
        stage.show();
    }

    @AfterEach
    void close() {
        shell.close();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aClickOnTheCountOpensTheConflictsArea(FxRobot robot) {
        assertThat(robot.lookup("#countConflicts").queryLabeled().getText()).isEqualTo("3");
        assertThat(row.isSelected()).isFalse();
        robot.clickOn("#overviewOpenConflicts");
        assertThat(row.isSelected()).isTrue();
    }
}

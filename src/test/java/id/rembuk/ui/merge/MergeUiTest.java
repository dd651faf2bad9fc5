package id.rembuk.ui.merge;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.change.Conflicts;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import id.rembuk.ui.shell.Screen;
import id.rembuk.ui.tows.BoardSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

/** The merge window, the group-files window and a group file opening, in the real main window. */
@ExtendWith(ApplicationExtension.class)
class MergeUiTest {
    private static final String NEW_CARD = "5a000000-0000-4000-8000-0000000000c1";

    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppContext context;
    private Path dir;

    @Start
    void start(Stage stage) {
        dir = homes.resolve(UUID.randomUUID().toString());
        context = TestWindow.show(stage, dir.resolve("home"), dialogs, Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        context.shutdown();
    }

    /** A master made elsewhere, handed over as a file, and its group files. */
    private Path masterWithGroupFiles(Path usb) throws Exception {
        Messages.setLocale(Messages.INDONESIAN);
        MergeSession master = new MergeSession(dir.resolve("facilitator"), "Kabupaten Banggai");
        master.groupFiles(usb).write();
        Path[] saved = new Path[1];
        master.shell.onSession(w -> master.sessions.saveAs(w, dir.resolve("induk.rembuk")), p -> saved[0] = p, e -> {
            throw new AssertionError(e);
        });
        master.shell.close();
        return saved[0];
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> context.shell().openFile(file));
        TestWindow.waitFor(() -> context.shell().stateProperty().get() != null && !context.shell().busyProperty().get());
    }

    private static Optional<Window> window(String rootId) {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().lookup("#" + rootId) != null).findFirst();
    }

    @Test
    void theMergeWindowShowsTheCheckMergesAndReports(FxRobot robot) throws Exception {
        Path usb = dir.resolve("usb");
        Path master = masterWithGroupFiles(usb);
        Path gov = MergeSession.laptop(usb.resolve("Kabupaten-Banggai-Tahap-III-GOV.rembuk"), dir.resolve("gov"),
                "Kelompok GOV · Laptop A", "hasil-gov", List.of(Edit.set(EntityKind.SWOT_ITEM.code(),
                        BoardSession.S_DATA, SwotItem.F_TEXT, "Pusat data dipakai semua OPD")));
        Path eco = MergeSession.laptop(usb.resolve("Kabupaten-Banggai-Tahap-III-ECO.rembuk"), dir.resolve("eco"),
                "Kelompok ECO · Laptop B", "hasil-eco", new java.util.ArrayList<>(List.of(Edit.set(
                        EntityKind.SWOT_ITEM.code(), BoardSession.S_DATA, SwotItem.F_TEXT, "Pusat data belum dipakai UMKM"))) {
                    {
                        addAll(new SwotItem(NEW_CARD, Optional.of(Dimension.ECO), Optional.empty(), SwotItem.Quadrant.O,
                                "Pasar digital desa", "ECO", "", 3).toEdits());
                    }
                });
        open(robot, master);

        robot.interact(() -> context.merge().merge(List.of(gov, eco)));
        TestWindow.waitFor(() -> robot.lookup("#mergeConfirm").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#mergeHeading").queryAs(Label.class).getText()).isEqualTo("Yang akan digabungkan");
        assertThat(robot.lookup("#mergeRow0 .label").queryAs(Label.class).getText()).isEqualTo("hasil-gov.rembuk");
        assertThat(robot.lookup("#mergeRow1 .label").queryAs(Label.class).getText()).isEqualTo("hasil-eco.rembuk");
        assertThat(robot.lookup("#mergeSummary").queryAs(Label.class).getText()).contains("akan digabungkan");
        // nothing changed yet
        assertThat(context.shell().stateProperty().get().get(EntityKind.SWOT_ITEM.code(), NEW_CARD)).isEmpty();

        // Enter presses the merge button (the default one)
        robot.type(KeyCode.ENTER);
        TestWindow.waitFor(() -> robot.lookup("#mergeClose").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#mergeHeading").queryAs(Label.class).getText()).isEqualTo("Hasil penggabungan");
        assertThat(robot.lookup("#mergeSummary").queryAs(Label.class).getText())
                .contains("sudah digabungkan. Konflik terbuka sekarang: 1.");
        assertThat(robot.lookup("#mergeBackup").queryAs(Label.class).getText())
                .startsWith("Cadangan sebelum penggabungan: ");
        assertThat(Conflicts.of(context.shell().stateProperty().get())).hasSize(1);
        assertThat(context.shell().stateProperty().get().get(EntityKind.SWOT_ITEM.code(), NEW_CARD)).isPresent();
        assertThat(dialogs.errors).isEmpty();

        // the conflict left is the next thing to do: Enter now goes to it
        javafx.scene.control.Button toConflicts = robot.lookup("#mergeOpenConflicts").queryButton();
        assertThat(toConflicts.isVisible()).isTrue();
        assertThat(toConflicts.getText()).isEqualTo("Buka konflik (1)");
        assertThat(toConflicts.isDefaultButton()).isTrue();
        robot.type(KeyCode.ENTER);
        TestWindow.waitFor(() -> window("mergeDialog").isEmpty());
        TestWindow.waitFor(() -> "conflicts".equals(context.navigation().selectedProperty().get()));
        TestWindow.waitFor(() -> robot.lookup("#conflictList").tryQuery().isPresent());
        assertThat(robot.lookup("#nav-conflicts").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    /** With nothing left to decide the window just closes. */
    @Test
    void aMergeWithoutConflictsOffersOnlyToClose(FxRobot robot) throws Exception {
        Path usb = dir.resolve("usb");
        Path master = masterWithGroupFiles(usb);
        Path eco = MergeSession.laptop(usb.resolve("Kabupaten-Banggai-Tahap-III-ECO.rembuk"), dir.resolve("eco"),
                "Kelompok ECO · Laptop B", "hasil-eco", new SwotItem(NEW_CARD, Optional.of(Dimension.ECO),
                        Optional.empty(), SwotItem.Quadrant.O, "Pasar digital desa", "ECO", "", 3).toEdits());
        open(robot, master);
        robot.interact(() -> context.merge().merge(List.of(eco)));
        TestWindow.waitFor(() -> robot.lookup("#mergeConfirm").tryQuery().map(Node::isVisible).orElse(false));
        robot.type(KeyCode.ENTER);
        TestWindow.waitFor(() -> robot.lookup("#mergeClose").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#mergeOpenConflicts").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#mergeClose").queryButton().isDefaultButton()).isTrue();
        robot.type(KeyCode.ENTER);
        TestWindow.waitFor(() -> window("mergeDialog").isEmpty());
        assertThat(context.navigation().selectedProperty().get()).isNotEqualTo("conflicts");
    }

    @Test
    void theGroupFilesWindowWritesTheTickedGroups(FxRobot robot) throws Exception {
        Path master = masterWithGroupFiles(dir.resolve("first"));
        open(robot, master);
        Path usb = dir.resolve("usb");
        AtomicReference<GroupFilesViewModel> vm = new AtomicReference<>();
        robot.interact(() -> vm.set(context.merge().prepareGroupFiles()));
        assertThat(robot.lookup("#groupWrite").queryButton().isDisabled()).isTrue();
        robot.interact(() -> vm.get().folderProperty().set(usb));
        robot.clickOn("#group-BRD").clickOn("#group-SOC");
        robot.clickOn("#groupWrite");
        TestWindow.waitFor(() -> vm.get().phaseProperty().get() == GroupFilesViewModel.Phase.DONE);

        assertThat(robot.lookup("#groupSummary").queryAs(Label.class).getText())
                .isEqualTo("4 berkas kelompok ditulis ke " + usb);
        try (var files = Files.list(usb)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList())
                    .containsExactly("Kabupaten-Banggai-Tahap-III-ECO.rembuk", "Kabupaten-Banggai-Tahap-III-ENV.rembuk",
                            "Kabupaten-Banggai-Tahap-III-GOV.rembuk", "Kabupaten-Banggai-Tahap-III-LIV.rembuk");
        }
        robot.clickOn("#groupClose");
        TestWindow.waitFor(() -> window("groupFilesDialog").isEmpty());
    }

    @Test
    void theFileMenuOpensTheGroupFilesWindowFromTheKeyboard(FxRobot robot) throws Exception {
        Path master = masterWithGroupFiles(dir.resolve("first"));
        open(robot, master);
        robot.interact(() -> context.settings().fontSizeProperty().set(18));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        TestWindow.waitFor(() -> window("groupFilesDialog").isPresent());
        assertThat(robot.lookup("#group-GOV").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        // the text size the user chose for the app
        assertThat(window("groupFilesDialog").orElseThrow().getScene().getRoot().getStyle())
                .contains("-fx-font-size: 18px");
        robot.type(KeyCode.ESCAPE);
        TestWindow.waitFor(() -> window("groupFilesDialog").isEmpty());
    }

    @Test
    void aGroupFileOpensOnItsGroupsScreen(FxRobot robot) throws Exception {
        Path usb = dir.resolve("usb");
        masterWithGroupFiles(usb);
        open(robot, usb.resolve("Kabupaten-Banggai-Tahap-III-ECO.rembuk"));
        TestWindow.waitFor(() -> context.shell().screenProperty().get() == Screen.BREAKOUT);

        assertThat(context.breakout().viewModel().groupIdProperty().get()).isEqualTo("ECO");
        assertThat(context.shell().groupCopyProperty().get()).isEqualTo("ECO");
        // leaving the group's screen shows the session, marked as the group's copy
        robot.interact(() -> context.breakout().askToLeave());
        TestWindow.waitFor(() -> context.shell().screenProperty().get() == Screen.SESSION);
        Label badge = robot.lookup("#headerGroupCopy").queryAs(Label.class);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("Salinan kelompok ECO");
    }
}

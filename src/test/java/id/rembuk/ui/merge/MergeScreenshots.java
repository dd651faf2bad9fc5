package id.rembuk.ui.merge;


import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.change.Edit;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.Screenshot;
import id.rembuk.ui.TestWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Not a test: the group-files window and a merge report on the sample, for the documentation.
 * Skipped unless {@code rembuk.screenshots} names the output folder.
 */
@ExtendWith(ApplicationExtension.class)
class MergeScreenshots {
    /** Two cards of the sample's boards. */
    private static final String CARD = "aa41cc51-02f7-42a9-a2a6-70932efe7d8b";

    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppContext context;

    @Start
    void start(Stage stage) {
        if (!TestWindow.screenshotsWanted()) {
            return;
        }
        context = TestWindow.forScreenshots(stage, homes.resolve(UUID.randomUUID().toString()), dialogs, Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.shutdown();
        }
    }

    @Test
    void groupFilesAndMergeReport(FxRobot robot) throws Exception {
        Path dir = TestWindow.screenshotFolder();
        TestWindow.openSample(robot, context);

        Path usb = homes.resolve("FLASHDISK");
        AtomicReference<GroupFilesViewModel> groups = new AtomicReference<>();
        robot.interact(() -> groups.set(context.merge().prepareGroupFiles()));
        robot.interact(() -> groups.get().folderProperty().set(usb));
        robot.clickOn("#groupWrite");
        TestWindow.waitFor(() -> groups.get().phaseProperty().get() == GroupFilesViewModel.Phase.DONE);
        assertThat(groups.get().written()).as("one file a group, all written").hasSize(6)
                .allMatch(GroupFilesViewModel.Written::ok);
        Screenshot.save(Screenshot.window("#groupFilesDialog").orElseThrow().getScene(), dir.resolve("group-files.png"));
        robot.clickOn("#groupClose");

        String prefix = "Kabupaten-Banggai-CONTOH-Tahap-I-";
        Path gov = MergeSession.laptop(usb.resolve(prefix + "GOV.rembuk"), homes.resolve("gov"),
                "Kelompok GOV · Laptop BAPPEDA-01", "GOV-hasil-hari-2", withCards(List.of(
                        Edit.set(EntityKind.SWOT_ITEM.code(), CARD, SwotItem.F_TEXT,
                                "Komitmen kuat Bupati, Wakil Bupati dan Sekda")), Dimension.GOV,
                        "Perbup Satu Data sudah terbit", "Forum data OPD rutin tiap bulan", "Portal PPID sudah aktif"));
        Path eco = MergeSession.laptop(usb.resolve(prefix + "ECO.rembuk"), homes.resolve("eco"),
                "Kelompok ECO · Laptop DISKOP-02", "ECO-hasil-hari-2", withCards(List.of(
                        Edit.set(EntityKind.SWOT_ITEM.code(), CARD, SwotItem.F_TEXT,
                                "Komitmen kuat kepala daerah pada UMKM digital")), Dimension.ECO,
                        "Pasar digital desa", "Koperasi nelayan aktif"));
        Path cut = usb.resolve("LIV-hasil-hari-2.rembuk");
        byte[] bytes = Files.readAllBytes(usb.resolve(prefix + "LIV.rembuk"));
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        MergeSession palu = new MergeSession(homes.resolve("palu"), "Kota Palu");
        Path[] other = new Path[1];
        palu.shell.onSession(w -> palu.sessions.saveAs(w, usb.resolve("Kota-Palu-Tahap-III.rembuk")),
                p -> other[0] = p, e -> {
                    throw new AssertionError(e);
                });
        palu.shell.close();
        Path again = usb.resolve("GOV-hasil-hari-1.rembuk");
        Files.copy(usb.resolve(prefix + "GOV.rembuk"), again);

        dialogs.answer = false;
        robot.interact(() -> context.merge().merge(List.of(gov, eco, again, cut, other[0])));
        TestWindow.waitFor(() -> robot.lookup("#mergeConfirm").tryQuery().map(n -> n.isVisible()).orElse(false));
        Screenshot.save(Screenshot.window("#mergeDialog").orElseThrow().getScene(), dir.resolve("merge-preview.png"));
        robot.clickOn("#mergeConfirm");
        TestWindow.waitFor(() -> robot.lookup("#mergeClose").tryQuery().map(n -> n.isVisible()).orElse(false));
        Screenshot.save(Screenshot.window("#mergeDialog").orElseThrow().getScene(), dir.resolve("merge-report.png"));
        robot.clickOn("#mergeClose");

        // a group's laptop: the file opens on the group's screen; leaving it shows the header's mark
        robot.interact(() -> context.shell().openFile(usb.resolve(prefix + "SOC.rembuk")));
        TestWindow.waitFor(() -> context.shell().screenProperty().get() == id.rembuk.ui.shell.Screen.BREAKOUT);
        Screenshot.save(Screenshot.window("#content").orElseThrow().getScene(), dir.resolve("group-file-opened.png"));
        robot.interact(() -> context.breakout().askToLeave());
        TestWindow.waitFor(() -> context.shell().screenProperty().get() == id.rembuk.ui.shell.Screen.SESSION);
        Screenshot.save(Screenshot.window("#content").orElseThrow().getScene(), dir.resolve("group-copy-header.png"));
    }

    private static List<Edit> withCards(List<Edit> first, Dimension d, String... texts) {
        List<Edit> all = new ArrayList<>(first);
        int order = 50;
        for (String t : texts) {
            all.addAll(new SwotItem(UUID.randomUUID().toString(), Optional.of(d), Optional.empty(), SwotItem.Quadrant.S,
                    t, d.code(), "", order++).toEdits());
        }
        return all;
    }
}

package id.rembuk.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.i18n.Messages;
import id.rembuk.i18n.PseudoMessages;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import id.rembuk.ui.export.ExportViewModel;
import id.rembuk.ui.merge.GroupFilesViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * No text typed into the program's code reaches the screen: with every bundle text marked, a walk
 * round the real window on the sample (every area, its projector view, the group's screen and its
 * tools, the session form, the shortcut list, the import, export, group-file and merge windows)
 * finds no word that is neither from a bundle nor the session's data. Then the same walk in English
 * finds no Indonesian bundle text left over: the switch reaches every view without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class HardCodedTextTest {
    private static final String[] PROJECTORS = {"#readinessProjector", "#overallProjector", "#swotProjector",
        "#towsProject", "#visionProject", "#programmeProject", "#scoringProject", "#qwProject", "#profileProject",
        "#roadmapProject", "#runProjection"};

    private static final String IMPORTED = "No;Nama;NIP;Jabatan;Instansi;Unsur;No. HP\n"
            + "1;Rina Wulandari;;Dosen;Universitas Tompotika;Akademisi;+62 813 3333 4444\n"
            + "2;;;;;;\n";

    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppContext context;
    private Path dir;

    @Start
    void start(Stage stage) {
        dir = homes.resolve(UUID.randomUUID().toString());
        PseudoMessages.on();
        context = TestWindow.onLaptopScreen(stage, dir.resolve("home"), dialogs);
    }

    @AfterEach
    void close() {
        context.shutdown();
        PseudoMessages.off();
        Messages.setLocale(Messages.INDONESIAN);
    }

    @Test
    void everyViewAndWindowShowsOnlyBundleTextOrData(FxRobot robot) throws Exception {
        WindowWalk walk = new WindowWalk(robot, context);
        walk.look("welcome");
        TestWindow.openSample(robot, context);
        walk.areas(PROJECTORS);
        windows(robot, walk);
        walk.breakout("GOV");

        List<TextFound> bad = new TextCheck(data()).hardCoded(walk.texts());
        assertThat(walk.visited()).hasSizeGreaterThan(30);
        assertThat(bad).as(report(bad, walk)).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        // an icon alone is no name for a screen reader
        assertThat(walk.unnamed()).as(report(walk.unnamed(), walk)).isEmpty();
    }

    @Test
    void afterASwitchToEnglishNoViewKeepsIndonesianText(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        robot.interact(() -> context.settings().languageProperty().set(Locale.ENGLISH));
        WindowWalk walk = new WindowWalk(robot, context);
        walk.look("after the switch");
        walk.areas(PROJECTORS);
        windows(robot, walk);
        walk.breakout("GOV");

        List<TextFound> left = TextCheck.indonesian(walk.texts());
        assertThat(walk.texts()).anyMatch(t -> t.text().indexOf(PseudoMessages.EN_OPEN) >= 0);
        assertThat(left).as(report(left, walk)).isEmpty();
        List<TextFound> bad = new TextCheck(data()).hardCoded(walk.texts());
        assertThat(bad).as(report(bad, walk)).isEmpty();
    }

    /** The session's strings and the cells of the participant list the walk imports. */
    private Set<String> data() throws Exception {
        Set<String> data = new java.util.HashSet<>(SessionStrings.of(context.shell()));
        data.addAll(List.of(IMPORTED.split("[;\\n]")));
        return data;
    }

    /** The app's own alerts (error, question, choice) have our words on every button, not JavaFX's English. */
    @Test
    void theAlertsShowOnlyBundleText(FxRobot robot) throws Exception {
        var fx = new id.rembuk.ui.dialog.FxDialogService(() -> null);
        WindowWalk walk = new WindowWalk(robot, context);
        List<Runnable> asks = List.of(
                () -> fx.showError(Messages.get("ui.error.title"), Messages.get("ui.error.title")),
                () -> fx.confirm(Messages.get("ui.error.title"), Messages.get("ui.error.title"),
                        Messages.get("ui.dialog.ok"), Messages.get("ui.dialog.cancel")),
                () -> fx.choose(Messages.get("ui.error.title"), Messages.get("ui.error.title"),
                        List.of("Kota Palu", "Kabupaten Sigi"), x -> x));
        for (Runnable ask : asks) {
            javafx.application.Platform.runLater(ask);
            TestWindow.waitFor(() -> window(".dialog-pane") != null);
            walk.look("alert");
            robot.interact(() -> window(".dialog-pane").getScene().getRoot().lookupAll(".button").stream()
                    .reduce((a, b) -> b).map(b -> (javafx.scene.control.Button) b).ifPresent(b -> b.fire()));
            TestWindow.waitFor(() -> window(".dialog-pane") == null);
        }
        List<TextFound> bad = new TextCheck(Set.of("Kota Palu", "Kabupaten Sigi")).hardCoded(walk.texts());
        assertThat(walk.texts()).anyMatch(t -> t.node().startsWith("Button"));
        assertThat(bad).as(report(bad, walk)).isEmpty();
    }

    /** The check itself: a word typed into a view is caught, with the view and the node named. */
    @Test
    void aLabelTypedIntoAViewIsCaught(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        robot.interact(() -> context.navigation().selectedProperty().set("participants"));
        robot.interact(() -> ((Pane) robot.lookup("#area").query()).getChildren().add(plantedLabel()));
        WindowWalk walk = new WindowWalk(robot, context);
        walk.look("area participants");

        List<TextFound> bad = new TextCheck(SessionStrings.of(context.shell())).hardCoded(walk.texts());
        assertThat(bad).extracting(TextFound::toString).containsExactly("area participants | Label#planted | \"Simpan\"");
    }

    private static Label plantedLabel() {
        Label l = new Label("Simpan");
        l.setId("planted");
        return l;
    }

    /** Bundle text, data, numbers and codes pass; words typed into the code do not. */
    @Test
    void theCheckTellsBundleTextAndDataFromTypedWords() {
        TextCheck check = new TextCheck(Set.of("Kabupaten Banggai", "Ya"));
        assertThat(check.residue("\u27E6Peserta: \u27E6Tata Kelola\u27E7 (12)\u27E7")).isEmpty();
        assertThat(check.residue("Kabupaten Banggai · \u27EAStage I\u27EB · 16 Juni 2022 08.00")).isEmpty();
        assertThat(check.residue("GOV 45% Rp 1.200.000")).isEmpty();
        assertThat(check.residue("Ya, Yakin")).isEqualTo("Yakin");
        assertThat(check.residue("\u27E6Jumlah\u27E7 peserta")).isEqualTo("peserta");
        assertThat(check.residue("Simpan")).isEqualTo("Simpan");
    }

    /** The windows and overlays the menus open. */
    private void windows(FxRobot robot, WindowWalk walk) throws Exception {
        robot.interact(() -> context.navigation().selectedProperty().set("overview"));
        robot.interact(context.shell()::editSessionInfo);
        walk.look("session form");
        while (walk.fire("#formNext")) {
            walk.look("session form, next step");
        }
        walk.fire("#formCancel");

        robot.interact(() -> menuItem(robot, "menuShortcuts").fire());
        TestWindow.waitFor(() -> robot.lookup("#shortcutHelp").tryQuery().isPresent());
        walk.look("shortcut list");
        robot.interact(() -> menuItem(robot, "menuShortcuts").fire());
        TestWindow.waitFor(() -> robot.lookup("#shortcutHelp").tryQuery().isEmpty());

        Path list = dir.resolve("peserta.csv");
        Files.writeString(list, IMPORTED, StandardCharsets.UTF_8);
        dialogs.toOpen = list;
        robot.interact(() -> context.navigation().selectedProperty().set("participants"));
        walk.fire("#participantImport");
        TestWindow.waitFor(() -> window("#importRows") != null);
        walk.look("import window");
        robot.interact(() -> window("#importRows").hide());

        AtomicReference<ExportViewModel> export = new AtomicReference<>();
        robot.interact(() -> export.set(context.export().open()));
        walk.look("export window");
        robot.interact(() -> {
            export.get().choices().forEach(c -> c.selectedProperty().set(false));
            export.get().choices().get(0).selectedProperty().set(true);
            export.get().folderProperty().set(dir.resolve("export"));
            export.get().export();
        });
        TestWindow.waitFor(() -> export.get().phaseProperty().get() == ExportViewModel.Phase.DONE);
        walk.look("export window, done");
        robot.interact(() -> window("#exportDialog").hide());

        AtomicReference<GroupFilesViewModel> groups = new AtomicReference<>();
        robot.interact(() -> groups.set(context.merge().prepareGroupFiles()));
        walk.look("group files window");
        Path usb = dir.resolve("usb");
        robot.interact(() -> groups.get().folderProperty().set(usb));
        walk.fire("#groupWrite");
        TestWindow.waitFor(() -> groups.get().phaseProperty().get() == GroupFilesViewModel.Phase.DONE);
        walk.look("group files window, done");
        robot.interact(() -> window("#groupFilesDialog").hide());

        Path notASession = Files.writeString(dir.resolve("catatan.rembuk"), "bukan berkas sesi");
        List<Path> files;
        try (var in = Files.list(usb)) {
            files = in.filter(p -> p.toString().endsWith(".rembuk")).sorted().limit(1).collect(Collectors.toList());
        }
        files.add(notASession);
        robot.interact(() -> context.merge().merge(files));
        TestWindow.waitFor(() -> robot.lookup("#mergeConfirm").tryQuery().map(n -> n.isVisible()).orElse(false)
                || robot.lookup("#mergeClose").tryQuery().map(n -> n.isVisible()).orElse(false));
        walk.look("merge window");
        if (walk.fire("#mergeConfirm")) {
            TestWindow.waitFor(() -> robot.lookup("#mergeClose").tryQuery().map(n -> n.isVisible()).orElse(false));
            walk.look("merge window, done");
        }
        robot.interact(() -> window("#mergeDialog").hide());
        dialogs.errors.clear();
    }

    private static javafx.scene.control.MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Window window(String query) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup(query) != null).findFirst().orElse(null);
    }

    private static String report(List<TextFound> found, WindowWalk walk) {
        return found.size() + " texts (view | node | text), of " + walk.texts().size() + " seen in "
                + walk.visited().size() + " stops:\n" + found.stream().map(TextFound::toString).distinct()
                .collect(Collectors.joining("\n"));
    }
}

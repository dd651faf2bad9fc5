package id.rembuk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.HandClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: the documentation's screenshots, made from the real windows on the sample with a
 * hand clock set to the sample's first morning, so they can be remade after any change with
 * {@code tools/screenshots}. Skipped unless {@code rembuk.screenshots} names the output folder.
 */
@ExtendWith(ApplicationExtension.class)
class DocScreenshots {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    static {
        // Monocle's headless screen is 1280x800 unless told; a 1366x768 window does not fit it
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path homes;

    private final HandClock clock = new HandClock(LocalDateTime.of(2022, 6, 16, 7, 55).atZone(WITA).toInstant(),
            WITA);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        // without a folder the tests only skip: a 1366 px window on a screen another test class set up
        // smaller (Monocle keeps the first geometry) would overflow the frame buffer
        if (!TestWindow.screenshotsWanted()) {
            return;
        }
        context = TestWindow.forScreenshots(stage, homes.resolve(UUID.randomUUID().toString()), dialogs, clock);
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.shutdown();
        }
    }

    @Test
    void runOfShow(FxRobot robot) throws Exception {
        Path out = TestWindow.screenshotFolder();

        TestWindow.openSample(robot, context);
        robot.clickOn("#nav-agenda");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("agenda-editor-1366x768.png"));
        robot.clickOn("#nav-participants");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("participants-1366x768.png"));
        Path list = homes.resolve("daftar-hadir-opd.csv");
        Files.write(list, ("DAFTAR PESERTA BIMTEK SMART CITY KABUPATEN BANGGAI\n\n"
                + "No;Nama;NIP;Jabatan;Instansi;Unsur;No. HP\n"
                + "1;Ni Made Sri Astuti, S.E., M.Si.;198005122003122004;Kepala Bidang;Bappeda;OPD;081234567001\n"
                + "2;Bpk. Ahmad Syafi\u2019i, S.Kom.;1.98E+17;Pranata Komputer;Diskominfo;OPD;81234567002\n"
                + "3;Andi Lamadi;;Kepala Dinas;Dinas Pekerjaan Umum dan Penataan Ruang;Dewan Smart City;0812 1111 2222\n"
                + "4;Rina Wulandari;;Dosen;Universitas Tompotika;Akademisi;+62 813 3333 4444\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        dialogs.toOpen = list;
        robot.clickOn("#participantImport");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importRows").tryQuery()
                .map(n -> !((javafx.scene.control.TableView<?>) n).getItems().isEmpty()).orElse(false));
        settle();
        Stage importWindow = (Stage) robot.lookup("#importRows").query().getScene().getWindow();
        Screenshot.save(importWindow.getScene(), out.resolve("participants-import-preview.png"));
        robot.interact(importWindow::close);
        robot.interact(() -> stage.requestFocus());
        robot.clickOn("#nav-attendance");
        for (String name : new String[] {"irwan sal", "juwita", "andi lamadi", "arif mopili"}) {
            robot.write(name).type(KeyCode.ENTER);
        }
        settle();
        Screenshot.save(stage.getScene(), out.resolve("attendance-1366x768.png"));
        robot.clickOn("#nav-groups");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("groups-1366x768.png"));
        robot.clickOn("#nav-run");
        assertThat(robot.lookup("#runCountdown").tryQuery()).isPresent();
        at(8, 3);
        robot.type(KeyCode.SPACE);
        at(8, 31);
        robot.type(KeyCode.RIGHT);
        at(9, 6);
        robot.type(KeyCode.RIGHT);
        at(10, 12);
        note(robot, "Lukito Edi Nugroho (UGM)", "Smart city dimulai dari tata kelola, bukan dari aplikasi.");
        note(robot, "Sekda Banggai", "Setiap OPD menunjuk satu penghubung untuk Dewan Smart City.");
        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        note(robot, "", "Kelompok dimensi dibentuk hari ini; daftar anggota diumumkan sebelum ISHOMA.");
        robot.interact(() -> {
            robot.lookup("#followUpAction").queryAs(javafx.scene.control.TextField.class)
                    .setText("Kirim SK Tim Pelaksana ke Kominfo");
            robot.lookup("#followUpOwner").queryAs(javafx.scene.control.TextField.class).setText("Diskominfo");
            robot.lookup("#followUpDue").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2022, 6, 30));
        });
        robot.clickOn("#followUpAction").type(KeyCode.ENTER);
        robot.clickOn("#runTitle");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("run-facilitator-1366x768.png"));

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> projector() != null);
        Stage p = projector();
        robot.interact(() -> {
            p.setWidth(1024);
            p.setHeight(768);
        });
        settle();
        Screenshot.save(p.getScene(), out.resolve("run-projector-1024x768.png"));
        at(10, 35);
        settle();
        Screenshot.save(p.getScene(), out.resolve("run-projector-warning-1024x768.png"));
        robot.type(KeyCode.P);
        settle();
        Screenshot.save(p.getScene(), out.resolve("run-projector-pleno-1024x768.png"));
        robot.type(KeyCode.P);
        robot.type(KeyCode.F5);

        robot.clickOn("#nav-breakout");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("breakout-choose-1366x768.png"));
        robot.clickOn("#breakoutOpen-ECO");
        robot.clickOn("#breakoutOpenFree");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("breakout-group-1366x768.png"));
    }

    /** The masterplan's chain on the sample's Tata Kelola group: readiness, gaps, SWOT, then the group's screen. */
    @Test
    void boards(FxRobot robot) throws Exception {
        Path out = TestWindow.screenshotFolder();
        clock.set(LocalDateTime.of(2022, 6, 17, 11, 45).atZone(WITA).toInstant());

        TestWindow.openSample(robot, context);
        robot.clickOn("#nav-readiness");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("readiness-worksheet-1366x768.png"));
        selectTab(robot, "#readinessTabs", 1);
        settle();
        Screenshot.save(stage.getScene(), out.resolve("readiness-gaps-1366x768.png"));
        selectTab(robot, "#readinessTabs", 2);
        settle();
        Screenshot.save(stage.getScene(), out.resolve("readiness-all-dimensions-1366x768.png"));
        selectTab(robot, "#readinessTabs", 0);
        robot.clickOn("#readinessProjector");
        saveProjector(robot, out.resolve("readiness-projector-1024x768.png"));

        robot.clickOn("#nav-swot");
        robot.clickOn("#swotScope-GOV");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("swot-board-1366x768.png"));
        robot.clickOn("#swotProjector");
        saveProjector(robot, out.resolve("swot-projector-1024x768.png"));
        robot.clickOn("#swotScope-INFRASTRUKTUR");
        robot.clickOn("#swotProjector");
        saveProjector(robot, out.resolve("swot-projector-concealed-1024x768.png"));

        robot.clickOn("#nav-tows");
        robot.clickOn("#towsDimension-GOV");
        robot.clickOn(robot.lookup("#towsCell-WO .tows-item").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null).queryAs(javafx.scene.Node.class));
        settle();
        Screenshot.save(stage.getScene(), out.resolve("tows-1366x768.png"));
        robot.type(KeyCode.ENTER);
        settle();
        Screenshot.save(stage.getScene(), out.resolve("tows-editor-1366x768.png"));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#towsProject");
        saveProjector(robot, out.resolve("tows-projector-1024x768.png"));

        robot.clickOn("#nav-vision");
        String[] tabs = {"vision-keywords", "vision-drafts", "vision-cascade"};
        for (int i = 0; i < tabs.length; i++) {
            selectTab(robot, "#visionTabs", i);
            settle();
            Screenshot.save(stage.getScene(), out.resolve(tabs[i] + "-1366x768.png"));
        }
        robot.clickOn("#visionProject");
        saveProjector(robot, out.resolve("vision-projector-1024x768.png"));

        robot.clickOn("#nav-breakout");
        robot.clickOn("#breakoutOpen-GOV");
        robot.clickOn("#breakoutOpenFree");
        robot.clickOn("#breakoutTool-swot");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("breakout-swot-1366x768.png"));
        robot.clickOn("#breakoutTool-tows");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("breakout-tows-1366x768.png"));
        assertThat(dialogs.errors).isEmpty();
    }

    /** Tahap II–IV on the sample: the programme matrix, scoring, the quick-win grid, a profile, the roadmap. */
    @Test
    void plans(FxRobot robot) throws Exception {
        Path out = TestWindow.screenshotFolder();
        clock.set(LocalDateTime.of(2022, 6, 17, 16, 45).atZone(WITA).toInstant());

        TestWindow.openSample(robot, context);
        robot.clickOn("#nav-programme");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("programme-matrix-1366x768.png"));
        robot.clickOn("#programmeDimension-GOV");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("programme-matrix-gov-1366x768.png"));
        robot.clickOn("#programmeProject");
        saveProjector(robot, out.resolve("programme-projector-1024x768.png"));

        robot.clickOn("#nav-scoring");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("scoring-sheet-1366x768.png"));
        selectTab(robot, "#scoringTabs", 1);
        settle();
        Screenshot.save(stage.getScene(), out.resolve("scoring-ranking-1366x768.png"));
        selectTab(robot, "#scoringTabs", 2);
        settle();
        Screenshot.save(stage.getScene(), out.resolve("scoring-weights-1366x768.png"));
        selectTab(robot, "#scoringTabs", 0);
        robot.clickOn("#scoringProject");
        saveProjector(robot, out.resolve("scoring-projector-1024x768.png"));

        robot.clickOn("#nav-quickwin");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("quickwin-grid-1366x768.png"));
        robot.interact(() -> {
            var list = robot.lookup("#qwList").queryAs(javafx.scene.control.ListView.class);
            list.requestFocus();
        });
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        settle();
        Screenshot.save(stage.getScene(), out.resolve("quickwin-selected-1366x768.png"));
        robot.clickOn("#qwProject");
        saveProjector(robot, out.resolve("quickwin-projector-1024x768.png"));

        robot.clickOn("#nav-profile");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("profile-1366x768.png"));
        robot.clickOn("#profileProject");
        saveProjector(robot, out.resolve("profile-projector-1024x768.png"));

        robot.clickOn("#nav-roadmap");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("roadmap-1366x768.png"));
        robot.clickOn("#roadmapProject");
        saveProjector(robot, out.resolve("roadmap-projector-1024x768.png"));
        selectTab(robot, "#roadmapTabs", 1);
        robot.interact(() -> robot.lookup("#planSearch").queryAs(javafx.scene.control.TextField.class)
                .setText("Mal Pelayanan"));
        robot.clickOn("#planSearch").type(KeyCode.DOWN).type(KeyCode.ENTER);
        settle();
        Screenshot.save(stage.getScene(), out.resolve("action-plan-1366x768.png"));

        robot.clickOn("#nav-breakout");
        robot.clickOn("#breakoutOpen-GOV");
        robot.clickOn("#breakoutOpenFree");
        robot.clickOn("#breakoutTool-scoring");
        settle();
        Screenshot.save(stage.getScene(), out.resolve("breakout-scoring-1366x768.png"));
        assertThat(dialogs.errors).isEmpty();
    }

    private static void selectTab(FxRobot robot, String tabPane, int index) {
        robot.interact(() -> robot.lookup(tabPane).queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .select(index));
    }

    /** The projector window as the room sees it, then closed again so the laptop has the keys. */
    private void saveProjector(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> projector() != null);
        Stage p = projector();
        robot.interact(() -> {
            p.setWidth(1024);
            p.setHeight(768);
        });
        settle();
        Screenshot.save(p.getScene(), file);
        robot.interact(() -> context.run().projector().showingProperty().set(false));
        robot.interact(stage::requestFocus);
    }

    private static void note(FxRobot robot, String speaker, String text) {
        robot.interact(() -> {
            robot.lookup("#noteSpeaker").queryAs(javafx.scene.control.TextField.class).setText(speaker);
            robot.lookup("#noteText").queryAs(javafx.scene.control.TextField.class).setText(text);
        });
        robot.clickOn("#noteText").type(KeyCode.ENTER);
    }

    private void at(int h, int m) {
        clock.set(LocalDateTime.of(2022, 6, 16, h, m).atZone(WITA).toInstant());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Stage projector() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().contains("proyektor")).map(w -> (Stage) w).findFirst()
                .orElse(null);
    }

}

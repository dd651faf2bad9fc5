package id.rembuk.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.IndicatorTarget;
import id.rembuk.domain.MonthStep;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.PlanSession;
import id.rembuk.ui.run.ProjectorService;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.tows.Shots;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The profiles headless beside a 200 px stand-in for the sidebar and under a 56 px header, on a real
 * session file with two chosen quick wins, in a 1366×720 scene (a maximised window on a 1366×768 laptop).
 */
@ExtendWith(ApplicationExtension.class)
class ProfileViewTest {
    @TempDir
    static Path homes;

    private PlanSession session;
    private javafx.stage.Stage stage;
    private Scene scene;
    private ProfileViewModel vm;
    private String projected;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        this.stage = stage;
        session = new PlanSession(homes.resolve(UUID.randomUUID().toString()));
        session.scoreAll();
        ProfileViewModelTest.choose(session, PlanSession.GOV_ANTREAN, "Keluhan antrean paling banyak");
        ProfileViewModelTest.choose(session, PlanSession.LIV_PUSKESMAS, "");
        show();
        stage.show();
    }

    private void show() {
        show(1366);
    }

    private void show(double width) {
        vm = new ProfileViewModel(session.shell);
        BorderPane window = new BorderPane(new ProfileView(vm, id -> projected = id).root());
        Region sidebar = new StackPane(new Label("Menu"));
        sidebar.setPrefWidth(200);
        window.setLeft(sidebar);
        Region header = new StackPane(new Label("Rembuk"));
        header.setPrefHeight(56);
        window.setTop(header);
        scene = new Scene(window, width, 720);
        Theme.style(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                session.shell::undo);
        stage.setScene(scene);
    }

    @AfterEach
    void close() {
        Messages.setLocale(Messages.INDONESIAN);
        session.close();
        assertThat(session.board.dialogs.errors).isEmpty();
    }

    private QuickWin stored(String programmeId) {
        return QuickWin.from(session.shell.stateProperty().get().live(EntityKind.QUICK_WIN.code())
                .filter(e -> e.key().id().equals(QuickWin.idFor(programmeId))).findFirst().orElseThrow());
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    /** Puts the keyboard in a field that may be scrolled out of sight; the form scrolls to it. */
    private static void focus(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        robot.interact(n::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String focusedId() {
        Node n = scene.getFocusOwner();
        return n == null ? null : n.getId();
    }

    @Test
    void theFormIsFilledByKeyboardEachFieldSavedOnLeavingIt(FxRobot robot) {
        robot.clickOn("#profileField-PROBLEM");
        robot.write("Warga antre sejak subuh");
        robot.type(KeyCode.TAB);
        assertThat(focusedId()).as("Tab leaves a text area").isEqualTo("profileField-GOAL");
        assertThat(stored(PlanSession.GOV_ANTREAN).problem()).isEqualTo("Warga antre sejak subuh");
        robot.write("Antrean dari rumah");
        robot.type(KeyCode.TAB);
        robot.write("Warga pemohon izin");
        robot.type(KeyCode.TAB);
        assertThat(stored(PlanSession.GOV_ANTREAN).goal()).isEqualTo("Antrean dari rumah");
        assertThat(stored(PlanSession.GOV_ANTREAN).beneficiaries()).isEqualTo("Warga pemohon izin");

        // on through the plan to the budget: the form scrolls along with the keyboard
        for (int i = 0; i < 7; i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focusedId()).isEqualTo("profileField-BUDGET");
        // the budget as people say it; then a typo is refused with a message and nothing written
        ctrl(robot, KeyCode.A);
        robot.write("1,25 M");
        assertThat(robot.lookup("#profileBudgetReads").queryAs(Label.class).getText()).contains("Rp 1.250.000.000");
        robot.type(KeyCode.ENTER);
        assertThat(stored(PlanSession.GOV_ANTREAN).budget()).isEqualTo(1_250_000_000L);
        ctrl(robot, KeyCode.A);
        robot.write("Rp 1,2,3");
        robot.type(KeyCode.TAB);
        Label hint = robot.lookup("#profileHint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).startsWith("Jumlah rupiah tidak dikenali");
        assertThat(stored(PlanSession.GOV_ANTREAN).budget()).isEqualTo(1_250_000_000L);
        robot.clickOn("#profileField-BUDGET");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#profileField-BUDGET").queryAs(TextInputControl.class).getText())
                .isEqualTo("Rp 1.250.000.000");

        // the schedule: a row from the button, then Insert for the next, Tab through the cells
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focusedId()).isEqualTo("profileAdd-SCHEDULE");
        robot.type(KeyCode.SPACE);
        assertThat(focusedId()).isEqualTo("profileRow-SCHEDULE-0-from");
        robot.write("1").type(KeyCode.TAB).write("2").type(KeyCode.TAB).write("Sosialisasi");
        robot.type(KeyCode.INSERT);
        assertThat(focusedId()).isEqualTo("profileRow-SCHEDULE-1-from");
        robot.write("3").type(KeyCode.TAB).type(KeyCode.TAB).write("Uji coba di MPP");
        robot.type(KeyCode.TAB); // onto the add button: still in the schedule
        robot.type(KeyCode.TAB); // out of it: saved
        assertThat(stored(PlanSession.GOV_ANTREAN).steps()).containsExactly(
                new MonthStep(1, 2, "Sosialisasi"), new MonthStep(3, 3, "Uji coba di MPP"));
        assertThat(robot.lookup("#profileRows-SCHEDULE .month-cell.on").queryAll()).hasSize(3);

        // an indicator with baseline and target, Enter saves it
        assertThat(focusedId()).isEqualTo("profileField-BUDGET");
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.TAB); // funding, output, outcome, the indicators' add button
        }
        assertThat(focusedId()).isEqualTo("profileAdd-INDICATORS");
        robot.type(KeyCode.SPACE);
        robot.write("Waktu tunggu").type(KeyCode.TAB).write("3 jam").type(KeyCode.TAB).write("30 menit");
        robot.type(KeyCode.ENTER);
        assertThat(stored(PlanSession.GOV_ANTREAN).targets())
                .containsExactly(new IndicatorTarget("Waktu tunggu", "3 jam", "30 menit"));

        // Ctrl+Delete removes the row the keyboard is in; Ctrl+Z brings it back
        focus(robot, "#profileRow-SCHEDULE-0-activity");
        robot.press(KeyCode.CONTROL).type(KeyCode.DELETE).release(KeyCode.CONTROL);
        assertThat(stored(PlanSession.GOV_ANTREAN).schedule()).containsExactly("3: Uji coba di MPP");
        ctrl(robot, KeyCode.Z);
        assertThat(stored(PlanSession.GOV_ANTREAN).schedule()).hasSize(2);
        assertThat(vm.rows(ProfileField.SCHEDULE)).hasSize(2);
    }

    @Test
    void ctrlDownMovesToTheNextQuickWinAfterSavingTheFieldBeingTyped(FxRobot robot) {
        focus(robot, "#profileField-LOCATION");
        robot.write("MPP Luwuk");
        ctrl(robot, KeyCode.DOWN);
        assertThat(robot.lookup("#profileHeading").queryAs(Label.class).getText()).isEqualTo("Antrean online Puskesmas");
        assertThat(stored(PlanSession.GOV_ANTREAN).location()).isEqualTo("MPP Luwuk");
        assertThat(robot.lookup("#profileField-LOCATION").queryAs(TextInputControl.class).getText()).isEmpty();
        ctrl(robot, KeyCode.UP);
        assertThat(robot.lookup("#profileField-LOCATION").queryAs(TextInputControl.class).getText())
                .isEqualTo("MPP Luwuk");

        robot.clickOn(robot.lookup(".profile-item-name").match(n -> ((Label) n).getText().contains("Puskesmas"))
                .queryAs(Node.class));
        assertThat(robot.lookup("#profileHeading").queryAs(Label.class).getText()).isEqualTo("Antrean online Puskesmas");
        robot.type(KeyCode.UP);
        assertThat(robot.lookup("#profileHeading").queryAs(Label.class).getText())
                .isEqualTo("Antrean online Mal Pelayanan Publik");

        robot.clickOn("#profileProject");
        assertThat(projected).isEqualTo(QuickWin.idFor(PlanSession.GOV_ANTREAN));
    }

    @Test
    void aWriteFromAnotherLaptopShowsWithoutTouchingTheFieldBeingTyped(FxRobot robot) {
        // focus by request: a click can land on the field next to it while the form scrolls it into view
        TextInputControl typed = robot.lookup("#profileField-GOAL").queryAs(TextInputControl.class);
        robot.interact(typed::requestFocus);
        assertThat(typed.isFocused()).isTrue();
        robot.write("Antrean dari rumah");
        String qw = QuickWin.idFor(PlanSession.GOV_ANTREAN);
        robot.interact(() -> session.shell.apply(new Action("elsewhere", List.of(
                Edit.set(EntityKind.QUICK_WIN.code(), qw, QuickWin.F_GOAL, "Tujuan lain"),
                Edit.set(EntityKind.QUICK_WIN.code(), qw, QuickWin.F_PROBLEM,
                        "Masalah dari laptop lain")))));
        WaitForAsyncUtils.waitForFxEvents();

        TextInputControl goal = robot.lookup("#profileField-GOAL").queryAs(TextInputControl.class);
        assertThat(goal.getText()).isEqualTo("Antrean dari rumah");
        assertThat(goal.isFocused()).isTrue();
        assertThat(robot.lookup("#profileField-PROBLEM").queryAs(TextInputControl.class).getText())
                .isEqualTo("Masalah dari laptop lain");
        robot.write(" dengan nomor daring").type(KeyCode.TAB);
        assertThat(stored(PlanSession.GOV_ANTREAN).goal()).isEqualTo("Antrean dari rumah dengan nomor daring");
        assertThat(stored(PlanSession.GOV_ANTREAN).problem()).isEqualTo("Masalah dari laptop lain");
    }

    @Test
    void aQuickWinIsProposedFromTheListByKeyboard(FxRobot robot) {
        robot.clickOn("#profileList");
        robot.type(KeyCode.INSERT);
        assertThat(focusedId()).isEqualTo("profileProposeName");
        robot.write("Bank sampah digital");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#profileProposeForm").query().isVisible()).isFalse();
        assertThat(vm.items()).hasSize(3);
        assertThat(robot.lookup("#profileHeading").queryAs(Label.class).getText()).isEqualTo("Bank sampah digital");
        assertThat(vm.items().get(2).quickWin().programmeId()).isEmpty();
        assertThat(focusedId()).as("its profile is written next").isEqualTo("profileField-PROBLEM");
    }

    @Test
    void withNoQuickWinTheScreenSaysWhereTheyComeFrom(FxRobot robot) throws Exception {
        robot.interact(() -> session.shell.apply(new Action("Batal pilih", List.of(
                Edit.delete(EntityKind.QUICK_WIN.code(), QuickWin.idFor(PlanSession.GOV_ANTREAN)),
                Edit.delete(EntityKind.QUICK_WIN.code(),
                        QuickWin.idFor(PlanSession.LIV_PUSKESMAS))))));
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "profile-empty-1366x720");
        assertThat(vm.items()).isEmpty();
        assertThat(robot.lookup(".profile-banner").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#profileForm").query().getParent()).isNotNull();
        assertThat(robot.lookup("#profileProject").queryAs(javafx.scene.control.Button.class).isDisabled()).isTrue();
        // proposing one straight away is still possible
        robot.clickOn("#profilePropose");
        robot.write("Bank sampah digital").type(KeyCode.ENTER);
        assertThat(robot.lookup("#profileHeading").queryAs(Label.class).getText()).isEqualTo("Bank sampah digital");
        assertThat(robot.lookup(".profile-banner").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void pictures(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.editingProperty().set(null);
            fill();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "profile-form-1366x720");
        focus(robot, "#profileField-BUDGET");
        robot.write("Rp 1,2,3").type(KeyCode.TAB);
        Shots.save(scene, "profile-form-plan-1366x720");
        focus(robot, "#profileField-BUDGET");
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> {
            Messages.setLocale(Locale.ENGLISH);
            show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "profile-form-en-1366x720");
        focus(robot, "#profileField-RISKS");
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "profile-form-en-scrolled-1366x720");

        // a 1024 px window: the form is too narrow for labels beside the fields, so they go above
        robot.interact(() -> {
            Messages.setLocale(Messages.INDONESIAN);
            stage.setWidth(1024);
            show(1024);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "profile-form-1024x720");
        Node name = robot.lookup("#profileField-NAME").query();
        Node label = robot.lookup(".profile-label").query();
        assertThat(label.localToScene(label.getBoundsInLocal()).getMaxY())
                .isLessThanOrEqualTo(name.localToScene(name.getBoundsInLocal()).getMinY());

        for (Locale l : new Locale[] {Messages.INDONESIAN, Locale.ENGLISH}) {
            robot.interact(() -> Messages.setLocale(l));
            Parent pleno = (Parent) new ProfileProjector(session.shell.stateProperty(),
                    QuickWin.idFor(PlanSession.GOV_ANTREAN)).root();
            robot.interact(() -> {
                javafx.stage.Stage s = new javafx.stage.Stage();
                s.setScene(new Scene(new StackPane(pleno), ProjectorService.DESIGN_WIDTH,
                        ProjectorService.DESIGN_HEIGHT));
                s.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Shots.save(pleno.getScene(), "profile-projector-" + l.getLanguage() + "-1024x768");
            // the page fits: nothing of the profile runs below the room's screen
            Node indicators = robot.lookup("#profilePleno .pleno-target").query();
            assertThat(indicators.localToScene(indicators.getBoundsInLocal()).getMaxY())
                    .isLessThanOrEqualTo(ProjectorService.DESIGN_HEIGHT);
            robot.interact(() -> pleno.getScene().getWindow().hide());
        }
    }

    /** A profile as an OPD would present it. */
    private void fill() {
        type(ProfileField.PROBLEM, "Warga antre sejak subuh di Mal Pelayanan Publik; nomor antrean habis sebelum "
                + "jam 9 dan pemohon dari kecamatan jauh harus kembali esok hari.");
        type(ProfileField.GOAL, "Warga mengambil nomor antrean dari rumah dan datang sesuai jam layanan.");
        type(ProfileField.BENEFICIARIES, "Pemohon izin dan dokumen kependudukan, ±300 orang per hari");
        type(ProfileField.LOCATION, "MPP Luwuk");
        type(ProfileField.START_MONTH, "3");
        type(ProfileField.DURATION, "8");
        type(ProfileField.BUDGET, "350 jt");
        type(ProfileField.OUTPUT, "Aplikasi antrean daring dan layar antrean di MPP");
        type(ProfileField.OUTCOME, "Waktu tunggu turun; warga tidak datang terlalu pagi");
        type(ProfileField.RISKS, "Jaringan internet kecamatan lemah");
        type(ProfileField.SUSTAINABILITY, "Dianggarkan dalam APBD rutin DPMPTSP mulai tahun kedua");
        String[][] steps = {{"3", "4", "Kajian kebutuhan dan desain layanan"}, {"5", "6", "Pengembangan aplikasi"},
            {"7", "7", "Uji coba di MPP"}, {"8", "10", "Peluncuran dan sosialisasi ke kecamatan"}};
        for (String[] s : steps) {
            Row r = vm.insertRow(ProfileField.SCHEDULE, vm.rows(ProfileField.SCHEDULE).size() - 1);
            r.cell(0).set(s[0]);
            r.cell(1).set(s[1]);
            r.cell(2).set(s[2]);
        }
        vm.commit(ProfileField.SCHEDULE);
        String[][] indicators = {{"Waktu tunggu layanan", "3 jam", "30 menit"},
            {"Antrean diambil daring", "0%", "60%"}, {"Kepuasan warga (IKM)", "72", "85"}};
        for (String[] s : indicators) {
            Row r = vm.insertRow(ProfileField.INDICATORS, vm.rows(ProfileField.INDICATORS).size() - 1);
            r.cell(0).set(s[0]);
            r.cell(1).set(s[1]);
            r.cell(2).set(s[2]);
        }
        vm.commit(ProfileField.INDICATORS);
    }

    private void type(ProfileField f, String text) {
        vm.draft(f).set(text);
        vm.commit(f);
    }
}

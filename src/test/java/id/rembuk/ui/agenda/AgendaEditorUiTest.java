package id.rembuk.ui.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.AgendaItem.Kind;
import id.rembuk.domain.Stage;
import id.rembuk.i18n.Messages;
import id.rembuk.store.SessionLibrary;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.session.LibrarySessionService;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.task.BackgroundTaskExecutor;
import id.rembuk.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor on screen, headless, beside a sidebar-wide gap at 1366 px as in the main window, with
 * a real session written in the background and Ctrl+Z wired to the shell's undo as the menu does.
 */
@ExtendWith(ApplicationExtension.class)
class AgendaEditorUiTest {
    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
    private ShellViewModel shell;
    private AgendaEditorViewModel vm;
    private Scene scene;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        shell = new ShellViewModel(new LibrarySessionService(new SessionLibrary(homes.resolve(UUID.randomUUID()
                .toString()))), executor, dialogs, Clock.systemDefaultZone());
        vm = new AgendaEditorViewModel(shell, null);
        Region sidebar = new Region();
        sidebar.setPrefWidth(220);
        BorderPane root = new BorderPane(new AgendaEditorView(vm).root());
        root.setLeft(sidebar);
        // 1366x768 less the task bar, menu, header and status bar of the main window
        scene = new Scene(root, 1366, 600);
        Theme.style(scene);
        Theme.applyFontSize(root, 14);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), shell::undo);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeSession() {
        shell.close();
        executor.shutdown(10_000);
    }

    private void createSession(FxRobot robot) throws Exception {
        robot.interact(() -> {
            shell.newSession();
            shell.formProperty().get().regionProperty().set("Kabupaten Banggai");
            shell.formProperty().get().stageProperty().set(Stage.I);
            shell.formProperty().get().firstDayProperty().set(LocalDate.of(2022, 6, 16));
            shell.submitForm();
        });
        // these tests build their own rundown: take back the stage template a new session gets
        waitFor(() -> shell.undoLabelProperty().get().startsWith("Agenda dari templat"));
        robot.interact(shell::undo);
        waitFor(() -> vm.rows().isEmpty());
        waitFor(() -> robot.lookup("#agendaDay-2").tryQuery().isPresent());
    }

    /** Adds a block with the button and names it through the title field, as a user does. */
    private void add(FxRobot robot, String title, int minutes) throws Exception {
        int before = vm.rows().size();
        robot.interact(() -> robot.lookup("#agendaAdd").queryButton().fire());
        waitFor(() -> vm.rows().size() == before + 1 && titleField(robot).isFocused());
        robot.interact(() -> {
            titleField(robot).setText(title);
            titleField(robot).fireEvent(new javafx.event.ActionEvent());
            Spinner<Integer> d = robot.lookup("#agendaDuration").query();
            d.getEditor().setText(Integer.toString(minutes));
            d.commitValue();
        });
        waitFor(() -> vm.rows().stream().anyMatch(r -> r.title().equals(title)
                && r.item().durationMinutes() == minutes));
    }

    private static TextField titleField(FxRobot robot) {
        return robot.lookup("#agendaTitle").queryAs(TextField.class);
    }

    private List<String> rows() {
        return vm.rows().stream().map(r -> r.start() + " " + r.title()).toList();
    }

    private Node rowOf(FxRobot robot, String title) {
        return robot.lookup("#agendaTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && ((AgendaEditorViewModel.Row) r.getItem()).title().equals(title))
                .findFirst().orElseThrow();
    }

    @Test
    void addEditWithShiftReorderDeleteAndUndo(FxRobot robot) throws Exception {
        createSession(robot);
        assertThat(robot.lookup("#agendaDay-1").queryAs(javafx.scene.control.ToggleButton.class).getText())
                .isEqualTo("Hari 1 · Kamis, 16 Juni 2022");

        // Insert on the table adds the first block and puts the cursor in its title
        robot.clickOn("#agendaTable");
        robot.type(KeyCode.INSERT);
        waitFor(() -> vm.rows().size() == 1 && titleField(robot).isFocused());
        robot.write("Registrasi").type(KeyCode.ENTER);
        waitFor(() -> rows().equals(List.of("08.00 Registrasi")));
        add(robot, "Pembukaan", 30);
        add(robot, "Materi 1", 90);
        assertThat(rows()).containsExactly("08.00 Registrasi", "08.30 Pembukaan", "09.00 Materi 1");

        // a longer opening with "Geser blok berikutnya" on pushes Materi 1
        robot.clickOn(rowOf(robot, "Pembukaan"));
        waitFor(() -> "Pembukaan".equals(titleField(robot).getText()));
        robot.interact(() -> {
            Spinner<Integer> d = robot.lookup("#agendaDuration").query();
            d.getEditor().setText("45");
            d.commitValue();
        });
        waitFor(() -> rows().equals(List.of("08.00 Registrasi", "08.30 Pembukaan", "09.15 Materi 1")));
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Ubah durasi: Pembukaan");
        assertThat(robot.lookup("#agendaTotal").queryAs(Label.class).getText())
                .isEqualTo("08.00–10.45 · 2 jam 45 menit · 3 blok");

        // Alt+Down moves Registrasi below Pembukaan; the times follow
        robot.clickOn(rowOf(robot, "Registrasi"));
        waitFor(() -> "Registrasi".equals(titleField(robot).getText()));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitFor(() -> rows().equals(List.of("08.00 Pembukaan", "08.45 Registrasi", "09.15 Materi 1")));
        TableView<?> table = robot.lookup("#agendaTable").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedIndex()).as("the moved row stays selected").isEqualTo(1);

        // Delete removes it (the gap closes), Ctrl+Z brings it back
        robot.type(KeyCode.DELETE);
        waitFor(() -> rows().equals(List.of("08.00 Pembukaan", "08.45 Materi 1")));
        assertThat(robot.lookup("#agendaNotice").queryAs(Label.class).getText()).contains("Registrasi");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> rows().equals(List.of("08.00 Pembukaan", "08.45 Registrasi", "09.15 Materi 1")));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aStartThatIsNoTimeIsExplainedBesideTheFormAndNothingIsWritten(FxRobot robot) throws Exception {
        createSession(robot);
        add(robot, "Rehat kopi", 15);
        String undo = shell.undoLabelProperty().get();
        robot.interact(() -> {
            TextField start = robot.lookup("#agendaStart").queryAs(TextField.class);
            start.setText("25:00");
            start.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#agendaFormError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("25:00");
        assertThat(shell.undoLabelProperty().get()).isEqualTo(undo);
        assertThat(rows()).containsExactly("08.00 Rehat kopi");
    }

    @Test
    void everythingFitsBesideTheSidebarAt1366(FxRobot robot) throws Exception {
        createSession(robot);
        seedDayOne(robot);
        robot.clickOn(rowOf(robot, "FGD 1: Analisa kesiapan dan kesenjangan per dimensi"));
        waitFor(() -> robot.lookup("#agendaGroup-ENV").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        for (String id : List.of("#agendaAdd", "#agendaRemove", "#agendaUp", "#agendaDown", "#agendaShift",
                "#agendaTemplate", "#agendaDay-2", "#agendaDuration", "#agendaGroup-ENV", "#agendaTitle")) {
            Node n = robot.lookup(id).query();
            Bounds b = n.localToScene(n.getBoundsInLocal());
            assertThat(b.getMaxX()).as(id).isLessThanOrEqualTo(scene.getWidth());
            assertThat(b.getMaxY()).as(id).isLessThanOrEqualTo(scene.getHeight());
        }
        assertThat(robot.lookup("#agendaTemplate").queryAs(Button.class).isDisabled())
                .as("no template store wired").isTrue();
        assertThat(robot.lookup("#agendaTable").queryAs(TableView.class).getWidth()).isGreaterThan(600);
        String shots = System.getProperty("rembuk.shots");
        if (shots != null) {
            snapshot(robot, Path.of(shots).resolve("agenda-editor.png"));
        }
    }

    @Test
    void aRowDraggedOntoAnotherTakesItsPlace(FxRobot robot) throws Exception {
        createSession(robot);
        seedDayOne(robot);
        robot.drag(rowOf(robot, "Rehat kopi")).dropTo(rowOf(robot, "Registrasi peserta hari pertama"));
        waitFor(() -> vm.rows().get(0).title().equals("Rehat kopi"));
        assertThat(rows()).startsWith("08.00 Rehat kopi", "08.15 Registrasi peserta hari pertama");
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Pindah urutan: Rehat kopi");
    }

    @Test
    void aViewThatWasReplacedIsNotKeptAliveByItsViewModel(FxRobot robot) throws Exception {
        createSession(robot);
        seedDayOne(robot);
        java.lang.ref.WeakReference<?>[] view = new java.lang.ref.WeakReference<?>[1];
        BorderPane root = (BorderPane) scene.getRoot();
        robot.interact(() -> {
            Node shown = new AgendaEditorView(vm).root();
            view[0] = new java.lang.ref.WeakReference<>(shown);
            root.setCenter(shown);
        });
        // a row selected and the table focused, set from code: here a TableView that the mouse
        // hovered, or whose focused row moved (a plain one too, by one arrow key), stays reachable
        // after removal, which is JavaFX's doing and would hide what this test is for
        robot.interact(() -> {
            vm.select(vm.rows().get(2).id());
            robot.lookup("#agendaTable").query().requestFocus();
        });
        robot.interact(() -> root.setCenter(new AgendaEditorView(vm).root()));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 50 && view[0].get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(view[0].get()).as("the sidebar builds a new view each time; the old one must go").isNull();
    }

    /** A day as the sample's, long titles and all kinds, written as one action. */
    private void seedDayOne(FxRobot robot) throws Exception {
        String experts = "Lukito Edi Nugroho (UGM); Nunug Dwi Retnandari (UGM)";
        List<String> all = List.of("GOV", "BRD", "ECO", "LIV", "SOC", "ENV");
        Object[][] rows = {
            {"08:00", 30, "Registrasi peserta hari pertama", Kind.REGISTRATION, "Panitia Diskominfo", List.of(),
                "Daftar hadir hari 1"},
            {"08:30", 30, "Pembukaan: laporan panitia, sambutan dan pembukaan oleh Wakil Bupati Banggai, doa",
                Kind.CEREMONY, "Wakil Bupati Banggai", List.of(), "Kegiatan resmi dibuka"},
            {"09:00", 90, "Materi 1: Teori dan arah kebijakan smart city", Kind.TALK, "Lukito Edi Nugroho (UGM)",
                List.of(), "Pemahaman konsep dan enam dimensi smart city"},
            {"10:30", 15, "Rehat kopi", Kind.BREAK, "", List.of(), ""},
            {"10:45", 75, "FGD 1: Analisa kesiapan dan kesenjangan per dimensi", Kind.FGD, experts, all,
                "Tabel kesiapan dan kesenjangan per kelompok"},
            {"12:00", 60, "ISHOMA", Kind.BREAK, "", List.of(), ""},
            {"13:00", 90, "FGD 2: Analisis SWOT struktur, infrastruktur dan suprastruktur", Kind.FGD, experts,
                List.of("GOV", "ECO"), "Matriks SWOT per elemen"},
            {"14:30", 60, "Pleno: kesepakatan hasil dan tindak lanjut", Kind.PLENARY, experts, List.of(),
                "Daftar tindak lanjut"},
            {"15:30", 30, "Penutupan, penandatanganan berita acara, foto bersama", Kind.CEREMONY,
                "Sekretaris Daerah", List.of(), "Berita acara"},
        };
        List<id.rembuk.domain.change.Edit> edits = new java.util.ArrayList<>();
        for (Object[] r : rows) {
            @SuppressWarnings("unchecked")
            List<String> groups = (List<String>) r[5];
            edits.addAll(new AgendaItem(UUID.randomUUID().toString(), 1, java.time.LocalTime.parse((String) r[0]),
                    (Integer) r[1], (String) r[2], (Kind) r[3], (String) r[4], groups, (String) r[6], 0).toEdits());
        }
        robot.interact(() -> shell.apply(new id.rembuk.domain.change.Action("Contoh", edits)));
        waitFor(() -> vm.rows().size() == rows.length);
    }

    /** For a look at the layout: {@code -Drembuk.shots=DIR} writes the screen there. */
    private void snapshot(FxRobot robot, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                file.toFile());
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

package id.rembuk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.TestWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
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

/** Ctrl+E on the sample, in the real main window: the ticked documents are written and readable. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {
    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = TestWindow.show(stage, homes.resolve(UUID.randomUUID().toString()), dialogs, Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        context.shutdown();
    }

    private static Optional<Window> window() {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().lookup("#exportDialog") != null).findFirst();
    }

    @Test
    void ctrlEWritesTheTickedDocumentsOfTheSample(FxRobot robot) throws Exception {
        TestWindow.openSample(robot, context);
        Path out = homes.resolve("keluaran-" + UUID.randomUUID());

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        TestWindow.waitFor(() -> window().isPresent());
        AtomicReference<ExportViewModel> vm = new AtomicReference<>();
        // asked again while it shows, the window comes to the front: still one window
        robot.interact(() -> vm.set(context.export().open()));
        assertThat(Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot().lookup("#exportDialog") != null).count()).isEqualTo(1);
        robot.interact(() -> vm.get().folderProperty().set(out));
        robot.clickOn("#export-csv-participants");
        List<String> ticked = vm.get().choices().stream().filter(c -> c.selectedProperty().get())
                .map(c -> c.target().id()).toList();
        assertThat(ticked).contains("pdf-summary", "pdf-attendance", "pdf-berita-acara", "pdf-quickwins", "xlsx",
                "csv-participants")
                .doesNotContain("csv-swot");

        robot.clickOn("#exportWrite");
        TestWindow.waitFor(() -> vm.get().phaseProperty().get() == ExportViewModel.Phase.DONE);
        assertThat(vm.get().written()).allMatch(ExportViewModel.Written::ok);
        Path xlsx = out.resolve("Tabel-Kabupaten-Banggai-Tahap-I.xlsx");
        Path csv = out.resolve("Peserta-Kabupaten-Banggai-Tahap-I.csv");
        assertThat(xlsx).isRegularFile();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName)).contains("Peserta", "SWOT");
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("Daftar-Hadir-Kabupaten-Banggai-Tahap-I.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("DAFTAR HADIR", "PEMERINTAH KABUPATEN BANGGAI", "Halaman 1 dari");
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("Berita-Acara-Kabupaten-Banggai-Tahap-I.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("BERITA ACARA", "Pada hari ini");
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("Notulensi-Kabupaten-Banggai-Tahap-I.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("NOTULENSI");
        }
        assertThat(out.resolve("Profil-Quick-Win-Kabupaten-Banggai-Tahap-I.pdf")).isRegularFile();
        // 80 participants, the header and a byte-order mark
        assertThat(Files.readAllLines(csv)).hasSize(81);
        assertThat(robot.lookup("#exportSummary").queryAs(Label.class).getText())
                .isEqualTo(vm.get().written().size() + " dokumen ditulis ke " + out);
        assertThat(dialogs.errors).isEmpty();
    }
}

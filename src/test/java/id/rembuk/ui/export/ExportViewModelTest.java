package id.rembuk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.ManualExecutor;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.export.DocumentWriter.Target;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export window's logic without a window: choices, file names, replacing, failures, progress. */
class ExportViewModelTest {
    private static final Target PDF = new Target("attendance", "Daftar hadir", "Daftar-Hadir", "pdf", true);
    private static final Target XLSX = new Target("xlsx", "Tabel Excel", "Tabel", "xlsx", true);

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ManualExecutor executor = new ManualExecutor();
    private final List<String> calls = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private final SimpleObjectProperty<SessionState> state = new SimpleObjectProperty<>(SessionState.empty());
    private Path denied;
    private ExportViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        DocumentWriter writer = new DocumentWriter() {
            @Override
            public List<Target> targets() {
                return List.of(PDF, XLSX);
            }

            @Override
            public void write(Target target, Request request, Path out) throws Exception {
                calls.add(target.id() + " " + request.options().blankRows() + " " + request.options().contacts());
                if (out.equals(denied)) {
                    throw new AccessDeniedException(out.toString());
                }
                Files.writeString(out, target.id());
            }
        };
        SessionInfo info = new SessionInfo("Kabupaten Banggai (CONTOH)", "Sulawesi Tengah", Stage.I,
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), "Luwuk", List.of(), List.of(), true);
        vm = new ExportViewModel(state, UUID::randomUUID, () -> info, new ExportViewModel.Services(writer, executor,
                dialogs, () -> Optional.of(dir.resolve("usb")), Optional::empty, opened::add), dir.resolve("Rembuk"));
    }

    @Test
    void fileNamesNameTheDocumentTheRegionAndTheStage() {
        assertThat(vm.fileName(PDF)).isEqualTo("Daftar-Hadir-Kabupaten-Banggai-Tahap-I.pdf");
        assertThat(vm.fileName(XLSX)).isEqualTo("Tabel-Kabupaten-Banggai-Tahap-I.xlsx");
    }

    @Test
    void writesEveryTickedDocumentIntoAFolderItMakesAndOpensIt() throws Exception {
        vm.blankRowsProperty().set(12);
        vm.export();
        assertThat(vm.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.WRITING);
        executor.step();
        assertThat(vm.progressTextProperty().get()).isEqualTo("Menulis Daftar hadir (1 dari 2)…");
        executor.runAll();

        assertThat(vm.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.DONE);
        assertThat(calls).containsExactly("attendance 12 false", "xlsx 12 false");
        assertThat(Files.readString(dir.resolve("Rembuk/Daftar-Hadir-Kabupaten-Banggai-Tahap-I.pdf"))).isEqualTo("attendance");
        assertThat(vm.written()).extracting(ExportViewModel.Written::ok).containsExactly(true, true);
        assertThat(vm.summaryProperty().get()).isEqualTo("2 dokumen ditulis ke " + dir.resolve("Rembuk"));
        vm.openFolder();
        assertThat(opened).containsExactly(dir.resolve("Rembuk"));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void nothingTickedOrNoFolderMeansNoExport() {
        vm.choices().forEach(c -> c.selectedProperty().set(false));
        assertThat(vm.canExportProperty().get()).isFalse();
        vm.export();
        assertThat(executor.pending()).isZero();
        vm.choices().get(1).selectedProperty().set(true);
        vm.folderProperty().set(null);
        assertThat(vm.canExportProperty().get()).isFalse();
        vm.chooseFolder();
        assertThat(vm.folderProperty().get()).isEqualTo(dir.resolve("usb"));
        assertThat(vm.canExportProperty().get()).isTrue();
    }

    @Test
    void anExistingFileIsKeptUnlessTheUserAgreesToReplaceIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Rembuk"));
        Path old = Files.writeString(folder.resolve(vm.fileName(PDF)), "lama");
        dialogs.answer = false;
        vm.export();
        executor.runAll();
        assertThat(dialogs.questions).hasSize(1);
        assertThat(Files.readString(old)).isEqualTo("lama");
        assertThat(calls).containsExactly("xlsx 10 false");
        assertThat(vm.written()).extracting(ExportViewModel.Written::message)
                .contains("Berkas lama dibiarkan, tidak ditulis ulang.");

        vm.again();
        dialogs.answer = true;
        vm.export();
        executor.runAll();
        assertThat(Files.readString(old)).isEqualTo("attendance");
    }

    @Test
    void aDocumentThatFailsIsNamedWithItsReasonAndTheOthersAreStillWritten() {
        denied = dir.resolve("Rembuk").resolve(vm.fileName(PDF));
        vm.contactsProperty().set(true);
        vm.export();
        executor.runAll();
        assertThat(vm.written()).extracting(ExportViewModel.Written::ok).containsExactly(false, true);
        assertThat(vm.written().get(0).message())
                .isEqualTo("Tidak boleh menulis ke folder " + dir.resolve("Rembuk") + ". Pilih folder lain, misalnya Dokumen.");
        assertThat(vm.summaryProperty().get()).startsWith("1 dari 2 dokumen ditulis");
        assertThat(calls).containsExactly("attendance 10 true", "xlsx 10 true");
    }

    @Test
    void theDocumentsAreWrittenFromTheStateAsItWasWhenExportWasPressed() {
        List<SessionState> seen = new ArrayList<>();
        DocumentWriter spy = new DocumentWriter() {
            @Override
            public List<Target> targets() {
                return List.of(PDF, XLSX);
            }

            @Override
            public void write(Target target, Request request, Path out) {
                seen.add(request.state());
            }
        };
        ExportViewModel v = new ExportViewModel(state, UUID::randomUUID, () -> null,
                new ExportViewModel.Services(spy, executor, dialogs, Optional::empty, Optional::empty, p -> { }),
                dir.resolve("x"));
        SessionState before = state.get();
        v.export();
        executor.step();
        state.set(null);
        executor.runAll();
        assertThat(seen).containsExactly(before, before);
    }
}

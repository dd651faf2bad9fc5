package id.rembuk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.export.DocumentWriter.Options;
import id.rembuk.ui.export.DocumentWriter.Request;
import id.rembuk.ui.export.DocumentWriter.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real writer's refusals: each names what the user can change, and no file is left behind. */
class ReportsWriterTest {
    @TempDir
    Path dir;

    private final ReportsWriter writer = new ReportsWriter();

    private Target target(String id) {
        return writer.targets().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void listsThePdfsTickedTheTablesAndTheCsvFilesUnticked() {
        Messages.setLocale(Messages.INDONESIAN);
        assertThat(writer.targets()).extracting(Target::id)
                .contains("pdf-attendance", "pdf-berita-acara", "xlsx", "csv-swot");
        // the documents handed over come first, then the tables
        assertThat(writer.targets().get(0).id()).startsWith("pdf-");
        assertThat(target("csv-swot").ticked()).isFalse();
        assertThat(target("pdf-attendance").label()).isEqualTo("Daftar hadir (per hari)");
        assertThat(target("pdf-attendance").stem()).isEqualTo("Daftar-Hadir");
    }

    @Test
    void aSessionWithoutEventDetailsIsRefusedWithAWayToFixIt() {
        Messages.setLocale(Messages.INDONESIAN);
        Path out = dir.resolve("a.pdf");
        Request r = new Request(SessionState.empty(), UUID.randomUUID(), new Options("", "", 0, Optional.empty(), false));
        assertThatThrownBy(() -> writer.write(target("pdf-attendance"), r, out)).isInstanceOf(ExportFailure.class)
                .extracting(e -> ((ExportFailure) e).userMessage()).asString()
                .contains("Ubah informasi sesi");
        assertThat(out).doesNotExist();
    }

    @Test
    void aLogoThatIsNoPictureIsNamed() throws Exception {
        Messages.setLocale(Messages.INDONESIAN);
        Path logo = Files.writeString(dir.resolve("logo.png"), "bukan gambar");
        Path out = dir.resolve("b.pdf");
        var sample = id.rembuk.report.json.SessionJsonCodec.read(Path.of("samples", "banggai-tahap1.json"));
        Request r = new Request(SessionState.fold(sample.changes()), sample.sessionId(),
                new Options("", "", 0, Optional.of(logo), false));
        assertThatThrownBy(() -> writer.write(target("pdf-berita-acara"), r, out)).isInstanceOf(ExportFailure.class)
                .extracting(e -> ((ExportFailure) e).userMessage()).asString()
                .startsWith("Logo " + logo + " tidak dapat dibaca");
        assertThat(out).doesNotExist();
    }
}

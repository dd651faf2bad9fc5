package id.rembuk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalFileTest {
    @TempDir
    Path dir;

    @Test
    void readsAPrivateCopyAndLeavesNoTempFolderBehind() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path file = TestFiles.session(dir.resolve("ok.mv.db"), 5);
        String before = TestFiles.sha256(file);
        try (ExternalFile.Copy c = ExternalFile.openReadOnlyCopy(file, tmp)) {
            assertThat(c.session().readOnly()).isTrue();
            assertThat(c.session().changeCount()).isEqualTo(10);
            assertThat(c.session().file()).isNotEqualTo(file.toAbsolutePath());
        }
        assertThat(tmp).isEmptyDirectory();
        assertThat(TestFiles.sha256(file)).isEqualTo(before);
    }

    @Test
    void failuresLeaveNoTempFolderBehind() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path bad = Files.writeString(dir.resolve("x.rembuk"), "bukan sesi");
        Path planted = TestFiles.session(dir.resolve("p.mv.db"), 1);
        TestFiles.plant(planted, "CREATE TABLE lain(x INT)");
        for (Path f : new Path[] {bad, planted, dir.resolve("tidak-ada.rembuk")}) {
            assertThatThrownBy(() -> ExternalFile.openReadOnlyCopy(f, tmp)).isInstanceOf(StoreException.class);
            assertThat(tmp).isEmptyDirectory();
        }
    }
}

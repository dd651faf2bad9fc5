package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: a separate JVM through the launcher, exit code from the process. */
class CliProcessTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result rembuk(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "id.rembuk.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("LANG", "id_ID.UTF-8");
        pb.environment().remove("LC_ALL");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Result r = new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
        Files.delete(dir.resolve("out.txt"));
        Files.delete(dir.resolve("err.txt"));
        return r;
    }

    @Test
    void exitCodesReachTheShellAndStderrHasOnlyOurMessages() throws Exception {
        Result created = rembuk("new", "--region", "Kabupaten Banggai", "--stage", "I", "--from", "2022-06-16",
                "-o", "banggai.rembuk");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.err()).isEmpty();
        assertThat(created.out()).contains("Sesi baru dibuat");

        Result check = rembuk("check", "banggai.rembuk");
        assertThat(check.code()).isZero();
        assertThat(check.out()).contains("Berkas sehat");

        Result again = rembuk("new", "--region", "X", "--stage", "I", "--from", "2022-06-16", "-o", "banggai.rembuk");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).startsWith("Berkas sudah ada").doesNotContain("Exception", "\tat ");

        Result missing = rembuk("check", "tidak-ada.rembuk");
        assertThat(missing.code()).isEqualTo(2);
    }
}

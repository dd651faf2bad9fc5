package id.rembuk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files checked in one child JVM get exactly the verdicts they get alone. */
class PreflightBatchTest {
    @TempDir
    Path dir;

    private Path privateCopy(Path file) throws Exception {
        return TestFiles.copy(file, dir.resolve("priv-" + file.getFileName()).resolve("session.mv.db"));
    }

    private List<Path> mixedCopies() throws Exception {
        Path marker = dir.resolve("marker");
        Path good = TestFiles.session(dir.resolve("good.mv.db"), 40);
        Path trigger = TestFiles.session(dir.resolve("trigger.mv.db"), 3);
        TestFiles.plant(trigger, "CREATE TABLE participant_x(x INT)");
        TestFiles.plant(trigger, TestFiles.triggerWritingMarker("participant_x", marker));
        // planting ran the trigger in this JVM once; from here on it must never run again
        Files.deleteIfExists(marker);
        Path foreign = dir.resolve("foreign.mv.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("foreign"), "sa", "")) {
            c.createStatement().execute("CREATE TABLE t(x INT)");
        }
        Path cut = TestFiles.session(dir.resolve("cut.mv.db"), 40);
        byte[] bytes = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Path other = TestFiles.session(dir.resolve("other.mv.db"), 7);
        List<Path> copies = new ArrayList<>();
        for (Path p : List.of(good, trigger, foreign, cut, other)) {
            copies.add(privateCopy(p));
        }
        return copies;
    }

    private static String alone(Path copy) {
        try {
            return "ok " + Preflight.checkPrivateCopy(copy).changeCount();
        } catch (StoreException e) {
            return e.problem().name();
        }
    }

    private static String verdict(Preflight.Checked c) {
        return c.problem() == null ? "ok " + c.verdict().changeCount() : c.problem().problem().name();
    }

    @Test
    void aBatchGivesEachFileTheVerdictItGetsAlone() throws Exception {
        List<Path> copies = mixedCopies();
        List<Integer> started = new CopyOnWriteArrayList<>();
        List<Preflight.Checked> batch = Preflight.checkPrivateCopies(copies, started::add);

        List<String> expected = copies.stream().map(PreflightBatchTest::alone).toList();
        assertThat(batch).extracting(PreflightBatchTest::verdict).containsExactlyElementsOf(expected);
        assertThat(expected).containsExactly("ok 80", "FOREIGN_CODE", "NOT_A_SESSION", expected.get(3), "ok 14");
        assertThat(expected.get(3)).isNotEqualTo("ok 80");
        assertThat(dir.resolve("marker")).doesNotExist();
        // the cut file fails its header before the child starts; the others are heard starting, in order
        assertThat(started).containsExactly(3, 0, 1, 2, 4);
    }

    /** A child stopped before it finished (killed over a hanging file, or crashed) leaves files to be checked alone. */
    @Test
    void filesTheChildNeverFinishedAreCheckedAgainAlone() throws Exception {
        List<Path> copies = mixedCopies();
        List<Integer> started = new CopyOnWriteArrayList<>();
        List<Preflight.Checked> batch = Preflight.checkPrivateCopies(copies, new PreflightChild.Listener() {
            @Override
            public void started(int index) {
                started.add(index);
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        });
        assertThat(batch).extracting(PreflightBatchTest::verdict)
                .containsExactlyElementsOf(copies.stream().map(PreflightBatchTest::alone).toList());
        assertThat(started).as("the shared child was stopped at once; only the cut file was judged before it")
                .containsExactly(3);
        assertThat(dir.resolve("marker")).doesNotExist();
    }

    @Test
    void theChildSaysWhichFileEachLineIsAbout() throws Exception {
        List<Path> copies = mixedCopies();
        List<Path> readable = List.of(copies.get(0), copies.get(4));
        PreflightChild.Sections s = PreflightChild.run(readable, Preflight.reference());
        assertThat(s.finished()).containsExactly(true, true);
        assertThat(s.timedOut()).isEqualTo(-1);
        assertThat(s.lines().get(0)).contains("count\t80");
        assertThat(s.lines().get(1)).contains("count\t14");
    }
}

package id.rembuk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments, again and again on one working file: every change a writer was told
 * is committed is there afterwards, the file opens, and the full check finds nothing wrong.
 */
class CrashTest {
    /** 20 in every test run; the fault suite (bench/faults) runs 200 and more with -Drembuk.crash.cycles. */
    private static final int CYCLES = Integer.getInteger("rembuk.crash.cycles", 20);

    @TempDir
    Path home;

    @Test
    void everyAcknowledgedChangeSurvivesSigkill() throws Exception {
        Random random = new Random(2026);
        SessionLibrary lib = new SessionLibrary(home);
        Set<UUID> acknowledged = new HashSet<>();
        Path file = null;
        int killedWhileWriting = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            Process p = ChildJvm.start(CrashWriter.class, List.of("-Xmx128m"), home.toString(),
                    file == null ? "create" : file.toString());
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            long t0 = System.nanoTime();
            String ready = r.readLine();
            long t1 = System.nanoTime();
            assertThat(ready).as("cycle " + cycle).startsWith("ready ");
            file = Path.of(ready.substring("ready ".length()));
            Thread.sleep(50 + random.nextInt(400));
            // SIGKILL on Linux: no shutdown hook, no close, no checkpoint. Through the handle, because
            // Process.destroyForcibly() also closes our end of the pipe and would lose acks still in it
            p.toHandle().destroyForcibly();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            int before = acknowledged.size();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(" ");
                if (f[0].equals("ack") && f.length == 3 && f[2].length() == 36) {
                    acknowledged.add(UUID.fromString(f[1]));
                    acknowledged.add(UUID.fromString(f[2]));
                }
            }
            if (acknowledged.size() > before) {
                killedWhileWriting++;
            }
            String label = "cycle " + cycle;
            // a file left by a crash is not mistaken for a cut one by the byte-level check
            FileHeader.check(file);
            long t2 = System.nanoTime();
            try (WorkingSession w = lib.openWorking(file)) {
                assertThat(w.uncleanExit()).as("the running marker tells of the crash").isTrue();
                assertThat(w.verifyReport()).hasValueSatisfying(rep ->
                        assertThat(rep.problems()).as(label).isEmpty());
                for (UUID id : acknowledged) {
                    assertThat(w.file().contains(id)).as("acknowledged change " + id + " after cycle " + cycle).isTrue();
                }
                assertThat(w.file().changeCount()).isGreaterThanOrEqualTo(acknowledged.size());
            }
            System.out.printf("cycle %d: child ready %d ms, reopen+verify+close %d ms, %d acknowledged%n", cycle,
                    (t1 - t0) / 1_000_000, (System.nanoTime() - t2) / 1_000_000, acknowledged.size());
        }
        assertThat(killedWhileWriting).as("kills landed while the writer was writing").isGreaterThanOrEqualTo(CYCLES - 2);
        assertThat(acknowledged.size()).isGreaterThan(CYCLES * 20);
        try (WorkingSession w = lib.openWorking(file)) {
            assertThat(w.uncleanExit()).as("closed cleanly by the last check").isFalse();
            assertThat(w.file().verify().ok()).isTrue();
        }
    }
}

package id.rembuk.ui.breakout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.HandClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreakoutLockTest {
    @TempDir
    Path dir;
    final HandClock clock = new HandClock();
    final UUID session = UUID.randomUUID();

    @Test
    void theLockSurvivesARestartAndOnlyTheRightPinOpensIt() throws Exception {
        Path file = dir.resolve("breakout.properties");
        new BreakoutLock(file, clock).lock(session, dir.resolve("s.mv.db"), "ECO", "2468");
        assertThat(Files.readString(file)).doesNotContain("2468");

        BreakoutLock again = new BreakoutLock(file, clock);
        BreakoutLock.Held held = again.held().orElseThrow();
        assertThat(held.sessionId()).isEqualTo(session);
        assertThat(held.groupId()).isEqualTo("ECO");
        assertThat(held.file()).isEqualTo(dir.resolve("s.mv.db").toAbsolutePath());

        assertThat(again.unlock("1357")).isEqualTo(new BreakoutLock.Wrong(4));
        assertThat(again.held()).isPresent();
        assertThat(again.unlock("2468")).isEqualTo(new BreakoutLock.Opened());
        assertThat(again.held()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void guessingMakesTheLaptopWaitLongerEachTime() throws Exception {
        BreakoutLock lock = new BreakoutLock(dir.resolve("b.properties"), clock);
        lock.lock(session, dir.resolve("s.mv.db"), "GOV", "1234");
        for (int i = 4; i >= 1; i--) {
            assertThat(lock.unlock("0000")).isEqualTo(new BreakoutLock.Wrong(i));
        }
        assertThat(lock.unlock("0000")).isEqualTo(new BreakoutLock.Wait(30));
        // even the right PIN waits its turn
        assertThat(lock.unlock("1234")).isInstanceOf(BreakoutLock.Wait.class);
        clock.advance(Duration.ofSeconds(31));
        assertThat(lock.unlock("9999")).isEqualTo(new BreakoutLock.Wait(60));
        clock.advance(Duration.ofSeconds(61));
        assertThat(lock.unlock("1234")).isEqualTo(new BreakoutLock.Opened());
    }

    @Test
    void pinsAreFourToEightDigitsAndAGarbledLockFileDoesNotTrapTheLaptop() throws Exception {
        assertThat(BreakoutLock.validPin("123")).isFalse();
        assertThat(BreakoutLock.validPin("12a4")).isFalse();
        assertThat(BreakoutLock.validPin("123456789")).isFalse();
        assertThat(BreakoutLock.validPin("0000")).isTrue();
        BreakoutLock lock = new BreakoutLock(dir.resolve("b.properties"), clock);
        assertThatThrownBy(() -> lock.lock(session, dir.resolve("s.mv.db"), "GOV", "12"))
                .isInstanceOf(IllegalArgumentException.class);
        Files.writeString(dir.resolve("b.properties"), "session=not-a-uuid\n");
        assertThat(lock.held()).isEmpty();
    }
}

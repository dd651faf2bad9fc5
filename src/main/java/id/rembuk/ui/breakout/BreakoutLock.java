package id.rembuk.ui.breakout;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The facilitator's PIN that keeps a group laptop on its breakout screen. The lock is kept in a
 * file beside the sessions, so closing or killing the app does not open the laptop: it comes back
 * locked on the same session and group. The PIN itself is never stored, only a salted PBKDF2 hash,
 * and repeated wrong guesses make the laptop wait.
 */
public final class BreakoutLock {
    public static final int MIN_PIN = 4;
    public static final int MAX_PIN = 8;
    /** Wrong PINs allowed before the laptop makes the next guess wait. */
    static final int FREE_TRIES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final int ITERATIONS = 60_000;

    /** A locked laptop: which session's file and which group it is held to. */
    public record Held(UUID sessionId, Path file, String groupId) {
    }

    /** What an unlock attempt says. */
    public sealed interface Result permits Opened, Wrong, Wait {
    }

    public record Opened() implements Result {
    }

    public record Wrong(int triesLeft) implements Result {
    }

    public record Wait(long seconds) implements Result {
    }

    private final Path file;
    private final Clock clock;
    private int failures;
    private Instant waitUntil = Instant.MIN;

    public BreakoutLock(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** A PIN is 4 to 8 digits: typed on a laptop's number row or a touch keypad. */
    public static boolean validPin(String pin) {
        return pin != null && pin.length() >= MIN_PIN && pin.length() <= MAX_PIN && pin.chars().allMatch(Character::isDigit);
    }

    /** The lock in force, if any; an unreadable lock file counts as locked to nothing (open). */
    public Optional<Held> held() {
        return read().flatMap(p -> {
            try {
                return Optional.of(new Held(UUID.fromString(p.getProperty("session")), Path.of(p.getProperty("file")),
                        p.getProperty("group")));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** Locks the laptop to a group of a session under the given PIN. */
    public void lock(UUID sessionId, Path sessionFile, String groupId, String pin) throws IOException {
        if (!validPin(pin)) {
            throw new IllegalArgumentException("PIN must be " + MIN_PIN + " to " + MAX_PIN + " digits");
        }
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Properties p = new Properties();
        p.setProperty("session", sessionId.toString());
        p.setProperty("file", sessionFile.toAbsolutePath().toString());
        p.setProperty("group", groupId);
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        p.setProperty("hash", Base64.getEncoder().encodeToString(hash(pin, salt)));
        write(p);
        failures = 0;
        waitUntil = Instant.MIN;
    }

    /** Checks the PIN; the right one removes the lock. */
    public Result unlock(String pin) throws IOException {
        Instant now = clock.instant();
        if (now.isBefore(waitUntil)) {
            return new Wait(Math.max(1, Duration.between(now, waitUntil).toSeconds()));
        }
        Optional<Properties> p = read();
        if (p.isEmpty()) {
            return new Opened();
        }
        boolean right;
        try {
            byte[] salt = Base64.getDecoder().decode(p.get().getProperty("salt", ""));
            byte[] expected = Base64.getDecoder().decode(p.get().getProperty("hash", ""));
            right = pin != null && expected.length > 0 && MessageDigest.isEqual(expected, hash(pin, salt));
        } catch (IllegalArgumentException e) {
            right = false;
        }
        if (right) {
            Files.deleteIfExists(file);
            failures = 0;
            return new Opened();
        }
        failures++;
        if (failures >= FREE_TRIES) {
            // 30 s after the fifth wrong guess, doubling after each further one
            waitUntil = now.plus(FIRST_WAIT.multipliedBy(1L << Math.min(6, failures - FREE_TRIES)));
            return new Wait(Duration.between(now, waitUntil).toSeconds());
        }
        return new Wrong(FREE_TRIES - failures);
    }

    private static byte[] hash(String pin, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }

    private Optional<Properties> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(p);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void write(Properties p) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "breakout", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Rembuk: this laptop is held to one group's breakout screen");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

package id.rembuk.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One line of the "recently opened" list.
 *
 * @param file       the working file
 * @param sessionId  the session it holds
 * @param region     "Kabupaten Banggai", empty when the session has no facts yet
 * @param stage      "I".."IV", empty when unknown
 * @param lastOpened ISO-8601 instant
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecentSession(String file, String sessionId, String region, String stage, String lastOpened) {

    public Path path() {
        return Path.of(file);
    }

    /** As an instant, for sorting (text order is wrong across different fraction lengths); epoch if unreadable. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public java.time.Instant lastOpenedInstant() {
        try {
            return java.time.Instant.parse(lastOpened);
        } catch (RuntimeException e) {
            return java.time.Instant.EPOCH;
        }
    }

    public boolean exists() {
        return Files.isRegularFile(path());
    }
}

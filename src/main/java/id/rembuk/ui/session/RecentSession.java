package id.rembuk.ui.session;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A session opened before, as the welcome screen lists it.
 *
 * @param file       the working file in the app's folder
 * @param region     what the session was about, so the list needs no file to be opened
 * @param stage      "I".."IV"
 * @param lastOpened when it was last opened here
 */
public record RecentSession(Path file, String region, String stage, Instant lastOpened) {
}

package id.rembuk.ui.session;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A session opened before, as the welcome screen lists it.
 *
 * @param file       the working file in the app's folder
 * @param sessionId  the session it holds, as text
 * @param region     what the session was about, so the list needs no file to be opened
 * @param stage      "I".."IV", empty when unknown
 * @param lastOpened when it was last opened here
 */
public record RecentSession(Path file, String sessionId, String region, String stage, Instant lastOpened) {

    /** The same entry showing facts changed since it was opened. */
    public RecentSession withFacts(String newRegion, String newStage) {
        return new RecentSession(file, sessionId, newRegion, newStage, lastOpened);
    }
}

package id.rembuk.ui.groups;

import id.rembuk.store.SessionLibrary;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.SameThreadExecutor;
import id.rembuk.ui.session.LibrarySessionService;
import id.rembuk.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The sample session (80 people in six groups) imported into a real file in a temporary home, opened on the calling thread. */
final class GroupsSession {
    final RecordingDialogs dialogs = new RecordingDialogs();
    final ShellViewModel shell;

    GroupsSession(Path home) {
        Clock clock = Clock.fixed(Instant.parse("2022-06-16T06:30:00Z"), ZoneId.of("Asia/Makassar"));
        shell = new ShellViewModel(new LibrarySessionService(new SessionLibrary(home, Duration.ofMinutes(10), clock),
                Optional.empty()), new SameThreadExecutor(), dialogs, clock);
        shell.openSample();
        if (!dialogs.errors.isEmpty() || shell.stateProperty().get() == null) {
            throw new IllegalStateException("the sample did not open: " + dialogs.errors);
        }
    }

    void close() {
        shell.close();
    }
}

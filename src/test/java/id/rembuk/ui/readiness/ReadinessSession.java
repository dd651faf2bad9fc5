package id.rembuk.ui.readiness;

import id.rembuk.domain.Stage;
import id.rembuk.store.SessionLibrary;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.SameThreadExecutor;
import id.rembuk.ui.session.LibrarySessionService;
import id.rembuk.ui.shell.SessionFormViewModel;
import id.rembuk.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** A new, empty session file in a temporary home at the given stage, opened by the real shell on the calling thread. */
final class ReadinessSession {
    final RecordingDialogs dialogs = new RecordingDialogs();
    final ShellViewModel shell;

    ReadinessSession(Path home, Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2022-06-16T01:00:00Z"), ZoneId.of("Asia/Makassar"));
        shell = new ShellViewModel(new LibrarySessionService(new SessionLibrary(home, Duration.ofMinutes(10), clock),
                Optional.empty()), new SameThreadExecutor(), dialogs, clock);
        shell.newSession();
        SessionFormViewModel form = shell.formProperty().get();
        form.regionProperty().set("Kabupaten Banggai");
        form.stageProperty().set(stage);
        form.firstDayProperty().set(LocalDate.of(2022, 6, 16));
        shell.submitForm();
        if (!dialogs.errors.isEmpty() || shell.stateProperty().get() == null) {
            throw new IllegalStateException("the session did not open: " + dialogs.errors);
        }
    }

    void close() {
        shell.close();
    }
}

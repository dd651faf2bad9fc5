package id.rembuk.ui.people;

import id.rembuk.HandClock;
import id.rembuk.domain.Attendance;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.SessionState;
import id.rembuk.store.SessionLibrary;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.SameThreadExecutor;
import id.rembuk.ui.session.LibrarySessionService;
import id.rembuk.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The sample (Kabupaten Banggai, Tahap I, 16–17 June 2022, 80 participants) imported into a real
 * session file in a temporary home and opened by the real shell on the calling thread, with a
 * clock the test moves.
 */
final class PeopleSession {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    final RecordingDialogs dialogs = new RecordingDialogs();
    final HandClock clock = new HandClock(LocalDateTime.of(2022, 6, 16, 7, 58).atZone(WITA).toInstant(), WITA);
    final ShellViewModel shell;

    PeopleSession(Path home) {
        shell = new ShellViewModel(new LibrarySessionService(new SessionLibrary(home, Duration.ofMinutes(10), clock),
                Optional.empty()), new SameThreadExecutor(), dialogs, clock);
        shell.openSample();
        if (!dialogs.errors.isEmpty() || shell.stateProperty().get() == null) {
            throw new IllegalStateException("the sample did not open: " + dialogs.errors);
        }
    }

    void at(int day, int hour, int minute) {
        clock.set(LocalDateTime.of(2022, 6, 15 + day, hour, minute).atZone(WITA).toInstant());
    }

    SessionState state() {
        return shell.stateProperty().get();
    }

    List<Participant> participants() {
        return Records.read(state(), EntityKind.PARTICIPANT, Participant::from).records();
    }

    Participant named(String name) {
        return participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    List<Attendance> attendance() {
        return Records.read(state(), EntityKind.ATTENDANCE, Attendance::from).records();
    }

    void close() {
        shell.close();
    }
}

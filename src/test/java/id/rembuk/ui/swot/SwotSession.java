package id.rembuk.ui.swot;

import id.rembuk.domain.Participant;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real session file in a temporary home, opened by the real shell on the calling thread, with
 * four participants: two in the governance group, one in the economy group, one in none.
 */
public final class SwotSession {
    static final String SITI = "p-siti";
    static final String ANDI = "p-andi";
    static final String RAHMAT = "p-rahmat";
    static final String DEWI = "p-dewi";

    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final ShellViewModel shell;

    public SwotSession(Path home, Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2022-06-16T01:00:00Z"), ZoneId.of("Asia/Makassar"));
        shell = new ShellViewModel(new LibrarySessionService(new SessionLibrary(home, Duration.ofMinutes(10), clock),
                Optional.empty()), new SameThreadExecutor(), dialogs, clock);
        shell.newSession();
        SessionFormViewModel form = shell.formProperty().get();
        form.regionProperty().set("Kabupaten Banggai");
        form.stageProperty().set(stage);
        form.firstDayProperty().set(LocalDate.of(2022, 6, 16));
        shell.submitForm();
        List<Edit> edits = new ArrayList<>();
        edits.addAll(person(SITI, "Siti Rahmawati", "Diskominfo", "GOV").toEdits());
        edits.addAll(person(ANDI, "Andi Pratama", "Bappeda", "GOV").toEdits());
        edits.addAll(person(RAHMAT, "Rahmat Hidayat", "Dinas Koperasi", "ECO").toEdits());
        edits.addAll(person(DEWI, "Dewi Lestari", "Universitas Tompotika", "").toEdits());
        shell.apply(new Action("Siapkan peserta", edits));
        if (!dialogs.errors.isEmpty() || shell.stateProperty().get() == null) {
            throw new IllegalStateException("the session did not open: " + dialogs.errors);
        }
    }

    private static Participant person(String id, String name, String institution, String group) {
        return new Participant(id, name, "", "", institution, Participant.Unsur.OPD, group, "", "");
    }

    public void close() {
        shell.close();
    }
}

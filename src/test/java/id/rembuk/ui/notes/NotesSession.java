package id.rembuk.ui.notes;

import id.rembuk.domain.AgendaItem;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real session file in a temporary home, opened by the real shell on the calling thread: two
 * agenda blocks and three participants, ready to be noted.
 */
public final class NotesSession {
    static final String TALK = "b1a1f0de-0000-4000-8000-000000000001";
    static final String FGD = "b1a1f0de-0000-4000-8000-000000000002";

    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final ShellViewModel shell;

    public NotesSession(Path home) {
        Clock clock = Clock.fixed(Instant.parse("2022-06-16T01:00:00Z"), ZoneId.of("Asia/Makassar"));
        shell = new ShellViewModel(new LibrarySessionService(new SessionLibrary(home, Duration.ofMinutes(10), clock),
                Optional.empty()), new SameThreadExecutor(), dialogs, clock);
        shell.newSession();
        SessionFormViewModel form = shell.formProperty().get();
        form.regionProperty().set("Kabupaten Banggai");
        form.stageProperty().set(Stage.I);
        form.firstDayProperty().set(LocalDate.of(2022, 6, 16));
        shell.submitForm();
        List<Edit> edits = new ArrayList<>();
        edits.addAll(new AgendaItem(TALK, 1, LocalTime.of(9, 0), 90, "Paparan arah kebijakan Smart City",
                AgendaItem.Kind.TALK, "Dr. Lukito Edi Nugroho", List.of(), "", 0).toEdits());
        edits.addAll(new AgendaItem(FGD, 2, LocalTime.of(8, 30), 90, "FGD SWOT per elemen", AgendaItem.Kind.FGD, "",
                List.of(), "Matriks SWOT", 0).toEdits());
        edits.addAll(person("p1", "Siti Rahmawati", "Dinas Komunikasi dan Informatika").toEdits());
        edits.addAll(person("p2", "Andi Pratama", "Bappeda").toEdits());
        edits.addAll(person("p3", "Rahmat Hidayat", "Bagian Hukum Setda").toEdits());
        shell.apply(new Action("Siapkan sesi", edits));
        if (!dialogs.errors.isEmpty() || shell.stateProperty().get() == null) {
            throw new IllegalStateException("the session did not open: " + dialogs.errors);
        }
    }

    private static Participant person(String id, String name, String institution) {
        return new Participant(id, name, "", "", institution, Participant.Unsur.OPD, "", "", "");
    }

    public void close() {
        shell.close();
    }
}

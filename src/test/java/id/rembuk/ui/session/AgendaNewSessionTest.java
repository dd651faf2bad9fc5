package id.rembuk.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.agenda.AgendaTemplate;
import id.rembuk.agenda.AgendaTemplates;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.store.SessionLibrary;
import id.rembuk.store.WorkingSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A session made in the app starts with its stage's rundown, which one undo takes back on its own. */
class AgendaNewSessionTest {
    @TempDir
    Path home;

    private static SessionInfo info(Stage stage) {
        return new SessionInfo("Kota Palu", "Sulawesi Tengah", stage, LocalDate.of(2026, 7, 2), LocalDate.of(2026, 7, 3),
                "Gedung Juang", List.of("Rina"), List.of(), false);
    }

    private static List<AgendaItem> agenda(WorkingSession w) {
        Records.Read<AgendaItem> read = Records.read(w.file().state(), EntityKind.AGENDA_ITEM, AgendaItem::from);
        assertThat(read.unreadable()).isEmpty();
        return read.records().stream().sorted(Comparator.comparingInt(AgendaItem::order)).toList();
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void aNewSessionHasItsStagesAgenda(Stage stage) throws Exception {
        LibrarySessionService service = new LibrarySessionService(new SessionLibrary(home), Optional.empty());
        AgendaTemplate t = AgendaTemplates.builtIn(stage);
        try (WorkingSession w = service.create(info(stage))) {
            List<AgendaItem> items = agenda(w);
            assertThat(items).hasSize(t.blockCount());
            assertThat(AgendaTemplate.fromItems(t.name(), t.stage(), items).withDescription(t.description())).isEqualTo(t);
            assertThat(w.file().undoLabel()).contains("Agenda dari templat Tahap " + stage.name());
        }
    }

    @Test
    void undoTakesBackTheAgendaAndKeepsTheSession() throws Exception {
        LibrarySessionService service = new LibrarySessionService(new SessionLibrary(home), Optional.empty());
        Path file;
        try (WorkingSession w = service.create(info(Stage.II))) {
            file = w.file().file();
            w.file().undo();
            assertThat(agenda(w)).isEmpty();
            assertThat(SessionInfo.from(w.file().state(), w.file().sessionId())).contains(info(Stage.II));
            assertThat(w.file().undoLabel()).contains("Buat sesi baru");
            assertThat(w.file().redoLabel()).contains("Agenda dari templat Tahap II");
        }
        try (WorkingSession again = new SessionLibrary(home).openWorking(file)) {
            assertThat(agenda(again)).isEmpty();
            assertThat(SessionInfo.from(again.file().state(), again.file().sessionId()).orElseThrow().region())
                    .isEqualTo("Kota Palu");
        }
    }
}

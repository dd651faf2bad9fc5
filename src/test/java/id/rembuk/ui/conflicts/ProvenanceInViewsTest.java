package id.rembuk.ui.conflicts;

import static id.rembuk.ui.conflicts.ConflictSession.CARD;
import static id.rembuk.ui.conflicts.ConflictSession.FACILITATOR_LABEL;
import static id.rembuk.ui.conflicts.ConflictSession.GOV_LABEL;
import static id.rembuk.ui.conflicts.ConflictSession.PERSON;
import static id.rembuk.ui.conflicts.ConflictSession.PROGRAMME;
import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.change.EntityKey;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.people.ParticipantsViewModel;
import id.rembuk.ui.programme.ProgrammeViewModel;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.swot.SwotBoardViewModel;
import id.rembuk.ui.tows.BoardSession;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SWOT board, the programme form and the participant form tell who wrote an item, by the shell's laptop names. */
class ProvenanceInViewsTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ShellViewModel shell;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Messages.INDONESIAN);
        ConflictSession files = new ConflictSession(dir.resolve("files"));
        shell = BoardSession.shell(dir.resolve("home"), dialogs);
        shell.openFile(files.master);
    }

    @AfterEach
    void close() {
        shell.close();
        assertThat(dialogs.errors).isEmpty();
    }

    /** The line as this laptop's own time zone shows it (the views use the system's). */
    private String expected(String kind, String id) {
        return ProvenanceLine.text(shell.stateProperty().get(), shell.replicasProperty().get(), new EntityKey(kind, id),
                ZoneId.systemDefault());
    }

    @Test
    void eachViewModelNamesTheLaptopsThatCreatedAndLastChangedAnItem() {
        String card = SwotBoardViewModel.facilitator(shell).provenance(CARD);
        assertThat(card).startsWith("Dibuat: " + GOV_LABEL + ", ").contains(" · Diubah terakhir: " + GOV_LABEL + ", ")
                .isEqualTo(expected("swot_item", CARD));
        assertThat(SwotBoardViewModel.forGroup(shell, "GOV").provenance(CARD)).isEqualTo(card);

        assertThat(new ProgrammeViewModel(shell).provenance(PROGRAMME))
                .startsWith("Dibuat: " + FACILITATOR_LABEL + ", ")
                .contains(" · Diubah terakhir: " + ConflictSession.ECO_LABEL + ", ")
                .isEqualTo(expected("programme", PROGRAMME));

        assertThat(new ParticipantsViewModel(shell, null).provenance(PERSON))
                .startsWith("Dibuat: " + FACILITATOR_LABEL + ", ")
                .contains(" · Diubah terakhir: " + GOV_LABEL + ", ")
                .isEqualTo(expected("participant", PERSON));
        assertThat(new ParticipantsViewModel(shell, null).provenance("nobody")).isEmpty();
    }

    @Test
    void withoutTheShellsNamesALaptopIsNamedByItsId() {
        ProgrammeViewModel bare = new ProgrammeViewModel(shell.stateProperty(), a -> { });
        assertThat(bare.provenance(PROGRAMME)).startsWith("Dibuat: Laptop fa000000, ");
    }
}

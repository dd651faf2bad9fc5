package id.rembuk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Records;
import id.rembuk.i18n.Messages;
import id.rembuk.participants.Decision;
import id.rembuk.ui.SameThreadExecutor;
import id.rembuk.ui.notes.NotesSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import preview on a real session and a real CSV: nothing is written until Import, and one undo takes it back. */
class ImportViewModelTest {
    @TempDir
    Path home;
    NotesSession session;
    ImportViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new NotesSession(home);
        vm = new ImportViewModel(session.shell.stateProperty(), session.shell::apply, new SameThreadExecutor());
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    private List<Participant> people() {
        return Records.read(session.shell.stateProperty().get(), EntityKind.PARTICIPANT, Participant::from).records();
    }

    @Test
    void previewShowsEveryRowThenImportsTheAcceptedOnesAsOneAction() throws Exception {
        int before = people().size();
        Path csv = home.resolve("peserta.csv");
        byte[] bytes = ("Nama;NIP;Instansi;Unsur;No. HP\n"
                + "Ni Made Sri Astuti, S.E., M.Si.;198005122003122004;Bappeda;OPD;081234567001\n"
                + "Bpk. Ahmad Syafi'i, S.Kom.;1.98E+17;Diskominfo;OPD;081234567002\n"
                + "Rina Wulandari;;Universitas Tompotika;Akademisi;081234567003\n").getBytes(StandardCharsets.UTF_8);
        Files.write(csv, bytes);

        vm.read(csv);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.lines()).hasSize(3);
        assertThat(vm.lines().get(1).status()).isEqualTo("Galat");
        assertThat(vm.lines().get(1).problems()).contains("NIP");
        assertThat(vm.importLabelProperty().get()).isEqualTo("Impor 2 peserta");
        assertThat(people()).hasSize(before);

        vm.dropBadValuesProperty().set(true);
        assertThat(vm.importLabelProperty().get()).isEqualTo("Impor 3 peserta");
        vm.duplicatesProperty().set(Decision.SKIP);
        vm.importNow();
        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(people()).hasSize(before + 3);
        assertThat(people()).filteredOn(p -> p.name().startsWith("Bpk. Ahmad")).singleElement()
                .extracting(Participant::nip).isEqualTo("");
        assertThat(Files.readAllBytes(csv)).isEqualTo(bytes);

        session.shell.undo();
        assertThat(people()).hasSize(before);
    }

    @Test
    void anUnreadableFileSaysWhyInTheUsersLanguage() throws Exception {
        Path pdf = home.resolve("peserta.xlsx");
        Files.writeString(pdf, "%PDF-1.7 bukan excel");
        vm.read(pdf);
        assertThat(vm.errorProperty().get()).isNotBlank();
        assertThat(vm.canImportProperty().get()).isFalse();
        assertThat(vm.lines()).isEmpty();
    }
}

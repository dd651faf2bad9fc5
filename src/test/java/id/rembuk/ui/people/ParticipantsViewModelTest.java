package id.rembuk.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Duplicates;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Participant;
import id.rembuk.domain.change.Action;
import id.rembuk.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The participant list on the sample's real session file, without a toolkit. */
class ParticipantsViewModelTest {
    @TempDir
    Path home;

    private PeopleSession session;
    private ParticipantsViewModel vm;
    /** What the view model asked the shell to write, in order. */
    private final List<Action> written = new ArrayList<>();

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new PeopleSession(home);
        vm = new ParticipantsViewModel(session.shell.stateProperty(), a -> {
            written.add(a);
            session.shell.apply(a);
        }, null);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<String> names() {
        return vm.rows().stream().map(r -> r.participant().name()).toList();
    }

    @Test
    void theFormOpensToAddOrEditAndClosesOnEsc() {
        assertThat(vm.formOpenProperty().get()).isFalse();
        vm.openNew();
        assertThat(vm.formOpenProperty().get()).isTrue();
        vm.cancel();
        assertThat(vm.formOpenProperty().get()).isFalse();
        assertThat(vm.edit(vm.rows().get(0).participant().id())).isTrue();
        assertThat(vm.formOpenProperty().get()).isTrue();
        assertThat(vm.nameProperty().get()).isEqualTo(vm.rows().get(0).participant().name());
    }

    @Test
    void theSampleListsItsEightyParticipantsInNameOrderWithCountsPerUnsur() {
        assertThat(vm.rows()).hasSize(80);
        assertThat(vm.totalProperty().get()).isEqualTo(80);
        assertThat(vm.countsProperty().get()).isEqualTo("80 peserta · 30 OPD · 20 Dewan Smart City · 6 Akademisi"
                + " · 5 Bisnis · 4 Pemuda · 4 Seniman/Budayawan · 4 Relawan TIK · 4 Komunitas · 3 Media");
        assertThat(names().get(0)).isEqualTo("Andi Lamadi");
        assertThat(names()).isSortedAccordingTo((a, b) -> Search.fold(a).compareTo(Search.fold(b)));
        ParticipantsViewModel.PersonRow andriani = vm.rows().stream()
                .filter(r -> r.participant().name().equals("Andriani Husain, S.Kom.")).findFirst().orElseThrow();
        assertThat(andriani.unsur()).isEqualTo("OPD");
        assertThat(andriani.group()).isEqualTo("Smart Governance");
        assertThat(andriani.nip()).isEqualTo("19790719 200503 2 009");
        // the list shows phone numbers masked; the form shows them whole
        assertThat(andriani.phone()).isEqualTo("0853•••••167");
        assertThat(vm.shownProperty().get()).isEmpty();
        assertThat(vm.unreadableProperty().get()).isZero();
    }

    @Test
    void searchMatchesNameInstitutionNipAndPhoneWithoutCaseOrAccents() {
        vm.queryProperty().set("ANDRIANI");
        assertThat(names()).containsExactlyInAnyOrder("Andriani Husain, S.Kom.", "Andriani Pomalingo, S.Sos., M.Si.");
        assertThat(vm.shownProperty().get()).isEqualTo("2 dari 80 ditampilkan");

        vm.queryProperty().set("husain bappeda");
        assertThat(names()).containsExactly("Andriani Husain, S.Kom.");

        vm.queryProperty().set("BPKAD");
        assertThat(names()).containsExactlyInAnyOrder("Sri Tumanggor", "Sitti Kalengkongan, S.Sos., M.Si.");

        vm.queryProperty().set("19790719 200503");
        assertThat(names()).containsExactly("Andriani Husain, S.Kom.");

        // the phone as written on the form, or in the international form
        vm.queryProperty().set("0853-8592");
        assertThat(names()).containsExactly("Andriani Husain, S.Kom.");
        vm.queryProperty().set("+62 853 8592 7167");
        assertThat(names()).containsExactly("Andriani Husain, S.Kom.");

        vm.queryProperty().set("kalëngköngan");
        assertThat(names()).hasSize(5).allMatch(n -> n.contains("Kalengkongan"));

        fillForm("Sulaemán Dg. Matasa", "", "Camat", "Kecamatan Nuhon", Participant.Unsur.OPD);
        assertThat(vm.save()).isTrue();
        vm.queryProperty().set("sulaeman dg");
        assertThat(names()).containsExactly("Sulaemán Dg. Matasa");

        vm.queryProperty().set("tidak ada orang ini");
        assertThat(vm.rows()).isEmpty();
        vm.queryProperty().set("  ");
        assertThat(vm.rows()).hasSize(81);
    }

    private void fillForm(String name, String nip, String jabatan, String institution, Participant.Unsur unsur) {
        vm.newParticipant();
        vm.nameProperty().set(name);
        vm.nipProperty().set(nip);
        vm.jabatanProperty().set(jabatan);
        vm.institutionProperty().set(institution);
        vm.unsurProperty().set(unsur);
    }

    @Test
    void addEditAndDeleteAreOneNamedActionEachAndUndoTakesThemBack() {
        fillForm("Budi Santoso", "19780512 200312 1 004", "Kepala Seksi Persandian",
                "Dinas Komunikasi, Informatika, Statistik dan Persandian", Participant.Unsur.OPD);
        vm.groupProperty().set("GOV");
        vm.phoneProperty().set("0812 3456 7890");
        assertThat(vm.save()).isTrue();

        Participant budi = session.named("Budi Santoso");
        assertThat(budi.nip()).isEqualTo("197805122003121004");
        assertThat(budi.group()).isEqualTo("GOV");
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Tambah peserta: Budi Santoso");
        assertThat(vm.totalProperty().get()).isEqualTo(81);
        assertThat(vm.countsProperty().get()).startsWith("81 peserta · 31 OPD · ");
        // the form is empty again for the next person, and keeps the unsur typed last
        assertThat(vm.nameProperty().get()).isEmpty();
        assertThat(vm.editingProperty().get()).isNull();
        assertThat(vm.noticeProperty().get().text()).isEqualTo("Budi Santoso ditambahkan.");

        assertThat(vm.edit(budi.id())).isTrue();
        assertThat(vm.phoneProperty().get()).isEqualTo("0812 3456 7890");
        vm.jabatanProperty().set("Kepala Bidang Persandian");
        assertThat(vm.save()).isTrue();
        assertThat(session.named("Budi Santoso").jabatan()).isEqualTo("Kepala Bidang Persandian");
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Ubah peserta: Budi Santoso");
        // only the field that changed is written
        assertThat(written.get(written.size() - 1).edits()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo(Participant.F_JABATAN));

        session.shell.undo();
        assertThat(session.named("Budi Santoso").jabatan()).isEqualTo("Kepala Seksi Persandian");

        assertThat(vm.delete(budi.id())).isTrue();
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Hapus peserta: Budi Santoso");
        assertThat(session.participants()).noneMatch(p -> p.name().equals("Budi Santoso"));
        assertThat(vm.totalProperty().get()).isEqualTo(80);
        assertThat(vm.noticeProperty().get().text()).isEqualTo("Budi Santoso dihapus. Ctrl+Z mengembalikannya.");

        session.shell.undo();
        assertThat(session.named("Budi Santoso").jabatan()).isEqualTo("Kepala Seksi Persandian");
        assertThat(vm.totalProperty().get()).isEqualTo(81);
        session.shell.undo();
        assertThat(session.participants()).noneMatch(p -> p.name().equals("Budi Santoso"));
        assertThat(session.dialogs.errors).isEmpty();
    }

    @Test
    void everyFieldThatBreaksARuleSaysSoInlineAndNothingIsWritten() {
        fillForm("  ", "1978 0512", "", "", Participant.Unsur.OPD);
        vm.phoneProperty().set("nomor saya");
        vm.emailProperty().set("budi@");
        assertThat(vm.save()).isFalse();
        assertThat(text(Participant.F_NAME)).isEqualTo("Isian wajib belum diisi.");
        assertThat(text(Participant.F_NIP)).isEqualTo("NIP harus 18 angka (boleh dikosongkan): 19780512");
        assertThat(text(Participant.F_PHONE)).isEqualTo("Nomor HP tidak valid: nomor saya");
        assertThat(text(Participant.F_EMAIL)).isEqualTo("Alamat email tidak valid: budi@");
        assertThat(vm.errorProperty(Participant.F_JABATAN).get()).isNull();
        assertThat(written).isEmpty();

        // typing in a field answers its message; the others stay until saved again
        vm.nipProperty().set("197805122003121004");
        assertThat(vm.errorProperty(Participant.F_NIP).get()).isNull();
        assertThat(vm.errorProperty(Participant.F_NAME).get()).isNotNull();
        vm.nameProperty().set("Budi Santoso");
        vm.phoneProperty().set("");
        vm.emailProperty().set("budi@banggaikab.go.id");
        assertThat(vm.save()).isTrue();
        assertThat(written).hasSize(1);
        assertThat(vm.errorProperty(Participant.F_EMAIL).get()).isNull();

        try {
            Messages.setLocale(java.util.Locale.ENGLISH);
            fillForm("x", "123", "", "", Participant.Unsur.OPD);
            assertThat(vm.save()).isFalse();
            assertThat(text(Participant.F_NIP)).isEqualTo("The NIP must be 18 digits (or left empty): 123");
        } finally {
            Messages.setLocale(Messages.INDONESIAN);
        }
    }

    private String text(String field) {
        return vm.errorProperty(field).get().text();
    }

    @Test
    void probableDuplicatesShowAsABannerThatCanBeShownAndDismissed() {
        assertThat(vm.duplicates()).isEmpty();
        // the registration desk's laptop typed Andriani again, with her phone written another way
        fillForm("Andriani H.", "", "Kabid Pemerintahan", "Bappeda", Participant.Unsur.OPD);
        vm.phoneProperty().set("+62 853-8592-7167");
        assertThat(vm.save()).isTrue();
        assertThat(vm.duplicates()).hasSize(1);
        ParticipantsViewModel.DuplicateHint d = vm.duplicates().get(0);
        assertThat(d.reason()).isEqualTo(Duplicates.Reason.PHONE);
        assertThat(List.of(d.first().name(), d.second().name()))
                .containsExactlyInAnyOrder("Andriani Husain, S.Kom.", "Andriani H.");
        assertThat(d.text()).contains("Andriani Husain, S.Kom.", "Andriani H.", ": Nomor HP sama");

        vm.showDuplicate(d);
        assertThat(names()).containsExactlyInAnyOrder("Andriani Husain, S.Kom.", "Andriani H.");

        vm.dismissDuplicates();
        assertThat(vm.duplicates()).isEmpty();
        session.shell.apply(new Action("unrelated", session.named("Ratna Baso").toEdits()));
        assertThat(vm.duplicates()).isEmpty();

        // a new pair brings the banner back, with only that pair
        fillForm("Ratna Baso", "198402062011032012", "", "Diskominfo", Participant.Unsur.OPD);
        assertThat(vm.save()).isTrue();
        assertThat(vm.duplicates()).singleElement()
                .satisfies(x -> assertThat(x.reason()).isEqualTo(Duplicates.Reason.NIP));
        vm.showDuplicate(vm.duplicates().get(0));
        assertThat(vm.queryProperty().get()).isEqualTo("198402062011032012");
        assertThat(names()).containsExactly("Ratna Baso", "Ratna Baso");
    }

    @Test
    void anEditWhosePersonIsDeletedMeanwhileKeepsWhatWasTypedAndSavesItAsNew() {
        Participant ratna = session.named("Ratna Baso");
        vm.edit(ratna.id());
        vm.jabatanProperty().set("Kepala Bidang IKP");
        session.shell.apply(new Action("elsewhere", List.of(id.rembuk.domain.change.Edit.delete(
                EntityKind.PARTICIPANT.code(), ratna.id()))));
        assertThat(vm.editingProperty().get()).isNull();
        assertThat(vm.formHintProperty().get().key()).isEqualTo("people.form.editedGone");
        assertThat(vm.jabatanProperty().get()).isEqualTo("Kepala Bidang IKP");
        assertThat(vm.save()).isTrue();
        Participant again = session.named("Ratna Baso");
        assertThat(again.id()).isNotEqualTo(ratna.id());
        assertThat(again.jabatan()).isEqualTo("Kepala Bidang IKP");
        assertThat(again.phone()).isEqualTo(ratna.phone());
    }

    @Test
    void escapeEndsAnEditWithoutWritingAndTheGroupsAreTheSessionsOwn() {
        Participant ratna = session.named("Ratna Baso");
        vm.edit(ratna.id());
        assertThat(vm.groupProperty().get()).isEqualTo("BRD");
        assertThat(vm.groupChoices()).extracting(ParticipantsViewModel.GroupChoice::label).containsExactly(
                "Belum berkelompok", "Smart Governance", "Smart Branding", "Smart Economy", "Smart Living",
                "Smart Society", "Smart Environment");
        vm.nameProperty().set("Ratna B.");
        String undo = session.shell.undoLabelProperty().get();
        vm.cancel();
        assertThat(vm.editingProperty().get()).isNull();
        assertThat(vm.nameProperty().get()).isEmpty();
        assertThat(session.named("Ratna Baso").id()).isEqualTo(ratna.id());
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo(undo);
    }

    @Test
    void theImportButtonIsOfferedOnlyWhenTheLeadGivesAnImport() {
        assertThat(vm.canImport()).isFalse();
        vm.importParticipants(); // nothing to run
        AtomicInteger opened = new AtomicInteger();
        ParticipantsViewModel withImport = new ParticipantsViewModel(session.shell, opened::incrementAndGet);
        assertThat(withImport.canImport()).isTrue();
        withImport.importParticipants();
        assertThat(opened).hasValue(1);
    }

    @Test
    void phonesAreMaskedInTheList() {
        assertThat(ParticipantsViewModel.maskPhone("085385927167")).isEqualTo("0853•••••167");
        assertThat(ParticipantsViewModel.maskPhone("+62 853-8592-7167")).isEqualTo("+628•••••••167");
        assertThat(ParticipantsViewModel.maskPhone("12345")).isEqualTo("•••••");
        assertThat(ParticipantsViewModel.maskPhone("")).isEmpty();
    }
}

package id.rembuk.ui.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.AgendaItem.Kind;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.store.SessionLibrary;
import id.rembuk.ui.ManualExecutor;
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
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor against a real session file, without a toolkit: every action goes through the shell. */
class AgendaEditorViewModelTest {
    @TempDir
    Path home;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Clock clock = Clock.fixed(Instant.parse("2022-06-10T02:30:00Z"), ZoneId.of("Asia/Makassar"));
    private final List<Action> actions = new ArrayList<>();
    private final List<List<AgendaItem>> templates = new ArrayList<>();
    private ShellViewModel shell;
    private AgendaEditorViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        shell = new ShellViewModel(new LibrarySessionService(new SessionLibrary(home, Duration.ofMinutes(10), clock),
                Optional.empty()), new SameThreadExecutor(), dialogs, clock);
        shell.newSession();
        SessionFormViewModel form = shell.formProperty().get();
        form.regionProperty().set("Kabupaten Banggai");
        form.stageProperty().set(Stage.I);
        form.firstDayProperty().set(LocalDate.of(2022, 6, 16));
        shell.submitForm();
        assertThat(shell.stateProperty().get()).isNotNull();
        // these tests build their own rundown: take back the stage template a new session gets
        assertThat(shell.undoLabelProperty().get()).startsWith("Agenda dari templat");
        shell.undo();
        vm = new AgendaEditorViewModel(shell.stateProperty(), shell.infoProperty(), a -> {
            actions.add(a);
            shell.apply(a);
        }, templates::add);
    }

    @AfterEach
    void tearDown() {
        shell.close();
        Messages.setLocale(Messages.INDONESIAN);
    }

    /** "08.00 Registrasi" for each row of the day shown. */
    private List<String> rows() {
        return vm.rows().stream().map(r -> r.start() + " " + r.title()).toList();
    }

    private void addNamed(String title, int minutes) {
        vm.add();
        vm.titleProperty().set(title);
        vm.commitTitle();
        vm.commitDuration(minutes);
    }

    /** Registrasi 08.00 (30), Pembukaan 08.30 (30), Materi 1 09.00 (90), Rehat 10.30 (15). */
    private void dayOne() {
        addNamed("Registrasi", 30);
        addNamed("Pembukaan", 30);
        addNamed("Materi 1", 90);
        addNamed("Rehat", 15);
        actions.clear();
    }

    private void select(String title) {
        vm.select(vm.rows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow().id());
    }

    private static List<String> fields(Action a) {
        return a.edits().stream().map(Edit::field).toList();
    }

    @Test
    void theDaysOfTheSessionAreNamedWithTheirDates() {
        assertThat(vm.days()).extracting(AgendaEditorViewModel.DayOption::label)
                .containsExactly("Hari 1 · Kamis, 16 Juni 2022", "Hari 2 · Jumat, 17 Juni 2022");
        assertThat(vm.dayProperty().get()).isEqualTo(1);
        assertThat(vm.totalProperty().get()).startsWith("Belum ada blok");
        assertThat(vm.hasSelectionProperty().get()).isFalse();
    }

    @Test
    void addingPutsANewBlockAfterTheSelectedOneAndSelectsIt() {
        vm.add();
        assertThat(rows()).containsExactly("08.00 Mata acara baru");
        assertThat(vm.hasSelectionProperty().get()).isTrue();
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Tambah blok: Mata acara baru");
        vm.titleProperty().set("Registrasi peserta");
        vm.commitTitle();
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Ubah judul: Registrasi peserta");

        vm.add();
        assertThat(rows()).containsExactly("08.00 Registrasi peserta", "08.30 Mata acara baru");
        assertThat(vm.endProperty().get()).isEqualTo("09.00");
        assertThat(vm.totalProperty().get()).isEqualTo("08.00–09.00 · 1 jam · 2 blok");
    }

    @Test
    void aLongerBlockWithShiftMovesTheLaterOnesAndWritesOnlyWhatChanged() {
        dayOne();
        select("Pembukaan");
        vm.commitDuration(45);

        assertThat(rows()).containsExactly("08.00 Registrasi", "08.30 Pembukaan", "09.15 Materi 1", "10.45 Rehat");
        assertThat(actions).hasSize(1);
        assertThat(actions.get(0).label()).isEqualTo("Ubah durasi: Pembukaan");
        assertThat(fields(actions.get(0))).containsExactlyInAnyOrder(AgendaItem.F_DURATION, AgendaItem.F_START,
                AgendaItem.F_START);
        assertThat(vm.totalProperty().get()).isEqualTo("08.00–11.00 · 3 jam · 4 blok");
    }

    @Test
    void withShiftOffOnlyTheBlockChanges() {
        dayOne();
        vm.shiftLaterProperty().set(false);
        select("Pembukaan");
        vm.startProperty().set("8.45");
        vm.commitStart();

        assertThat(rows()).containsExactly("08.00 Registrasi", "08.45 Pembukaan", "09.00 Materi 1", "10.30 Rehat");
        assertThat(fields(actions.get(0))).containsExactly(AgendaItem.F_START);
        assertThat(vm.startProperty().get()).isEqualTo("08.45");
    }

    @Test
    void invalidInputIsExplainedBesideTheFormAndWritesNothing() {
        dayOne();
        select("Rehat");
        vm.startProperty().set("25:00");
        vm.commitStart();
        assertThat(vm.formErrorProperty().get()).contains("“25:00”").contains("08.30");
        assertThat(vm.startProperty().get()).isEqualTo("25:00");

        vm.commitDuration(0);
        assertThat(vm.formErrorProperty().get()).contains("0 menit").contains("1 sampai 720");
        assertThat(vm.durationProperty().get()).isEqualTo(15);

        vm.commitDuration(null);
        assertThat(vm.formErrorProperty().get()).contains("angka menit");

        vm.startProperty().set("23.50");
        vm.commitStart();
        assertThat(vm.formErrorProperty().get()).contains("Rehat").contains("24.05").contains("tengah malam");

        assertThat(actions).isEmpty();
        assertThat(rows()).containsExactly("08.00 Registrasi", "08.30 Pembukaan", "09.00 Materi 1", "10.30 Rehat");

        vm.startProperty().set("10.30");
        vm.commitStart();
        assertThat(vm.formErrorProperty().get()).isEmpty();
        assertThat(actions).isEmpty();

        // leaving the block with a start that is no time still says so
        vm.startProperty().set("jam 9");
        select("Materi 1");
        assertThat(vm.formErrorProperty().get()).contains("“jam 9”");
        assertThat(vm.formErrorFieldProperty().get()).as("no field of this block is wrong").isNull();
        assertThat(vm.startProperty().get()).isEqualTo("09.00");
        assertThat(actions).isEmpty();
    }

    @Test
    void anEmptyTitleIsRefusedAndTheOldOneKept() {
        dayOne();
        select("Rehat");
        vm.titleProperty().set("   ");
        vm.commitTitle();
        assertThat(vm.formErrorProperty().get()).isEqualTo("Judul wajib diisi. Judul lama tetap dipakai.");
        vm.titleProperty().set("Rehat");
        vm.commitTitle();
        assertThat(vm.formErrorProperty().get()).isEmpty();
        assertThat(actions).isEmpty();
    }

    @Test
    void aCommandThatWouldRunPastMidnightIsRefusedAboveTheList() {
        addNamed("Malam budaya", 15);
        vm.startProperty().set("23.40");
        vm.commitStart();
        assertThat(vm.formErrorProperty().get()).isEmpty();
        actions.clear();

        vm.add();
        assertThat(vm.problemProperty().get()).contains("Mata acara baru").contains("24.25").contains("tengah malam");
        assertThat(actions).isEmpty();
        assertThat(rows()).containsExactly("23.40 Malam budaya");
    }

    @Test
    void removingClosesTheGapAndUndoPutsEverythingBack() {
        dayOne();
        select("Pembukaan");
        vm.remove();

        assertThat(rows()).containsExactly("08.00 Registrasi", "08.30 Materi 1", "10.00 Rehat");
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Hapus blok: Pembukaan");
        assertThat(vm.noticeProperty().get()).contains("Pembukaan").contains("Ctrl+Z");
        assertThat(vm.titleProperty().get()).as("the next block is selected").isEqualTo("Materi 1");

        shell.undo();
        assertThat(rows()).containsExactly("08.00 Registrasi", "08.30 Pembukaan", "09.00 Materi 1", "10.30 Rehat");
    }

    @Test
    void moveUpAndDownRetimeTheNeighboursAndKeepTheSelection() {
        dayOne();
        select("Registrasi");
        assertThat(vm.canMoveUpProperty().get()).isFalse();
        assertThat(vm.canMoveDownProperty().get()).isTrue();
        vm.moveDown();

        assertThat(rows()).containsExactly("08.00 Pembukaan", "08.30 Registrasi", "09.00 Materi 1", "10.30 Rehat");
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Pindah urutan: Registrasi");
        assertThat(vm.titleProperty().get()).isEqualTo("Registrasi");
        assertThat(vm.canMoveUpProperty().get()).isTrue();

        vm.moveTo(vm.selectedIdProperty().get(), 3);
        assertThat(rows()).containsExactly("08.00 Pembukaan", "08.30 Materi 1", "10.00 Rehat", "10.15 Registrasi");
        assertThat(vm.canMoveDownProperty().get()).isFalse();
        vm.moveUp();
        assertThat(rows()).containsExactly("08.00 Pembukaan", "08.30 Materi 1", "10.00 Registrasi", "10.30 Rehat");
    }

    @Test
    void aBlockMovedToAnotherDayIsShownThere() {
        dayOne();
        select("Rehat");
        vm.blockDayProperty().set(2);
        vm.commitDay();

        assertThat(vm.dayProperty().get()).isEqualTo(2);
        assertThat(rows()).containsExactly("10.30 Rehat");
        assertThat(vm.titleProperty().get()).isEqualTo("Rehat");
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Pindah ke hari 2: Rehat");
        vm.selectDay(1);
        assertThat(rows()).hasSize(3);
    }

    @Test
    void groupsAreTickedPerDimensionAndOtherGroupsAreKept() {
        addNamed("FGD 1", 90);
        String id = vm.selectedIdProperty().get();
        vm.groupSelectedProperty("GOV").set(true);
        vm.groupSelectedProperty("ECO").set(true);
        vm.commitGroups();
        assertThat(vm.rows().get(0).groups()).isEqualTo("Governance, Economy");
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Ubah kelompok: FGD 1");

        // a Tahap I block for one element, written elsewhere: ticking a dimension keeps it
        shell.apply(Action.of("x", Edit.set(EntityKind.AGENDA_ITEM.code(), id, AgendaItem.F_GROUPS, "STRUKTUR\nGOV")));
        assertThat(vm.groupSelectedProperty("ECO").get()).isFalse();
        vm.groupSelectedProperty("SOC").set(true);
        vm.commitGroups();
        assertThat(vm.rows().get(0).item().groups()).containsExactly("STRUKTUR", "GOV", "SOC");
        assertThat(vm.rows().get(0).groupsLong()).isEqualTo("Struktur, Smart Governance, Smart Society");

        shell.apply(Action.of("x", Edit.set(EntityKind.AGENDA_ITEM.code(), id, AgendaItem.F_GROUPS, "GOV")));
        for (String g : List.of("GOV", "BRD", "ECO", "LIV", "SOC", "ENV")) {
            vm.groupSelectedProperty(g).set(true);
        }
        vm.commitGroups();
        assertThat(vm.rows().get(0).groups()).isEqualTo("6 dimensi");
    }

    @Test
    void kindSpeakerAndOutputAreWrittenOneFieldAtATime() {
        addNamed("Materi 1", 90);
        actions.clear();
        vm.kindProperty().set(Kind.PLENARY);
        vm.commitKind();
        vm.speakerProperty().set(" Lukito Edi Nugroho (UGM) ");
        vm.commitSpeaker();
        vm.expectedOutputProperty().set("Pemahaman enam dimensi");
        vm.commitExpectedOutput();
        vm.commitSpeaker();

        assertThat(actions).extracting(Action::label).containsExactly("Ubah jenis: Materi 1",
                "Ubah narasumber: Materi 1", "Ubah keluaran: Materi 1");
        assertThat(actions).allSatisfy(a -> assertThat(a.edits()).hasSize(1));
        AgendaEditorViewModel.Row row = vm.rows().get(0);
        assertThat(row.kindLabel()).isEqualTo("Pleno");
        assertThat(row.speaker()).isEqualTo("Lukito Edi Nugroho (UGM)");
        assertThat(row.expectedOutput()).isEqualTo("Pemahaman enam dimensi");
    }

    @Test
    void textTypedButNotYetCommittedSurvivesOtherChangesAndIsKeptWhenTheSelectionMoves() {
        dayOne();
        select("Materi 1");
        vm.titleProperty().set("Materi 1: Teori smart city");
        vm.commitDuration(60);
        assertThat(vm.titleProperty().get()).isEqualTo("Materi 1: Teori smart city");
        assertThat(actions).extracting(Action::label).containsExactly("Ubah durasi: Materi 1");

        select("Rehat");
        assertThat(actions).extracting(Action::label).endsWith("Ubah judul: Materi 1: Teori smart city");
        assertThat(rows()).contains("09.00 Materi 1: Teori smart city", "10.00 Rehat");
        assertThat(vm.titleProperty().get()).isEqualTo("Rehat");
    }

    @Test
    void templatesGetEveryBlockAndTheCommandIsOffWithoutAPlaceToSaveThem() {
        dayOne();
        select("Rehat");
        vm.blockDayProperty().set(2);
        vm.commitDay();
        vm.saveAsTemplate();
        assertThat(templates).hasSize(1);
        assertThat(templates.get(0)).extracting(AgendaItem::title)
                .containsExactly("Registrasi", "Pembukaan", "Materi 1", "Rehat");
        assertThat(vm.canSaveAsTemplateProperty().get()).isTrue();

        AgendaEditorViewModel without = new AgendaEditorViewModel(shell, null);
        assertThat(without.canSaveAsTemplateProperty().get()).isFalse();
        without.saveAsTemplate(); // nothing to call, nothing fails
        assertThat(without.rows()).hasSize(3);
    }

    @Test
    void anItemThatIsNoValidBlockIsReportedAndTheRestStillShows() {
        dayOne();
        shell.apply(Action.of("x", Edit.set(EntityKind.AGENDA_ITEM.code(), "broken", AgendaItem.F_DURATION, "999")));
        assertThat(vm.unreadableProperty().get()).startsWith("1 mata acara tidak terbaca");
        assertThat(rows()).hasSize(4);
    }

    @Test
    void switchingDaysKeepsWhatWasTypedAndShowsTheOtherDay() {
        dayOne();
        select("Rehat");
        vm.speakerProperty().set("Panitia");
        vm.selectDay(2);
        assertThat(actions).extracting(Action::label).containsExactly("Ubah narasumber: Rehat");
        assertThat(vm.dayProperty().get()).isEqualTo(2);
        assertThat(rows()).isEmpty();
        assertThat(vm.hasSelectionProperty().get()).isFalse();
        vm.add();
        assertThat(rows()).containsExactly("08.00 Mata acara baru");
        assertThat(vm.blockDayProperty().get()).isEqualTo(2);
    }

    @Test
    void timingChangesAskedForWhileOneIsBeingWrittenWaitTheirTurn() {
        ManualExecutor disk = new ManualExecutor();
        ShellViewModel slow = new ShellViewModel(new LibrarySessionService(new SessionLibrary(home.resolve("slow"),
                Duration.ofMinutes(10), clock), Optional.empty()), disk, dialogs, clock);
        try {
            slow.newSession();
            slow.formProperty().get().regionProperty().set("Kota Palu");
            slow.submitForm();
            disk.runAll();
            slow.undo();
            disk.runAll();
            AgendaEditorViewModel editor = new AgendaEditorViewModel(slow, null);
            for (String t : List.of("A", "B", "C")) {
                editor.add();
                disk.runAll();
                editor.titleProperty().set(t);
                editor.commitTitle();
                disk.runAll();
            }
            editor.select(editor.rows().get(0).id());

            // Alt+↓ twice and Insert, faster than the disk
            editor.moveDown();
            editor.moveDown();
            editor.add();
            assertThat(disk.pending()).as("one action at a time").isEqualTo(1);
            disk.runAll();

            assertThat(editor.rows()).extracting(r -> r.start() + " " + r.title())
                    .containsExactly("08.00 B", "08.30 C", "09.00 A", "09.30 Mata acara baru");
            assertThat(dialogs.errors).isEmpty();
        } finally {
            slow.close();
            disk.runAll();
        }
    }

    @Test
    void anotherLanguageAfterRefresh() {
        dayOne();
        Messages.setLocale(Locale.ENGLISH);
        vm.refresh();
        assertThat(vm.days()).extracting(AgendaEditorViewModel.DayOption::label).first().asString()
                .startsWith("Day 1 · ").contains("2022");
        assertThat(vm.totalProperty().get()).isEqualTo("08:00–10:45 · 2 h 45 min · 4 blocks");
        assertThat(vm.rows().get(0).kindLabel()).isEqualTo("Talk");
    }
}

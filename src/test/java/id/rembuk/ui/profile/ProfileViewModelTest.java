package id.rembuk.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.IndicatorTarget;
import id.rembuk.domain.MonthStep;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.PlanSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profiles on a real session file: every write goes through the shell, and Ctrl+Z undoes it. */
class ProfileViewModelTest {
    @TempDir
    Path home;

    private PlanSession session;
    private final List<Action> applied = new ArrayList<>();
    private ProfileViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new PlanSession(home);
        session.scoreAll();
        choose(PlanSession.GOV_ANTREAN, "Antrean di MPP dikeluhkan warga");
        choose(PlanSession.LIV_PUSKESMAS, "");
        vm = new ProfileViewModel(session.shell.stateProperty(), a -> {
            applied.add(a);
            session.shell.apply(a);
        });
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(session.board.dialogs.errors).isEmpty();
    }

    /** What the quick-win grid does when the room chooses a programme. */
    static void choose(PlanSession session, String programmeId, String reason) {
        Portfolio.Entry e = Portfolio.of(session.shell.stateProperty().get()).find(programmeId).orElseThrow();
        QuickWin q = QuickWin.fromProgramme(e.programme(), e.position().orElseThrow(), reason);
        session.shell.apply(new Action("Pilih quick win", q.toEdits()));
    }

    private void choose(String programmeId, String reason) {
        choose(session, programmeId, reason);
    }

    private EntityState stored(String programmeId) {
        return session.shell.stateProperty().get().live(EntityKind.QUICK_WIN.code())
                .filter(e -> e.key().id().equals(QuickWin.idFor(programmeId))).findFirst().orElseThrow();
    }

    private QuickWin quickWin(String programmeId) {
        return QuickWin.from(stored(programmeId));
    }

    private void type(ProfileField f, String text) {
        vm.editingProperty().set(f);
        vm.draft(f).set(text);
    }

    @Test
    void theChosenQuickWinsAreListedWithTheirProgrammesRefAndHowMuchOfTheProfileIsFilled() {
        assertThat(vm.items()).extracting(ProfileViewModel.Item::ref).containsExactly("GOV-1", "LIV-1");
        assertThat(vm.items()).extracting(i -> i.quickWin().name())
                .containsExactly("Antrean online Mal Pelayanan Publik", "Antrean online Puskesmas");
        // copied from the programme: description (its activities), lead OPD, partners, budget
        assertThat(vm.items().get(0).filled()).isEqualTo(4);
        assertThat(vm.items().get(0).total()).isEqualTo(14);
        assertThat(vm.selectedIdProperty().get()).isEqualTo(QuickWin.idFor(PlanSession.GOV_ANTREAN));
        assertThat(vm.draft(ProfileField.LEAD_OPD).get()).isEqualTo("DPMPTSP");
        assertThat(vm.draft(ProfileField.BUDGET).get()).isEqualTo("Rp 350.000.000");
        assertThat(vm.draft(ProfileField.REASON).get()).isEqualTo("Antrean di MPP dikeluhkan warga");
    }

    @Test
    void leavingAFieldWritesOnlyThatFieldAsOneActionAndUndoTakesItBack() {
        type(ProfileField.PROBLEM, "Warga antre sejak subuh untuk KTP");
        assertThat(vm.commit(ProfileField.PROBLEM)).isTrue();

        assertThat(applied).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("Ubah Permasalahan: Antrean online Mal Pelayanan Publik");
            assertThat(a.edits()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo(QuickWin.F_PROBLEM);
                assertThat(e.value()).isEqualTo("Warga antre sejak subuh untuk KTP");
            });
        });
        assertThat(quickWin(PlanSession.GOV_ANTREAN).problem()).isEqualTo("Warga antre sejak subuh untuk KTP");
        assertThat(vm.items().get(0).filled()).isEqualTo(5);

        // leaving it again unchanged writes nothing
        assertThat(vm.commit(ProfileField.PROBLEM)).isTrue();
        assertThat(applied).hasSize(1);

        session.shell.undo();
        assertThat(quickWin(PlanSession.GOV_ANTREAN).problem()).isEmpty();
        assertThat(vm.draft(ProfileField.PROBLEM).get()).isEmpty();
    }

    @Test
    void aBudgetIsTypedTheWayPeopleSayItAndBadInputIsRefusedWithAMessage() {
        type(ProfileField.BUDGET, "1,25 M");
        assertThat(vm.commit(ProfileField.BUDGET)).isTrue();
        assertThat(quickWin(PlanSession.GOV_ANTREAN).budget()).isEqualTo(1_250_000_000L);
        assertThat(applied.get(0).edits()).singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualTo("1250000000"));
        assertThat(vm.draft(ProfileField.BUDGET).get()).isEqualTo("Rp 1.250.000.000");

        type(ProfileField.BUDGET, "Rp 1,2,3");
        assertThat(vm.commit(ProfileField.BUDGET)).isFalse();
        assertThat(vm.hintProperty().get()).startsWith("Jumlah rupiah tidak dikenali: Rp 1,2,3.");
        assertThat(applied).hasSize(1);
        assertThat(quickWin(PlanSession.GOV_ANTREAN).budget()).isEqualTo(1_250_000_000L);
        assertThat(vm.draft(ProfileField.BUDGET).get()).as("kept to be mended").isEqualTo("Rp 1,2,3");
        assertThat(vm.refusedProperty().get()).isEqualTo(ProfileField.BUDGET);

        vm.revert(ProfileField.BUDGET);
        assertThat(vm.draft(ProfileField.BUDGET).get()).isEqualTo("Rp 1.250.000.000");
        assertThat(vm.hintProperty().get()).isEmpty();
        assertThat(vm.refusedProperty().get()).isNull();
    }

    @Test
    void anEmptyNameAndADurationOverAYearAreRefused() {
        type(ProfileField.NAME, "  ");
        assertThat(vm.commit(ProfileField.NAME)).isFalse();
        assertThat(vm.hintProperty().get()).isEqualTo("Nama quick win wajib diisi.");
        type(ProfileField.DURATION, "13");
        assertThat(vm.commit(ProfileField.DURATION)).isFalse();
        assertThat(applied).isEmpty();
        type(ProfileField.DURATION, "4");
        assertThat(vm.commit(ProfileField.DURATION)).isTrue();
        assertThat(quickWin(PlanSession.GOV_ANTREAN).durationMonths()).isEqualTo(4);
    }

    @Test
    void anotherDimensionDropsASubDimensionThatNoLongerFitsInTheSameAction() {
        assertThat(vm.draft(ProfileField.SUB_DIMENSION).get()).isEqualTo("GOV_LAYANAN");
        type(ProfileField.DIMENSION, "LIV");
        assertThat(vm.commit(ProfileField.DIMENSION)).isTrue();
        assertThat(applied).singleElement().satisfies(a -> assertThat(a.edits()).extracting(Edit::field)
                .containsExactlyInAnyOrder(QuickWin.F_DIMENSION, QuickWin.F_SUB_DIMENSION));
        assertThat(quickWin(PlanSession.GOV_ANTREAN).subDimension()).isEmpty();
        session.shell.undo();
        assertThat(quickWin(PlanSession.GOV_ANTREAN).subDimension()).isPresent();
    }

    @Test
    void scheduleRowsAreStoredAsLinesAndReadBackAsRows() {
        ProfileField f = ProfileField.SCHEDULE;
        vm.editingProperty().set(f);
        Row first = vm.insertRow(f, -1);
        first.cell(0).set("1");
        first.cell(1).set("2");
        first.cell(2).set("Sosialisasi ke kecamatan");
        Row second = vm.insertRow(f, 0);
        second.cell(0).set("3");
        second.cell(2).set("Uji coba di MPP");
        vm.insertRow(f, 1); // left empty: not written
        assertThat(vm.commit(f)).isTrue();

        assertThat(applied).singleElement().satisfies(a -> assertThat(a.edits()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(QuickWin.F_SCHEDULE);
            assertThat(e.value()).isEqualTo("1-2: Sosialisasi ke kecamatan\n3: Uji coba di MPP");
        }));
        assertThat(quickWin(PlanSession.GOV_ANTREAN).steps()).containsExactly(
                new MonthStep(1, 2, "Sosialisasi ke kecamatan"), new MonthStep(3, 3, "Uji coba di MPP"));

        // left: the rows are read again from the session, the empty one gone
        vm.editingProperty().set(null);
        session.shell.apply(Action.of("elsewhere", Edit.set(EntityKind.QUICK_WIN.code(),
                QuickWin.idFor(PlanSession.GOV_ANTREAN), QuickWin.F_LOCATION, "MPP Luwuk")));
        assertThat(vm.rows(f)).extracting(Row::values).containsExactly(
                List.of("1", "2", "Sosialisasi ke kecamatan"), List.of("3", "3", "Uji coba di MPP"));

        vm.removeRow(f, 0);
        assertThat(quickWin(PlanSession.GOV_ANTREAN).schedule()).containsExactly("3: Uji coba di MPP");
        session.shell.undo();
        assertThat(vm.rows(f)).hasSize(2);
    }

    @Test
    void aMonthOutOfRangeRefusesTheScheduleWithTheRowNumber() {
        ProfileField f = ProfileField.SCHEDULE;
        Row r = vm.insertRow(f, -1);
        r.cell(0).set("5");
        r.cell(1).set("3");
        r.cell(2).set("Mundur");
        assertThat(vm.commit(f)).isFalse();
        assertThat(vm.hintProperty().get()).startsWith("Baris 1:");
        r.cell(1).set("14");
        assertThat(vm.commit(f)).isFalse();
        assertThat(applied).isEmpty();
    }

    @Test
    void indicatorRowsKeepBaselineAndTarget() {
        ProfileField f = ProfileField.INDICATORS;
        Row r = vm.insertRow(f, -1);
        r.cell(0).set("Waktu tunggu layanan");
        r.cell(1).set("3 jam");
        r.cell(2).set("30 menit");
        Row name = vm.insertRow(f, 0);
        name.cell(0).set("Kepuasan warga");
        assertThat(vm.commit(f)).isTrue();

        assertThat(stored(PlanSession.GOV_ANTREAN).get(QuickWin.F_INDICATORS))
                .contains("Waktu tunggu layanan | 3 jam | 30 menit\nKepuasan warga");
        assertThat(quickWin(PlanSession.GOV_ANTREAN).targets()).containsExactly(
                new IndicatorTarget("Waktu tunggu layanan", "3 jam", "30 menit"),
                new IndicatorTarget("Kepuasan warga", "", ""));
        assertThat(vm.rows(f)).extracting(Row::values).containsExactly(
                List.of("Waktu tunggu layanan", "3 jam", "30 menit"), List.of("Kepuasan warga", "", ""));
    }

    @Test
    void aFieldChangedOnAnotherLaptopFollowsButTheFieldBeingTypedInKeepsItsText() {
        type(ProfileField.GOAL, "Antrean tanpa datang pagi");
        // another laptop writes the goal and the location of the same quick win
        session.shell.apply(new Action("elsewhere", List.of(
                Edit.set(EntityKind.QUICK_WIN.code(), QuickWin.idFor(PlanSession.GOV_ANTREAN), QuickWin.F_GOAL,
                        "Tujuan dari laptop lain"),
                Edit.set(EntityKind.QUICK_WIN.code(), QuickWin.idFor(PlanSession.GOV_ANTREAN), QuickWin.F_LOCATION,
                        "MPP Luwuk"))));

        assertThat(vm.draft(ProfileField.LOCATION).get()).isEqualTo("MPP Luwuk");
        assertThat(vm.draft(ProfileField.GOAL).get()).isEqualTo("Antrean tanpa datang pagi");

        // a field focused but not typed in simply follows
        vm.editingProperty().set(ProfileField.OUTPUT);
        session.shell.apply(Action.of("elsewhere", Edit.set(EntityKind.QUICK_WIN.code(),
                QuickWin.idFor(PlanSession.GOV_ANTREAN), QuickWin.F_OUTPUT, "Aplikasi antrean")));
        assertThat(vm.draft(ProfileField.OUTPUT).get()).isEqualTo("Aplikasi antrean");
    }

    @Test
    void movingToTheNextQuickWinSavesWhatWasTypedFirst() {
        type(ProfileField.LOCATION, "MPP Luwuk");
        assertThat(vm.step(1)).isTrue();
        assertThat(vm.selectedIdProperty().get()).isEqualTo(QuickWin.idFor(PlanSession.LIV_PUSKESMAS));
        assertThat(quickWin(PlanSession.GOV_ANTREAN).location()).isEqualTo("MPP Luwuk");
        assertThat(vm.draft(ProfileField.LOCATION).get()).isEmpty();
        assertThat(vm.draft(ProfileField.LEAD_OPD).get()).isEqualTo("Dinas Kesehatan");
        assertThat(vm.step(1)).as("the last one").isFalse();
        assertThat(vm.step(-1)).isTrue();
        assertThat(vm.draft(ProfileField.LOCATION).get()).isEqualTo("MPP Luwuk");
    }

    @Test
    void aQuickWinProposedDirectlyComesAfterTheChosenOnesAndCanBeDeleted() {
        assertThat(vm.propose("  ", Dimension.ENV)).isFalse();
        assertThat(vm.hintProperty().get()).isEqualTo("Nama quick win wajib diisi.");
        assertThat(vm.propose("Bank sampah digital", Dimension.ENV)).isTrue();

        assertThat(vm.items()).hasSize(3);
        ProfileViewModel.Item direct = vm.items().get(2);
        assertThat(direct.ref()).isEmpty();
        assertThat(direct.quickWin().programmeId()).isEmpty();
        assertThat(direct.quickWin().dimension()).isEqualTo(Dimension.ENV);
        assertThat(vm.selectedIdProperty().get()).isEqualTo(direct.id());
        assertThat(applied).singleElement()
                .satisfies(a -> assertThat(a.label()).isEqualTo("Usulkan quick win: Bank sampah digital"));

        vm.selectedIdProperty().set(vm.items().get(0).id());
        assertThat(vm.deleteSelected()).as("one from a programme is unchosen on the grid").isFalse();
        assertThat(vm.hintProperty().get()).contains("GOV-1", "kisi quick win");
        vm.selectedIdProperty().set(direct.id());
        assertThat(vm.deleteSelected()).isTrue();
        assertThat(vm.items()).hasSize(2);
        session.shell.undo();
        assertThat(vm.items()).hasSize(3);
    }

    @Test
    void theActionsAreNamedInEnglishToo() {
        Messages.setLocale(Locale.ENGLISH);
        try {
            type(ProfileField.RISKS, "Jaringan lemah");
            vm.commit(ProfileField.RISKS);
            assertThat(applied.get(0).label()).isEqualTo("Edit Risks: Antrean online Mal Pelayanan Publik");
        } finally {
            Messages.setLocale(Messages.INDONESIAN);
        }
    }
}

package id.rembuk.ui.quickwin;

import static id.rembuk.ui.PlanSession.ECO_PASAR;
import static id.rembuk.ui.PlanSession.ECO_UMKM;
import static id.rembuk.ui.PlanSession.GOV_ANTREAN;
import static id.rembuk.ui.PlanSession.GOV_CSIRT;
import static id.rembuk.ui.PlanSession.GOV_SATU_DATA;
import static id.rembuk.ui.PlanSession.LIV_PUSKESMAS;
import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.GridNudge;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.QuickWinGrid.Quadrant;
import id.rembuk.domain.QuickWinRules;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.PlanSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick-win grid on a real Tahap III session, without a toolkit: every write goes through the shell. */
class QuickWinViewModelTest {
    @TempDir
    Path home;

    private PlanSession session;
    private final List<Action> applied = new ArrayList<>();
    private QuickWinViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new PlanSession(home);
        vm = new QuickWinViewModel(session.shell.stateProperty(), a -> {
            applied.add(a);
            session.shell.apply(a);
        });
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(session.board.dialogs.errors).isEmpty();
    }

    private Bubble bubble(String id) {
        return vm.bubbles().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    private Portfolio.Entry entry(String id) {
        return vm.portfolioProperty().get().find(id).orElseThrow();
    }

    private List<GridNudge> nudges() {
        return Records.read(session.shell.stateProperty().get(), EntityKind.GRID_NUDGE, GridNudge::from).records();
    }

    private List<QuickWin> quickWins() {
        return Records.read(session.shell.stateProperty().get(), EntityKind.QUICK_WIN, QuickWin::from).records();
    }

    @Test
    void beforeScoringEveryProgrammeIsListedAsUnscoredAndNothingIsOnTheGrid() {
        assertThat(vm.bubbles()).isEmpty();
        assertThat(vm.unplaced()).extracting(Portfolio.Entry::ref)
                .containsExactly("GOV-1", "GOV-2", "GOV-3", "ECO-1", "ECO-2", "LIV-1");
        assertThat(vm.summaryProperty().get()).isEqualTo("6 program · 0 di kisi · 0 quick win dipilih");
    }

    @Test
    void afterScoringTheBubblesSitWhereTheScoresPutThemInAllFourQuadrants() {
        session.scoreAll();

        assertThat(vm.bubbles()).extracting(Bubble::ref).containsExactly("GOV-1", "GOV-2", "GOV-3", "ECO-1", "LIV-1");
        assertThat(bubble(GOV_ANTREAN).quadrant()).isEqualTo(Quadrant.QUICK_WIN);
        assertThat(bubble(GOV_ANTREAN).impact()).isEqualTo(5.0);
        assertThat(bubble(GOV_ANTREAN).effort()).isEqualTo(2.0);
        assertThat(bubble(GOV_SATU_DATA).quadrant()).isEqualTo(Quadrant.MAJOR_PROJECT);
        assertThat(bubble(GOV_CSIRT).quadrant()).isEqualTo(Quadrant.THANKLESS);
        assertThat(bubble(ECO_PASAR).quadrant()).isEqualTo(Quadrant.FILL_IN);
        assertThat(bubble(LIV_PUSKESMAS).quadrant()).isEqualTo(Quadrant.QUICK_WIN);
        assertThat(bubble(GOV_SATU_DATA).budget()).isEqualTo(2_400_000_000L);
        assertThat(vm.unplaced()).extracting(Portfolio.Entry::id).containsExactly(ECO_UMKM);
        // the side list reads quadrant by quadrant, the unscored last
        assertThat(vm.byQuadrant()).extracting(Portfolio.Entry::ref)
                .containsExactly("GOV-1", "LIV-1", "GOV-2", "ECO-1", "GOV-3", "ECO-2");
    }

    @Test
    void programmesBreakingTheRulesAreFlaggedWithTheirReasons() {
        session.scoreAll();

        assertThat(bubble(GOV_CSIRT).flagged()).isTrue();
        assertThat(entry(GOV_CSIRT).broken()).containsExactly(QuickWinRules.Rule.TOO_LONG, QuickWinRules.Rule.NO_LEAD,
                QuickWinRules.Rule.NEW_SERVICE);
        assertThat(QuickWinViewModel.rules(entry(GOV_CSIRT).broken())).isEqualTo(
                "Tidak selesai dalam 12 bulan; Belum ada OPD penanggung jawab; Bukan penajaman layanan yang sudah ada");
        assertThat(bubble(GOV_ANTREAN).flagged()).isFalse();
        assertThat(bubble(GOV_SATU_DATA).flagged()).isTrue();
    }

    @Test
    void aNudgeIsNotWrittenWithoutItsNoteAndCancellingWritesNothing() {
        session.scoreAll();
        applied.clear();

        assertThat(vm.proposeNudge(GOV_SATU_DATA, 4.04, 2.46)).isTrue();
        assertThat(vm.promptProperty().get().impact()).isEqualTo(4.0);
        assertThat(vm.promptProperty().get().effort()).isEqualTo(2.5);
        vm.draftProperty().set("   ");
        assertThat(vm.confirm()).isFalse();
        assertThat(vm.draftHintProperty().get()).isEqualTo("Tulis catatan mengapa program ini digeser.");
        assertThat(applied).isEmpty();

        vm.cancelPrompt();
        assertThat(vm.promptProperty().get()).isNull();
        assertThat(applied).isEmpty();
        assertThat(nudges()).isEmpty();
        assertThat(bubble(GOV_SATU_DATA).quadrant()).isEqualTo(Quadrant.MAJOR_PROJECT);
    }

    @Test
    void aNudgeWithItsNoteMovesTheBubbleAndResetReturnsItToTheScoresAndBothUndo() {
        session.scoreAll();
        applied.clear();

        vm.select(GOV_SATU_DATA);
        // two steps to the left with the keyboard: the second moves the place being written
        assertThat(vm.moveSelected(0, -QuickWinViewModel.STEP)).isTrue();
        assertThat(vm.moveSelected(0, -QuickWinViewModel.STEP)).isTrue();
        vm.draftProperty().set("Diskominfo sudah punya aplikasinya, tinggal integrasi");
        assertThat(vm.confirm()).isTrue();

        assertThat(applied).singleElement().satisfies(a -> assertThat(a.label()).isEqualTo("Geser GOV-2 di kisi"));
        assertThat(nudges()).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(GridNudge.idFor(GOV_SATU_DATA));
            assertThat(n.impactValue()).isEqualTo(5.0);
            assertThat(n.effortValue()).isEqualTo(3.0);
            assertThat(n.note()).isEqualTo("Diskominfo sudah punya aplikasinya, tinggal integrasi");
        });
        Bubble moved = bubble(GOV_SATU_DATA);
        assertThat(vm.describe(moved)).contains("GOV-2 · Satu Data Banggai",
                "Digeser manual: Diskominfo sudah punya aplikasinya, tinggal integrasi", "Melanggar syarat: ");
        assertThat(moved.quadrant()).as("the midline counts as low effort").isEqualTo(Quadrant.QUICK_WIN);
        assertThat(moved.nudged()).isTrue();
        assertThat(moved.note()).contains("Diskominfo sudah punya aplikasinya, tinggal integrasi");
        assertThat(moved.scored()).hasValueSatisfying(p -> assertThat(p.effort()).isEqualTo(4.0));

        // a second nudge writes only what changed
        vm.proposeNudge(GOV_SATU_DATA, 5, 2);
        assertThat(vm.draftProperty().get()).as("the earlier note is offered again")
                .isEqualTo("Diskominfo sudah punya aplikasinya, tinggal integrasi");
        assertThat(vm.confirm()).isTrue();
        assertThat(applied.get(1).edits()).extracting(Edit::field).containsExactly(GridNudge.F_EFFORT);

        assertThat(vm.resetNudge(GOV_SATU_DATA)).isTrue();
        assertThat(applied.get(2).label()).isEqualTo("Kembalikan GOV-2 ke posisi skor");
        assertThat(nudges()).isEmpty();
        assertThat(bubble(GOV_SATU_DATA).quadrant()).isEqualTo(Quadrant.MAJOR_PROJECT);
        assertThat(bubble(GOV_SATU_DATA).nudged()).isFalse();
        assertThat(vm.resetNudge(GOV_SATU_DATA)).isFalse();

        session.shell.undo();
        assertThat(bubble(GOV_SATU_DATA).effort()).isEqualTo(2.0);
        assertThat(bubble(GOV_SATU_DATA).note()).isPresent();
        session.shell.undo();
        session.shell.undo();
        assertThat(nudges()).isEmpty();
        assertThat(bubble(GOV_SATU_DATA).effort()).isEqualTo(4.0);
    }

    @Test
    void aNudgeStaysOnTheScale() {
        session.scoreAll();
        vm.select(GOV_ANTREAN);
        vm.moveSelected(QuickWinViewModel.STEP, 0);
        assertThat(vm.promptProperty().get().impact()).isEqualTo(5.0);
        vm.proposeNudge(GOV_ANTREAN, 0.2, 7);
        assertThat(vm.promptProperty().get().impact()).isEqualTo(1.0);
        assertThat(vm.promptProperty().get().effort()).isEqualTo(5.0);
    }

    @Test
    void choosingWithAReasonWritesTheQuickWinUnderTheProgrammesIdAndTheTallyFollows() {
        session.scoreAll();
        applied.clear();

        assertThat(vm.startChoose(GOV_ANTREAN)).isTrue();
        assertThat(vm.promptProperty().get().warning()).isEmpty();
        assertThat(vm.confirm()).as("the reason is required").isFalse();
        assertThat(vm.draftHintProperty().get()).isEqualTo("Tulis alasan memilih program ini sebagai quick win.");
        vm.draftProperty().set("Warga antre berjam-jam; aplikasi MPP sudah ada");
        assertThat(vm.confirm()).isTrue();

        assertThat(applied).singleElement().satisfies(a ->
                assertThat(a.label()).isEqualTo("Pilih GOV-1 sebagai quick win"));
        assertThat(quickWins()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo(QuickWin.idFor(GOV_ANTREAN));
            assertThat(q.programmeId()).isEqualTo(GOV_ANTREAN);
            assertThat(q.name()).isEqualTo("Antrean online Mal Pelayanan Publik");
            assertThat(q.reason()).isEqualTo("Warga antre berjam-jam; aplikasi MPP sudah ada");
            assertThat(q.impact()).isEqualTo(5);
            assertThat(q.effort()).isEqualTo(2);
            assertThat(q.leadOpd()).isEqualTo("DPMPTSP");
        });
        assertThat(bubble(GOV_ANTREAN).chosen()).isTrue();
        assertThat(vm.startChoose(GOV_ANTREAN)).as("chosen already").isFalse();
        assertThat(vm.tally()).filteredOn(t -> t.dimension() == Dimension.GOV).singleElement()
                .satisfies(t -> assertThat(t.chosen()).isEqualTo(1));
        assertThat(vm.tallyTextProperty().get()).isEqualTo("Belum ada quick win: BRD, ECO, LIV, SOC, ENV");
    }

    @Test
    void aMoveKeyWhileAReasonIsWrittenKeepsTheReason() {
        session.scoreAll();
        vm.startChoose(GOV_ANTREAN);
        vm.draftProperty().set("Warga antre");
        assertThat(vm.moveSelected(QuickWinViewModel.STEP, 0)).isFalse();
        assertThat(vm.promptProperty().get().kind()).isEqualTo(QuickWinViewModel.PromptKind.CHOOSE);
        assertThat(vm.draftProperty().get()).isEqualTo("Warga antre");
    }

    @Test
    void choosingAProgrammeThatBreaksTheRulesIsAllowedButThePromptSaysWhichRules() {
        session.scoreAll();
        vm.startChoose(GOV_CSIRT);
        assertThat(vm.promptProperty().get().warning()).contains("Belum ada OPD penanggung jawab");
        vm.draftProperty().set("Bupati minta CSIRT tahun ini; OPD ditunjuk minggu depan");
        assertThat(vm.confirm()).isTrue();
        assertThat(entry(GOV_CSIRT).chosen()).isTrue();
    }

    @Test
    void anUnscoredProgrammeCannotBeChosenAndTheHintSaysWhy() {
        session.scoreAll();
        assertThat(vm.startChoose(ECO_UMKM)).isFalse();
        assertThat(vm.promptProperty().get()).isNull();
        assertThat(vm.hintProperty().get()).startsWith("ECO-2 belum dinilai");
    }

    @Test
    void unchoosingDeletesTheQuickWinAndUndoBringsItBackWithItsReason() {
        session.scoreAll();
        vm.startChoose(LIV_PUSKESMAS);
        vm.draftProperty().set("Pendaftaran Puskesmas sudah berjalan");
        vm.confirm();
        applied.clear();

        assertThat(vm.startUnchoose(LIV_PUSKESMAS)).isTrue();
        assertThat(vm.promptProperty().get()).as("nothing was written in the profile: no question").isNull();
        assertThat(applied).singleElement().satisfies(a -> assertThat(a.label()).isEqualTo("Batalkan quick win LIV-1"));
        assertThat(quickWins()).isEmpty();
        assertThat(bubble(LIV_PUSKESMAS).chosen()).isFalse();

        session.shell.undo();
        assertThat(quickWins()).singleElement().satisfies(q ->
                assertThat(q.reason()).isEqualTo("Pendaftaran Puskesmas sudah berjalan"));
        assertThat(bubble(LIV_PUSKESMAS).chosen()).isTrue();
    }

    @Test
    void unchoosingAQuickWinWhoseProfileWasWrittenAsksFirst() {
        session.scoreAll();
        vm.startChoose(LIV_PUSKESMAS);
        vm.draftProperty().set("Pendaftaran Puskesmas sudah berjalan");
        vm.confirm();
        session.shell.apply(Action.of("Tulis profil", Edit.set(EntityKind.QUICK_WIN.code(),
                QuickWin.idFor(LIV_PUSKESMAS), QuickWin.F_PROBLEM, "Antrean pagi di Puskesmas")));
        applied.clear();

        assertThat(vm.startUnchoose(LIV_PUSKESMAS)).isTrue();
        assertThat(vm.promptProperty().get().kind()).isEqualTo(QuickWinViewModel.PromptKind.UNCHOOSE);
        assertThat(vm.promptProperty().get().warning()).contains("ikut terhapus");
        vm.cancelPrompt();
        assertThat(applied).isEmpty();
        assertThat(quickWins()).hasSize(1);

        vm.startUnchoose(LIV_PUSKESMAS);
        assertThat(vm.confirm()).isTrue();
        assertThat(quickWins()).isEmpty();
        session.shell.undo();
        assertThat(quickWins()).singleElement().satisfies(q ->
                assertThat(q.problem()).isEqualTo("Antrean pagi di Puskesmas"));
    }

    @Test
    void aWriteElsewhereInTheSessionLeavesTheGridAloneAndAScoreMovesIt() {
        session.scoreAll();
        Portfolio before = vm.portfolioProperty().get();
        int[] changes = {0};
        vm.bubbles().addListener((javafx.collections.ListChangeListener<Bubble>) c -> changes[0]++);

        session.shell.apply(new Action("Kartu baru", new id.rembuk.domain.SwotItem(id.rembuk.domain.Ids.random(),
                Optional.of(Dimension.GOV), Optional.empty(), id.rembuk.domain.SwotItem.Quadrant.S,
                "Kartu lain", "GOV", "", 99).toEdits()));
        assertThat(vm.portfolioProperty().get()).isSameAs(before);
        assertThat(changes[0]).isZero();

        session.shell.apply(new Action("Nilai ulang", id.rembuk.domain.Score.of(ECO_PASAR,
                id.rembuk.domain.Criterion.IMPACT, "GOV", 5).toEdits()));
        assertThat(vm.portfolioProperty().get()).isNotSameAs(before);
        assertThat(changes[0]).isEqualTo(1);
        assertThat(bubble(ECO_PASAR).impact()).isGreaterThan(2.0);
    }

    @Test
    void selectingAnotherProgrammeDropsTheOpenPrompt() {
        session.scoreAll();
        vm.proposeNudge(GOV_ANTREAN, 4, 3);
        vm.select(ECO_PASAR);
        assertThat(vm.promptProperty().get()).isNull();
        assertThat(vm.selectedEntryProperty().get().id()).isEqualTo(ECO_PASAR);
        assertThat(vm.scoreText(entry(ECO_PASAR))).startsWith("Skor ").contains("2 penilai");
        assertThat(vm.placeText(entry(ECO_PASAR))).isEqualTo(
                "Dampak 2,0 · upaya 1,0 → Pelengkap (dampak rendah, upaya rendah)");
        assertThat(nudges()).isEmpty();
        assertThat(Optional.ofNullable(vm.selectedProperty().get())).contains(ECO_PASAR);
    }
}

package id.rembuk.ui.scoring;

import static id.rembuk.ui.PlanSession.ECO_PASAR;
import static id.rembuk.ui.PlanSession.ECO_UMKM;
import static id.rembuk.ui.PlanSession.GOV_ANTREAN;
import static id.rembuk.ui.PlanSession.GOV_CSIRT;
import static id.rembuk.ui.PlanSession.GOV_SATU_DATA;
import static id.rembuk.ui.PlanSession.LIV_PUSKESMAS;
import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Criterion;
import id.rembuk.domain.CriterionWeight;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Ids;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Records;
import id.rembuk.domain.Score;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.PlanSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Scoring on a real Tahap III session with six programmes, without a toolkit: every write goes through the shell. */
class ScoringViewModelTest {
    @TempDir
    Path home;

    private PlanSession session;
    private final List<Action> applied = new ArrayList<>();
    private ScoringViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new PlanSession(home);
        vm = model(null);
    }

    private ScoringViewModel model(String fixedScorer) {
        return new ScoringViewModel(session.shell.stateProperty(), a -> {
            applied.add(a);
            session.shell.apply(a);
        }, fixedScorer);
    }

    @AfterEach
    void tearDown() {
        Messages.setLocale(Messages.INDONESIAN);
        session.close();
        assertThat(session.board.dialogs.errors).isEmpty();
    }

    private SessionState state() {
        return session.shell.stateProperty().get();
    }

    private List<Score> scores() {
        return Records.read(state(), EntityKind.SCORE, Score::from).records();
    }

    private ScoringRow row(String programmeId) {
        return vm.rows().stream().filter(r -> r.programmeId().equals(programmeId)).findFirst().orElseThrow();
    }

    @Test
    void theSheetListsEveryProgrammeWithNothingScoredAndNoScorerChosen() {
        assertThat(vm.rows()).extracting(ScoringRow::ref)
                .containsExactly("GOV-1", "GOV-2", "GOV-3", "ECO-1", "ECO-2", "LIV-1");
        assertThat(vm.rows()).allSatisfy(r -> {
            assertThat(r.own()).isEmpty();
            assertThat(r.scored()).isFalse();
            assertThat(r.score()).isEmpty();
            assertThat(r.rank()).isZero();
        });
        assertThat(vm.columns()).containsExactly(Criterion.values());
        assertThat(vm.scorerProperty().get()).isNull();
        assertThat(vm.setScore(GOV_ANTREAN, Criterion.IMPACT, 4)).isFalse();
        assertThat(vm.hintProperty().get()).isEqualTo("Pilih dulu siapa yang menilai sebelum memberi nilai.");
        assertThat(applied).isEmpty();
    }

    @Test
    void theScorersAreTheGroupsByCodeThenTheParticipantsByName() {
        session.shell.apply(new Action("peserta", new Participant(Ids.derived("p", "sari"), "Sari Lestari", "", "",
                "Bappeda", Participant.Unsur.OPD, "ECO", "", "").toEdits()));
        assertThat(vm.scorers()).extracting(Scorer::text)
                .containsExactly("GOV", "BRD", "ECO", "LIV", "SOC", "ENV", "Sari Lestari");
        assertThat(vm.scorers().get(0).label()).isEqualTo("Kelompok GOV · Smart Governance");
        assertThat(vm.scorers().get(6).label()).isEqualTo("Sari Lestari · kelompok ECO");
    }

    @Test
    void someoneWhoScoredUnderAnotherNameCanBeChosenToSeeAndAmendTheirScores() {
        session.shell.apply(new Action("nilai", Score.of(ECO_UMKM, Criterion.IMPACT, "Tim Bappeda", 4).toEdits()));
        assertThat(vm.scorers()).last().isEqualTo(new Scorer("Tim Bappeda", "Tim Bappeda · sudah menilai", false));
        vm.scorerProperty().set("tim  bappeda");
        assertThat(row(ECO_UMKM).value(Criterion.IMPACT)).isEqualTo(4);
        assertThat(vm.scorerLabelProperty().get()).isEqualTo("Tim Bappeda · sudah menilai");
    }

    @ParameterizedTest(name = "{0} scores {1} as {2}")
    @CsvSource({"GOV, IMPACT, 5", "ECO, RISK, 1", "Sari Lestari, INNOVATION, 3"})
    void aScoreIsWrittenUnderTheIdOfProgrammeCriterionAndScorer(String scorer, Criterion c, int value) {
        vm.scorerProperty().set(scorer);
        assertThat(vm.setScore(GOV_SATU_DATA, c, value)).isTrue();

        String id = Score.idFor(GOV_SATU_DATA, c, scorer);
        assertThat(scores()).singleElement().isEqualTo(Score.of(GOV_SATU_DATA, c, scorer, value));
        assertThat(scores().get(0).id()).isEqualTo(id);
        assertThat(applied).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("Nilai GOV-2 · " + Messages.get(ScoringViewModel.shortKey(c)) + ": "
                    + value);
            assertThat(a.edits()).allMatch(e -> e.entityId().equals(id));
        });
        assertThat(row(GOV_SATU_DATA).value(c)).isEqualTo(value);
        assertThat(row(GOV_SATU_DATA).scorers()).isEqualTo(1);
        assertThat(row(GOV_SATU_DATA).rank()).isEqualTo(1);
    }

    @Test
    void reScoringReplacesOnlyTheValueAndTheSameValueWritesNothing() {
        vm.scorerProperty().set("GOV");
        vm.setScore(GOV_ANTREAN, Criterion.IMPACT, 3);
        assertThat(vm.setScore(GOV_ANTREAN, Criterion.IMPACT, 5)).isTrue();
        assertThat(applied.get(1).edits()).containsExactly(Edit.set(EntityKind.SCORE.code(),
                Score.idFor(GOV_ANTREAN, Criterion.IMPACT, "GOV"), Score.F_VALUE, "5"));
        assertThat(scores()).singleElement().extracting(Score::value).isEqualTo(5);

        assertThat(vm.setScore(GOV_ANTREAN, Criterion.IMPACT, 5)).isFalse();
        assertThat(applied).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"0", "6", "-1"})
    void aValueOutsideOneToFiveIsRefusedWithAMessage(int value) {
        vm.scorerProperty().set("GOV");
        assertThat(vm.setScore(GOV_ANTREAN, Criterion.IMPACT, value)).isFalse();
        assertThat(vm.hintProperty().get()).isEqualTo("Nilai harus 1 sampai 5.");
        assertThat(applied).isEmpty();
    }

    @Test
    void twoScorersNeverCollideAndScorerCaseAndSpacesDoNotMakeANewOne() {
        vm.scorerProperty().set("GOV");
        vm.setScore(LIV_PUSKESMAS, Criterion.IMPACT, 5);
        vm.scorerProperty().set("ECO");
        vm.setScore(LIV_PUSKESMAS, Criterion.IMPACT, 2);
        // a second laptop typing the group in other case and spacing scores as the same group
        ScoringViewModel other = model(null);
        other.scorerProperty().set("  eco ");
        other.setScore(LIV_PUSKESMAS, Criterion.IMPACT, 3);

        Map<String, Integer> byScorer = scores().stream()
                .collect(Collectors.toMap(s -> Score.scorerKey(s.scorer()), Score::value));
        assertThat(byScorer).containsExactlyInAnyOrderEntriesOf(Map.of("gov", 5, "eco", 3));
        assertThat(row(LIV_PUSKESMAS).value(Criterion.IMPACT)).isEqualTo(3);
        assertThat(row(LIV_PUSKESMAS).scorers()).isEqualTo(2);
        assertThat(row(LIV_PUSKESMAS).score()).isEqualTo("4,00");
        assertThat(row(LIV_PUSKESMAS).spread()).isEqualTo("1,00");
        vm.scorerProperty().set("GOV");
        assertThat(row(LIV_PUSKESMAS).value(Criterion.IMPACT)).isEqualTo(5);
    }

    @Test
    void clearingDeletesOnlyTheScorersOwnScoreAndItCanBeGivenAgainAndUndone() {
        vm.scorerProperty().set("GOV");
        vm.setScore(ECO_PASAR, Criterion.COST, 4);
        vm.scorerProperty().set("ECO");
        vm.setScore(ECO_PASAR, Criterion.COST, 2);

        assertThat(vm.clearScore(ECO_PASAR, Criterion.COST)).isTrue();
        String id = Score.idFor(ECO_PASAR, Criterion.COST, "ECO");
        assertThat(applied.get(2).edits()).containsExactly(Edit.delete(EntityKind.SCORE.code(), id));
        assertThat(scores()).singleElement().extracting(Score::scorer).isEqualTo("GOV");
        assertThat(row(ECO_PASAR).own()).as("missing, not 0").doesNotContainKey(Criterion.COST);
        assertThat(vm.clearScore(ECO_PASAR, Criterion.COST)).as("nothing left to clear").isFalse();

        assertThat(vm.setScore(ECO_PASAR, Criterion.COST, 5)).isTrue();
        assertThat(applied.get(3).edits().get(0)).isEqualTo(Edit.restore(EntityKind.SCORE.code(), id));
        assertThat(row(ECO_PASAR).value(Criterion.COST)).isEqualTo(5);

        session.shell.undo();
        assertThat(row(ECO_PASAR).own()).doesNotContainKey(Criterion.COST);
        session.shell.undo();
        assertThat(row(ECO_PASAR).value(Criterion.COST)).isEqualTo(2);
        assertThat(scores()).hasSize(2);
    }

    @Test
    void undoTakesBackOneScoreAtATime() {
        vm.scorerProperty().set("GOV");
        vm.setScore(GOV_ANTREAN, Criterion.IMPACT, 4);
        vm.setScore(GOV_ANTREAN, Criterion.SPEED, 3);
        vm.setScore(GOV_ANTREAN, Criterion.IMPACT, 1);

        session.shell.undo();
        assertThat(row(GOV_ANTREAN).own()).containsExactlyInAnyOrderEntriesOf(
                Map.of(Criterion.IMPACT, 4, Criterion.SPEED, 3));
        session.shell.undo();
        assertThat(row(GOV_ANTREAN).own()).containsExactlyEntriesOf(Map.of(Criterion.IMPACT, 4));
        session.shell.undo();
        assertThat(row(GOV_ANTREAN).own()).isEmpty();
        assertThat(row(GOV_ANTREAN).scored()).isFalse();
    }

    @Test
    void theAggregatesAndRanksAreThoseOfThePortfolioWithMissingScoresLast() {
        session.scoreAll();
        List<ScoringRow> ranking = vm.ranking();
        assertThat(ranking).extracting(ScoringRow::programmeId).last().isEqualTo(ECO_UMKM);
        assertThat(ranking.get(ranking.size() - 1).scored()).isFalse();
        assertThat(ranking.get(ranking.size() - 1).score()).isEmpty();
        // GOV-1 (impact 5, ease 4) leads; weights 25+10 on impact, 65 on ease: (35*5 + 55*4 + 10*4) / 100
        ScoringRow first = ranking.get(0);
        assertThat(first.programmeId()).isEqualTo(GOV_ANTREAN);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.scorers()).isEqualTo(2);
        assertThat(first.spread()).isEqualTo("0,00");
        assertThat(vm.summaryProperty().get()).isEqualTo("6 program · 5 sudah dinilai · 2 penilai");
        for (ScoringRow r : ranking) {
            assertThat(r.rank()).isEqualTo(r.scored()
                    ? id.rembuk.plan.Portfolio.of(state()).find(r.programmeId()).orElseThrow().rank() : 0);
        }
    }

    @Test
    void equalScoresShareARank() {
        vm.scorerProperty().set("GOV");
        vm.setScore(GOV_ANTREAN, Criterion.IMPACT, 4);
        vm.setScore(GOV_CSIRT, Criterion.IMPACT, 4);
        vm.setScore(ECO_PASAR, Criterion.IMPACT, 2);
        assertThat(vm.ranking()).extracting(ScoringRow::rank).startsWith(1, 1, 3);
        assertThat(vm.ranking()).extracting(ScoringRow::programmeId).startsWith(GOV_ANTREAN, GOV_CSIRT, ECO_PASAR);
    }

    @Test
    void weightsChangeTheRanking() {
        vm.scorerProperty().set("GOV");
        // A: high impact, slow; B: low impact, fast
        vm.setScore(GOV_ANTREAN, Criterion.IMPACT, 5);
        vm.setScore(GOV_ANTREAN, Criterion.SPEED, 1);
        vm.setScore(GOV_CSIRT, Criterion.IMPACT, 2);
        vm.setScore(GOV_CSIRT, Criterion.SPEED, 5);
        // defaults: impact 25, speed 15 -> A (5*25+1*15)/40 = 3,5; B (2*25+5*15)/40 = 3,125
        assertThat(vm.ranking()).extracting(ScoringRow::programmeId).startsWith(GOV_ANTREAN, GOV_CSIRT);
        assertThat(row(GOV_ANTREAN).score()).isEqualTo("3,50");

        assertThat(vm.setWeight(Criterion.SPEED, 60)).isTrue();
        assertThat(applied.get(applied.size() - 1).edits())
                .isEqualTo(CriterionWeight.of(Criterion.SPEED, 60).toEdits());
        assertThat(vm.ranking()).extracting(ScoringRow::programmeId).startsWith(GOV_CSIRT, GOV_ANTREAN);

        assertThat(vm.setWeight(Criterion.SPEED, 0)).isTrue();
        assertThat(vm.columns()).doesNotContain(Criterion.SPEED).hasSize(6);
        assertThat(vm.weights().get(Criterion.SPEED.ordinal()).weight()).isZero();
        assertThat(row(GOV_ANTREAN).score()).isEqualTo("5,00");
        // an existing weight changes its weight field only
        assertThat(applied.get(applied.size() - 1).edits()).containsExactly(Edit.set(
                EntityKind.CRITERION_WEIGHT.code(), Criterion.SPEED.name(), CriterionWeight.F_WEIGHT, "0"));
    }

    @Test
    void theSharesFollowTheWeightsAndTheSumIsShown() {
        assertThat(vm.weightSumProperty().get()).isEqualTo("Jumlah bobot: 100");
        assertThat(vm.weights().get(0).share()).isEqualTo("25%");
        vm.setWeight(Criterion.IMPACT, 50);
        assertThat(vm.weightSumProperty().get()).isEqualTo("Jumlah bobot: 125");
        assertThat(vm.weights().get(0).share()).isEqualTo("40%");
        assertThat(vm.weights().get(1).share()).isEqualTo("12%");
    }

    @ParameterizedTest
    @CsvSource({"101", "-5"})
    void aWeightOutsideZeroToHundredIsRefused(int weight) {
        assertThat(vm.setWeight(Criterion.RISK, weight)).isFalse();
        assertThat(vm.hintProperty().get()).isNotBlank().doesNotStartWith("!");
        assertThat(applied).isEmpty();
    }

    @Test
    void theLastWeightAboveZeroCannotBeSetToZero() {
        for (Criterion c : Criterion.values()) {
            if (c != Criterion.RISK) {
                assertThat(vm.setWeight(c, 0)).isTrue();
            }
        }
        assertThat(vm.columns()).containsExactly(Criterion.RISK);
        assertThat(vm.setWeight(Criterion.RISK, 0)).isFalse();
        assertThat(vm.hintProperty().get()).isEqualTo("Paling sedikit satu kriteria harus berbobot lebih dari 0.");
    }

    @Test
    void resetWritesEveryDefaultWeightAsOneUndoableAction() {
        vm.setWeight(Criterion.IMPACT, 80);
        vm.setWeight(Criterion.RISK, 0);
        int before = applied.size();

        assertThat(vm.resetWeights()).isTrue();
        assertThat(applied).hasSize(before + 1);
        assertThat(applied.get(before).label()).isEqualTo("Bobot kriteria kembali ke bawaan");
        assertThat(Records.read(state(), EntityKind.CRITERION_WEIGHT, CriterionWeight::from).records())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(Criterion.values())
                        .map(c -> CriterionWeight.of(c, c.defaultWeight())).toArray(CriterionWeight[]::new));
        assertThat(vm.weights()).extracting(WeightRow::weight)
                .containsExactly(25, 15, 15, 10, 15, 10, 10);
        assertThat(vm.resetWeights()).as("already the defaults").isFalse();

        session.shell.undo();
        assertThat(vm.weights().get(Criterion.IMPACT.ordinal()).weight()).isEqualTo(80);
        assertThat(vm.weights().get(Criterion.RISK.ordinal()).weight()).isZero();
        assertThat(vm.columns()).doesNotContain(Criterion.RISK);
    }

    @ParameterizedTest
    @EnumSource(value = Dimension.class, names = {"GOV", "ECO", "LIV"})
    void aGroupsLaptopScoresAsTheGroupOnlyAndShowsItsDimension(Dimension d) {
        ScoringViewModel group = model(d.code());
        group.dimensionProperty().set(d);
        group.scorerProperty().set("Someone else");
        assertThat(group.scorerProperty().get()).isEqualTo(d.code());
        assertThat(group.rows()).isNotEmpty().allMatch(r -> r.dimension() == d);
        String programme = group.rows().get(0).programmeId();
        assertThat(group.setScore(programme, Criterion.IMPACT, 4)).isTrue();
        assertThat(scores()).singleElement().satisfies(s -> assertThat(s.scorer()).isEqualTo(d.code()));
        assertThat(group.scorerLabelProperty().get()).startsWith("Kelompok " + d.code() + " · ");
    }

    @Test
    void numbersFollowTheLanguage() {
        vm.scorerProperty().set("GOV");
        vm.setScore(GOV_ANTREAN, Criterion.IMPACT, 4);
        vm.setScore(GOV_ANTREAN, Criterion.SPEED, 3);
        assertThat(row(GOV_ANTREAN).score()).isEqualTo("3,63");
        Messages.setLocale(Locale.ENGLISH);
        vm.refresh();
        assertThat(row(GOV_ANTREAN).score()).isEqualTo("3.63");
        assertThat(vm.summaryProperty().get()).isEqualTo("Programmes: 6 · scored: 1 · scorers: 1");
    }

    @Test
    void noSessionShowsNothingAndWritesNothing() {
        javafx.beans.property.SimpleObjectProperty<SessionState> none = new javafx.beans.property.SimpleObjectProperty<>();
        ScoringViewModel empty = new ScoringViewModel(none, applied::add, "GOV");
        assertThat(empty.hasSessionProperty().get()).isFalse();
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.setScore(GOV_ANTREAN, Criterion.IMPACT, 3)).isFalse();
        assertThat(empty.resetWeights()).isFalse();
        assertThat(applied).isEmpty();
    }
}

package id.rembuk.ui.roadmap;

import id.rembuk.plan.RoadmapPlan;
import static id.rembuk.ui.PlanSession.ECO_PASAR;
import static id.rembuk.ui.PlanSession.GOV_ANTREAN;
import static id.rembuk.ui.PlanSession.GOV_SATU_DATA;
import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.domain.RoadmapCell;
import id.rembuk.domain.RoadmapPhase;
import id.rembuk.domain.RoadmapSetup;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.PlanSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roadmap chart's model on a real Tahap III session (workshop in 2022): every write goes through the shell. */
class RoadmapViewModelTest {
    @TempDir
    Path home;

    private PlanSession session;
    private final List<Action> applied = new ArrayList<>();
    private RoadmapViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new PlanSession(home);
        vm = new RoadmapViewModel(session.shell.stateProperty(), session.shell.infoProperty(), a -> {
            applied.add(a);
            session.shell.apply(a);
        });
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(session.board.dialogs.errors).isEmpty();
    }

    private List<RoadmapPhase> stored() {
        return Records.read(session.shell.stateProperty().get(), EntityKind.ROADMAP_PHASE, RoadmapPhase::from)
                .records();
    }

    private RoadmapPhase stored(String id) {
        return stored().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private List<RoadmapCell> cells() {
        return Records.read(session.shell.stateProperty().get(), EntityKind.ROADMAP_CELL, RoadmapCell::from)
                .records();
    }

    private Action last() {
        return applied.get(applied.size() - 1);
    }

    private static List<String> fields(Action a) {
        return a.edits().stream().map(Edit::field).toList();
    }

    @Test
    void theFrameDefaultsToFiveYearsFromTheYearAfterTheWorkshopUntilTheRoomSetsIt() {
        RoadmapPlan p = vm.planProperty().get();
        assertThat(p.setup()).isEqualTo(new RoadmapSetup(2023, 5));
        assertThat(p.stored()).isFalse();
        assertThat(p.groups()).extracting(RoadmapPlan.Group::label)
                .containsExactly("Smart Governance", "Smart Economy", "Smart Living");
        assertThat(p.groups().get(0).lines()).extracting(RoadmapPlan.Line::ref).containsExactly("GOV-1", "GOV-2", "GOV-3");
        assertThat(p.totals()).as("no cells, no invented numbers").isEmpty();
    }

    @Test
    void aNewPhaseCoversTheProgrammesHorizonWithinTheFrame() {
        String shortOne = vm.addPhase(GOV_ANTREAN, "Uji coba").orElseThrow();
        String medium = vm.addPhase(GOV_SATU_DATA, "").orElseThrow();

        assertThat(stored(shortOne)).satisfies(p -> {
            assertThat(p.programmeId()).isEqualTo(GOV_ANTREAN);
            assertThat(p.name()).isEqualTo("Uji coba");
            assertThat(p.from()).isEqualTo(1);
            assertThat(p.to()).isEqualTo(1);
        });
        assertThat(stored(medium)).satisfies(p -> {
            assertThat(p.name()).as("an empty name gets a number").isEqualTo("Tahap 1");
            assertThat(p.from()).isEqualTo(1);
            assertThat(p.to()).isEqualTo(5);
        });
        assertThat(vm.selectedPhaseProperty().get()).isEqualTo(medium);
        assertThat(vm.selectedProgrammeProperty().get()).isEqualTo(GOV_SATU_DATA);
        assertThat(last().label()).isEqualTo("Tambah tahap Tahap 1 (GOV-2)");
    }

    @Test
    void movingAndStretchingWriteOnlyTheYearsAndStopAtTheEdges() {
        String id = vm.addPhase(GOV_ANTREAN, "Uji coba").orElseThrow();
        assertThat(vm.stretch(id, 1)).isTrue();
        assertThat(fields(last())).containsExactly(RoadmapPhase.F_TO);
        assertThat(vm.move(id, 1)).isTrue();
        assertThat(fields(last())).containsExactly(RoadmapPhase.F_FROM, RoadmapPhase.F_TO);
        assertThat(last().label()).isEqualTo("Geser tahap Uji coba ke 2024–2025");
        assertThat(stored(id)).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(2, 3);

        // years 2-3 move right twice to 4-5, and a third time not at all
        assertThat(vm.move(id, 1)).isTrue();
        assertThat(vm.move(id, 1)).isTrue();
        int writes = applied.size();
        assertThat(vm.move(id, 1)).isFalse();
        assertThat(applied).as("nothing written at the edge").hasSize(writes);
        assertThat(vm.stretch(id, 1)).isFalse();
        assertThat(stored(id)).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(4, 5);

        // the start stretches left to year 1 and no further; the end never passes the start
        assertThat(vm.stretchStart(id, -9)).isTrue();
        assertThat(fields(last())).containsExactly(RoadmapPhase.F_FROM);
        assertThat(stored(id)).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(1, 5);
        assertThat(vm.stretch(id, -9)).isTrue();
        assertThat(stored(id)).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(1, 1);
        assertThat(vm.move(id, -1)).isFalse();
    }

    @Test
    void aSpanFromADragOutsideTheFrameIsRefused() {
        String id = vm.addPhase(GOV_ANTREAN, "Uji coba").orElseThrow();
        int writes = applied.size();
        assertThat(vm.setSpan(id, new Span(4, 6))).isFalse();
        assertThat(vm.setSpan(id, new Span(0, 2))).isFalse();
        assertThat(applied).hasSize(writes);
        assertThat(vm.setSpan(id, new Span(3, 5))).isTrue();
        assertThat(stored(id)).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(3, 5);
    }

    @Test
    void renameWritesTheNameAloneAndDeleteIsUndone() {
        String id = vm.addPhase(GOV_SATU_DATA, "Persiapan").orElseThrow();
        vm.selectedPhaseProperty().set(id);
        assertThat(vm.startRename()).isTrue();
        assertThat(vm.draftNameProperty().get()).isEqualTo("Persiapan");
        vm.draftNameProperty().set("Kajian dan regulasi");
        vm.commitName();
        assertThat(fields(last())).containsExactly(RoadmapPhase.F_NAME);
        assertThat(stored(id).name()).isEqualTo("Kajian dan regulasi");

        assertThat(vm.delete(id)).isTrue();
        assertThat(stored()).isEmpty();
        assertThat(vm.selectedPhaseProperty().get()).isNull();
        session.shell.undo();
        assertThat(stored(id)).extracting(RoadmapPhase::name, RoadmapPhase::from, RoadmapPhase::to)
                .containsExactly("Kajian dan regulasi", 1, 5);
        session.shell.undo();
        assertThat(stored(id).name()).isEqualTo("Persiapan");
    }

    @Test
    void insertNeedsAProgrammeAndAddsToTheSelectedOne() {
        assertThat(vm.startNew()).isFalse();
        assertThat(vm.hintProperty().get()).startsWith("Pilih dulu programnya");
        vm.selectedProgrammeProperty().set(ECO_PASAR);
        assertThat(vm.startNew()).isTrue();
        assertThat(vm.namingProperty().get()).isEqualTo(RoadmapViewModel.Naming.NEW);
        vm.draftNameProperty().set("Peluncuran");
        vm.commitName();
        assertThat(stored()).singleElement().satisfies(p -> {
            assertThat(p.programmeId()).isEqualTo(ECO_PASAR);
            assertThat(p.name()).isEqualTo("Peluncuran");
        });
        assertThat(vm.namingProperty().get()).isEqualTo(RoadmapViewModel.Naming.NONE);
    }

    @Test
    void aTenYearFrameLetsALongPhaseReachYearTenAndUndoReturnsToTheDefault() {
        assertThat(vm.setSetup(2025, 10)).isTrue();
        assertThat(vm.planProperty().get().setup()).isEqualTo(new RoadmapSetup(2025, 10));
        assertThat(vm.planProperty().get().stored()).isTrue();
        String id = vm.addPhase(GOV_SATU_DATA, "Operasional").orElseThrow();
        assertThat(vm.move(id, 9)).isTrue();
        assertThat(stored(id)).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(6, 10);

        // back to five years: only the span changes
        assertThat(vm.setSetup(2025, 5)).isTrue();
        assertThat(fields(last())).containsExactly(RoadmapSetup.F_YEARS);
        assertThat(vm.setSetup(2025, 5)).isFalse();
        // the phase beyond the frame comes back inside it when moved
        assertThat(vm.move(id, -1)).isTrue();
        assertThat(stored(id)).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(1, 5);

        assertThat(vm.setSetup(2025, 7)).isFalse();
        assertThat(vm.hintProperty().get()).contains("5 atau 10 tahun");
    }

    @Test
    void aCellBudgetTypedAsOneCommaTwentyFiveMiliarIsStoredInRupiahAndTotalled() {
        assertThat(vm.setBudget(GOV_ANTREAN, 1, "1,25 M")).isTrue();
        assertThat(vm.setBudget(GOV_SATU_DATA, 1, "Rp 750.000.000")).isTrue();
        assertThat(vm.setBudget(GOV_SATU_DATA, 2, "2 M")).isTrue();
        assertThat(cells()).extracting(RoadmapCell::programmeId, RoadmapCell::year, RoadmapCell::budget)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(GOV_ANTREAN, 1, 1_250_000_000L),
                        org.assertj.core.groups.Tuple.tuple(GOV_SATU_DATA, 1, 750_000_000L),
                        org.assertj.core.groups.Tuple.tuple(GOV_SATU_DATA, 2, 2_000_000_000L));
        assertThat(last().label()).isEqualTo("Anggaran GOV-2 tahun 2024: Rp 2 M");
        RoadmapPlan p = vm.planProperty().get();
        assertThat(p.totals()).containsEntry(1, 2_000_000_000L).containsEntry(2, 2_000_000_000L).hasSize(2);
        assertThat(p.line(GOV_ANTREAN).orElseThrow().budget(2)).isEmpty();
        assertThat(p.line(ECO_PASAR).orElseThrow().cells()).as("a programme without cells has none").isEmpty();

        // a changed amount writes the budget alone; the same amount writes nothing
        assertThat(vm.setBudget(GOV_ANTREAN, 1, "1,5 M")).isTrue();
        assertThat(fields(last())).containsExactly(RoadmapCell.F_BUDGET);
        int writes = applied.size();
        assertThat(vm.setBudget(GOV_ANTREAN, 1, "Rp 1.500.000.000")).isTrue();
        assertThat(applied).hasSize(writes);

        // clearing a cell without a step removes it, and undo brings it back
        assertThat(vm.setBudget(GOV_ANTREAN, 1, "")).isTrue();
        assertThat(vm.planProperty().get().line(GOV_ANTREAN).orElseThrow().cells()).isEmpty();
        session.shell.undo();
        assertThat(vm.planProperty().get().line(GOV_ANTREAN).orElseThrow().budget(1)).contains(1_500_000_000L);
    }

    @Test
    void aBadAmountIsExplainedAndChangesNothing() {
        vm.setBudget(GOV_ANTREAN, 1, "1,25 M");
        int writes = applied.size();
        assertThat(vm.setBudget(GOV_ANTREAN, 1, "Rp 1,2,3")).isFalse();
        assertThat(applied).hasSize(writes);
        assertThat(vm.hintProperty().get()).isEqualTo(
                "Jumlah rupiah tidak dikenali: Rp 1,2,3. Tulis seperti Rp 1.250.000.000, 1,25 M atau 1,5 jt.");
        assertThat(cells()).singleElement().extracting(RoadmapCell::budget).isEqualTo(1_250_000_000L);
        assertThat(vm.setBudget(GOV_ANTREAN, 1, "1,3 M")).isTrue();
        assertThat(vm.hintProperty().get()).isEmpty();
    }

    @Test
    void theArrowKeysWalkProgrammesAndTheirPhasesTopToBottom() {
        String a = vm.addPhase(GOV_ANTREAN, "A").orElseThrow();
        String b = vm.addPhase(GOV_ANTREAN, "B").orElseThrow();
        vm.move(b, 1);
        vm.selectedPhaseProperty().set(null);
        vm.selectedProgrammeProperty().set(null);
        vm.selectNext(1);
        assertThat(vm.selectedProgrammeProperty().get()).isEqualTo(GOV_ANTREAN);
        assertThat(vm.selectedPhaseProperty().get()).isNull();
        vm.selectNext(1);
        assertThat(vm.selectedPhaseProperty().get()).isEqualTo(a);
        vm.selectNext(1);
        assertThat(vm.selectedPhaseProperty().get()).as("A and B share a line, left to right").isEqualTo(b);
        vm.selectNext(1);
        assertThat(vm.selectedProgrammeProperty().get()).isEqualTo(GOV_SATU_DATA);
        assertThat(vm.selectedPhaseProperty().get()).isNull();
        vm.selectNext(-1);
        assertThat(vm.selectedPhaseProperty().get()).isEqualTo(b);
        assertThat(Optional.ofNullable(vm.selectedProgrammeProperty().get())).contains(GOV_ANTREAN);
    }
}

package id.rembuk.ui.roadmap;

import static id.rembuk.ui.PlanSession.ECO_PASAR;
import static id.rembuk.ui.PlanSession.GOV_ANTREAN;
import static id.rembuk.ui.PlanSession.GOV_SATU_DATA;
import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.PlanPeriod;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.PlanSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action plans on a real session; a follow-up of the minutes sits in the same kind and must stay untouched. */
class ActionPlanViewModelTest {
    private static final String FOLLOW_UP = "f0000000-0000-4000-8000-000000000001";
    private static final String AGENDA = "a0000000-0000-4000-8000-000000000001";

    @TempDir
    Path home;

    private PlanSession session;
    private final List<Action> applied = new ArrayList<>();
    private ActionPlanViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new PlanSession(home);
        session.shell.apply(new Action("Tindak lanjut", ActionItem.followUp(FOLLOW_UP, AGENDA,
                "Kirim notulen ke Bappeda", "Sekretariat", Optional.of(LocalDate.of(2022, 8, 17)), 1).toEdits()));
        vm = new ActionPlanViewModel(session.shell.stateProperty(), a -> {
            applied.add(a);
            session.shell.apply(a);
        });
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(session.board.dialogs.errors).isEmpty();
    }

    private List<ActionItem> stored() {
        return Records.read(session.shell.stateProperty().get(), EntityKind.ACTION_ITEM, ActionItem::from).records();
    }

    private ActionItem stored(String id) {
        return stored().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private ActionItem followUp() {
        return stored(FOLLOW_UP);
    }

    private Action last() {
        return applied.get(applied.size() - 1);
    }

    private String add(String step, PlanPeriod.Unit unit, String from, String to) {
        assertThat(vm.startNew()).isTrue();
        vm.draftStepProperty().set(step);
        vm.draftUnitProperty().set(unit);
        vm.draftFromProperty().set(from);
        vm.draftToProperty().set(to);
        assertThat(vm.save()).as(vm.hintProperty().get()).isTrue();
        return vm.selectedProperty().get();
    }

    @Test
    void theProgrammesAreListedByDimensionAndFoundByNameOrOpd() {
        assertThat(vm.choices()).extracting(ActionPlanViewModel.Choice::text).first().isEqualTo(
                "GOV-1  Antrean online Mal Pelayanan Publik");
        assertThat(vm.choices()).filteredOn(ActionPlanViewModel.Choice::firstOfDimension)
                .extracting(ActionPlanViewModel.Choice::dimensionLabel)
                .containsExactly("Smart Governance", "Smart Economy", "Smart Living");
        vm.filterProperty().set("koperasi");
        assertThat(vm.choices()).extracting(ActionPlanViewModel.Choice::id).containsExactly(ECO_PASAR,
                PlanSession.ECO_UMKM);
        assertThat(vm.choices().get(0).firstOfDimension()).isTrue();
    }

    @Test
    void aStepIsAddedWithTheProgrammesOwnerAndSourceAndItsTimeInWords() {
        assertThat(vm.startNew()).as("no programme chosen").isFalse();
        vm.programmeProperty().set(GOV_ANTREAN);
        assertThat(vm.steps()).isEmpty();
        assertThat(vm.startNew()).isTrue();
        assertThat(vm.draftOwnerProperty().get()).isEqualTo("DPMPTSP");
        assertThat(vm.draftFundingProperty().get()).isEqualTo(FundingSource.APBD);
        vm.draftStepProperty().set("Kajian alur layanan");
        vm.draftOutputProperty().set("Dokumen kajian");
        vm.draftIndicatorProperty().set("Kajian selesai");
        vm.draftTargetProperty().set("1 dokumen");
        vm.draftUnitProperty().set(PlanPeriod.Unit.MONTH);
        vm.draftFromProperty().set("3");
        vm.draftToProperty().set("5");
        vm.draftBudgetProperty().set("1,25 M");
        vm.draftFundingProperty().set(FundingSource.DAK);
        assertThat(vm.save()).isTrue();

        String id = vm.selectedProperty().get();
        ActionItem i = stored(id);
        assertThat(i.programmeId()).isEqualTo(GOV_ANTREAN);
        assertThat(i.agendaItemId()).isEmpty();
        assertThat(i.period()).contains(new PlanPeriod(PlanPeriod.Unit.MONTH, 3, 5));
        assertThat(i.budget()).isEqualTo(1_250_000_000L);
        assertThat(i.funding()).isEqualTo(FundingSource.DAK);
        assertThat(i.status()).isEqualTo(ActionItem.Status.PLANNED);
        assertThat(vm.steps()).singleElement().satisfies(s -> {
            assertThat(s.number()).isEqualTo(1);
            assertThat(s.time()).isEqualTo("Bulan 3–5");
        });
        assertThat(vm.editingProperty().get()).isFalse();

        String q = add("Uji coba", PlanPeriod.Unit.QUARTER, "2", "");
        String y = add("Peluncuran", PlanPeriod.Unit.YEAR, "1", "1");
        assertThat(vm.steps()).extracting(ActionPlanViewModel.Step::time)
                .containsExactly("Bulan 3–5", "Triwulan 2", "Tahun 1");
        assertThat(stored(q).order()).isLessThan(stored(y).order());
        vm.programmeProperty().set(GOV_SATU_DATA);
        assertThat(vm.steps()).as("another programme's plan").isEmpty();
    }

    @Test
    void anEditWritesOnlyTheChangedFieldsAndIsUndone() {
        vm.programmeProperty().set(GOV_ANTREAN);
        String id = add("Kajian alur layanan", PlanPeriod.Unit.MONTH, "1", "2");
        assertThat(vm.startEdit(id)).isTrue();
        assertThat(vm.draftFromProperty().get()).isEqualTo("1");
        assertThat(vm.draftToProperty().get()).isEqualTo("2");
        vm.draftUnitProperty().set(PlanPeriod.Unit.QUARTER);
        vm.draftFromProperty().set("2");
        vm.draftToProperty().set("3");
        vm.draftStatusProperty().set(ActionItem.Status.ONGOING);
        assertThat(vm.save()).isTrue();
        assertThat(last().edits()).extracting(Edit::field, Edit::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ActionItem.F_PERIOD, "Q2-3"),
                org.assertj.core.groups.Tuple.tuple(ActionItem.F_STATUS, "ONGOING"));
        assertThat(vm.steps().get(0).time()).isEqualTo("Triwulan 2–3");

        assertThat(vm.setStatus(id, ActionItem.Status.DONE)).isTrue();
        assertThat(last().edits()).singleElement().extracting(Edit::field).isEqualTo(ActionItem.F_STATUS);
        assertThat(last().label()).isEqualTo("Status langkah Kajian alur layanan: Selesai");
        session.shell.undo();
        session.shell.undo();
        assertThat(stored(id).period()).contains(new PlanPeriod(PlanPeriod.Unit.MONTH, 1, 2));
        assertThat(stored(id).status()).isEqualTo(ActionItem.Status.PLANNED);

        // saving unchanged writes nothing
        int writes = applied.size();
        vm.startEdit(id);
        assertThat(vm.save()).isTrue();
        assertThat(applied).hasSize(writes);
    }

    @Test
    void badInputIsExplainedAndNothingIsWritten() {
        vm.programmeProperty().set(GOV_ANTREAN);
        int writes = applied.size();
        vm.startNew();
        assertThat(vm.save()).isFalse();
        assertThat(vm.hintProperty().get()).isEqualTo("Tulis dulu langkahnya.");
        vm.draftStepProperty().set("Kajian");
        vm.draftBudgetProperty().set("Rp 1,2,3");
        assertThat(vm.save()).isFalse();
        assertThat(vm.hintProperty().get()).startsWith("Jumlah rupiah tidak dikenali: Rp 1,2,3.");
        vm.draftBudgetProperty().set("");
        vm.draftUnitProperty().set(PlanPeriod.Unit.MONTH);
        vm.draftFromProperty().set("5");
        vm.draftToProperty().set("3");
        assertThat(vm.save()).isFalse();
        assertThat(vm.hintProperty().get()).isNotEmpty();
        vm.draftFromProperty().set("");
        assertThat(vm.save()).isFalse();
        assertThat(vm.hintProperty().get()).isEqualTo("Isi bulan, triwulan atau tahun mulainya.");
        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(applied).hasSize(writes);
    }

    @Test
    void stepsAreReorderedWithOnlyTheChangedPlacesAndUndoneAsOneStep() {
        vm.programmeProperty().set(GOV_ANTREAN);
        String a = add("Kajian", null, "", "");
        String b = add("Uji coba", null, "", "");
        String c = add("Peluncuran", null, "", "");
        assertThat(vm.move(c, -1)).isTrue();
        assertThat(last().edits()).extracting(Edit::entityId).containsExactlyInAnyOrder(b, c);
        assertThat(vm.steps()).extracting(ActionPlanViewModel.Step::id).containsExactly(a, c, b);
        assertThat(vm.move(a, -1)).isFalse();
        session.shell.undo();
        assertThat(vm.steps()).extracting(ActionPlanViewModel.Step::id).containsExactly(a, b, c);

        assertThat(vm.delete(b)).isTrue();
        assertThat(vm.steps()).extracting(ActionPlanViewModel.Step::number).containsExactly(1, 2);
        assertThat(vm.selectedProperty().get()).as("the next step takes the selection").isEqualTo(c);
        session.shell.undo();
        assertThat(vm.steps()).hasSize(3);
    }

    @Test
    void theMinutesFollowUpsAreNeitherShownNorTouched() {
        ActionItem before = followUp();
        for (var choice : vm.choices()) {
            vm.programmeProperty().set(choice.id());
            assertThat(vm.steps()).extracting(ActionPlanViewModel.Step::id).doesNotContain(FOLLOW_UP);
        }
        vm.programmeProperty().set(GOV_ANTREAN);
        String a = add("Kajian", null, "", "");
        add("Uji coba", null, "", "");
        vm.move(a, 1);
        vm.delete(a);
        assertThat(vm.startEdit(FOLLOW_UP)).isFalse();
        assertThat(vm.delete(FOLLOW_UP)).isFalse();
        assertThat(vm.setStatus(FOLLOW_UP, ActionItem.Status.DONE)).isFalse();
        assertThat(vm.move(FOLLOW_UP, -1)).isFalse();
        assertThat(followUp()).isEqualTo(before);
        assertThat(applied).flatExtracting(Action::edits).extracting(Edit::entityId).doesNotContain(FOLLOW_UP);
    }
}

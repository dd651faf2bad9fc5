package id.rembuk.ui.programme;

import static id.rembuk.ui.PlanSession.ECO_PASAR;
import static id.rembuk.ui.PlanSession.ECO_UMKM;
import static id.rembuk.ui.PlanSession.GOV_ANTREAN;
import static id.rembuk.ui.PlanSession.GOV_CSIRT;
import static id.rembuk.ui.PlanSession.GOV_SATU_DATA;
import static id.rembuk.ui.PlanSession.LIV_PUSKESMAS;
import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.Programme;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.PlanSession;
import id.rembuk.ui.programme.ProgrammeRow.StrategyLink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The programme matrix on a real Tahap III session, without a toolkit: every write goes through the shell. */
class ProgrammeViewModelTest {
    @TempDir
    Path home;

    private PlanSession session;
    private final List<Action> applied = new ArrayList<>();
    private ProgrammeViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new PlanSession(home);
        vm = new ProgrammeViewModel(session.shell.stateProperty(), a -> {
            applied.add(a);
            session.shell.apply(a);
        });
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(session.board.dialogs.errors).isEmpty();
    }

    private Programme stored(String id) {
        return vm.portfolio().find(id).orElseThrow().programme();
    }

    private List<String> refs() {
        return vm.rows().stream().map(ProgrammeRow::ref).toList();
    }

    @Test
    void everyProgrammeIsListedByDimensionWithItsRefAndTheRulesItBreaks() {
        assertThat(vm.rows()).extracting(ProgrammeRow::id)
                .containsExactly(GOV_ANTREAN, GOV_SATU_DATA, GOV_CSIRT, ECO_PASAR, ECO_UMKM, LIV_PUSKESMAS);
        assertThat(refs()).containsExactly("GOV-1", "GOV-2", "GOV-3", "ECO-1", "ECO-2", "LIV-1");
        ProgrammeRow csirt = vm.row(GOV_CSIRT).orElseThrow();
        assertThat(csirt.broken()).containsExactly("Tidak selesai dalam 12 bulan", "Belum ada OPD penanggung jawab",
                "Bukan penajaman layanan yang sudah ada");
        assertThat(vm.row(GOV_ANTREAN).orElseThrow().broken()).isEmpty();
        assertThat(vm.row(GOV_ANTREAN).orElseThrow().shown(ProgrammeColumn.BUDGET)).isEqualTo("Rp 350.000.000");
        assertThat(vm.summaryProperty().get()).isEqualTo("6 program · Rp 4.195.000.000");
        assertThat(vm.totals()).extracting(ProgrammeViewModel.Total::count).containsExactly(3, 0, 2, 1, 0, 0);
    }

    @Test
    void aBudgetTypedAsMiliarIsStoredInRupiahAndOnlyThatFieldIsWritten() {
        assertThat(vm.edit(GOV_ANTREAN, ProgrammeColumn.BUDGET, "1,25 M")).isTrue();

        assertThat(stored(GOV_ANTREAN).budget()).isEqualTo(1_250_000_000L);
        assertThat(applied).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("Ubah program GOV-1");
            assertThat(a.edits()).singleElement().isEqualTo(Edit.set(EntityKind.PROGRAMME.code(), GOV_ANTREAN,
                    Programme.F_BUDGET, "1250000000"));
        });
        assertThat(vm.row(GOV_ANTREAN).orElseThrow().shown(ProgrammeColumn.BUDGET)).isEqualTo("Rp 1.250.000.000");

        assertThat(vm.edit(GOV_ANTREAN, ProgrammeColumn.BUDGET, "Rp 2.000.000.000")).isTrue();
        assertThat(stored(GOV_ANTREAN).budget()).isEqualTo(2_000_000_000L);
        assertThat(vm.edit(GOV_ANTREAN, ProgrammeColumn.BUDGET, "750000000")).isTrue();
        assertThat(stored(GOV_ANTREAN).budget()).isEqualTo(750_000_000L);
    }

    @Test
    void aBadBudgetIsRefusedWithTheReasonAndNothingIsWritten() {
        assertThat(vm.edit(GOV_ANTREAN, ProgrammeColumn.BUDGET, "Rp 1,2,3")).isFalse();

        assertThat(applied).isEmpty();
        assertThat(stored(GOV_ANTREAN).budget()).isEqualTo(350_000_000L);
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Jumlah rupiah tidak dikenali: Rp 1,2,3. Tulis seperti Rp 1.250.000.000, 1,25 M atau 1,5 jt.");

        Messages.setLocale(Locale.ENGLISH);
        try {
            assertThat(vm.edit(GOV_ANTREAN, ProgrammeColumn.MONTHS, "enam")).isFalse();
            assertThat(vm.messageProperty().get()).startsWith("Months to the first result must be a whole number");
        } finally {
            Messages.setLocale(Messages.INDONESIAN);
        }
        assertThat(vm.edit(GOV_ANTREAN, ProgrammeColumn.NAME, "  ")).isFalse();
        assertThat(applied).isEmpty();

        // the next value that is one goes through and clears the message
        assertThat(vm.edit(GOV_ANTREAN, ProgrammeColumn.MONTHS, "4")).isTrue();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(stored(GOV_ANTREAN).months()).hasValue(4);
    }

    @Test
    void aProgrammeIsAddedAtTheEndOfItsDimensionAndDeletedUndoably() {
        vm.dimensionProperty().set(Dimension.ECO);
        String id = vm.add(Dimension.ECO).orElseThrow();

        assertThat(refs()).containsExactly("ECO-1", "ECO-2", "ECO-3");
        assertThat(applied.get(0).label()).isEqualTo("Tambah program ECO-3");
        Programme p = stored(id);
        assertThat(p.dimension()).isEqualTo(Dimension.ECO);
        assertThat(p.name()).isEqualTo("Program baru");
        assertThat(p.order()).isGreaterThan(stored(ECO_UMKM).order());

        vm.delete(ECO_PASAR);
        assertThat(vm.rows()).extracting(ProgrammeRow::id).containsExactly(ECO_UMKM, id);
        assertThat(applied.get(1).label()).isEqualTo("Hapus program ECO-1");
        assertThat(applied.get(1).edits()).singleElement()
                .isEqualTo(Edit.delete(EntityKind.PROGRAMME.code(), ECO_PASAR));

        session.shell.undo();
        assertThat(vm.rows()).extracting(ProgrammeRow::id).containsExactly(ECO_PASAR, ECO_UMKM, id);
        assertThat(stored(ECO_PASAR).budget()).isEqualTo(150_000_000L);
    }

    @Test
    void reorderingStaysWithinTheDimensionAndWritesOnlyThePlacesThatChange() {
        assertThat(vm.move(GOV_CSIRT, -1)).isTrue();
        assertThat(refs()).containsExactly("GOV-1", "GOV-2", "GOV-3", "ECO-1", "ECO-2", "LIV-1");
        assertThat(vm.rows()).extracting(ProgrammeRow::id).startsWith(GOV_ANTREAN, GOV_CSIRT, GOV_SATU_DATA);
        assertThat(applied.get(0).label()).isEqualTo("Pindahkan program GOV-3");
        assertThat(applied.get(0).edits()).extracting(Edit::entityId)
                .allMatch(id -> List.of(GOV_ANTREAN, GOV_CSIRT, GOV_SATU_DATA).contains(id));

        // the first of a dimension does not move up into the one before it
        assertThat(vm.move(ECO_PASAR, -1)).isFalse();
        assertThat(vm.move(GOV_SATU_DATA, 1)).isFalse();
        assertThat(applied).hasSize(1);

        session.shell.undo();
        assertThat(vm.rows()).extracting(ProgrammeRow::id).startsWith(GOV_ANTREAN, GOV_SATU_DATA, GOV_CSIRT);
    }

    @Test
    void filtersByDimensionHorizonOpdAndWordsWithTotalsForWhatPasses() {
        vm.dimensionProperty().set(Dimension.GOV);
        assertThat(refs()).containsExactly("GOV-1", "GOV-2", "GOV-3");
        assertThat(vm.totals()).singleElement()
                .isEqualTo(new ProgrammeViewModel.Total(Dimension.GOV, 3, 3_650_000_000L));

        vm.horizonProperty().set(Programme.Horizon.MEDIUM);
        assertThat(refs()).containsExactly("GOV-2", "GOV-3");

        vm.dimensionProperty().set(null);
        vm.horizonProperty().set(null);
        vm.opdProperty().set("koperasi");
        assertThat(refs()).containsExactly("ECO-1", "ECO-2");
        // a supporting OPD counts too: every sample programme is supported by Bappeda
        vm.opdProperty().set("bappeda");
        assertThat(refs()).hasSize(6);

        vm.opdProperty().set("");
        vm.searchProperty().set("antrean");
        assertThat(refs()).containsExactly("GOV-1", "LIV-1");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 program · Rp 625.000.000");
        assertThat(vm.totals()).filteredOn(t -> t.count() > 0).extracting(ProgrammeViewModel.Total::dimension)
                .containsExactly(Dimension.GOV, Dimension.LIV);

        vm.searchProperty().set("tidak ada program seperti ini");
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void aProgrammeIsLinkedToItsDimensionsStrategiesAndShowsTheirRefsAndWords() {
        List<StrategyLink> choices = vm.strategyChoices(Dimension.GOV);
        assertThat(choices).extracting(StrategyLink::ref).containsExactly("SO1", "SO2", "ST1", "WO1", "WO2", "WT1");
        assertThat(vm.strategyChoices(Dimension.ECO)).isEmpty();

        StrategyLink so1 = choices.get(0);
        StrategyLink wt1 = choices.get(5);
        assertThat(vm.editLong(GOV_SATU_DATA, List.of(so1.id(), wt1.id()), "Kajian kebutuhan\nUji coba",
                "Diskominfo\nBappeda\nUniversitas Tompotika")).isTrue();

        ProgrammeRow row = vm.row(GOV_SATU_DATA).orElseThrow();
        assertThat(row.strategies()).extracting(StrategyLink::ref).containsExactly("SO1", "WT1");
        assertThat(row.strategies().get(0).text()).isEqualTo(so1.text());
        assertThat(row.shown(ProgrammeColumn.STRATEGIES)).isEqualTo("SO1, WT1");
        assertThat(stored(GOV_SATU_DATA).supporting()).containsExactly("Diskominfo", "Bappeda",
                "Universitas Tompotika");
        // the activities did not change, so only the strategies and the partners are written, as one step
        assertThat(applied).singleElement().satisfies(a -> assertThat(a.edits()).extracting(Edit::field)
                .containsExactlyInAnyOrder(Programme.F_STRATEGIES, Programme.F_SUPPORTING));

        vm.searchProperty().set("universitas tompotika");
        assertThat(refs()).containsExactly("GOV-2");

        session.shell.undo();
        assertThat(stored(GOV_SATU_DATA).strategies()).isEmpty();
    }

    @Test
    void theWordsFollowTheLanguage() {
        Messages.setLocale(Locale.ENGLISH);
        try {
            vm.refreshText();
            ProgrammeRow csirt = vm.row(GOV_CSIRT).orElseThrow();
            assertThat(csirt.shown(ProgrammeColumn.HORIZON)).isEqualTo("Medium (5\u00a0yrs)");
            assertThat(csirt.broken()).first().isEqualTo(Messages.get("domain.quick_win_rule.too_long"));
            assertThat(vm.summaryProperty().get()).isEqualTo("6 programmes · Rp 4.195.000.000");
        } finally {
            Messages.setLocale(Messages.INDONESIAN);
        }
    }

    @Test
    void choicesWriteOnlyTheirField() {
        assertThat(vm.setHorizon(ECO_UMKM, Programme.Horizon.LONG)).isTrue();
        assertThat(vm.setFunding(ECO_UMKM, FundingSource.CSR)).isTrue();
        assertThat(vm.setSubDimension(ECO_UMKM, Optional.empty())).isTrue();
        assertThat(applied).extracting(a -> a.edits().get(0).field())
                .containsExactly(Programme.F_HORIZON, Programme.F_FUNDING, Programme.F_SUB_DIMENSION);
        assertThat(applied).allSatisfy(a -> assertThat(a.edits()).hasSize(1));
        Programme p = stored(ECO_UMKM);
        assertThat(p.horizon()).isEqualTo(Programme.Horizon.LONG);
        assertThat(p.funding()).isEqualTo(FundingSource.CSR);
        assertThat(p.subDimension()).isEmpty();
        // the same value again writes nothing
        assertThat(vm.setFunding(ECO_UMKM, FundingSource.CSR)).isTrue();
        assertThat(applied).hasSize(3);
    }
}

package id.rembuk.ui.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.GapItem;
import id.rembuk.domain.Readiness;
import id.rembuk.domain.ReadinessScale;
import id.rembuk.domain.Records;
import id.rembuk.domain.Stage;
import id.rembuk.i18n.Messages;
import id.rembuk.readiness.DefaultIndicators;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessViewModelTest {
    @TempDir
    Path home;

    private ReadinessSession session;
    private ReadinessViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new ReadinessSession(home, Stage.I);
        vm = new ReadinessViewModel(session.shell);
    }

    @AfterEach
    void close() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    private List<ReadinessViewModel.Row> rows(Element e) {
        return vm.rows().stream().filter(r -> r.element() == e).toList();
    }

    @Test
    void defaultsGoInOnceAndCoverTheShownElements() {
        int standard = 0;
        for (Element e : List.of(Element.STRUKTUR, Element.INFRASTRUKTUR, Element.SUPRASTRUKTUR)) {
            standard += DefaultIndicators.standard().lines(Dimension.GOV, e).size();
        }

        assertThat(vm.insertDefaults()).isEqualTo(standard);
        assertThat(vm.rows()).hasSize(standard);
        assertThat(vm.sections()).extracting(ReadinessViewModel.Section::element)
                .containsExactly(Element.STRUKTUR, Element.INFRASTRUKTUR, Element.SUPRASTRUKTUR);
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Isi " + standard + " indikator baku");
        assertThat(vm.coverageProperty().get()).isEqualTo("0 dari " + standard + " indikator dinilai");

        // again: nothing new, and a deleted default does not come back
        vm.delete(vm.rows().get(0).id());
        assertThat(vm.insertDefaults()).isZero();
        assertThat(vm.rows()).hasSize(standard - 1);
        assertThat(vm.noticeProperty().get().key()).isEqualTo("readiness.notice.defaultsThere");

        // Budaya switched on: only its lines are added
        vm.setBudaya(true);
        assertThat(vm.sections()).extracting(ReadinessViewModel.Section::element).contains(Element.BUDAYA);
        int budaya = DefaultIndicators.standard().lines(Dimension.GOV, Element.BUDAYA).size();
        assertThat(vm.insertDefaults()).isEqualTo(budaya);
        assertThat(rows(Element.BUDAYA)).hasSize(budaya);
        // another dimension has its own
        vm.dimensionProperty().set(Dimension.ENV);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.insertDefaults()).isGreaterThan(standard);
    }

    @Test
    void scoresMoveTheTotalsAndChangingTheScaleKeepsThem() {
        vm.addIndicator(Element.STRUKTUR, "SDM TIK memadai");
        vm.addIndicator(Element.STRUKTUR, "Anggaran TIK di APBD");
        vm.addIndicator(Element.INFRASTRUKTUR, "Fiber antar-OPD");
        String sdm = rows(Element.STRUKTUR).get(0).id();
        String budget = rows(Element.STRUKTUR).get(1).id();
        String fiber = rows(Element.INFRASTRUKTUR).get(0).id();

        assertThat(vm.scoreByKey(sdm, "4")).isTrue();
        assertThat(vm.score(budget, 2)).isTrue();
        assertThat(vm.scoreByKey(fiber, "5")).isTrue();
        assertThat(vm.scoreByKey(fiber, "6")).isFalse();

        assertThat(vm.sections().get(0).total().percent().getAsDouble()).isCloseTo(50, within(1e-9));
        assertThat(vm.totalProperty().get().percent().getAsDouble()).isCloseTo(75, within(1e-9));
        assertThat(vm.totalProperty().get().band(Readiness.Bands.DEFAULT)).isEqualTo(Readiness.Band.BAIK);
        assertThat(vm.coverageProperty().get()).isEqualTo("3 dari 3 indikator dinilai");
        assertThat(vm.radar()).extracting(ReadinessViewModel.Axis::key)
                .containsExactly("STRUKTUR", "INFRASTRUKTUR", "SUPRASTRUKTUR");
        assertThat(vm.radar().get(1).percent().getAsDouble()).isCloseTo(100, within(1e-9));
        assertThat(vm.radar().get(2).percent()).isEmpty();
        assertThat(vm.dimensionTotals().get(0).percent().getAsDouble()).isCloseTo(75, within(1e-9));
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Beri nilai 5");

        // Kurang/Cukup/Baik: the stored percents stay, the levels read as the nearest band
        vm.setScale(ReadinessScale.BANDS);
        assertThat(vm.setupProperty().get().scale()).isEqualTo(ReadinessScale.BANDS);
        assertThat(vm.totalProperty().get().percent().getAsDouble()).isCloseTo(75, within(1e-9));
        assertThat(rows(Element.STRUKTUR).get(0).percent()).isEqualTo(OptionalInt.of(75));
        assertThat(rows(Element.STRUKTUR).get(0).level()).isEqualTo(OptionalInt.of(3));
        assertThat(rows(Element.INFRASTRUKTUR).get(0).level()).isEqualTo(OptionalInt.of(3));
        // K/C/B score on the band scale; 4 is no level there
        assertThat(vm.scoreByKey(budget, "k")).isTrue();
        assertThat(rows(Element.STRUKTUR).get(1).percent()).isEqualTo(OptionalInt.of(0));
        assertThat(vm.scoreByKey(budget, "C")).isTrue();
        assertThat(rows(Element.STRUKTUR).get(1).percent()).isEqualTo(OptionalInt.of(50));
        assertThat(vm.scoreByKey(budget, "4")).isFalse();
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Beri nilai Cukup");

        // back to 1–5: nothing lost
        vm.setScale(ReadinessScale.FIVE);
        assertThat(rows(Element.STRUKTUR).get(1).level()).isEqualTo(OptionalInt.of(3));
        assertThat(rows(Element.INFRASTRUKTUR).get(0).percent()).isEqualTo(OptionalInt.of(100));

        vm.clearScore(fiber);
        assertThat(vm.coverageProperty().get()).isEqualTo("2 dari 3 indikator dinilai");
        session.shell.undo();
        assertThat(vm.coverageProperty().get()).isEqualTo("3 dari 3 indikator dinilai");
    }

    @Test
    void optionalElementsJoinAndLeaveTheTotals() {
        vm.addIndicator(Element.STRUKTUR, "SDM TIK memadai");
        vm.score(vm.rows().get(0).id(), 5);
        vm.setAlam(true);
        vm.addIndicator(Element.ALAM, "Potensi wisata alam terpetakan");
        vm.score(rows(Element.ALAM).get(0).id(), 1);
        assertThat(vm.totalProperty().get().percent().getAsDouble()).isCloseTo(50, within(1e-9));
        assertThat(vm.radar()).hasSize(4);

        vm.setAlam(false);
        assertThat(vm.totalProperty().get().percent().getAsDouble()).isCloseTo(100, within(1e-9));
        assertThat(vm.rows()).extracting(ReadinessViewModel.Row::element).doesNotContain(Element.ALAM);
        assertThat(vm.radar()).hasSize(3);
        session.shell.undo();
        assertThat(vm.radar()).hasSize(4);
        assertThat(rows(Element.ALAM).get(0).level()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void conditionEvidenceAndNotesAreWrittenFieldByFieldAndUndone() {
        vm.addIndicator(Element.INFRASTRUKTUR, "Fiber antar-OPD");
        String id = vm.rows().get(0).id();

        assertThat(vm.setCondition(id, "  1,5 km menghubungkan 17 OPD ")).isTrue();
        assertThat(vm.setEvidence(id, "Paparan Wabup 2021")).isTrue();
        assertThat(vm.setNotes(id, "Kecamatan belum")).isTrue();
        assertThat(vm.setNotes(id, "Kecamatan belum")).isFalse();

        ReadinessViewModel.Row r = vm.rows().get(0);
        assertThat(r.condition()).isEqualTo("1,5 km menghubungkan 17 OPD");
        assertThat(r.evidence()).isEqualTo("Paparan Wabup 2021");
        assertThat(r.notes()).isEqualTo("Kecamatan belum");
        assertThat(r.percent()).isEmpty();
        assertThat(vm.coverageProperty().get()).isEqualTo("0 dari 1 indikator dinilai");
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Ubah catatan indikator");
        session.shell.undo();
        assertThat(vm.rows().get(0).notes()).isEmpty();
        assertThat(vm.rows().get(0).evidence()).isEqualTo("Paparan Wabup 2021");
    }

    @Test
    void indicatorsAreRenamedReweightedMovedAndDeletedWithTheirScore() {
        vm.addIndicator(Element.STRUKTUR, "A");
        vm.addIndicator(Element.STRUKTUR, "B");
        vm.addIndicator(Element.STRUKTUR, "C");
        String a = vm.rows().get(0).id();
        String b = vm.rows().get(1).id();
        vm.score(a, 5);
        vm.score(b, 1);

        assertThat(vm.setWeight(b, 3)).isTrue();
        assertThat(vm.sections().get(0).total().percent().getAsDouble()).isCloseTo(25, within(1e-9));
        assertThat(vm.rename(a, "  ")).isFalse();
        assertThat(vm.rename(a, "SDM TIK")).isTrue();
        assertThat(vm.move(a, 1)).isTrue();
        assertThat(vm.rows()).extracting(r -> r.indicator().text()).containsExactly("B", "SDM TIK", "C");
        assertThat(vm.move(b, -1)).isFalse();

        vm.delete(a);
        assertThat(vm.rows()).extracting(r -> r.indicator().text()).containsExactly("B", "C");
        assertThat(vm.sections().get(0).total().percent().getAsDouble()).isCloseTo(0, within(1e-9));
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Hapus indikator");
        session.shell.undo();
        assertThat(vm.rows()).extracting(r -> r.indicator().text()).containsExactly("B", "SDM TIK", "C");
        assertThat(vm.rows().get(1).percent()).isEqualTo(OptionalInt.of(100));
    }

    @Test
    void aLowLineStartsAGapRowWithItsConditionAndWhatTheIndicatorExpects() {
        vm.addIndicator(Element.INFRASTRUKTUR, "Wifi publik di ruang publik");
        String id = vm.rows().get(0).id();
        vm.setCondition(id, "Baru 6 titik");
        vm.score(id, 1);

        assertThat(vm.makeGap(id)).isPresent();

        List<GapItem> gaps = Records.read(session.shell.stateProperty().get(), EntityKind.GAP_ITEM, GapItem::from)
                .records();
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).current()).isEqualTo("Baru 6 titik");
        assertThat(gaps.get(0).expected()).isEqualTo("Wifi publik di ruang publik");
        assertThat(gaps.get(0).element()).contains(Element.INFRASTRUKTUR);
        assertThat(gaps.get(0).dimension()).isEqualTo(Dimension.GOV);
    }

    @Test
    void aDimensionGroupIsHeldToItsDimensionAndAnElementGroupSeesItsElementAcrossDimensions() {
        vm.setGroup("ECO");
        assertThat(vm.dimensionProperty().get()).isEqualTo(Dimension.ECO);
        assertThat(vm.dimensionFixedProperty().get()).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("Smart Economy");

        ReadinessViewModel element = new ReadinessViewModel(session.shell);
        element.setGroup("INFRASTRUKTUR");
        assertThat(element.dimensionFixedProperty().get()).isFalse();
        element.insertDefaults();
        assertThat(element.rows()).extracting(ReadinessViewModel.Row::element).containsOnly(Element.INFRASTRUKTUR);
        element.score(element.rows().get(0).id(), 5);
        assertThat(element.radar()).extracting(ReadinessViewModel.Axis::key)
                .containsExactly("GOV", "BRD", "ECO", "LIV", "SOC", "ENV");
        assertThat(element.radar().get(0).percent().getAsDouble()).isCloseTo(100, within(1e-9));
        assertThat(element.titleProperty().get()).isEqualTo("Smart Governance · Infrastruktur");
    }
}

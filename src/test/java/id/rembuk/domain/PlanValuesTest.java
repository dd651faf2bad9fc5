package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small values the plans are written in: periods, month steps, indicator targets, phases. */
class PlanValuesTest {
    @ParameterizedTest
    @CsvSource({"M3, 3, 3, 3", "M3-5, 3, 5, 5", "Q2, 4, 6, 6", "Q1-2, 1, 6, 6", "Y1, 1, 12, 12", "Y2-3, 13, 36, 36"})
    void periodsReadBackAndCoverMonths(String code, int firstMonth, int lastMonth, int ignored) {
        PlanPeriod p = PlanPeriod.parse(code).orElseThrow();
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.firstMonth()).isEqualTo(firstMonth);
        assertThat(p.lastMonth()).isEqualTo(lastMonth);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X3", "M0", "M5-3", "Y11", "Q41", "M3-", "m3", "M 3"})
    void damagedPeriodsReadAsNone(String code) {
        assertThat(PlanPeriod.parse(code)).isEmpty();
    }

    @Test
    void periodsOutsideThePlanAreRefused() {
        assertThatThrownBy(() -> new PlanPeriod(PlanPeriod.Unit.YEAR, 2, 11)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new PlanPeriod(PlanPeriod.Unit.MONTH, 4, 3)).isInstanceOf(InvalidValue.class);
        assertThat(PlanPeriod.of(PlanPeriod.Unit.QUARTER, 5).firstYear()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "3-5: Sosialisasi ke kecamatan; 3; 5; Sosialisasi ke kecamatan; 3-5: Sosialisasi ke kecamatan",
        "7:Uji coba; 7; 7; Uji coba; 7: Uji coba",
        "2–4 : Pengadaan; 2; 4; Pengadaan; 2-4: Pengadaan",
        "Evaluasi akhir; 0; 0; Evaluasi akhir; Evaluasi akhir",
        "13-14: Terlalu jauh; 0; 0; 13-14: Terlalu jauh; 13-14: Terlalu jauh",
    })
    void monthStepsAreLenient(String line, int from, int to, String activity, String formatted) {
        MonthStep s = MonthStep.parse(line);
        assertThat(s.from()).isEqualTo(from);
        assertThat(s.to()).isEqualTo(to);
        assertThat(s.activity()).isEqualTo(activity);
        assertThat(s.format()).isEqualTo(formatted);
        assertThat(MonthStep.parse(s.format())).isEqualTo(s);
    }

    @Test
    void indicatorTargetsRoundTrip() {
        IndicatorTarget t = IndicatorTarget.parse("Waktu layanan KTP | 14 hari | 1 hari");
        assertThat(t).isEqualTo(new IndicatorTarget("Waktu layanan KTP", "14 hari", "1 hari"));
        assertThat(IndicatorTarget.parse(t.format())).isEqualTo(t);
        assertThat(IndicatorTarget.parse("Kepuasan warga").format()).isEqualTo("Kepuasan warga");
        IndicatorTarget piped = new IndicatorTarget("A|B", "", "90 %");
        assertThat(IndicatorTarget.parse(piped.format())).isEqualTo(piped);
    }

    @Test
    void phasesSpanOrderedYears() {
        RoadmapPhase p = new RoadmapPhase("r", "p", "Persiapan", 2, 4, 0);
        assertThat(p.years()).isEqualTo(3);
        assertThat(p.covers(4)).isTrue();
        assertThat(p.covers(5)).isFalse();
        assertThatThrownBy(() -> new RoadmapPhase("r", "p", "x", 4, 2, 0)).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).key()).isEqualTo("domain.invalid.span");
        assertThat(RoadmapSetup.defaultFor(2025)).isEqualTo(new RoadmapSetup(2026, 5));
        assertThat(new RoadmapSetup(2026, 10).calendarYear(10)).isEqualTo(2035);
        assertThatThrownBy(() -> new RoadmapSetup(2026, 7)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void aQuickWinChosenFromAProgrammeHasOneId() {
        assertThat(QuickWin.idFor("p1")).isEqualTo(QuickWin.idFor("p1")).isNotEqualTo(QuickWin.idFor("p2"));
    }
}

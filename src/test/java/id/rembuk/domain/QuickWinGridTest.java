package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuickWinGridTest {
    @ParameterizedTest
    @CsvSource({
        "5, 1, QUICK_WIN", "4, 3, QUICK_WIN", "3.5, 2.9, QUICK_WIN",
        "5, 5, MAJOR_PROJECT", "4, 4, MAJOR_PROJECT",
        "3, 3, FILL_IN", "1, 1, FILL_IN", "2, 3, FILL_IN",
        "1, 5, THANKLESS", "3, 4, THANKLESS"
    })
    void placesByImpactAndEffort(double impact, double effort, QuickWinGrid.Quadrant expected) {
        assertThat(QuickWinGrid.place(impact, effort)).isEqualTo(expected);
    }

    @Test
    void midlineIsConfigurableAndNaNIsRejected() {
        assertThat(QuickWinGrid.place(3, 2, 2.5)).isEqualTo(QuickWinGrid.Quadrant.QUICK_WIN);
        assertThatThrownBy(() -> QuickWinGrid.place(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuickWinKnowsItsQuadrantAndMustFitInAYear() {
        QuickWin q = quickWin(12, 5, 2);
        assertThat(q.quadrant()).isEqualTo(QuickWinGrid.Quadrant.QUICK_WIN);
        assertThatThrownBy(() -> quickWin(13, 5, 2)).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).key()).isEqualTo("domain.invalid.quick_win_months");
    }

    private static QuickWin quickWin(int months, int impact, int effort) {
        return new QuickWin("q1", "", "Layanan antrean online Puskesmas", Dimension.LIV,
                Optional.of(SubDimension.LIV_KESEHATAN), "Antrean panjang", "Antrean lebih singkat", "Pasien",
                "", "Dinas Kesehatan", List.of("Diskominfo"), "Luwuk", 2, months, 150_000_000L, FundingSource.APBD,
                "Aplikasi antrean", "Waktu tunggu turun", List.of("Waktu tunggu: 120 → 30 menit"), "", "", impact,
                effort);
    }
}

package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndonesianFormatTest {

    @Test
    void datesAsDocumentsPrintThem() {
        assertThat(IndonesianFormat.date(LocalDate.of(2022, 6, 16))).isEqualTo("Kamis, 16 Juni 2022");
        assertThat(IndonesianFormat.date(LocalDate.of(2024, 3, 1))).isEqualTo("Jumat, 1 Maret 2024");
        assertThat(IndonesianFormat.date(LocalDate.of(2023, 12, 31))).isEqualTo("Minggu, 31 Desember 2023");
        assertThat(IndonesianFormat.dateWithoutDay(LocalDate.of(2022, 8, 17))).isEqualTo("17 Agustus 2022");
        assertThat(IndonesianFormat.dayName(LocalDate.of(2022, 6, 13))).isEqualTo("Senin");
    }

    @Test
    void dateRangesOfTwoDays() {
        assertThat(IndonesianFormat.dateRange(LocalDate.of(2022, 6, 16), LocalDate.of(2022, 6, 17)))
                .isEqualTo("16–17 Juni 2022");
        assertThat(IndonesianFormat.dateRange(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1)))
                .isEqualTo("30 Juni – 1 Juli 2022");
        assertThat(IndonesianFormat.dateRange(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1)))
                .isEqualTo("31 Desember 2022 – 1 Januari 2023");
        assertThat(IndonesianFormat.dateRange(LocalDate.of(2022, 6, 16), LocalDate.of(2022, 6, 16)))
                .isEqualTo("16 Juni 2022");
    }

    @Property(tries = 200)
    void everyDayAndMonthHasAnIndonesianName(@ForAll @IntRange(min = 0, max = 3000) int offset) {
        LocalDate d = LocalDate.of(2020, 1, 1).plusDays(offset);
        String s = IndonesianFormat.date(d);
        assertThat(s).matches("(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), [0-9]{1,2} "
                + "(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) [0-9]{4}");
    }

    @Test
    void timesWithADot() {
        assertThat(IndonesianFormat.time(LocalTime.of(8, 30))).isEqualTo("08.30");
        assertThat(IndonesianFormat.time(LocalTime.of(15, 5, 59))).isEqualTo("15.05");
        assertThat(IndonesianFormat.timeRange(LocalTime.of(8, 0), LocalTime.of(10, 15))).isEqualTo("08.00–10.15");
        assertThat(IndonesianFormat.parseTime("8.30")).isEqualTo(LocalTime.of(8, 30));
        assertThat(IndonesianFormat.parseTime(" 13:00 ")).isEqualTo(LocalTime.of(13, 0));
        assertThatThrownBy(() -> IndonesianFormat.parseTime("25.00")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> IndonesianFormat.parseTime("jam delapan")).isInstanceOf(InvalidValue.class);
    }

    @Property(tries = 300)
    void timeFormatRoundTrips(@ForAll @IntRange(min = 0, max = 1439) int minute) {
        LocalTime t = LocalTime.MIDNIGHT.plusMinutes(minute);
        assertThat(IndonesianFormat.parseTime(IndonesianFormat.time(t))).isEqualTo(t);
    }

    @Test
    void rupiah() {
        assertThat(IndonesianFormat.rupiah(1_250_000_000L)).isEqualTo("Rp 1.250.000.000");
        assertThat(IndonesianFormat.rupiah(0)).isEqualTo("Rp 0");
        assertThat(IndonesianFormat.rupiah(999)).isEqualTo("Rp 999");
        assertThat(IndonesianFormat.rupiah(1000)).isEqualTo("Rp 1.000");
        assertThat(IndonesianFormat.rupiah(-5000)).isEqualTo("-Rp 5.000");
        assertThat(IndonesianFormat.rupiah(Long.MAX_VALUE)).isEqualTo("Rp 9.223.372.036.854.775.807");
    }

    @Test
    void shortRupiahForTheProjector() {
        assertThat(IndonesianFormat.rupiahShort(1_250_000_000L)).isEqualTo("Rp 1,25 M");
        assertThat(IndonesianFormat.rupiahShort(1_500_000L)).isEqualTo("Rp 1,5 jt");
        assertThat(IndonesianFormat.rupiahShort(750_000L)).isEqualTo("Rp 750 rb");
        assertThat(IndonesianFormat.rupiahShort(999_999L)).isEqualTo("Rp 1 jt");
        assertThat(IndonesianFormat.rupiahShort(2_000_000_000_000L)).isEqualTo("Rp 2 T");
        assertThat(IndonesianFormat.rupiahShort(1_250_000_000_000_000L)).isEqualTo("Rp 1.250 T");
        assertThat(IndonesianFormat.rupiahShort(500)).isEqualTo("Rp 500");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rp 1.250.000.000|1250000000",
        "1250000000|1250000000",
        "1,25 M|1250000000",
        "1,25M|1250000000",
        "Rp1,25 miliar|1250000000",
        "2 milyar|2000000000",
        "1,5 jt|1500000",
        "1,5 juta|1500000",
        "750 rb|750000",
        "750 ribu|750000",
        "Rp. 5.000,-|5000",
        "Rp 5.000,00|5000",
        "2 T|2000000000000",
        "0|0",
        "1.250|1250",
        "2.5 jt|2500000"
    })
    void parsesRupiahAsPeopleTypeIt(String text, long expected) {
        assertThat(IndonesianFormat.parseRupiah(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Rp", "satu juta", "1,5", "-5000", "12 dolar", "1,2,3", "99999999999 T", "Rp 1.25.000"})
    void rejectsWhatIsNotAWholeRupiahAmount(String text) {
        assertThatThrownBy(() -> IndonesianFormat.parseRupiah(text)).isInstanceOf(InvalidValue.class)
                .satisfies(e -> assertThat(((InvalidValue) e).key()).isEqualTo("domain.invalid.rupiah"));
    }

    @Property(tries = 1000)
    void rupiahFormatAndParseRoundTrip(@ForAll @LongRange(min = 0) long amount) {
        assertThat(IndonesianFormat.parseRupiah(IndonesianFormat.rupiah(amount))).isEqualTo(amount);
        assertThat(IndonesianFormat.parseRupiah(IndonesianFormat.number(amount))).isEqualTo(amount);
    }

    @Property(tries = 1000)
    void shortRupiahReadsBackWithinRounding(@ForAll @LongRange(min = 0, max = 1_000_000_000_000_000L) long amount) {
        long back = IndonesianFormat.parseRupiah(IndonesianFormat.rupiahShort(amount));
        // two decimals of the unit: at most half a hundredth of the unit off, i.e. under 0.5 %
        assertThat((double) Math.abs(back - amount)).isLessThanOrEqualTo(Math.max(0.005 * amount, 0.0));
    }

    @Test
    void decimalsTheIndonesianWay() {
        assertThat(IndonesianFormat.parseDecimal("1.250,5")).isEqualByComparingTo("1250.5");
        assertThat(IndonesianFormat.parseDecimal("2,75")).isEqualByComparingTo("2.75");
        assertThat(IndonesianFormat.parseDecimal("-3")).isEqualByComparingTo("-3");
        assertThat(IndonesianFormat.decimal(new BigDecimal("1250.5"))).isEqualTo("1.250,5");
        assertThat(IndonesianFormat.decimal(new BigDecimal("1E+3"))).isEqualTo("1.000");
        assertThatThrownBy(() -> IndonesianFormat.parseDecimal("abc")).isInstanceOf(InvalidValue.class);
    }
}

package id.rembuk.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Due dates as note-takers type them. */
class BlockNotesDateTest {
    private static final LocalDate JUNE_30 = LocalDate.of(2022, 6, 30);

    @ParameterizedTest
    @ValueSource(strings = {"30 Juni 2022", "30 juni 2022", " 30 Jun 2022 ", "30 Jun. 2022", "30-Jun-2022", "30/6/2022",
        "30/06/2022", "30-06-2022", "30.6.2022", "30/6/22", "2022-06-30", "30 June 2022"})
    void readsTheWaysPeopleWriteADate(String typed) {
        assertThat(DateText.parse(typed)).contains(JUNE_30);
    }

    @Test
    void readsIndonesianAndEnglishMonthNames() {
        assertThat(DateText.parse("17 Agustus 2022")).contains(LocalDate.of(2022, 8, 17));
        assertThat(DateText.parse("17 Agt 2022")).contains(LocalDate.of(2022, 8, 17));
        assertThat(DateText.parse("1 Mei 2023")).contains(LocalDate.of(2023, 5, 1));
        assertThat(DateText.parse("1 May 2023")).contains(LocalDate.of(2023, 5, 1));
        assertThat(DateText.parse("5 Okt 2022")).contains(LocalDate.of(2022, 10, 5));
        assertThat(DateText.parse("5 Oct 2022")).contains(LocalDate.of(2022, 10, 5));
        assertThat(DateText.parse("24 Des 2022")).contains(LocalDate.of(2022, 12, 24));
        assertThat(DateText.parse("3 Maret 2022")).contains(LocalDate.of(2022, 3, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "besok", "31 Juni 2022", "30/13/2022", "30 Ju 2022", "30 Foo 2022", "30/6",
        "2022-02-30"})
    void refusesWhatIsNoDate(String typed) {
        assertThat(DateText.parse(typed)).isEmpty();
    }

    @Test
    void showsTheDateAsTheMinutesPrintIt() {
        assertThat(DateText.format(JUNE_30)).isEqualTo("30 Juni 2022");
        assertThat(DateText.format(null)).isEmpty();
        assertThat(DateText.parse(DateText.format(LocalDate.of(2023, 1, 9)))).contains(LocalDate.of(2023, 1, 9));
    }
}

package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.QuickWinRules.Rule;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuickWinRulesTest {
    /** months (0 = not estimated), horizon, lead OPD, existing service → broken rules. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "6; MEDIUM; Diskominfo; Layanan KTP; ''",
        "12; LONG; Diskominfo; Layanan KTP; ''",
        "13; SHORT; Diskominfo; Layanan KTP; TOO_LONG",
        "0; SHORT; Diskominfo; Layanan KTP; ''",
        "0; MEDIUM; Diskominfo; Layanan KTP; TOO_LONG",
        "6; SHORT; ''; Layanan KTP; NO_LEAD",
        "6; SHORT; Diskominfo; ''; NEW_SERVICE",
        "24; LONG; ''; ''; TOO_LONG NO_LEAD NEW_SERVICE",
    })
    void rulesFlagWhatCannotBeAQuickWin(int months, Programme.Horizon horizon, String lead, String service,
                                        String expected) {
        Programme p = new Programme("p", Dimension.GOV, Optional.empty(), List.of(), "Antrean online", List.of(),
                horizon, lead, List.of(), FundingSource.APBD, 0, "", 0,
                months == 0 ? OptionalInt.empty() : OptionalInt.of(months), service);
        List<Rule> want = expected.isBlank() ? List.of()
                : java.util.Arrays.stream(expected.split(" ")).map(Rule::valueOf).toList();
        assertThat(QuickWinRules.broken(p)).containsExactlyElementsOf(want);
        assertThat(QuickWinRules.eligible(p)).isEqualTo(want.isEmpty());
    }
}

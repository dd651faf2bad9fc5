package id.rembuk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.i18n.Messages;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UiFormatTest {
    @AfterEach
    void indonesian() {
        Messages.setLocale(Messages.INDONESIAN);
    }

    @Test
    void whenARecentSessionWasOpenedUsesTheTimeFormatOfTheLanguage() {
        LocalDateTime t = LocalDateTime.of(2026, 6, 13, 10, 30);
        Messages.setLocale(Messages.INDONESIAN);
        assertThat(UiFormat.shortDayAndTime(t)).isEqualTo("13 Jun 2026, 10.30");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(UiFormat.shortDayAndTime(t)).isEqualTo("13 Jun 2026, 10:30");
    }
}

package id.rembuk.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.ui.SameThreadExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiSettingsTest {
    @TempDir
    Path dir;

    @Test
    void fontSizeLanguageMuteAndContrastSurviveARestart() {
        Path file = dir.resolve("settings.properties");
        UiSettings s = UiSettings.load(file);
        s.larger();
        s.larger();
        s.languageProperty().set(Locale.ENGLISH);
        assertThat(s.mutedProperty().get()).isFalse();
        s.mutedProperty().set(true);
        assertThat(s.highContrastProperty().get()).isFalse();
        s.highContrastProperty().set(true);
        s.save(new SameThreadExecutor());

        UiSettings again = UiSettings.load(file);
        assertThat(again.fontSizeProperty().get()).isEqualTo(s.fontSizeProperty().get())
                .isGreaterThan(UiSettings.DEFAULT_FONT);
        assertThat(again.languageProperty().get().getLanguage()).isEqualTo("en");
        assertThat(again.mutedProperty().get()).isTrue();
        assertThat(again.highContrastProperty().get()).isTrue();
    }

    @Test
    void unreadableSettingsFallBackToDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.write(file, new byte[] {(byte) 0xff, 0, 'x', '=', '\\'});
        UiSettings s = UiSettings.load(file);
        assertThat(s.fontSizeProperty().get()).isEqualTo(UiSettings.DEFAULT_FONT);
    }
}

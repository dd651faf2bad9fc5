package id.rembuk.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A cheap second guard beside {@link HardCodedTextTest}: no view hands a quoted text with letters
 * straight to a label, button, tooltip, prompt, title or screen reader. It also covers code the
 * walk does not reach (a rare error state, a window the walk cannot open); it misses text built
 * up first and passed on in a variable, which the walk catches.
 */
class SourceTextScanTest {
    private static final Path UI = Path.of("src/main/java/id/rembuk/ui");
    private static final Pattern SHOWN = Pattern.compile("(?:\\.(?:setText|setPromptText|setTitle|setAccessibleText"
            + "|setAccessibleHelp|setHeaderText|setContentText)|new (?:Label|Button|Tooltip|ToggleButton|CheckBox"
            + "|RadioButton|MenuItem|Menu|Tab|Hyperlink|Text|RadioMenuItem|CheckMenuItem|TitledPane|MenuButton"
            + "|TableColumn<[^>]*>))\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** The startup benchmark's plain JavaFX baseline: no bundles on purpose, and no user ever sees it. */
    private static final Path BASELINE = UI.resolve("HelloFx.java");

    @Test
    void noViewShowsAQuotedText() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.equals(BASELINE)).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = SHOWN.matcher(lines.get(i));
                    while (m.find()) {
                        if (LETTER.matcher(m.group(1)).find()) {
                            found.add(UI.relativize(f) + ":" + (i + 1) + ": " + m.group().strip());
                        }
                    }
                }
            }
        }
        assertThat(found).as("texts typed into views; put them in the feature's bundle").isEmpty();
    }

    @Test
    void theScanFindsALabelWithATypedText() {
        Matcher m = SHOWN.matcher("        Label l = new Label(\"Simpan\"); b.setTooltip(new Tooltip(\"Hapus kartu\"));");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("Simpan");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("Hapus kartu");
        Matcher none = SHOWN.matcher("field.setText(\"\"); new Label(Messages.get(\"ui.x\"));");
        assertThat(none.find()).isTrue();
        assertThat(none.group(1)).isEmpty();
        assertThat(none.find()).isFalse();
    }
}

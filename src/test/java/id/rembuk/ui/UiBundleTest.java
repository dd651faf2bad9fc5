package id.rembuk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every ui.* key the code uses exists in both languages, and both bundles hold the same keys. */
class UiBundleTest {
    private static final Pattern KEY = Pattern.compile("\"(ui\\.[A-Za-z0-9_.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiBundleTest.class.getResourceAsStream("/id/rembuk/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveEveryKeyTheCodeUses() throws IOException {
        Properties id = load("ui.properties");
        Properties en = load("ui_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(id.stringPropertyNames());
        assertThat(id.stringPropertyNames()).allMatch(k -> k.startsWith("ui."));

        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/rembuk/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (key.endsWith(".")) {
                        // a prefix completed at run time: check the completions below
                        continue;
                    }
                    used.add(key);
                }
            }
        }
        Arrays.stream(Stage.values()).forEach(s -> used.add("ui.form.stageHint." + s.name()));
        Arrays.stream(Dimension.values())
                .forEach(d -> used.add("ui.overview.dimensionHint." + d.code()));
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(id.stringPropertyNames()).containsAll(used);
    }
}

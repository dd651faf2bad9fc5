package id.rembuk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The feature bundles: both languages hold the same keys, all under the feature's prefix, every
 * pattern formats, and every key the feature's code names exists.
 */
class FeatureBundlesTest {
    /** bundle name to the source folder whose code uses it. */
    private static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("agenda", "src/main/java/id/rembuk/agenda"),
            Map.entry("editor", "src/main/java/id/rembuk/ui/agenda"),
            Map.entry("notes", "src/main/java/id/rembuk/ui/notes"),
            Map.entry("run", "src/main/java/id/rembuk/ui/run"),
            Map.entry("participants", "src/main/java/id/rembuk/participants"),
            Map.entry("groups", "src/main/java/id/rembuk/ui/groups"),
            Map.entry("people", "src/main/java/id/rembuk/ui/people"),
            Map.entry("breakout", "src/main/java/id/rembuk/ui/breakout"),
            Map.entry("board", "src/main/java/id/rembuk/ui/board"),
            Map.entry("swot", "src/main/java/id/rembuk/ui/swot"),
            Map.entry("readiness", "src/main/java/id/rembuk/ui/readiness"),
            Map.entry("tows", "src/main/java/id/rembuk/ui/tows"),
            Map.entry("vision", "src/main/java/id/rembuk/ui/vision"),
            Map.entry("programme", "src/main/java/id/rembuk/ui/programme"),
            Map.entry("scoring", "src/main/java/id/rembuk/ui/scoring"),
            Map.entry("quickwin", "src/main/java/id/rembuk/ui/quickwin"),
            Map.entry("profile", "src/main/java/id/rembuk/ui/profile"),
            Map.entry("roadmap", "src/main/java/id/rembuk/ui/roadmap"),
            Map.entry("merge", "src/main/java/id/rembuk/ui/merge"),
            Map.entry("conflicts", "src/main/java/id/rembuk/ui/conflicts"),
            Map.entry("export", "src/main/java/id/rembuk/ui/export"),
            Map.entry("report", "src/main/java/id/rembuk/report"));

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FeatureBundlesTest.class.getResourceAsStream("/id/rembuk/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"agenda", "editor", "notes", "run", "participants", "groups", "people", "breakout",
        "board", "swot", "readiness", "tows", "vision", "programme", "scoring", "quickwin", "profile", "roadmap", "merge",
        "conflicts", "export", "report"})
    void bundleIsCompleteInBothLanguages(String bundle) throws IOException {
        assertThat(Messages.bundleNames()).contains("id.rembuk.i18n." + bundle);
        Properties id = load(bundle + ".properties");
        Properties en = load(bundle + "_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(id.stringPropertyNames());
        for (Properties p : new Properties[] {id, en}) {
            for (String k : p.stringPropertyNames()) {
                assertThat(k).startsWith(bundle + ".");
                assertThat(p.getProperty(k)).as(k).isNotBlank();
                new MessageFormat(p.getProperty(k)).format(new Object[] {"x", "y", "z", "w"});
            }
        }
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(" + Pattern.quote(bundle) + "\\.[A-Za-z0-9_.]+)\"");
        Path dir = Path.of(SOURCES.get(bundle));
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = key.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) {
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(id.stringPropertyNames()).containsAll(used);
    }
}

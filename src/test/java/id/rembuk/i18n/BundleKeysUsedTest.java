package id.rembuk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message in every bundle is used by the program: a key no code asks for is a text no one
 * sees, and a translator's time spent on it is lost. A key counts as used when the sources name it
 * whole, or name a prefix it starts with ({@code "export.doc." + name}), or name a suffix it ends
 * with while its stem is used ({@code key + ".hint"}).
 */
class BundleKeysUsedTest {
    private static final Path BUNDLES = Path.of("src/main/resources/id/rembuk/i18n");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z0-9_.\\-]+)\"");

    private static Set<String> literals() throws IOException {
        Set<String> all = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    all.add(m.group(1));
                }
            }
        }
        return all;
    }

    @Test
    void everyKeyOfEveryBundleIsAskedForSomewhere() throws IOException {
        Set<String> literals = literals();
        Set<String> prefixes = new HashSet<>();
        Set<String> suffixes = new HashSet<>();
        for (String l : literals) {
            if (l.endsWith(".") && l.length() > 2) {
                prefixes.add(l);
            }
            if (l.startsWith(".") && l.length() > 1) {
                suffixes.add(l);
            }
        }
        Set<String> unused = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties"))
                    .toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                for (String key : p.stringPropertyNames()) {
                    boolean used = literals.contains(key) || prefixes.stream().anyMatch(key::startsWith)
                            || suffixes.stream().anyMatch(s -> key.endsWith(s)
                            && literals.contains(key.substring(0, key.length() - s.length())));
                    if (!used) {
                        unused.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(unused).isEmpty();
    }
}

package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CliMessagesTest {
    private static Set<String> keys(Locale l) {
        ResourceBundle b = Messages.bundle("id.rembuk.i18n.cli", l).orElseThrow();
        return new TreeSet<>(b.keySet());
    }

    @Test
    void bothLanguagesHaveTheSameKeysAllPrefixedByArea() throws IOException {
        java.util.Properties id = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/id/rembuk/i18n/cli.properties"));
             var in2 = Files.newBufferedReader(Path.of("src/main/resources/id/rembuk/i18n/cli_en.properties"))) {
            id.load(in);
            en.load(in2);
        }
        assertThat(en.keySet()).isEqualTo(id.keySet());
        assertThat(id.stringPropertyNames()).allMatch(k -> k.startsWith("cli."));
        assertThat(keys(Locale.ENGLISH)).isEqualTo(keys(Messages.INDONESIAN));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Pattern literal = Pattern.compile("\"(cli\\.[a-z_.]*[a-z_])\"");
        Pattern helpKey = Pattern.compile("descriptionKey = \"([a-z_.]+)\"");
        Set<String> used = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/id/rembuk/cli", "src/main/java/id/rembuk/report/json"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                    Matcher h = helpKey.matcher(Files.readString(f));
                    while (h.find()) {
                        used.add(HelpBundle.PREFIX + h.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(keys(Messages.INDONESIAN)).containsAll(used);
        assertThat(keys(Locale.ENGLISH)).containsAll(used);
    }
}

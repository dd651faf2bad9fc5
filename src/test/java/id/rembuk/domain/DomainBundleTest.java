package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DomainBundleTest {
    private static final List<Class<? extends Labelled>> LABELLED = List.of(AgendaItem.Kind.class,
            Participant.Unsur.class, FundingSource.class, Criterion.class, GapItem.Priority.class,
            SwotItem.Quadrant.class, Strategy.Type.class, Programme.Horizon.class, Note.Kind.class,
            QuickWinGrid.Quadrant.class, Readiness.Band.class, Element.class, Duplicates.Reason.class,
            BlockRun.Status.class, PlanPeriod.Unit.class, ActionItem.Status.class, QuickWinRules.Rule.class);

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DomainBundleTest.class.getResourceAsStream("/id/rembuk/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAllPrefixedAndFormattable() throws IOException {
        Properties id = load("domain.properties");
        Properties en = load("domain_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(id.stringPropertyNames());
        for (Properties p : List.of(id, en)) {
            for (String k : p.stringPropertyNames()) {
                assertThat(k).startsWith("domain.");
                assertThat(p.getProperty(k)).as(k).isNotBlank();
                new MessageFormat(p.getProperty(k)).format(new Object[] {"x", "y"});
            }
        }
    }

    @Test
    void everyEnumValueAndKindHasALabel() throws IOException {
        Properties id = load("domain.properties");
        List<String> keys = new ArrayList<>();
        for (Class<? extends Labelled> c : LABELLED) {
            for (Labelled l : c.getEnumConstants()) {
                keys.add(l.messageKey());
            }
        }
        for (EntityKind k : EntityKind.values()) {
            keys.add(k.messageKey());
        }
        assertThat(id.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyKeyTheDomainCodeUsesExists() throws IOException {
        Properties id = load("domain.properties");
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(domain\\.[a-z_]+\\.[a-z_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/rembuk/domain"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("domain.invalid.nip", "domain.invalid.rupiah");
        assertThat(id.stringPropertyNames()).containsAll(used);
    }

    @Test
    void messagesFindsTheDomainBundleInBothLanguages() {
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Locale.forLanguageTag("id-ID"));
            assertThat(Messages.get("domain.invalid.nip", "123")).isEqualTo("NIP harus 18 angka (boleh dikosongkan): 123");
            assertThat(Messages.get(Participant.Unsur.RELAWAN_TIK.messageKey())).isEqualTo("Relawan TIK");
            Messages.setLocale(Locale.ENGLISH);
            assertThat(Messages.get(EntityKind.QUICK_WIN.messageKey())).isEqualTo("Quick win");
            assertThat(Messages.get(Criterion.IMPACT.messageKey())).isEqualTo("Impact on residents");
        } finally {
            Messages.setLocale(before);
        }
    }
}

package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.change.Edit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/session-format.md is what other tools read the file by; it must list every kind and field. */
class SessionFormatDocTest {
    @Test
    void everyKindAndFieldIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/session-format.md"));
        for (EntityKind k : EntityKind.values()) {
            if (k == EntityKind.SESSION) {
                continue;
            }
            String heading = "### `" + k.code() + "`";
            int start = doc.indexOf(heading);
            assertThat(start).as(heading).isNotNegative();
            int end = doc.indexOf("\n### ", start + 1);
            String section = doc.substring(start, end < 0 ? doc.length() : end);
            for (Edit e : Samples.sample(k, 1, 1).toEdits()) {
                assertThat(section).as(k.code() + "." + e.field()).contains("| `" + e.field() + "` |");
            }
        }
    }
}

package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliConflictsCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCleanFileHasNone() throws Exception {
        Path f = SessionFixture.withParticipant(dir, "clean.mv.db");
        String before = SessionFixture.digest(f);
        CliRun r = CliRun.of("conflicts", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Tidak ada konflik terbuka");
        assertThat(CliRun.of("conflicts", f.toString(), "--lang", "en").out()).contains("No open conflicts");
        CliRun j = CliRun.of("conflicts", f.toString(), "--json");
        assertThat(new ObjectMapper().readTree(j.out()).isArray()).isTrue();
        assertThat(new ObjectMapper().readTree(j.out())).isEmpty();
        assertThat(SessionFixture.digest(f)).isEqualTo(before);
    }

    @Test
    void listsAPlantedConflictWithBothValuesAndBothLaptops() throws Exception {
        Path f = SessionFixture.withParticipant(dir, "conflict.mv.db");
        SessionFixture.plantConflict(f);
        String before = SessionFixture.digest(f);
        CliRun r = CliRun.of("conflicts", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.clean()).isTrue();
        assertThat(r.out()).contains("Ada 1 konflik terbuka", "Peserta " + SessionFixture.PARTICIPANT, "name",
                "\"Budi Santoso, S.Kom\" oleh Laptop Kelompok 1", "\"Budi Santosa\" oleh Laptop Kelompok 2",
                "2022-06-16");
        CliRun en = CliRun.of("--lang", "en", "conflicts", f.toString());
        assertThat(en.out()).contains("1 open conflict", "Participant " + SessionFixture.PARTICIPANT,
                "\"Budi Santosa\" by Laptop Kelompok 2");

        CliRun j = CliRun.of("conflicts", f.toString(), "--json");
        assertThat(j.code()).isZero();
        JsonNode list = new ObjectMapper().readTree(j.out());
        assertThat(list).hasSize(1);
        JsonNode c = list.get(0);
        assertThat(c.get("kind").asText()).isEqualTo("participant");
        assertThat(c.get("entityId").asText()).isEqualTo(SessionFixture.PARTICIPANT);
        assertThat(c.get("field").asText()).isEqualTo("name");
        assertThat(c.get("values")).hasSize(2);
        // newest first, as the app shows a conflict
        assertThat(c.get("values").get(0).get("value").asText()).isEqualTo("Budi Santosa");
        assertThat(c.get("values").get(0).get("replicaLabel").asText()).isEqualTo("Laptop Kelompok 2");
        assertThat(c.get("values").get(0).get("time").asText()).isEqualTo("2022-06-16T03:30:00Z");
        assertThat(c.get("values").get(1).get("value").asText()).isEqualTo("Budi Santoso, S.Kom");
        assertThat(c.get("values").get(1).get("replica").asText()).isEqualTo(SessionFixture.LAPTOP_1.toString());
        assertThat(c.get("values").get(1).get("time").asText()).isEqualTo("2022-06-16T02:15:00Z");
        assertThat(CliRun.of("conflicts", f.toString(), "--json").out()).isEqualTo(j.out());
        assertThat(SessionFixture.digest(f)).isEqualTo(before);
    }

    @Test
    void aMissingFileIsOneSentence() {
        CliRun r = CliRun.of("conflicts", dir.resolve("none.rembuk").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.clean()).isTrue();
        assertThat(r.err().strip().lines()).hasSize(1);
    }
}

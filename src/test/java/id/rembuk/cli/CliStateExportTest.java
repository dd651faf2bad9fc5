package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-json --state-only: the same set of edits gives the same bytes, however it was assembled. */
class CliStateExportTest {
    @TempDir
    Path dir;

    @Test
    void twoMastersMergedInOtherOrdersExportByteIdenticalStates() throws Exception {
        Path master = SessionFixture.withParticipant(dir, "induk.mv.db");
        Path gov = dir.resolve("gov.rembuk");
        Path eco = dir.resolve("eco.rembuk");
        assertThat(CliRun.of("group-pack", master.toString(), "--group", "GOV", "-o", gov.toString()).code()).isZero();
        assertThat(CliRun.of("group-pack", master.toString(), "--group", "ECO", "-o", eco.toString()).code()).isZero();
        CliRun.of("set", gov.toString(), SessionFixture.PARTICIPANT, "jabatan", "Kabid Aptika");
        CliRun.of("set", eco.toString(), SessionFixture.PARTICIPANT, "jabatan", "Kepala Bidang Aplikasi");
        CliRun phone = CliRun.of("set", eco.toString(), SessionFixture.PARTICIPANT, "phone", "081399998888");
        assertThat(phone.code()).as(phone.err()).isZero();
        Path a = Files.copy(master, dir.resolve("a.mv.db"));
        Path b = Files.copy(master, dir.resolve("b.mv.db"));
        Path exportOfEco = dir.resolve("eco.json");
        assertThat(CliRun.of("export-json", eco.toString(), exportOfEco.toString()).code()).isZero();
        assertThat(CliRun.of("merge", a.toString(), gov.toString(), eco.toString()).code()).isZero();
        assertThat(CliRun.of("merge", b.toString(), exportOfEco.toString()).code()).isZero();
        assertThat(CliRun.of("merge", b.toString(), gov.toString(), eco.toString()).code()).isZero();

        Path sa = dir.resolve("a.json");
        Path sb = dir.resolve("b.json");
        CliRun r = CliRun.of("export-json", a.toString(), sa.toString(), "--state-only");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Keadaan terkini ditulis");
        assertThat(CliRun.of("export-json", b.toString(), sb.toString(), "--state-only").code()).isZero();
        assertThat(Files.readAllBytes(sb)).isEqualTo(Files.readAllBytes(sa));

        JsonNode state = new ObjectMapper().readTree(sa.toFile());
        assertThat(state.get("format").asText()).isEqualTo("rembuk-state");
        assertThat(state.get("openConflicts").asInt()).isEqualTo(1);
        JsonNode person = null;
        for (JsonNode e : state.get("entities")) {
            if (e.get("id").asText().equals(SessionFixture.PARTICIPANT)) {
                person = e;
            }
        }
        assertThat(person).isNotNull();
        assertThat(person.get("fields").get("jabatan")).extracting(JsonNode::asText)
                .containsExactly("Kabid Aptika", "Kepala Bidang Aplikasi");
        assertThat(person.get("fields").get("phone").asText()).isEqualTo("081399998888");
        assertThat(Files.readString(sa)).doesNotContain("_deleted").doesNotContain("\r");
    }
}

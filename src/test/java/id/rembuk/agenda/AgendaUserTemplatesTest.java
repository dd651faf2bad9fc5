package id.rembuk.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgendaUserTemplatesTest {
    @TempDir
    Path home;

    @Test
    void noFolderYetMeansNoTemplatesAndNoProblems() {
        UserTemplates.Listing l = new UserTemplates(home).list();
        assertThat(l.templates()).isEmpty();
        assertThat(l.problems()).isEmpty();
        assertThat(home.resolve("templates")).doesNotExist();
    }

    @Test
    void savedTemplatesGetSafeUniqueNamesAndNeverReplaceEachOther() throws Exception {
        UserTemplates user = new UserTemplates(home);
        AgendaTemplate a = AgendaTemplates.builtIn(Stage.I).withName("Tahap I: Banggai / 2022 — versi Ñoño");
        AgendaTemplate b = a.withDescription("Versi kedua, nama sama");
        Path fa = user.save(a);
        Path fb = user.save(b);
        assertThat(fa).isEqualTo(home.resolve("templates/tahap-i-banggai-2022-versi-nono.json"));
        assertThat(fb).isEqualTo(home.resolve("templates/tahap-i-banggai-2022-versi-nono-2.json"));
        assertThat(AgendaTemplates.read(fa)).isEqualTo(a);
        assertThat(AgendaTemplates.read(fb)).isEqualTo(b);
        assertThat(user.list().templates()).extracting(UserTemplates.Entry::template).containsExactly(a, b);
    }

    @Test
    void namesThatMakeNoFileNameStillSave() throws Exception {
        assertThat(UserTemplates.slug("???")).isEqualTo("templat");
        assertThat(UserTemplates.slug("CON")).isEqualTo("templat-con");
        assertThat(UserTemplates.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(UserTemplates.slug("x".repeat(300))).hasSize(60);
        Path f = new UserTemplates(home).save(AgendaTemplates.builtIn(Stage.II).withName("¿¡!"));
        assertThat(f).hasParent(home.resolve("templates")).hasFileName("templat.json");
    }

    @Test
    void oneCorruptFileIsListedAsAProblemAndTheOthersStillShow() throws Exception {
        UserTemplates user = new UserTemplates(home);
        Path good = user.save(AgendaTemplates.builtIn(Stage.IV).withName("Baik"));
        Path corrupt = Files.writeString(home.resolve("templates/rusak.json"), "{\"kind\": \"rembuk-agenda-template\", ");
        byte[] before = Files.readAllBytes(corrupt);
        Files.writeString(home.resolve("templates/catatan.txt"), "bukan templat, bukan .json");
        Files.writeString(home.resolve("templates/.templat.json.123.tmp"), "sisa penulisan");
        Files.writeString(home.resolve("templates/.tersembunyi.json"), "{}");

        UserTemplates.Listing l = user.list();
        assertThat(l.templates()).extracting(UserTemplates.Entry::file).containsExactly(good);
        assertThat(l.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(corrupt);
            assertThat(p.error().key()).isEqualTo("agenda.file.truncated");
            assertThat(p.message()).contains(corrupt.toString(), "terpotong");
        });
        assertThat(Files.readAllBytes(corrupt)).isEqualTo(before);
    }

    @Test
    void aSessionsAgendaSavedAsATemplateComesBackAsItsItems() throws Exception {
        var items = AgendaTemplates.builtIn(Stage.III).toItems();
        AgendaTemplate mine = AgendaTemplate.fromItems("Tahap III Kota Palu", Optional.of(Stage.III), items);
        Path f = new UserTemplates(home).save(mine);
        AgendaTemplate read = new UserTemplates(home).list().templates().get(0).template();
        assertThat(f.getFileName().toString()).isEqualTo("tahap-iii-kota-palu.json");
        assertThat(read.toItems()).extracting(i -> i.title() + "@" + i.day() + " " + i.start())
                .containsExactlyElementsOf(items.stream().map(i -> i.title() + "@" + i.day() + " " + i.start()).toList());
    }
}

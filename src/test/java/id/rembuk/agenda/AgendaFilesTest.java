package id.rembuk.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.Stage;
import id.rembuk.i18n.Messages;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Template files: written whole, read back alike, and every bad file explained without being touched. */
class AgendaFilesTest {
    @TempDir
    Path dir;

    private static final String HEAD = "{\"kind\": \"rembuk-agenda-template\", \"formatVersion\": 1, \"name\": \"Uji\", ";

    /** A template of one day with one block whose fields are given as JSON. */
    private static String oneBlock(String block) {
        return HEAD + "\"days\": [{\"day\": 1, \"start\": \"08:00\", \"end\": \"16:00\", \"blocks\": [" + block + "]}]}";
    }

    private static String valid() {
        return new String(AgendaTemplates.toBytes(AgendaTemplates.builtIn(Stage.I)), StandardCharsets.UTF_8);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        for (AgendaTemplate t : AgendaTemplates.builtIns()) {
            Path f = dir.resolve("tahap-" + t.stage().orElseThrow().number() + ".json");
            AgendaTemplates.write(f, t);
            assertThat(AgendaTemplates.read(f)).isEqualTo(t);
            assertThat(Files.readString(f)).startsWith("{\n  \"kind\" : \"rembuk-agenda-template\",\n"
                    + "  \"formatVersion\" : 1,\n").endsWith("}\n").doesNotContain("\r");
        }
        AgendaTemplate noStage = new AgendaTemplate("Rapat kerja satu hari – “khusus”", java.util.Optional.empty(), "",
                AgendaTemplates.builtIn(Stage.II).days().subList(0, 1));
        Path f = dir.resolve("rapat.json");
        AgendaTemplates.write(f, noStage);
        assertThat(AgendaTemplates.read(f)).isEqualTo(noStage);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").hasSize(5);
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
        Path f = dir.resolve("punya-orang.json");
        Files.writeString(f, "jangan ditimpa");
        assertThatThrownBy(() -> AgendaTemplates.write(f, AgendaTemplates.builtIn(Stage.I)))
                .isInstanceOfSatisfying(AgendaTemplateException.class, e -> {
                    assertThat(e.key()).isEqualTo("agenda.file.exists");
                    assertThat(e.userMessage()).contains(f.toString(), "sudah ada");
                });
        assertThat(Files.readString(f)).isEqualTo("jangan ditimpa");
        AgendaTemplates.write(f, AgendaTemplates.builtIn(Stage.I), true);
        assertThat(AgendaTemplates.read(f)).isEqualTo(AgendaTemplates.builtIn(Stage.I));

        assertThatThrownBy(() -> AgendaTemplates.write(dir, AgendaTemplates.builtIn(Stage.I), true))
                .isInstanceOfSatisfying(AgendaTemplateException.class,
                        e -> assertThat(e.key()).isEqualTo("agenda.file.cannot_write"));
    }

    @Test
    void handWrittenTimesAndKindsAreReadLeniently() throws Exception {
        Path f = Files.writeString(dir.resolve("tulisan-tangan.json"), HEAD + "\"stage\": \"tahap ii\", "
                + "\"days\": [{\"day\": 2, \"start\": \"8.00\", \"end\": \"24:00\", \"blocks\": ["
                + "{\"start\": \"08.00\", \"durationMinutes\": 30, \"title\": \"Registrasi peserta\", \"kind\": \"registration\"},"
                + "{\"start\": \"23:00\", \"durationMinutes\": 60, \"title\": \"Malam budaya\", \"kind\": \"Ceremony\","
                + " \"groups\": null, \"extra\": \"dari versi lebih baru\"}]}]}");
        AgendaTemplate t = AgendaTemplates.read(f);
        assertThat(t.stage()).contains(Stage.II);
        assertThat(t.days().get(0).number()).isEqualTo(2);
        assertThat(t.days().get(0).endMinute()).isEqualTo(24 * 60);
        assertThat(t.days().get(0).blocks()).extracting(AgendaTemplate.Block::kind)
                .containsExactly(id.rembuk.domain.AgendaItem.Kind.REGISTRATION, id.rembuk.domain.AgendaItem.Kind.CEREMONY);
        Path again = dir.resolve("ditulis-ulang.json");
        AgendaTemplates.write(again, t);
        assertThat(Files.readString(again)).contains("\"end\" : \"24:00\"", "\"start\" : \"08:00\"");
        assertThat(AgendaTemplates.read(again)).isEqualTo(t);
    }

    static Stream<Arguments> badFiles() {
        String v = valid();
        return Stream.of(
                Arguments.of("empty", "", "agenda.file.empty", "kosong"),
                Arguments.of("blank", "  \n ", "agenda.file.empty", "kosong"),
                Arguments.of("not JSON", "Rundown bimtek tahap I\n08.00 Registrasi", "agenda.file.malformed",
                        "bukan JSON yang sah (baris 1"),
                Arguments.of("truncated", v.substring(0, v.length() / 2), "agenda.file.truncated", "terpotong"),
                Arguments.of("a session export", "{\"format\": \"rembuk-session\", \"formatVersion\": 1, \"changes\": []}",
                        "agenda.file.not_template", "bukan templat agenda Rembuk"),
                Arguments.of("a JSON list", "[1, 2, 3]", "agenda.file.not_template", "bukan templat agenda"),
                Arguments.of("a newer format", v.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"),
                        "agenda.file.newer_format", "versi 2, sedangkan Rembuk ini hanya memahami sampai versi 1"),
                Arguments.of("a text format version", v.replace("\"formatVersion\" : 1", "\"formatVersion\" : \"satu\""),
                        "agenda.file.bad_format_version", "tidak sah"),
                Arguments.of("no format version", v.replace("\"formatVersion\" : 1,", ""),
                        "agenda.file.missing", "\"formatVersion\" wajib ada"),
                Arguments.of("no name", v.replaceFirst("\"name\" : \"[^\"]*\",", ""), "agenda.file.missing",
                        "bagian umum: isian \"name\" wajib ada"),
                Arguments.of("an unknown stage", v.replace("\"stage\" : \"I\"", "\"stage\" : \"V\""),
                        "agenda.file.bad_stage", "tahap \"V\" tidak dikenal"),
                Arguments.of("a bad time", oneBlock("{\"start\": \"8:75\", \"durationMinutes\": 30, \"title\": \"X\", \"kind\": \"TALK\"}"),
                        "agenda.file.bad_time", "hari ke-1, acara ke-1: jam \"8:75\" tidak sah"),
                Arguments.of("a time that is no time", oneBlock("{\"start\": \"pagi\", \"durationMinutes\": 30, \"title\": \"X\", \"kind\": \"TALK\"}"),
                        "agenda.file.bad_time", "JJ:MM"),
                Arguments.of("a block past midnight", oneBlock("{\"start\": \"23:30\", \"durationMinutes\": 60, \"title\": \"X\", \"kind\": \"TALK\"}"),
                        "agenda.file.past_midnight", "mulai pukul 23:30 selama 60 menit berakhir lewat tengah malam"),
                Arguments.of("a duration of 0", oneBlock("{\"start\": \"08:00\", \"durationMinutes\": 0, \"title\": \"X\", \"kind\": \"TALK\"}"),
                        "agenda.file.bad_duration", "durasi 0 menit"),
                Arguments.of("a duration in words", oneBlock("{\"start\": \"08:00\", \"durationMinutes\": \"30 menit\", \"title\": \"X\", \"kind\": \"TALK\"}"),
                        "agenda.file.wrong_type", "isian \"durationMinutes\" berjenis salah"),
                Arguments.of("an unknown kind", oneBlock("{\"start\": \"08:00\", \"durationMinutes\": 30, \"title\": \"X\", \"kind\": \"WORKSHOP\"}"),
                        "agenda.file.unknown_kind", "jenis acara \"WORKSHOP\" tidak dikenal. Pilih salah satu: TALK, FGD, BREAK, PLENARY, CEREMONY, REGISTRATION"),
                Arguments.of("no title", oneBlock("{\"start\": \"08:00\", \"durationMinutes\": 30, \"kind\": \"TALK\"}"),
                        "agenda.file.missing", "hari ke-1, acara ke-1: isian \"title\" wajib ada"),
                Arguments.of("an unknown group", oneBlock("{\"start\": \"08:00\", \"durationMinutes\": 30, \"title\": \"X\", \"kind\": \"FGD\", \"groups\": [\"KELOMPOK-9\"]}"),
                        "agenda.file.invalid", "hari ke-1, acara ke-1: Kelompok tidak dikenal: KELOMPOK-9"),
                Arguments.of("a block outside its day", oneBlock("{\"start\": \"07:00\", \"durationMinutes\": 30, \"title\": \"Subuh\", \"kind\": \"TALK\"}"),
                        "agenda.file.broken_rule", ": Hari ke-1: acara \"Subuh\" (07:00-07:30) berada di luar jam hari itu (08:00-16:00)."),
                Arguments.of("a day twice", v.replace("\"day\" : 2", "\"day\" : 1"), "agenda.file.broken_rule",
                        "Hari ke-1 tercantum dua kali"),
                Arguments.of("a duplicate key", HEAD.replace("\"name\": \"Uji\", ", "\"name\": \"A\", \"name\": \"B\", ") + "\"days\": []}",
                        "agenda.file.malformed", "bukan JSON yang sah"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsExplainedAndLeftAsItWas(String what, String content, String key, String message) throws Exception {
        Path f = dir.resolve("templat.json");
        Files.writeString(f, content);
        FileTime modified = Files.getLastModifiedTime(f);
        byte[] before = Files.readAllBytes(f);

        assertThatThrownBy(() -> AgendaTemplates.read(f))
                .isInstanceOfSatisfying(AgendaTemplateException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.userMessage()).contains(f.toString()).contains(message).doesNotContain("!agenda.");
                });
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(f)).isEqualTo(modified);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void aFileTooLargeIsRefusedBeforeItIsRead() throws Exception {
        Path f = dir.resolve("besar.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(AgendaTemplates.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> AgendaTemplates.read(f))
                .isInstanceOfSatisfying(AgendaTemplateException.class, e -> {
                    assertThat(e.key()).isEqualTo("agenda.file.too_large");
                    assertThat(e.userMessage()).contains("terlalu besar", "4 MB");
                });
        assertThat(Files.size(f)).isEqualTo(AgendaTemplates.MAX_FILE_BYTES + 1);
    }

    @Test
    void aMissingFileAndOneThatCannotBeReadAreExplained() {
        Path missing = dir.resolve("tidak-ada.json");
        assertThatThrownBy(() -> AgendaTemplates.read(missing))
                .isInstanceOfSatisfying(AgendaTemplateException.class, e -> {
                    assertThat(e.key()).isEqualTo("agenda.file.not_found");
                    assertThat(e.userMessage()).isEqualTo("Berkas templat agenda tidak ditemukan: " + missing);
                });
        assertThat(missing).doesNotExist();
        // a folder stands in for a locked file: tests run as root here, so permissions lock nothing
        assertThatThrownBy(() -> AgendaTemplates.read(dir))
                .isInstanceOfSatisfying(AgendaTemplateException.class, e -> {
                    assertThat(e.key()).isEqualTo("agenda.file.cannot_read");
                    assertThat(e.userMessage()).contains("tidak bisa dibaca", "dibuka program lain");
                });
    }

    @Test
    void messagesFollowTheUsersLanguage() throws Exception {
        Path f = Files.writeString(dir.resolve("x.json"), oneBlock(
                "{\"start\": \"23:30\", \"durationMinutes\": 60, \"title\": \"X\", \"kind\": \"TALK\"}"));
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Locale.ENGLISH);
            assertThatThrownBy(() -> AgendaTemplates.read(f))
                    .isInstanceOfSatisfying(AgendaTemplateException.class, e -> assertThat(e.userMessage())
                            .isEqualTo("Agenda template " + f + ", day 1, item 1: the item starting at 23:30 for 60 "
                                    + "minutes ends after midnight. An item must end on its own day."));
        } finally {
            Messages.setLocale(before);
        }
    }
}

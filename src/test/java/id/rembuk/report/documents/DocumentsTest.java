package id.rembuk.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Participant;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.SessionState;
import id.rembuk.report.json.SessionJsonCodec;
import id.rembuk.report.pdf.PageSetup;
import id.rembuk.report.pdf.PdfRead;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentsTest {
    static final Path SAMPLE = Path.of("samples", "banggai-tahap1.json");
    static final DocumentOptions OPTIONS = DocumentOptions.defaults()
            .withCreated(ZonedDateTime.of(2022, 6, 17, 16, 0, 0, 0, ZoneOffset.ofHours(8)));
    static SessionFacts sample;
    static SessionState sampleState;
    static java.util.UUID sampleId;

    @BeforeAll
    static void load() throws Exception {
        SessionJsonCodec.Parsed p = SessionJsonCodec.read(SAMPLE);
        sampleState = SessionState.fold(p.changes());
        sampleId = p.sessionId();
        sample = SessionFacts.of(sampleState, sampleId).orElseThrow();
    }

    /** The sample moved to Tahap IV: the same people, the last stage. */
    static SessionFacts tahapIV() {
        SessionInfo i = sample.info();
        SessionInfo iv = new SessionInfo("Kabupaten Banggai", i.province(), Stage.IV, LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 4), "Ruang Rapat Khusus Kantor Bupati Banggai, Luwuk", i.facilitators(),
                i.experts(), false);
        return new SessionFacts(iv, iv.title(), sample.participants(), sample.agenda(), sample.quickWins(),
                sample.followUps());
    }

    @Test
    void theAttendanceListHasOneListPerDayWithEveryoneAndTheMengetahuiBlock() throws Exception {
        byte[] pdf = AttendanceList.render(sample, OPTIONS);
        List<String> pages = PdfRead.pages(pdf);
        String all = String.join(" ", pages);
        assertThat(sample.participants()).hasSize(80);
        // each day starts a page with the kop, the title and its date written the Indonesian way
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("DAFTAR HADIR")) {
                starts.add(i);
                assertThat(pages.get(i)).contains("PEMERINTAH KABUPATEN BANGGAI",
                        "No Nama NIP Jabatan Instansi/OPD Unsur Kelompok Tanda Tangan");
            }
        }
        assertThat(starts).hasSize(2);
        assertThat(pages.get(starts.get(0))).contains("Hari/Tanggal : Kamis, 16 Juni 2022");
        assertThat(pages.get(starts.get(1))).contains("Hari/Tanggal : Jumat, 17 Juni 2022");
        for (Participant p : sample.participants()) {
            // twice, or four times for the head who also signs "Mengetahui" on both days
            assertThat(count(all, p.name())).as(p.name()).isIn(2, 4);
        }
        assertThat(all).contains("19790719 200503 2 009", "Mengetahui,", "Magdalena Tumanggor", "Luwuk, 17 Juni 2022");
        assertThat(count(all, "Mengetahui,")).isEqualTo(2);
        assertThat(all).contains("80. ....", "79. ....").doesNotContain("81. ....");
        assertThat(all).doesNotContain("(CONTOH) Bimbingan").contains("DATA CONTOH");
        assertEmbedded(pdf);
        assertWithin(pdf, PageSetup.a4Landscape());
    }

    @Test
    void blankRowsAddNumberedEmptyRowsForWalkIns() throws Exception {
        String all = PdfRead.all(AttendanceList.render(sample, OPTIONS.withBlankRows(15)));
        assertThat(count(all, "95. ....")).isEqualTo(2);
        assertThat(all).doesNotContain("96. ....");
    }

    @Test
    void twoHundredParticipantsPaginateWithoutOverflow() throws Exception {
        List<Participant> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Participant p = sample.participants().get(i % 80);
            many.add(new Participant(p.id(), p.name() + " " + i, p.nip(), p.jabatan()
                    + (i % 10 == 0 ? " merangkap Pelaksana Tugas Kepala Bidang Pengembangan Ekosistem Digital Daerah" : ""),
                    p.institution(), p.unsur(), p.group(), p.phone(), p.email()));
        }
        SessionFacts f = new SessionFacts(sample.info(), sample.title(), many, sample.agenda(), sample.quickWins(),
                sample.followUps());
        byte[] pdf = AttendanceList.render(f, OPTIONS);
        List<String> pages = PdfRead.pages(pdf);
        assertThat(pages.size()).isGreaterThan(10);
        for (String page : pages) {
            assertThat(page).contains("dari " + pages.size());
            if (page.matches(".*\\d+\\. \\.{4}.*")) {
                assertThat(page).contains("No Nama NIP Jabatan Instansi/OPD Unsur Kelompok Tanda Tangan");
            }
        }
        assertThat(String.join(" ", pages)).contains("200. ....");
        assertWithin(pdf, PageSetup.a4Landscape());
    }

    @Test
    void theBeritaAcaraRecordsTheDayInWordsThePlaceAndTheCount() throws Exception {
        byte[] pdf = BeritaAcara.render(sample, OPTIONS.withNumber("050/017/BAPPEDA/2022"));
        String all = PdfRead.all(pdf);
        assertThat(all).contains("BERITA ACARA", "Nomor: 050/017/BAPPEDA/2022",
                "Pada hari ini Jumat tanggal tujuh belas bulan Juni tahun dua ribu dua puluh dua",
                "bertempat di Ruang Rapat Khusus Kantor Bupati Banggai, Bukit Halimun, Luwuk",
                "PIHAK PERTAMA", "PIHAK KEDUA", "Lukito Edi Nugroho", "Magdalena Tumanggor",
                "Kegiatan diikuti oleh 80 (delapan puluh) orang peserta",
                "Katalog daring produk UMKM Banggai", "Rp 450.000.000", "Tahap II",
                "Demikian berita acara ini dibuat", "Luwuk, 17 Juni 2022");
        assertThat(all).doesNotContain("LEMBAR KOMITMEN");
        assertEmbedded(pdf);
        assertWithin(pdf, PageSetup.a4Portrait());
    }

    @Test
    void theCountFollowsTheKeptParticipants() throws Exception {
        SessionFacts fewer = new SessionFacts(sample.info(), sample.title(), sample.participants().subList(0, 21),
                sample.agenda(), List.of(), List.of());
        String all = PdfRead.all(BeritaAcara.render(fewer, OPTIONS));
        assertThat(all).contains("diikuti oleh 21 (dua puluh satu) orang", "........./BA/SC-I/2022");
    }

    @Test
    void tahapIVAddsTheCommitmentSheetForTheRegentAndTheHeadsOfOpd() throws Exception {
        byte[] pdf = BeritaAcara.render(tahapIV(), OPTIONS);
        List<String> pages = PdfRead.pages(pdf);
        String all = String.join(" ", pages);
        assertThat(all).contains("BERITA ACARA", "LEMBAR KOMITMEN", "Bupati Banggai", "Kepala Perangkat Daerah",
                "Ridwan Ladjiu", "Dinas Komunikasi, Informatika, Statistik dan Persandian",
                "Pada hari ini Jumat tanggal empat bulan Desember tahun dua ribu dua puluh enam",
                "penetapan masterplan");
        int sheet = 0;
        while (!pages.get(sheet).contains("LEMBAR KOMITMEN")) {
            sheet++;
        }
        assertThat(pages.get(sheet)).contains("PEMERINTAH KABUPATEN BANGGAI");
        assertWithin(pdf, PageSetup.a4Portrait());
    }

    @Test
    void numbersAndDatesInWords() {
        assertThat(Terbilang.of(0)).isEqualTo("nol");
        assertThat(Terbilang.of(11)).isEqualTo("sebelas");
        assertThat(Terbilang.of(17)).isEqualTo("tujuh belas");
        assertThat(Terbilang.of(80)).isEqualTo("delapan puluh");
        assertThat(Terbilang.of(100)).isEqualTo("seratus");
        assertThat(Terbilang.of(1000)).isEqualTo("seribu");
        assertThat(Terbilang.of(2026)).isEqualTo("dua ribu dua puluh enam");
        assertThat(Terbilang.of(1_250_000_000)).isEqualTo("satu miliar dua ratus lima puluh juta");
        assertThat(Terbilang.date(LocalDate.of(2026, 12, 7)))
                .isEqualTo("Senin tanggal tujuh bulan Desember tahun dua ribu dua puluh enam");
    }

    static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    static void assertEmbedded(byte[] pdf) throws Exception {
        for (PDFont f : PdfRead.fonts(pdf)) {
            assertThat(f.isEmbedded()).as(f.getName()).isTrue();
        }
    }

    static void assertWithin(byte[] pdf, PageSetup setup) throws Exception {
        for (PdfRead.Glyph g : PdfRead.glyphs(pdf)) {
            boolean landscape = g.pageWidth() > g.pageHeight();
            PageSetup s = landscape == (setup.widthPt() > setup.heightPt()) ? setup
                    : landscape ? PageSetup.a4Landscape() : PageSetup.a4Portrait();
            assertThat(g.x()).as("%s p%d", g.text(), g.page()).isGreaterThanOrEqualTo(s.left() - 0.5f);
            assertThat(g.x() + g.width()).as("%s p%d", g.text(), g.page()).isLessThanOrEqualTo(s.right() + 0.5f);
            boolean footer = Math.abs(g.yFromTop() - (g.pageHeight() - s.bottom() / 2)) < 1;
            assertThat(footer || g.yFromTop() <= g.pageHeight() - s.bottom() + 0.5f)
                    .as("%s p%d y %f", g.text(), g.page(), g.yFromTop()).isTrue();
        }
    }
}

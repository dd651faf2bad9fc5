package id.rembuk.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.report.pdf.PageSetup;
import id.rembuk.report.pdf.PdfRead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MinutesTest {
    static byte[] samplePdf;
    static List<String> pages;

    @BeforeAll
    static void render() throws Exception {
        DocumentsTest.load();
        long t0 = System.nanoTime();
        samplePdf = Minutes.render(DocumentsTest.sample, DocumentsTest.OPTIONS);
        System.out.printf("summary of the sample: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        pages = PdfRead.pages(samplePdf);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "notulensi.pdf"), samplePdf);
        if (Boolean.getBoolean("timeIt")) {
            for (int i = 0; i < 8; i++) {
                long t = System.nanoTime();
                Minutes.render(DocumentsTest.sample, DocumentsTest.OPTIONS);
                long t2 = System.nanoTime();
                SessionFacts.of(DocumentsTest.sampleState, DocumentsTest.sampleId);
                long t3 = System.nanoTime();
                Minutes.Content.of(DocumentsTest.sample);
                System.out.printf("warm %.0f ms, facts %.0f ms, content %.0f ms%n", (t2 - t) / 1e6, (t3 - t2) / 1e6,
                        (System.nanoTime() - t3) / 1e6);
            }
        }
        if (Boolean.getBoolean("dumpPages")) {
            for (int i = 0; i < pages.size(); i++) {
                PdfRead.png(samplePdf, i, 70, Path.of("target", "pages", "notulensi-" + (i + 1) + ".png"));
            }
        }
    }

    @Test
    void theSampleMinutesHaveTheFactsTheDimensionsAndPageNumbers() throws Exception {
        String all = String.join(" ", pages);
        assertThat(all).contains("NOTULENSI", "PEMERINTAH KABUPATEN BANGGAI", "Kamis, 16 Juni 2022",
                "Jumat, 17 Juni 2022", "Magdalena Tumanggor", "Lukito Edi Nugroho", "Pimpinan Rapat",
                "Notulis", "Halaman 1 dari " + pages.size(), "Luwuk, 17 Juni 2022");
        for (Dimension d : Dimension.values()) {
            assertThat(all).contains(d.defaultLabel());
        }
        DocumentsTest.assertEmbedded(samplePdf);
        DocumentsTest.assertWithin(samplePdf, PageSetup.a4Portrait());
    }

    @Test
    void theContentsGiveThePagesTheHeadingsAreOn() throws Exception {
        List<String[]> toc = toc(samplePdf);
        assertThat(toc).extracting(e -> e[0]).startsWith("1. Peserta", "2. Agenda dan Jalannya Acara")
                .contains("5.1 Smart Governance", "5.6 Smart Environment", "8. Prioritas Program dan Quick Win")
                .endsWith("11. Tindak Lanjut");
        for (String[] e : toc) {
            int page = Integer.parseInt(e[1]);
            boolean sub = e[0].matches("\\d+\\.\\d+ .*");
            // headings print in capitals, subheadings as in the contents
            String heading = sub ? e[0] : e[0].toUpperCase(Locale.ROOT);
            int onContents = page == 1 && sub ? 1 : 0;
            assertThat(DocumentsTest.count(pages.get(page - 1), heading)).as(e[0] + " on page " + page)
                    .isEqualTo(1 + onContents);
            for (int p = 2; p < page; p++) {
                assertThat(pages.get(p - 1)).as(e[0] + " before its page, on " + p).doesNotContain(heading);
            }
        }
    }

    @Test
    void theSwotOfABoardPrintsEveryCardWithItsDots() throws Exception {
        SessionFacts f = DocumentsTest.sample;
        id.rembuk.domain.SwotCount.Board gov = id.rembuk.domain.SwotCount.of(f.state(),
                java.util.Optional.of(Dimension.GOV), java.util.Optional.empty());
        assertThat(gov.round()).isPositive();
        String all = String.join(" ", pages);
        int withDots = 0;
        for (id.rembuk.domain.SwotItem.Quadrant q : id.rembuk.domain.SwotItem.Quadrant.values()) {
            for (id.rembuk.domain.SwotCount.Card c : gov.cards(q)) {
                assertThat(all).contains(c.item().text() + " (" + c.dots() + " suara)");
                withDots += c.dots() > 0 ? 1 : 0;
            }
        }
        assertThat(withDots).isGreaterThan(2);
        assertThat(all).contains("Kekuatan (S) Kelemahan (W)", "Peluang (O) Ancaman (T)");
    }

    @Test
    void theMinutesOfAFinishedBimtekHaveTheTimesDecisionsFollowUpsGridAndRoadmap() throws Exception {
        SessionFacts f = new RichSession().facts();
        byte[] pdf = Minutes.render(f, DocumentsTest.OPTIONS);
        List<String> ps = PdfRead.pages(pdf);
        String all = String.join(" ", ps);
        assertThat(all).contains("08.02–08.31 (29 menit)", "08.37–09.06 (29 menit)", "dilewati",
                "Lukito Edi Nugroho: Masterplan harus selaras", "Keputusan: " + RichSession.DECISION,
                RichSession.FOLLOW_UP + " Bappeda Litbang 15 Juli 2022",
                "Menyusun rancangan Perbup Masterplan Smart City Bagian Hukum 30 September 2022",
                "PRIORITAS PROGRAM DAN QUICK WIN", "Gambar 2. Kisi prioritas quick win", "QUICK WIN",
                "PETA JALAN", "Jumlah per tahun", RichSession.DIRECT_WIN, "Rp 1.250.000.000",
                "Halaman 1 dari " + ps.size());
        assertThat(all).doesNotContain("Belum ada tindak lanjut");
        DocumentsTest.assertWithin(pdf, PageSetup.a4Portrait());
    }

    @Test
    void aTahapISessionWithoutGroupWorkSaysSoBriefly() throws Exception {
        SessionFacts bare = new SessionFacts(DocumentsTest.sample.info(), DocumentsTest.sample.title(),
                DocumentsTest.sample.participants(), DocumentsTest.sample.agenda(), List.of(), List.of());
        List<String> ps = PdfRead.pages(Minutes.render(bare, DocumentsTest.OPTIONS));
        String all = String.join(" ", ps);
        assertThat(all).contains("Belum ada penilaian kesiapan, analisis kesenjangan, SWOT, strategi TOWS dan program"
                + " untuk dimensi ini pada tahap ini.", "Belum ada tindak lanjut yang dicatat pada tahap ini.")
                .doesNotContain("PETA JALAN", "PRIORITAS PROGRAM", "Kode Program OPD pengampu");
        assertThat(ps.size()).isLessThanOrEqualTo(6);
    }

    @Test
    void longTextsWrapAndPaginateWithinTheMargins() throws Exception {
        SessionFacts f = new RichSession().withLongTexts().facts();
        byte[] pdf = Minutes.render(f, DocumentsTest.OPTIONS);
        Files.write(Path.of("target", "notulensi-long.pdf"), pdf);
        String all = PdfRead.all(pdf);
        assertThat(all).contains("Peserta kelompok Society: Kondisi jaringan");
        // the word longer than a line is cut where it must, nothing of it lost
        assertThat(DocumentsTest.count(all.replace(" ", ""), RichSession.LONG_WORD)).isEqualTo(2);
        // the 2,000-character cell and the 3,000-character note both arrive whole
        assertThat(all.replace(" ", "")).contains(("Kondisijaringandikecamatankepulauanbelummeratasehinggalayanan"
                + "daringbelumdapatdinikmatiseluruhwargasecarasetara.").repeat(13));
        DocumentsTest.assertWithin(pdf, PageSetup.a4Portrait());
        DocumentsTest.assertEmbedded(pdf);
        // a profile of 4,000 to 8,000 characters a field flows over pages within the margins
        byte[] profiles = QuickWinProfiles.render(f, DocumentsTest.OPTIONS);
        assertThat(PdfRead.all(profiles)).contains("Rp 999.999.999.999", "Quick win dengan uraian panjang");
        DocumentsTest.assertWithin(profiles, PageSetup.a4Portrait());
    }

    @Test
    void oneProfilePerQuickWinEachOnItsOwnPage() throws Exception {
        SessionFacts f = new RichSession().facts();
        byte[] pdf = QuickWinProfiles.render(f, DocumentsTest.OPTIONS);
        List<String> ps = PdfRead.pages(pdf);
        int n = f.quickWins().size();
        assertThat(n).isEqualTo(7);
        int last = 0;
        for (int k = 1; k <= n; k++) {
            String head = "PROFIL QUICK WIN " + k + " DARI " + n;
            int page = -1;
            for (int i = 0; i < ps.size(); i++) {
                if (ps.get(i).contains(head)) {
                    assertThat(page).as(head + " once").isEqualTo(-1);
                    page = i;
                }
            }
            assertThat(page).as(head).isGreaterThan(last);
            // a new page: the profile's title comes first on it, before anything of the one before
            String text = ps.get(page);
            assertThat(text.indexOf(head)).as(head + " first on its page").isLessThan(5);
            assertThat(text).contains(f.quickWins().get(k - 1).name());
            last = page;
        }
        String all = String.join(" ", ps);
        assertThat(all).contains("PROFIL QUICK WIN", "Rp 1.250.000.000 (satu miliar dua ratus lima puluh juta rupiah)",
                "Rp 450.000.000", "Antrean dan pendaftaran online Mal Pelayanan Publik", "Waktu tunggu rata-rata 180"
                        + " menit 30 menit", "Januari – Juni 2023 (6 bulan)", "Pemetaan alur 42 layanan",
                "Belum dijadwalkan: Evaluasi bersama TP PKK", "Kuadran: Quick win (dampak tinggi, upaya rendah) Dampak bagi warga: 5 dari 5 Upaya pelaksanaan: 2 dari 5");
        DocumentsTest.assertWithin(pdf, PageSetup.a4Portrait());
        DocumentsTest.assertEmbedded(pdf);
    }

    @Test
    void everyRegisteredReportRendersTheSample() throws Exception {
        for (String name : List.of("summary", "quickwins")) {
            byte[] pdf = PdfReports.renderer(name).orElseThrow().render(DocumentsTest.sample, DocumentsTest.OPTIONS);
            assertThat(PdfRead.pageCount(pdf)).as(name).isGreaterThan(1);
        }
    }

    /**
     * The first page and a chart page of each document, to look at: into target/screenshots, or the
     * folder {@code -Drembuk.screenshots} names (docs/screenshots for the README).
     */
    @Test
    void screenshots() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("rembuk.screenshots", "target/screenshots")));
        SessionFacts f = new RichSession().facts();
        DocumentOptions o = DocumentsTest.OPTIONS.withLogo(ScreenshotsTest.logo());
        byte[] minutes = Minutes.render(f, o);
        PdfRead.png(minutes, 0, 110, dir.resolve("notulensi.png"));
        List<String> ps = PdfRead.pages(minutes);
        int grid = 0;
        while (!ps.get(grid).contains("Gambar 2.")) {
            grid++;
        }
        PdfRead.png(minutes, grid, 110, dir.resolve("notulensi-grafik.png"));
        byte[] profiles = QuickWinProfiles.render(f, o);
        List<String> pp = PdfRead.pages(profiles);
        int first = 0;
        while (!pp.get(first).contains("PROFIL QUICK WIN 1 DARI")) {
            first++;
        }
        PdfRead.png(profiles, first, 110, dir.resolve("profil-quick-win.png"));
        for (String name : List.of("notulensi.png", "notulensi-grafik.png", "profil-quick-win.png")) {
            assertThat(Files.size(dir.resolve(name))).isGreaterThan(10_000);
        }
        Files.write(Path.of("target", "notulensi-lengkap.pdf"), minutes);
        Files.write(Path.of("target", "profil-quick-win.pdf"), profiles);
    }

    /** The contents' lines ("5.1 Smart Governance . . . 3") as title and page. */
    static List<String[]> toc(byte[] pdf) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(2);
            Matcher m = Pattern.compile("(?m)^(\\d+\\.(?:\\d+)? .+?) (?:\\. ?){3,}(\\d+)\\s*$").matcher(s.getText(d));
            while (m.find()) {
                out.add(new String[] {m.group(1).strip(), m.group(2)});
            }
        }
        return out;
    }
}

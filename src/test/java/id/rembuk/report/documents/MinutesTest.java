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

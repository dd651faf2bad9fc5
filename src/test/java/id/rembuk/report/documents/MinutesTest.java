package id.rembuk.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.report.pdf.PageSetup;
import id.rembuk.report.pdf.PdfRead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}

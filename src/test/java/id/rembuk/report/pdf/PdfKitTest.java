package id.rembuk.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.report.pdf.PdfLayout.KeyValue;
import id.rembuk.report.pdf.Table.Column;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class PdfKitTest {
    private static final DocInfo INFO = new DocInfo("Uji Kit", "Pengujian", "uji",
            ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.ofHours(8)), "Dokumen uji");

    private static byte[] tableOf(int rows) throws Exception {
        try (PdfLayout pdf = PdfLayout.create(PageSetup.a4Portrait(), INFO)) {
            pdf.title("TABEL UJI");
            Table t = Table.of(new Column("No", 1, Align.CENTER), new Column("Nama Lengkap", 5, Align.LEFT),
                    new Column("Instansi", 5, Align.LEFT)).zebra(true);
            for (int i = 1; i <= rows; i++) {
                t.row("R" + i + "#", "Peserta nomor " + i, i % 7 == 0 ? "Dinas dengan nama yang sangat panjang sekali"
                        + " sehingga harus dibungkus menjadi dua baris atau lebih di dalam selnya" : "Dinas Kominfo");
            }
            pdf.table(t);
            return pdf.finish();
        }
    }

    @Test
    void aTableOf200RowsPaginatesWithTheHeaderOnEveryPageAndNoRowSplit() throws Exception {
        byte[] pdf = tableOf(200);
        List<String> pages = PdfRead.pages(pdf);
        assertThat(pages.size()).isBetween(5, 12);
        Pattern row = Pattern.compile("R(\\d+)# Peserta nomor (\\d+)");
        List<Integer> seen = new ArrayList<>();
        for (String page : pages) {
            assertThat(page).contains("No Nama Lengkap Instansi");
            Matcher m = row.matcher(page);
            int onPage = 0;
            while (m.find()) {
                // the number cell and the name cell of one row are on the same page
                assertThat(m.group(1)).isEqualTo(m.group(2));
                seen.add(Integer.parseInt(m.group(1)));
                onPage++;
            }
            assertThat(onPage).isPositive();
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            expected.add(i);
        }
        assertThat(seen).isEqualTo(expected);
        assertNothingOutsideTheMargins(pdf, PageSetup.a4Portrait());
    }

    @Test
    void aRepeatingKopStandsOnEveryPageAboveTheTable() throws Exception {
        byte[] pdf;
        try (PdfLayout layout = PdfLayout.create(PageSetup.a4Landscape(), INFO)) {
            layout.letterheadOnEveryPage(new Letterhead(List.of("PEMERINTAH KABUPATEN UJI"), "Jalan Uji No. 1",
                    Optional.empty()));
            Table t = Table.of(new Column("No", 1, Align.CENTER), new Column("Nama", 6, Align.LEFT));
            for (int i = 1; i <= 100; i++) {
                t.row("R" + i + "#", "Peserta " + i);
            }
            layout.table(t);
            pdf = layout.finish();
        }
        List<String> pages = PdfRead.pages(pdf);
        assertThat(pages.size()).isGreaterThan(3);
        for (String page : pages) {
            assertThat(page.strip()).startsWith("PEMERINTAH KABUPATEN UJI").contains("No Nama", "R");
            assertThat(page.indexOf("PEMERINTAH")).isLessThan(page.indexOf("No Nama"));
        }
        assertNothingOutsideTheMargins(pdf, PageSetup.a4Landscape());
    }

    @Test
    void signatureCellsAlternateHalvesAndNeverWrap() throws Exception {
        byte[] pdf;
        PageSetup setup = PageSetup.a4Portrait();
        try (PdfLayout layout = PdfLayout.create(setup, INFO)) {
            Table t = Table.of(new Column("No", 1, Align.CENTER), new Column("Nama", 8, Align.LEFT),
                    new Column("Tanda Tangan", 2, Align.LEFT));
            for (int i = 1; i <= 6; i++) {
                t.row(List.of(Table.Cell.of(i + "."), Table.Cell.of("Peserta " + i), Table.Cell.signature(i)), 10);
            }
            layout.table(t);
            pdf = layout.finish();
        }
        float column = setup.left() + setup.contentWidth() * 9 / 11;
        float middle = column + setup.contentWidth() * 2 / 11 / 2;
        List<PdfRead.Glyph> dots = PdfRead.glyphs(pdf).stream()
                .filter(g -> g.text().equals(".") && g.x() > column).toList();
        // one line of dots per row: none wrapped onto a second line
        assertThat(dots.stream().map(g -> Math.round(g.yFromTop())).distinct().count()).isEqualTo(6);
        for (PdfRead.Glyph g : dots) {
            int row = (int) dots.stream().map(d -> Math.round(d.yFromTop())).distinct().sorted()
                    .toList().indexOf(Math.round(g.yFromTop())) + 1;
            if (row % 2 == 1) {
                assertThat(g.x() + g.width()).as("row %d", row).isLessThanOrEqualTo(middle);
            } else {
                assertThat(g.x()).as("row %d", row).isGreaterThanOrEqualTo(middle);
            }
        }
    }

    @Test
    void everyPageSaysHalamanXDariN() throws Exception {
        byte[] pdf = tableOf(120);
        List<String> pages = PdfRead.pages(pdf);
        assertThat(pages.size()).isGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Halaman " + (i + 1) + " dari " + pages.size(), "Dokumen uji");
        }
    }

    @Test
    void aLongParagraphWrapsInsideTheMargins() throws Exception {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (b.length() < 5000) {
            b.append("kata").append(i++).append(i % 9 == 0 ? " perencanaan-pembangunan-daerah-berkelanjutan " : " ");
        }
        b.append("SebuahKataYangSangatPanjangTanpaSpasiSamaSekaliSehinggaHarusDipotongDiTengahTengahBarisAgarTidak"
                + "KeluarDariMarginKananHalamanIniDanTetapTerbaca akhir.");
        byte[] pdf;
        try (PdfLayout layout = PdfLayout.create(PageSetup.a4Portrait(), INFO)) {
            layout.paragraph(b.toString());
            layout.paragraph(List.of(Run.plain(b.toString())), Align.LEFT, 11, 20);
            pdf = layout.finish();
        }
        assertThat(PdfRead.pageCount(pdf)).isGreaterThan(1);
        assertNothingOutsideTheMargins(pdf, PageSetup.a4Portrait());
        String text = PdfRead.all(pdf);
        assertThat(text).contains("kata0 kata1 kata2", "akhir.");
    }

    @Test
    void aRowTallerThanAPageIsSplitAndStaysOnThePaper() throws Exception {
        String huge = "baris panjang ".repeat(3000);
        byte[] pdf;
        try (PdfLayout layout = PdfLayout.create(PageSetup.a4Portrait(), INFO)) {
            layout.table(Table.of(new Column("No", 1, Align.CENTER), new Column("Isi", 8, Align.LEFT))
                    .row("1", "awal") .row("2", huge + "penutup").row("3", "akhir"));
            pdf = layout.finish();
        }
        assertThat(PdfRead.pageCount(pdf)).isGreaterThan(2);
        assertNothingOutsideTheMargins(pdf, PageSetup.a4Portrait());
        assertThat(PdfRead.all(pdf)).contains("awal", "penutup", "akhir");
    }

    @Test
    void everyFontIsEmbeddedAndNoneIsAStandardFont() throws Exception {
        byte[] pdf = kitchenSink("Budi Santoso");
        List<PDFont> fonts = PdfRead.fonts(pdf);
        assertThat(fonts).isNotEmpty();
        for (PDFont f : fonts) {
            assertThat(f.isEmbedded()).as(f.getName()).isTrue();
            assertThat(f.getName()).contains("LiberationSans");
        }
    }

    @Test
    void aNameTheFontCannotShowDoesNotStopTheExport() throws Exception {
        byte[] pdf = kitchenSink("Siti 😀 Rahayu 王小明 Ñuñez");
        String text = PdfRead.all(pdf);
        assertThat(text).contains("Siti ? Rahayu ??? Ñuñez");
    }

    @Test
    void theFileCarriesPdfAMetadataInIndonesian() throws Exception {
        byte[] pdf = kitchenSink("Budi");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("id-ID");
            assertThat(d.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(d.getDocumentInformation().getAuthor()).isEqualTo("Rembuk");
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo("Uji Kit");
            ByteArrayOutputStream xmp = new ByteArrayOutputStream();
            d.getDocumentCatalog().getMetadata().exportXMPMetadata().transferTo(xmp);
            String x = xmp.toString(StandardCharsets.UTF_8);
            assertThat(x).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                    "Uji Kit", "2026-12-07T09:00:00+08:00");
        }
    }

    /** One of everything the kit draws. */
    static byte[] kitchenSink(String name) throws Exception {
        try (PdfLayout pdf = PdfLayout.create(PageSetup.a4Portrait(), INFO)) {
            pdf.letterhead(new Letterhead(List.of("PEMERINTAH KABUPATEN UJI", "DINAS UJI COBA"), "Jalan Uji No. 1",
                    Optional.empty()));
            pdf.title("JUDUL", 14, true);
            pdf.keyValues(List.of(new KeyValue("Nama", name), new KeyValue("Hari/Tanggal", "Senin, 7 Desember 2026")));
            pdf.heading("Bagian");
            pdf.paragraph(List.of(Run.plain("Teks biasa, "), Run.bold("tebal"), Run.plain(" dan "),
                    Run.italic("miring")), Align.JUSTIFY);
            pdf.list(List.of("1.", "2."), List.of(List.of(Run.plain("satu")), List.of(Run.plain(name))), 0);
            pdf.table(Table.of(new Column("No", 1, Align.CENTER), new Column("Nama", 4, Align.LEFT)).row("1", name));
            pdf.signatures(List.of(new Signature("Uji, 7 Desember 2026", List.of("Mengetahui,"), name,
                    "19780512 200312 1 004", true)));
            return pdf.finish();
        }
    }

    static void assertNothingOutsideTheMargins(byte[] pdf, PageSetup setup) throws Exception {
        List<PdfRead.Glyph> glyphs = PdfRead.glyphs(pdf);
        assertThat(glyphs).isNotEmpty();
        for (PdfRead.Glyph g : glyphs) {
            assertThat(g.x()).as("glyph %s on page %d", g.text(), g.page()).isGreaterThanOrEqualTo(setup.left() - 0.5f);
            assertThat(g.x() + g.width()).as("glyph %s on page %d", g.text(), g.page())
                    .isLessThanOrEqualTo(setup.right() + 0.5f);
            assertThat(g.yFromTop()).as("glyph %s on page %d", g.text(), g.page())
                    .isGreaterThanOrEqualTo(setup.heightPt() - setup.top());
            // below the bottom margin only the footer's one line
            boolean footer = Math.abs(g.yFromTop() - (g.pageHeight() - setup.bottom() / 2)) < 1;
            assertThat(footer || g.yFromTop() <= g.pageHeight() - setup.bottom() + 0.5f)
                    .as("glyph %s on page %d at %f", g.text(), g.page(), g.yFromTop()).isTrue();
        }
    }
}

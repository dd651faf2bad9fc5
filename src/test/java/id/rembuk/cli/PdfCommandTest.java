package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.i18n.Messages;
import id.rembuk.report.documents.PdfReports;
import id.rembuk.report.json.SessionImport;
import id.rembuk.report.pdf.PdfRead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfCommandTest {
    @TempDir
    static Path shared;
    private static Path session;

    @TempDir
    Path dir;

    @BeforeAll
    static void importSample() throws Exception {
        session = shared.resolve("banggai.rembuk");
        SessionImport.run(Path.of("samples", "banggai-tahap1.json"), session, false, "Uji");
    }

    @Test
    void writesAReadableAttendanceList() throws Exception {
        Path out = dir.resolve("daftar-hadir.pdf");
        CliRun r = CliRun.of("pdf", session.toString(), "--report", "attendance", "-o", out.toString(),
                "--blank-rows", "3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Daftar hadir ditulis", "daftar-hadir.pdf");
        String text = PdfRead.all(Files.readAllBytes(out));
        assertThat(text).contains("DAFTAR HADIR", "Kamis, 16 Juni 2022", "Jumat, 17 Juni 2022", "Magdalena Tumanggor",
                "83. ....");
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void writesTheBeritaAcaraWithNumberLogoAndOrganiser() throws Exception {
        Path logo = dir.resolve("logo.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 50, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", logo.toFile());
        Path out = dir.resolve("ba.pdf");
        CliRun r = CliRun.of("pdf", session.toString(), "--report", "berita-acara", "-o", out.toString(), "--number",
                "050/017/BAPPEDA/2022", "--logo", logo.toString(), "--organiser", "Dinas Komunikasi dan Informatika");
        assertThat(r.code()).as(r.err()).isZero();
        String text = PdfRead.all(Files.readAllBytes(out));
        assertThat(text).contains("BERITA ACARA", "050/017/BAPPEDA/2022", "DINAS KOMUNIKASI DAN INFORMATIKA",
                "Pada hari ini Jumat tanggal tujuh belas bulan Juni tahun dua ribu dua puluh dua");
    }

    @Test
    void everyDocumentNamedIsWrittenAndReadsBack() throws Exception {
        java.util.Map<String, String> heading = java.util.Map.of("summary", "NOTULENSI", "attendance", "DAFTAR HADIR",
                "berita-acara", "BERITA ACARA", "quickwins", "QUICK WIN");
        for (String name : id.rembuk.report.documents.PdfReports.NAMES) {
            Path out = dir.resolve(name + ".pdf");
            CliRun r = CliRun.of("pdf", session.toString(), "--report", name, "-o", out.toString());
            assertThat(r.code()).as(name + ": " + r.err()).isEqualTo(Cli.OK);
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).as(name)
                        .contains(heading.get(name), "Halaman 1 dari");
            }
        }
        assertThat(id.rembuk.report.documents.PdfReports.available())
                .containsExactlyElementsOf(id.rembuk.report.documents.PdfReports.NAMES);
    }

    @Test
    void badInputGetsOneIndonesianSentenceAndLeavesNoFile() throws Exception {
        Path out = dir.resolve("out.pdf");
        CliRun unknown = CliRun.of("pdf", session.toString(), "--report", "absen", "-o", out.toString());
        assertThat(unknown.code()).isEqualTo(Cli.USAGE);
        assertThat(unknown.err()).contains("Dokumen absen tidak dikenal", "attendance");

        CliRun missing = CliRun.of("pdf", dir.resolve("tidak-ada.rembuk").toString(), "--report", "attendance", "-o",
                out.toString());
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("tidak ditemukan");

        Path foreign = dir.resolve("catatan.rembuk");
        Files.writeString(foreign, "ini bukan berkas sesi, hanya catatan rapat\n".repeat(50));
        CliRun notSession = CliRun.of("pdf", foreign.toString(), "--report", "attendance", "-o", out.toString());
        assertThat(notSession.code()).isNotZero();
        assertThat(notSession.err()).isNotBlank();

        Path aFile = dir.resolve("berkas.txt");
        Files.writeString(aFile, "x");
        CliRun unwritable = CliRun.of("pdf", session.toString(), "--report", "attendance", "-o",
                aFile.resolve("out.pdf").toString());
        assertThat(unwritable.code()).isEqualTo(Cli.FAILED);
        assertThat(unwritable.err()).contains("tidak bisa ditulisi");

        CliRun badLogo = CliRun.of("pdf", session.toString(), "--report", "attendance", "-o", out.toString(),
                "--logo", aFile.toString());
        assertThat(badLogo.code()).isEqualTo(Cli.USAGE);
        assertThat(badLogo.err()).contains("PNG atau JPEG");

        Path fakePng = dir.resolve("rusak.png");
        Files.write(fakePng, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0, 1, 2, 3, 4});
        CliRun brokenLogo = CliRun.of("pdf", session.toString(), "--report", "berita-acara", "-o", out.toString(),
                "--logo", fakePng.toString());
        assertThat(brokenLogo.code()).isEqualTo(Cli.USAGE);
        assertThat(brokenLogo.err()).contains("tidak bisa dibaca sebagai gambar");

        CliRun rows = CliRun.of("pdf", session.toString(), "--report", "attendance", "-o", out.toString(),
                "--blank-rows", "-1");
        assertThat(rows.code()).isEqualTo(Cli.USAGE);

        for (CliRun r : new CliRun[] {unknown, missing, notSession, unwritable, badLogo, brokenLogo, rows}) {
            assertThat(r.clean()).as(r.err()).isTrue();
        }
        assertThat(out).doesNotExist();
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path out = dir.resolve("ada.pdf");
        Files.writeString(out, "lama");
        CliRun r = CliRun.of("pdf", session.toString(), "--report", "attendance", "-o", out.toString());
        assertThat(r.code()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).contains("sudah ada", "--force");
        assertThat(Files.readString(out)).isEqualTo("lama");
        CliRun forced = CliRun.of("pdf", session.toString(), "--report", "attendance", "-o", out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(PdfRead.pageCount(Files.readAllBytes(out))).isGreaterThan(1);
    }

    @Test
    void everyDocumentHasANameInBothLanguages() {
        Locale before = Messages.locale();
        try {
            for (Locale l : new Locale[] {Messages.INDONESIAN, Locale.ENGLISH}) {
                Messages.setLocale(l);
                for (String name : PdfReports.NAMES) {
                    assertThat(Messages.has(PdfReports.labelKey(name))).as(name).isTrue();
                }
            }
        } finally {
            Messages.setLocale(before);
        }
        assertThat(CliRun.of("pdf", "--help").out()).contains("--report", "--blank-rows", "--logo");
    }

    private java.util.List<Path> tempFiles() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    static Map<String, String> env() {
        return Map.of();
    }
}

package id.rembuk.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.report.pdf.PdfRead;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Renders the first page of each document to PNG for looking at: into target/screenshots, or into
 * the folder {@code -Drembuk.screenshots} names (docs/screenshots for the README), so an ordinary test
 * run leaves the working tree as it was.
 */
class ScreenshotsTest {
    /** A stand-in emblem (a shield), drawn here so no region's real logo is in the repository. */
    static byte[] logo() throws Exception {
        BufferedImage img = new BufferedImage(200, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Polygon shield = new Polygon(new int[] {10, 190, 190, 100, 10}, new int[] {10, 10, 150, 230, 150}, 5);
        g.setColor(new Color(0x1B5E20));
        g.fillPolygon(shield);
        g.setColor(new Color(0xFBC02D));
        g.setStroke(new BasicStroke(8));
        g.drawPolygon(shield);
        g.fillOval(70, 50, 60, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void firstPagesAsPng() throws Exception {
        DocumentsTest.load();
        Path dir = Files.createDirectories(Path.of(System.getProperty("rembuk.screenshots", "target/screenshots")));
        byte[] attendance = AttendanceList.render(DocumentsTest.sample, DocumentsTest.OPTIONS.withBlankRows(5));
        PdfRead.png(attendance, 0, 150, dir.resolve("daftar-hadir.png"));
        byte[] ba = BeritaAcara.render(DocumentsTest.sample, DocumentsTest.OPTIONS.withLogo(logo()));
        PdfRead.png(ba, 0, 150, dir.resolve("berita-acara.png"));
        byte[] iv = BeritaAcara.render(DocumentsTest.tahapIV(), DocumentsTest.OPTIONS.withLogo(logo()));
        int sheet = 0;
        while (!PdfRead.pages(iv).get(sheet).contains("LEMBAR KOMITMEN")) {
            sheet++;
        }
        PdfRead.png(iv, sheet, 150, dir.resolve("lembar-komitmen.png"));
        for (String f : new String[] {"daftar-hadir.png", "berita-acara.png", "lembar-komitmen.png"}) {
            assertThat(Files.size(dir.resolve(f))).isGreaterThan(10_000);
        }
        Files.write(Path.of("target", "berita-acara.pdf"), ba);
        Files.write(Path.of("target", "daftar-hadir.pdf"), attendance);
        Files.write(Path.of("target", "berita-acara-iv.pdf"), iv);
    }
}

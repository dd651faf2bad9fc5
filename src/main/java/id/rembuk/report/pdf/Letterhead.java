package id.rembuk.report.pdf;

import java.util.List;
import java.util.Optional;

/**
 * The kop surat: an optional logo on the left, centred lines (the first, "PEMERINTAH KABUPATEN
 * BANGGAI", largest; the next ones bold; the address small), then a thick and a thin rule.
 *
 * @param lines   the heading lines, first = government, then the organising office
 * @param address the small line under them (address, venue), may be empty
 * @param logo    PNG or JPEG bytes
 */
public record Letterhead(List<String> lines, String address, Optional<byte[]> logo) {
    /** The logo's bytes are not a picture PDFBox can read (a PNG or JPEG header on something else). */
    public static final class BadLogo extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadLogo(Throwable cause) {
            super("the logo cannot be read as a PNG or JPEG picture", cause);
        }
    }

    public Letterhead {
        lines = List.copyOf(lines);
        address = address == null ? "" : address;
        logo = logo == null ? Optional.empty() : logo;
    }
}

package id.rembuk.report.documents;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What the person printing chooses, beyond the session: the logo, the organising office for the
 * kop, the number of a berita acara, blank rows for walk-ins, and the time the file says it was made.
 *
 * @param organiser second kop line ("BADAN PERENCANAAN PEMBANGUNAN DAERAH"); empty: taken from the
 *                  participants when the head of the planning agency is among them
 * @param number    "050/123/BAPPEDA/2022"; empty: a dotted number to fill in by hand
 * @param blankRows extra numbered rows on each day's attendance list, for people who come unregistered
 */
public record DocumentOptions(Optional<byte[]> logo, String organiser, String number, int blankRows,
                              ZonedDateTime created) {
    public DocumentOptions {
        logo = logo == null ? Optional.empty() : logo;
        organiser = organiser == null ? "" : organiser.strip();
        number = number == null ? "" : number.strip();
        if (blankRows < 0 || blankRows > 500) {
            throw new IllegalArgumentException("blank rows 0..500: " + blankRows);
        }
        created = created == null ? ZonedDateTime.now() : created;
    }

    public static DocumentOptions defaults() {
        return new DocumentOptions(Optional.empty(), "", "", 0, null);
    }

    public DocumentOptions withBlankRows(int n) {
        return new DocumentOptions(logo, organiser, number, n, created);
    }

    public DocumentOptions withLogo(byte[] bytes) {
        return new DocumentOptions(Optional.ofNullable(bytes), organiser, number, blankRows, created);
    }

    public DocumentOptions withNumber(String n) {
        return new DocumentOptions(logo, organiser, n, blankRows, created);
    }

    public DocumentOptions withOrganiser(String o) {
        return new DocumentOptions(logo, o, number, blankRows, created);
    }

    public DocumentOptions withCreated(ZonedDateTime t) {
        return new DocumentOptions(logo, organiser, number, blankRows, t);
    }
}

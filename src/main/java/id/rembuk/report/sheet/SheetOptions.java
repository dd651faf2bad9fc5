package id.rembuk.report.sheet;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Choices of one export.
 *
 * @param contacts   include participants' phone numbers and e-mail addresses (personal data, UU 27/2022);
 *                   NIP stays, as the attendance list needs it
 * @param exportedAt the moment shown on the Info sheet, in the facilitator's local time; passed in so
 *                   that the same state exported at the same moment gives the same workbook
 */
public record SheetOptions(boolean contacts, LocalDateTime exportedAt) {
    public SheetOptions {
        Objects.requireNonNull(exportedAt, "exportedAt");
        exportedAt = exportedAt.withNano(0);
    }

    public static SheetOptions now() {
        return new SheetOptions(true, LocalDateTime.now());
    }

    public SheetOptions withoutContacts() {
        return new SheetOptions(false, exportedAt);
    }
}

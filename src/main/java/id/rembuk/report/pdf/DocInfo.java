package id.rembuk.report.pdf;

import java.time.ZonedDateTime;

/**
 * What the PDF says about itself (document properties and XMP): title, subject, keywords; the
 * author is always "Rembuk" and the language "id-ID".
 *
 * @param footer text printed left in every page's footer (document title, "data contoh"), may be empty
 */
public record DocInfo(String title, String subject, String keywords, ZonedDateTime created, String footer) {
    public DocInfo {
        title = title == null ? "" : title;
        subject = subject == null ? "" : subject;
        keywords = keywords == null ? "" : keywords;
        footer = footer == null ? "" : footer;
        created = created == null ? ZonedDateTime.now() : created;
    }
}

package id.rembuk.ui.export;

import id.rembuk.domain.change.SessionState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the documents a session hands over (the PDFs, the spreadsheet, the CSV tables). The
 * export window knows them only through this, so its view model is tested without PDFBox and the
 * real writer is tested against the real files.
 */
public interface DocumentWriter {
    /**
     * One document the user can tick: {@code stem} starts its file name ("Daftar-Hadir");
     * {@code ticked}: ticked when the window opens (the documents handed over; not the CSV tables).
     */
    record Target(String id, String label, String stem, String extension, boolean ticked) {
    }

    /**
     * What the user chose beyond the session.
     *
     * @param logo      an image for the kop; empty: none
     * @param blankRows numbered empty rows on each day's attendance list, for walk-ins
     * @param contacts  phone numbers and e-mail addresses go into the spreadsheets (personal data)
     */
    record Options(String organiser, String number, int blankRows, Optional<Path> logo, boolean contacts) {
    }

    /** Everything one export reads: a snapshot, so edits made meanwhile do not mix into a document. */
    record Request(SessionState state, UUID sessionId, Options options) {
    }

    /** The documents available now, in the order the window lists them. */
    List<Target> targets();

    /** Writes one document to {@code out}, whole or not at all (an existing file is replaced atomically). */
    void write(Target target, Request request, Path out) throws Exception;
}

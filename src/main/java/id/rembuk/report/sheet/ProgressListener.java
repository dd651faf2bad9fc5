package id.rembuk.report.sheet;

/**
 * Told how far an export has come, from whatever thread runs it; a UI hands the numbers on to its
 * own thread. Plain Java, so the report code never sees a toolkit.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, step) -> { };

    /**
     * @param done  steps finished so far (0..total)
     * @param total steps of the whole export
     * @param step  the sheet just written or about to be, e.g. "Peserta"
     */
    void progress(int done, int total, String step);
}

package id.rembuk.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a merge did (or, for a dry run, would do), file by file.
 *
 * @param added           changes new to the master, over all files
 * @param conflictsBefore open conflicts in the master before
 * @param conflictsAfter  open conflicts after
 * @param backup          where the master was saved first; empty for a dry run or when nothing was new
 */
public record MergeReport(boolean dryRun, List<FileReport> files, int added, int conflictsBefore,
                          int conflictsAfter, Optional<Path> backup) {

    public MergeReport {
        files = List.copyOf(files);
    }

    public enum Outcome {
        /** Its new edits are in (or, in a dry run, would be). */
        MERGED,
        /** Every edit in it was already known. */
        NOTHING_NEW,
        /** From another session: not merged unless the user agrees. */
        OTHER_SESSION,
        /** Damaged, foreign, newer, locked, unreadable: refused whole. */
        REJECTED
    }

    /**
     * @param changes   edits the file holds
     * @param fresh     of those, new to the master (and not brought by a file listed before it)
     * @param known     already in the master or in a file listed before it
     * @param conflicts conflicts this file's edits opened (given the files listed before it), so the rows add up
     * @param newItems  items that first appear through this file, per kind code
     * @param writers   the laptops whose new edits came through this file, with how many each
     * @param problem   the user's message for a refused file
     */
    public record FileReport(Path file, Outcome outcome, Optional<UUID> sessionId, int changes, int fresh, int known,
                             int conflicts, Map<String, Integer> newItems, Map<String, Integer> writers,
                             Optional<String> problem) {
        public FileReport {
            newItems = Map.copyOf(newItems);
            writers = Map.copyOf(writers);
        }

        static FileReport refused(Path file, Outcome outcome, Optional<UUID> sessionId, int changes, String problem) {
            return new FileReport(file, outcome, sessionId, changes, 0, 0, 0, Map.of(), Map.of(),
                    Optional.ofNullable(problem));
        }
    }

    /** Whether any file was refused or skipped: the command line then ends with a failure code. */
    public boolean anyRefused() {
        return files.stream().anyMatch(f -> f.outcome() == Outcome.REJECTED || f.outcome() == Outcome.OTHER_SESSION);
    }

    public boolean anyOtherSession() {
        return files.stream().anyMatch(f -> f.outcome() == Outcome.OTHER_SESSION);
    }
}

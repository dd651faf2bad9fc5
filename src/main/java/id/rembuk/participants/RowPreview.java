package id.rembuk.participants;

import id.rembuk.domain.Duplicates;
import id.rembuk.domain.Participant;
import java.util.List;
import java.util.Optional;

/**
 * One data row of the file as the import sees it.
 *
 * @param row         the row number as Excel shows it
 * @param participant the participant the row would create; when the row has droppable errors,
 *                    the one it would create without the bad values; empty when it has no usable name
 * @param problems    errors and warnings, in column order
 * @param existing    participants already in the session that are probably the same person, strongest evidence first
 * @param inFile      other rows of the file that are probably the same person
 */
public record RowPreview(int row, Optional<Participant> participant, List<RowProblem> problems,
                         List<ExistingMatch> existing, List<FileMatch> inFile) {

    public RowPreview {
        problems = List.copyOf(problems);
        existing = List.copyOf(existing);
        inFile = List.copyOf(inFile);
    }

    /** A participant of the session that this row probably is. */
    public record ExistingMatch(Participant participant, Duplicates.Reason reason) {
    }

    /** Another row of the same file that is probably the same person. */
    public record FileMatch(int row, Duplicates.Reason reason) {
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(RowProblem::isError);
    }

    public boolean hasWarnings() {
        return problems.stream().anyMatch(p -> !p.isError());
    }

    /** Every error would go away by leaving its value out (a bad NIP, phone or e-mail). */
    public boolean canDropBadFields() {
        return participant.isPresent() && hasErrors()
                && problems.stream().filter(RowProblem::isError).allMatch(RowProblem::droppable);
    }

    /** Whether the row can be imported, as it is or (when allowed) without its bad values. */
    public boolean importable(boolean dropBadFields) {
        return participant.isPresent() && (!hasErrors() || dropBadFields && canDropBadFields());
    }

    public boolean isDuplicateOfExisting() {
        return !existing.isEmpty();
    }

    public List<RowProblem> errors() {
        return problems.stream().filter(RowProblem::isError).toList();
    }

    public List<RowProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}

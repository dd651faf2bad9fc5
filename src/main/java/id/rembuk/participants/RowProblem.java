package id.rembuk.participants;

import id.rembuk.i18n.Messages;
import java.util.List;

/**
 * Something wrong or doubtful in one cell of one row.
 *
 * @param severity  errors keep the row out unless its bad fields are dropped; warnings never do
 * @param column    the column the problem is in
 * @param key       message key in the participants bundle
 * @param args      the message's arguments, already as text
 * @param droppable whether importing the row without this field resolves the error (a bad NIP,
 *                  phone or e-mail can be left out; a missing name cannot)
 */
public record RowProblem(Severity severity, Column column, String key, List<String> args, boolean droppable) {
    public enum Severity {
        ERROR, WARNING
    }

    public RowProblem {
        args = List.copyOf(args);
    }

    static RowProblem error(Column column, String key, String... args) {
        return new RowProblem(Severity.ERROR, column, key, List.of(args), column != Column.NAME);
    }

    static RowProblem warning(Column column, String key, String... args) {
        return new RowProblem(Severity.WARNING, column, key, List.of(args), false);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The problem in the user's language. */
    public String message() {
        return Messages.get(key, args.toArray());
    }
}

package id.rembuk.participants;

import java.util.Optional;

/** A cell's value as it may be stored (empty when it must not be), and what was found wrong with it. */
record Checked(String value, Optional<RowProblem> problem) {
    static Checked ok(String value) {
        return new Checked(value, Optional.empty());
    }

    static Checked bad(RowProblem p) {
        return new Checked("", Optional.of(p));
    }

    static Checked warn(String value, RowProblem p) {
        return new Checked(value, Optional.of(p));
    }
}

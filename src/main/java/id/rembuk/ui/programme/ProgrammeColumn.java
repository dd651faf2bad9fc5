package id.rembuk.ui.programme;

import java.util.Locale;

/** The method's columns of the programme matrix that a person edits, in the order the table shows them. */
public enum ProgrammeColumn {
    SUB_DIMENSION(Kind.CHOICE),
    STRATEGIES(Kind.FORM),
    NAME(Kind.TEXT),
    ACTIVITIES(Kind.FORM),
    HORIZON(Kind.CHOICE),
    MONTHS(Kind.TEXT),
    LEAD(Kind.TEXT),
    SUPPORTING(Kind.FORM),
    FUNDING(Kind.CHOICE),
    BUDGET(Kind.TEXT),
    RPJMD(Kind.TEXT),
    SERVICE(Kind.TEXT);

    /** How a cell of the column is edited: typed in place, picked from a list, or in the side form. */
    public enum Kind { TEXT, CHOICE, FORM }

    private final Kind kind;

    ProgrammeColumn(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** "programme.col.sub_dimension". */
    public String titleKey() {
        return "programme.col." + name().toLowerCase(Locale.ROOT);
    }
}

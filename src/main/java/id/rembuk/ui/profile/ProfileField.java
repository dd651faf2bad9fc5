package id.rembuk.ui.profile;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.SessionRecord;
import id.rembuk.domain.SubDimension;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a Buku IV profile in the order the form shows them. Each is edited as text (a
 * choice is its code) and written alone, so two laptops filling different fields merge. The
 * schedule and the indicators are rows ({@link Kind#ROWS}), edited by the view model's row lists.
 */
public enum ProfileField {
    NAME(QuickWin.F_NAME, Kind.TEXT),
    DIMENSION(SessionRecord.F_DIMENSION, Kind.CHOICE),
    SUB_DIMENSION(QuickWin.F_SUB_DIMENSION, Kind.CHOICE),
    PROBLEM(QuickWin.F_PROBLEM, Kind.AREA),
    GOAL(QuickWin.F_GOAL, Kind.AREA),
    BENEFICIARIES(QuickWin.F_BENEFICIARIES, Kind.TEXT),
    DESCRIPTION(QuickWin.F_DESCRIPTION, Kind.AREA),
    LEAD_OPD(QuickWin.F_LEAD_OPD, Kind.TEXT),
    PARTNERS(QuickWin.F_PARTNERS, Kind.AREA),
    LOCATION(QuickWin.F_LOCATION, Kind.TEXT),
    START_MONTH(QuickWin.F_START_MONTH, Kind.CHOICE),
    DURATION(QuickWin.F_DURATION_MONTHS, Kind.CHOICE),
    SCHEDULE(QuickWin.F_SCHEDULE, Kind.ROWS),
    BUDGET(QuickWin.F_BUDGET, Kind.TEXT),
    FUNDING(QuickWin.F_FUNDING, Kind.CHOICE),
    OUTPUT(QuickWin.F_OUTPUT, Kind.AREA),
    OUTCOME(QuickWin.F_OUTCOME, Kind.AREA),
    INDICATORS(QuickWin.F_INDICATORS, Kind.ROWS),
    RISKS(QuickWin.F_RISKS, Kind.AREA),
    SUSTAINABILITY(QuickWin.F_SUSTAINABILITY, Kind.AREA),
    REASON(QuickWin.F_REASON, Kind.AREA);

    /** How a field is typed: one line, several lines, a choice, or rows of a small table. */
    public enum Kind { TEXT, AREA, CHOICE, ROWS }

    /** The fields that count towards a complete Buku IV profile (the name and dimension always are). */
    public static final List<ProfileField> PROFILE = List.of(PROBLEM, GOAL, BENEFICIARIES, DESCRIPTION, LEAD_OPD,
            PARTNERS, LOCATION, SCHEDULE, BUDGET, OUTPUT, OUTCOME, INDICATORS, RISKS, SUSTAINABILITY);

    private final String stored;
    private final Kind kind;

    ProfileField(String stored, Kind kind) {
        this.stored = stored;
        this.kind = kind;
    }

    /** The field's name in the session file. */
    public String stored() {
        return stored;
    }

    public Kind kind() {
        return kind;
    }

    /** "profile.field.lead_opd": the label beside the field. */
    public String labelKey() {
        return "profile.field." + name().toLowerCase(Locale.ROOT);
    }

    /** The text the field shows for a quick win; the inverse of {@link #with}. */
    public String shown(QuickWin q) {
        return switch (this) {
            case NAME -> q.name();
            case DIMENSION -> q.dimension().code();
            case SUB_DIMENSION -> q.subDimension().map(SubDimension::code).orElse("");
            case PROBLEM -> q.problem();
            case GOAL -> q.goal();
            case BENEFICIARIES -> q.beneficiaries();
            case DESCRIPTION -> q.description();
            case LEAD_OPD -> q.leadOpd();
            case PARTNERS -> String.join("\n", q.partners());
            case LOCATION -> q.location();
            case START_MONTH -> Integer.toString(q.startMonth());
            case DURATION -> Integer.toString(q.durationMonths());
            case SCHEDULE -> String.join("\n", q.schedule());
            case BUDGET -> q.budget() == 0 ? "" : IndonesianFormat.rupiah(q.budget());
            case FUNDING -> q.funding().name();
            case OUTPUT -> q.output();
            case OUTCOME -> q.outcome();
            case INDICATORS -> String.join("\n", q.indicators());
            case RISKS -> q.risks();
            case SUSTAINABILITY -> q.sustainability();
            case REASON -> q.reason();
        };
    }

    /** The value written to the session file, null when the field is empty. */
    public String storedValue(QuickWin q) {
        String v = switch (this) {
            case BUDGET -> Long.toString(q.budget());
            default -> shown(q);
        };
        return v.isEmpty() ? null : v;
    }

    /** Whether a profile field holds something: what the completeness count counts. */
    public boolean filled(QuickWin q) {
        return this == BUDGET ? q.budget() > 0 : !shown(q).isBlank();
    }

    /**
     * The quick win with this field as typed, checked by the record itself. A new dimension drops a
     * sub-dimension of the old one.
     *
     * @throws InvalidValue with a key for {@code Messages} when the text is not a valid value
     */
    public QuickWin with(QuickWin q, String typed) {
        String t = typed == null ? "" : typed.strip();
        Dimension dimension = q.dimension();
        Optional<SubDimension> sub = q.subDimension();
        if (this == DIMENSION) {
            dimension = Dimension.ofCode(t).orElseThrow(() -> new InvalidValue("profile.hint.choice", t));
            Dimension d = dimension;
            sub = sub.filter(s -> s.dimension() == d);
        } else if (this == SUB_DIMENSION) {
            sub = t.isEmpty() ? Optional.empty()
                    : Optional.of(SubDimension.ofCode(t).orElseThrow(() -> new InvalidValue("profile.hint.choice", t)));
        }
        if (this == NAME && t.isEmpty()) {
            throw new InvalidValue("profile.hint.nameRequired");
        }
        return new QuickWin(q.id(), q.programmeId(), this == NAME ? t : q.name(), dimension, sub,
                this == PROBLEM ? t : q.problem(), this == GOAL ? t : q.goal(),
                this == BENEFICIARIES ? t : q.beneficiaries(), this == DESCRIPTION ? t : q.description(),
                this == LEAD_OPD ? t : q.leadOpd(), this == PARTNERS ? lines(t) : q.partners(),
                this == LOCATION ? t : q.location(), this == START_MONTH ? month(t) : q.startMonth(),
                this == DURATION ? duration(t) : q.durationMonths(),
                this == BUDGET ? budget(t) : q.budget(), this == FUNDING ? funding(t) : q.funding(),
                this == OUTPUT ? t : q.output(), this == OUTCOME ? t : q.outcome(),
                this == INDICATORS ? lines(t) : q.indicators(), this == RISKS ? t : q.risks(),
                this == SUSTAINABILITY ? t : q.sustainability(), q.impact(), q.effort(),
                this == SCHEDULE ? lines(t) : q.schedule(), this == REASON ? t : q.reason());
    }

    private static List<String> lines(String t) {
        return t.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int month(String t) {
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new InvalidValue("domain.invalid.month", t);
        }
    }

    private static int duration(String t) {
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new InvalidValue("domain.invalid.quick_win_months", t);
        }
    }

    private static long budget(String t) {
        return t.isEmpty() ? 0 : IndonesianFormat.parseRupiah(t);
    }

    private static FundingSource funding(String t) {
        try {
            return FundingSource.valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("profile.hint.choice", t);
        }
    }
}

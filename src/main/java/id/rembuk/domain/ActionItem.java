package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One step of an action plan (rencana aksi) of a programme, or a follow-up agreed in the minutes
 * (then without programme, with an owner and a due date).
 *
 * @param agendaItemId the agenda block a follow-up was agreed in, empty if none (files written
 *                     before the field existed read as empty)
 * @param year   plan year 1..10 the step falls in, if planned by year
 * @param due    due date, if agreed as a date
 * @param owner  owning OPD or person
 * @param budget Rupiah, 0 if none
 * @param period months, quarters or years of the plan the step runs in, if planned that way
 * @param status how far the step has come
 */
public record ActionItem(String id, String programmeId, String agendaItemId, String step, String output,
                         String indicator, String target, OptionalInt year, Optional<LocalDate> due, String owner,
                         long budget, FundingSource funding, int order, Optional<PlanPeriod> period, Status status)
        implements SessionRecord {

    public static final String F_PROGRAMME = "programme";
    public static final String F_AGENDA_ITEM = "agenda_item";
    public static final String F_STEP = "step";
    public static final String F_OUTPUT = "output";
    public static final String F_INDICATOR = "indicator";
    public static final String F_TARGET = "target";
    public static final String F_YEAR = "year";
    public static final String F_DUE = "due";
    public static final String F_OWNER = "owner";
    public static final String F_BUDGET = "budget";
    public static final String F_FUNDING = "funding";
    public static final String F_ORDER = "order";
    public static final String F_PERIOD = "period";
    public static final String F_STATUS = "status";

    /** Belum mulai, berjalan, selesai, terlambat. */
    public enum Status implements Labelled {
        PLANNED, ONGOING, DONE, LATE;

        @Override
        public String labelGroup() {
            return "action_status";
        }
    }

    public ActionItem {
        Ids.require(id, "action item");
        programmeId = Ids.optional(programmeId, "programme");
        agendaItemId = Ids.optional(agendaItemId, "agenda item");
        step = Text.required(step, "step", 1000);
        output = Text.optional(output, 1000);
        indicator = Text.optional(indicator, 500);
        target = Text.optional(target, 500);
        Objects.requireNonNull(year, "year");
        year.ifPresent(y -> InvalidValue.check(y >= 1 && y <= 10, "domain.invalid.year", y));
        Objects.requireNonNull(due, "due");
        owner = Text.optional(owner, 200);
        InvalidValue.check(budget >= 0, "domain.invalid.budget", budget);
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
    }

    /** An item as the first version of the file held it, before period and status. */
    public ActionItem(String id, String programmeId, String agendaItemId, String step, String output,
                      String indicator, String target, OptionalInt year, Optional<LocalDate> due, String owner,
                      long budget, FundingSource funding, int order) {
        this(id, programmeId, agendaItemId, step, output, indicator, target, year, due, owner, budget, funding, order,
                Optional.empty(), Status.PLANNED);
    }

    /** A follow-up agreed in an agenda block (the minutes' "tindak lanjut"): action, owner, due date. */
    public static ActionItem followUp(String id, String agendaItemId, String action, String owner,
                                      Optional<LocalDate> due, int order) {
        return new ActionItem(id, "", agendaItemId, action, "", "", "", OptionalInt.empty(), due, owner, 0,
                FundingSource.APBD, order);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.ACTION_ITEM;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_PROGRAMME, programmeId).text(F_AGENDA_ITEM, agendaItemId)
                .text(F_STEP, step).text(F_OUTPUT, output).text(F_INDICATOR, indicator).text(F_TARGET, target)
                .optionalInt(F_YEAR, year).value(F_DUE, due).text(F_OWNER, owner).integer(F_BUDGET, budget)
                .value(F_FUNDING, funding).integer(F_ORDER, order).value(F_PERIOD, period).value(F_STATUS, status)
                .build();
    }

    public static ActionItem from(EntityState e) {
        return new ActionItem(e.key().id(), Fields.text(e, F_PROGRAMME), Fields.text(e, F_AGENDA_ITEM),
                Fields.text(e, F_STEP), Fields.text(e, F_OUTPUT), Fields.text(e, F_INDICATOR), Fields.text(e, F_TARGET),
                Fields.optionalInt(e, F_YEAR), Fields.date(e, F_DUE), Fields.text(e, F_OWNER),
                Fields.number(e, F_BUDGET, 0), Fields.enumOr(e, F_FUNDING, FundingSource.class, FundingSource.APBD),
                Fields.integer(e, F_ORDER, 0), PlanPeriod.parse(e.getOr(F_PERIOD, "")),
                Fields.enumOr(e, F_STATUS, Status.class, Status.PLANNED));
    }
}

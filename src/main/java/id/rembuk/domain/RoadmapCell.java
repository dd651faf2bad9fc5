package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;

/**
 * What a programme does in one year of the roadmap and its indicative budget. The id is derived from
 * programme and year: one cell per programme per year.
 */
public record RoadmapCell(String id, String programmeId, int year, String step, long budget) implements SessionRecord {

    public static final String F_PROGRAMME = "programme";
    public static final String F_YEAR = "year";
    public static final String F_STEP = "step";
    public static final String F_BUDGET = "budget";

    public RoadmapCell {
        Ids.require(programmeId, "programme");
        InvalidValue.check(year >= 1 && year <= 10, "domain.invalid.year", year);
        InvalidValue.check(idFor(programmeId, year).equals(id), "domain.invalid.id", "roadmap cell");
        step = Text.optional(step, 1000);
        InvalidValue.check(budget >= 0, "domain.invalid.budget", budget);
    }

    public static RoadmapCell of(String programmeId, int year, String step, long budget) {
        return new RoadmapCell(idFor(programmeId, year), programmeId, year, step, budget);
    }

    public static String idFor(String programmeId, int year) {
        return Ids.derived("roadmap_cell", programmeId, Integer.toString(year));
    }

    @Override
    public EntityKind kind() {
        return EntityKind.ROADMAP_CELL;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_PROGRAMME, programmeId).integer(F_YEAR, year).text(F_STEP, step)
                .integer(F_BUDGET, budget).build();
    }

    public static RoadmapCell from(EntityState e) {
        return new RoadmapCell(e.key().id(), Fields.text(e, F_PROGRAMME), Fields.integer(e, F_YEAR, 0),
                Fields.text(e, F_STEP), Fields.number(e, F_BUDGET, 0));
    }
}

package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;

/**
 * The roadmap's frame: the calendar year plan year 1 stands for, and whether the roadmap spans five
 * or ten years (a masterplan runs ten; the medium term, five). One per session, under a fixed id.
 */
public record RoadmapSetup(int firstYear, int years) implements SessionRecord {
    public static final String ID = "roadmap";
    public static final String F_FIRST_YEAR = "first_year";
    public static final String F_YEARS = "years";

    public RoadmapSetup {
        InvalidValue.check(firstYear >= 2000 && firstYear <= 2100, "domain.invalid.calendar_year", firstYear);
        InvalidValue.check(years == 5 || years == 10, "domain.invalid.roadmap_years", years);
    }

    /** Five years from the year after the workshop: the plan is made to start in the next budget year. */
    public static RoadmapSetup defaultFor(int workshopYear) {
        return new RoadmapSetup(Math.max(2000, Math.min(2100, workshopYear + 1)), 5);
    }

    public int calendarYear(int planYear) {
        return firstYear + planYear - 1;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EntityKind kind() {
        return EntityKind.ROADMAP_SETUP;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), ID).integer(F_FIRST_YEAR, firstYear).integer(F_YEARS, years).build();
    }

    public static RoadmapSetup from(EntityState e) {
        return new RoadmapSetup(Fields.integer(e, F_FIRST_YEAR, 0), Fields.integer(e, F_YEARS, 5));
    }
}

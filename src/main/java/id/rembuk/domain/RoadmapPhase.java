package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;

/**
 * One bar of the roadmap: a phase of a programme (persiapan, pembangunan, operasional...) over a
 * span of plan years. Moving or stretching a bar writes only its years, so two laptops editing the
 * name and the span of one phase merge without a conflict.
 *
 * @param from first plan year, 1..10
 * @param to   last plan year, {@code from..10}
 */
public record RoadmapPhase(String id, String programmeId, String name, int from, int to, int order)
        implements SessionRecord {
    public static final String F_PROGRAMME = "programme";
    public static final String F_NAME = "name";
    public static final String F_FROM = "from";
    public static final String F_TO = "to";
    public static final String F_ORDER = "order";
    public static final int MAX_YEAR = 10;

    public RoadmapPhase {
        Ids.require(id, "roadmap phase");
        Ids.require(programmeId, "programme");
        name = Text.optional(name, 200).replace('\n', ' ');
        InvalidValue.check(from >= 1 && from <= MAX_YEAR, "domain.invalid.year", from);
        InvalidValue.check(to >= 1 && to <= MAX_YEAR, "domain.invalid.year", to);
        InvalidValue.check(from <= to, "domain.invalid.span", from, to);
    }

    public int years() {
        return to - from + 1;
    }

    public boolean covers(int year) {
        return year >= from && year <= to;
    }

    @Override
    public EntityKind kind() {
        return EntityKind.ROADMAP_PHASE;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_PROGRAMME, programmeId).text(F_NAME, name).integer(F_FROM, from)
                .integer(F_TO, to).integer(F_ORDER, order).build();
    }

    public static RoadmapPhase from(EntityState e) {
        return new RoadmapPhase(e.key().id(), Fields.text(e, F_PROGRAMME), Fields.text(e, F_NAME),
                Fields.integer(e, F_FROM, 0), Fields.integer(e, F_TO, 0), Fields.integer(e, F_ORDER, 0));
    }
}

package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A success indicator (indikator keberhasilan) of a target: baseline and a target per year.
 * Values are text because many are qualitative ("Tersedia", "Perbup terbit"); numeric ones can be
 * read with {@link IndonesianFormat#parseDecimal}.
 *
 * @param yearly target for year 1, 2, … (at most 10); an empty entry is a year not yet filled in
 */
public record Indicator(String id, String targetId, String name, String unit, String baseline, List<String> yearly,
                        int order) implements SessionRecord {

    public static final int MAX_YEARS = 10;
    public static final String F_TARGET = "target";
    public static final String F_NAME = "name";
    public static final String F_UNIT = "unit";
    public static final String F_BASELINE = "baseline";
    public static final String F_YEARLY = "yearly";
    public static final String F_ORDER = "order";

    public Indicator {
        Ids.require(id, "indicator");
        targetId = Ids.optional(targetId, "target");
        name = Text.required(name, "name", 500);
        unit = Text.optional(unit, 60);
        baseline = Text.optional(baseline, 120).replace('\n', ' ');
        List<String> years = new ArrayList<>();
        for (String y : yearly == null ? List.<String>of() : yearly) {
            years.add(Text.optional(y, 120).replace('\n', ' '));
        }
        // Trailing blanks carry no information; dropping them keeps one spelling per value.
        while (!years.isEmpty() && years.get(years.size() - 1).isEmpty()) {
            years.remove(years.size() - 1);
        }
        InvalidValue.check(years.size() <= MAX_YEARS, "domain.invalid.years", MAX_YEARS);
        yearly = List.copyOf(years);
    }

    /** The target for year {@code year} (1-based), if filled in. */
    public Optional<String> targetFor(int year) {
        return year >= 1 && year <= yearly.size() && !yearly.get(year - 1).isEmpty()
                ? Optional.of(yearly.get(year - 1)) : Optional.empty();
    }

    @Override
    public EntityKind kind() {
        return EntityKind.INDICATOR;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_TARGET, targetId).text(F_NAME, name).text(F_UNIT, unit)
                .text(F_BASELINE, baseline).lines(F_YEARLY, yearly).integer(F_ORDER, order).build();
    }

    public static Indicator from(EntityState e) {
        return new Indicator(e.key().id(), Fields.text(e, F_TARGET), Fields.text(e, F_NAME), Fields.text(e, F_UNIT),
                Fields.text(e, F_BASELINE), Fields.positionalLines(e, F_YEARLY), Fields.integer(e, F_ORDER, 0));
    }
}

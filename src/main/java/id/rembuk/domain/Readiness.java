package id.rembuk.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * Readiness percentages from the checklist. A cell (element × dimension) is the weighted mean of its
 * assessed indicators; an element, a dimension and the whole are the plain mean of their assessed
 * cells, so a dimension with a longer checklist does not outweigh the others. Indicators not yet
 * assessed are left out and reported as coverage, because "not assessed" is not "not ready".
 */
public final class Readiness {
    private final List<ReadinessIndicator> indicators;
    private final Map<String, Integer> percentByIndicator = new HashMap<>();

    public Readiness(Collection<ReadinessIndicator> indicators, Collection<ReadinessScore> scores) {
        this.indicators = List.copyOf(indicators);
        scores.forEach(s -> s.percent().ifPresent(p -> percentByIndicator.put(s.indicatorId(), p)));
    }

    /**
     * @param percent  0..100, empty when nothing is assessed
     * @param assessed indicators with a score
     * @param total    indicators in scope
     */
    public record Result(OptionalDouble percent, int assessed, int total) {
        public Band band(Bands bands) {
            return percent.isPresent() ? bands.of(percent.getAsDouble()) : Band.UNKNOWN;
        }
    }

    public enum Band implements Labelled {
        UNKNOWN, KURANG, CUKUP, BAIK;

        @Override
        public String labelGroup() {
            return "band";
        }
    }

    /** Lower bounds (percent) of Cukup and Baik; practice, so configurable. */
    public record Bands(double cukupFrom, double baikFrom) {
        public static final Bands DEFAULT = new Bands(40, 70);

        public Bands {
            if (!(cukupFrom > 0 && cukupFrom < baikFrom && baikFrom <= 100)) {
                throw new InvalidValue("domain.invalid.bands", cukupFrom, baikFrom);
            }
        }

        public Band of(double percent) {
            return percent >= baikFrom ? Band.BAIK : percent >= cukupFrom ? Band.CUKUP : Band.KURANG;
        }
    }

    public Result cell(Dimension d, Element e) {
        List<ReadinessIndicator> in = indicators.stream().filter(i -> i.dimension() == d && i.element() == e).toList();
        double weighted = 0;
        int weights = 0;
        int assessed = 0;
        for (ReadinessIndicator i : in) {
            Integer p = percentByIndicator.get(i.id());
            if (p != null) {
                weighted += (double) p * i.weight();
                weights += i.weight();
                assessed++;
            }
        }
        return new Result(assessed == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / weights), assessed,
                in.size());
    }

    public Result element(Element e) {
        return meanOfCells(d -> true, x -> x == e);
    }

    public Result dimension(Dimension d) {
        return meanOfCells(x -> x == d, e -> true);
    }

    public Result overall() {
        return meanOfCells(d -> true, e -> true);
    }

    private Result meanOfCells(Predicate<Dimension> dims, Predicate<Element> elements) {
        List<Double> cells = new ArrayList<>();
        int assessed = 0;
        int total = 0;
        for (Dimension d : Dimension.values()) {
            for (Element e : Element.values()) {
                if (dims.test(d) && elements.test(e)) {
                    Result r = cell(d, e);
                    r.percent().ifPresent(cells::add);
                    assessed += r.assessed();
                    total += r.total();
                }
            }
        }
        OptionalDouble mean = cells.stream().mapToDouble(Double::doubleValue).average();
        return new Result(mean, assessed, total);
    }
}

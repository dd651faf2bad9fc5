package id.rembuk.readiness;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Resources;
import id.rembuk.domain.Element;
import id.rembuk.domain.Ids;
import id.rembuk.domain.ReadinessIndicator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The default readiness checklist a group can insert with one action and then edit. The lines are
 * data ({@code /id/rembuk/readiness/default-indicators.txt}, its header explains the format), because
 * the method publishes no official checklist and a facilitator's own list must not need a code change.
 */
public final class DefaultIndicators {
    private static final String RESOURCE = "/id/rembuk/readiness/default-indicators.txt";
    private static volatile DefaultIndicators standard;

    /**
     * One default line.
     *
     * @param dimension empty: the line is for every dimension
     */
    public record Line(Element element, Optional<Dimension> dimension, String text, int weight) {
        /**
         * The id the line gets in a dimension: the same on every laptop, so two laptops that insert the
         * defaults meet in the same indicators when their files are merged instead of listing them twice.
         */
        public String idIn(Dimension d) {
            return Ids.derived("readiness_indicator", "default", d.code(), element.name(), text);
        }
    }

    private final List<Line> lines;

    private DefaultIndicators(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The checklist shipped with the app. */
    public static DefaultIndicators standard() {
        DefaultIndicators s = standard;
        if (s == null) {
            s = parse(Resources.lines(RESOURCE));
            standard = s;
        }
        return s;
    }

    /** Reads "ELEMENT[ CODE]: text[ | weight]" lines; blank lines and # comments are skipped. */
    public static DefaultIndicators parse(List<String> text) {
        List<Line> out = new ArrayList<>();
        int number = 0;
        for (String raw : text) {
            number++;
            String l = raw.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int at = number;
            int colon = l.indexOf(':');
            if (colon < 0) {
                throw bad(at, l);
            }
            String[] head = l.substring(0, colon).strip().split("\\s+");
            Element element = element(head[0]).orElseThrow(() -> bad(at, l));
            Optional<Dimension> dimension = Optional.empty();
            if (head.length == 2) {
                dimension = Optional.of(Dimension.ofCode(head[1]).orElseThrow(() -> bad(at, l)));
            } else if (head.length > 2) {
                throw bad(number, l);
            }
            String body = l.substring(colon + 1);
            int weight = 1;
            int bar = body.lastIndexOf('|');
            if (bar >= 0) {
                try {
                    weight = Integer.parseInt(body.substring(bar + 1).strip());
                } catch (NumberFormatException e) {
                    throw bad(number, l);
                }
                body = body.substring(0, bar);
            }
            String t = body.strip();
            if (t.isEmpty() || weight < 1 || weight > 10) {
                throw bad(number, l);
            }
            out.add(new Line(element, dimension, t, weight));
        }
        return new DefaultIndicators(out);
    }

    private static IllegalArgumentException bad(int number, String line) {
        return new IllegalArgumentException("line " + number + ": expected \"ELEMENT[ CODE]: text[ | weight]\": "
                + line);
    }

    private static Optional<Element> element(String name) {
        try {
            return Optional.of(Element.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The lines for one cell of the worksheet: those for every dimension first, then the dimension's own. */
    public List<Line> lines(Dimension d, Element e) {
        List<Line> out = new ArrayList<>();
        lines.stream().filter(l -> l.element() == e && l.dimension().isEmpty()).forEach(out::add);
        lines.stream().filter(l -> l.element() == e && l.dimension().equals(Optional.of(d))).forEach(out::add);
        return out;
    }

    public List<Line> all() {
        return lines;
    }

    /**
     * The default indicators a dimension still lacks, placed after the lines its cells have. A line
     * is left out when its id was ever written (inserted before, even if the group deleted or renamed
     * it since: inserting again must not bring back what they removed) or when the cell already has
     * its text (typed by hand).
     *
     * @param written whether an indicator id was ever written in the session, deleted ones included
     */
    public List<ReadinessIndicator> missing(Dimension d, List<Element> elements, Worksheet sheet,
                                            Predicate<String> written) {
        List<ReadinessIndicator> out = new ArrayList<>();
        for (Element e : elements) {
            List<ReadinessIndicator> cell = sheet.cell(d, e);
            Set<String> texts = new HashSet<>();
            cell.forEach(i -> texts.add(key(i.text())));
            int order = cell.stream().mapToInt(ReadinessIndicator::order).max().orElse(-1);
            for (Line l : lines(d, e)) {
                String id = l.idIn(d);
                if (!written.test(id) && texts.add(key(l.text()))) {
                    out.add(new ReadinessIndicator(id, d, e, l.text(), l.weight(), ++order));
                }
            }
        }
        return out;
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

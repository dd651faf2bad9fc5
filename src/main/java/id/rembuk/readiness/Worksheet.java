package id.rembuk.readiness;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Readiness;
import id.rembuk.domain.ReadinessIndicator;
import id.rembuk.domain.ReadinessScore;
import id.rembuk.domain.ReadinessSetup;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readiness worksheet of a session as it stands: the setup, the indicators and their
 * assessments, and the totals. The totals count only the elements the setup includes, so switching
 * Potensi Alam off takes its lines out of every percentage without deleting what was written.
 */
public final class Worksheet {
    private static final Comparator<ReadinessIndicator> IN_ORDER = Comparator.comparingInt(ReadinessIndicator::order)
            .thenComparing(ReadinessIndicator::id);

    private final ReadinessSetup setup;
    private final List<ReadinessIndicator> indicators;
    private final Map<String, ReadinessScore> scores = new HashMap<>();
    private final Readiness totals;
    private final int unreadable;

    public Worksheet(ReadinessSetup setup, Collection<ReadinessIndicator> indicators,
                     Collection<ReadinessScore> scores) {
        this(setup, indicators, scores, 0);
    }

    private Worksheet(ReadinessSetup setup, Collection<ReadinessIndicator> indicators,
                      Collection<ReadinessScore> scores, int unreadable) {
        this.setup = setup;
        this.indicators = indicators.stream().sorted(IN_ORDER).toList();
        scores.forEach(s -> this.scores.put(s.indicatorId(), s));
        List<Element> shown = setup.elements();
        this.totals = new Readiness(this.indicators.stream().filter(i -> shown.contains(i.element())).toList(),
                scores);
        this.unreadable = unreadable;
    }

    public static Worksheet of(SessionState s) {
        if (s == null) {
            return new Worksheet(ReadinessSetup.DEFAULT, List.of(), List.of());
        }
        Records.Read<ReadinessIndicator> ind = Records.read(s, EntityKind.READINESS_INDICATOR,
                ReadinessIndicator::from);
        Records.Read<ReadinessScore> sc = Records.read(s, EntityKind.READINESS_SCORE, ReadinessScore::from);
        return new Worksheet(setup(s), ind.records(), sc.records(), ind.unreadable().size());
    }

    /** The session's setup; the default (1–5, three elements) until someone changes it. */
    public static ReadinessSetup setup(SessionState s) {
        Optional<EntityState> e = s.get(EntityKind.READINESS_SETUP.code(), ReadinessSetup.ID).filter(EntityState::live);
        try {
            return e.map(ReadinessSetup::from).orElse(ReadinessSetup.DEFAULT);
        } catch (IllegalArgumentException ex) {
            return ReadinessSetup.DEFAULT;
        }
    }

    public ReadinessSetup setup() {
        return setup;
    }

    /** The elements the worksheet shows, in the method's order. */
    public List<Element> elements() {
        return setup.elements();
    }

    /** The indicators of one cell in their order. */
    public List<ReadinessIndicator> cell(Dimension d, Element e) {
        return indicators.stream().filter(i -> i.dimension() == d && i.element() == e).toList();
    }

    /** Every readable indicator, optional elements switched off included. */
    public List<ReadinessIndicator> indicators() {
        return indicators;
    }

    public Optional<ReadinessScore> score(String indicatorId) {
        return Optional.ofNullable(scores.get(indicatorId));
    }

    public Readiness.Result total(Dimension d, Element e) {
        return totals.cell(d, e);
    }

    public Readiness.Result total(Element e) {
        return totals.element(e);
    }

    public Readiness.Result total(Dimension d) {
        return totals.dimension(d);
    }

    public Readiness.Result overall() {
        return totals.overall();
    }

    /** Indicator entities whose values do not read (merged from two laptops, or an older file layout). */
    public int unreadable() {
        return unreadable;
    }
}

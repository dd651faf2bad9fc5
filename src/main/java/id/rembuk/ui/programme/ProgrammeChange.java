package id.rembuk.ui.programme;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Fields;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Programme;
import id.rembuk.domain.SubDimension;
import id.rembuk.domain.change.Edit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A programme with some of its values changed, checked by the record itself, and the edits that
 * write only the fields that differ (so a name typed on one laptop and a budget on another merge).
 */
final class ProgrammeChange {
    private Dimension dimension;
    private Optional<SubDimension> subDimension;
    private List<String> strategies;
    private String name;
    private List<String> activities;
    private Programme.Horizon horizon;
    private String leadOpd;
    private List<String> supporting;
    private FundingSource funding;
    private long budget;
    private String rpjmdLink;
    private int order;
    private OptionalInt months;
    private String service;
    private final Programme before;

    ProgrammeChange(Programme p) {
        before = p;
        dimension = p.dimension();
        subDimension = p.subDimension();
        strategies = p.strategies();
        name = p.name();
        activities = p.activities();
        horizon = p.horizon();
        leadOpd = p.leadOpd();
        supporting = p.supporting();
        funding = p.funding();
        budget = p.budget();
        rpjmdLink = p.rpjmdLink();
        order = p.order();
        months = p.months();
        service = p.service();
    }

    /**
     * Sets a column from what was typed: lines for the long fields, Rupiah as people write it,
     * months as a whole number (blank clears them).
     *
     * @throws InvalidValue when the text is not a value of the column
     */
    ProgrammeChange typed(ProgrammeColumn c, String text) {
        String t = text == null ? "" : text.strip();
        switch (c) {
            case NAME -> name = t;
            case LEAD -> leadOpd = t;
            case RPJMD -> rpjmdLink = t;
            case SERVICE -> service = t;
            case ACTIVITIES -> activities = Fields.splitLines(text == null ? "" : text);
            case SUPPORTING -> supporting = Fields.splitLines(text == null ? "" : text);
            case BUDGET -> budget = t.isEmpty() ? 0 : IndonesianFormat.parseRupiah(t);
            case MONTHS -> months = months(t);
            default -> throw new IllegalArgumentException("not typed: " + c);
        }
        return this;
    }

    private static OptionalInt months(String t) {
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new InvalidValue("programme.invalid.months", t);
        }
    }

    ProgrammeChange subDimension(Optional<SubDimension> s) {
        subDimension = s;
        return this;
    }

    ProgrammeChange horizon(Programme.Horizon h) {
        horizon = Objects.requireNonNull(h);
        return this;
    }

    ProgrammeChange funding(FundingSource f) {
        funding = Objects.requireNonNull(f);
        return this;
    }

    ProgrammeChange strategies(List<String> ids) {
        strategies = List.copyOf(ids);
        return this;
    }

    /** The changed programme, checked as any programme is. */
    Programme after() {
        return new Programme(before.id(), dimension, subDimension, strategies, name, activities, horizon, leadOpd,
                supporting, funding, budget, rpjmdLink, order, months, service);
    }

    /** Only the fields whose stored value changes; empty when nothing does. */
    List<Edit> edits() {
        Map<String, String> old = new HashMap<>();
        before.toEdits().forEach(e -> old.put(e.field(), e.value()));
        List<Edit> out = new ArrayList<>();
        for (Edit e : after().toEdits()) {
            if (!Objects.equals(old.get(e.field()), e.value())) {
                out.add(e);
            }
        }
        return out;
    }
}

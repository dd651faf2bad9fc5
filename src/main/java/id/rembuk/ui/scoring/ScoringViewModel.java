package id.rembuk.ui.scoring;

import id.rembuk.domain.Criterion;
import id.rembuk.domain.CriterionWeight;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Labels;
import id.rembuk.domain.ProgrammeRanking;
import id.rembuk.domain.Records;
import id.rembuk.domain.Score;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.PortfolioCache;
import id.rembuk.ui.shell.ShellViewModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Scoring the programmes: the criteria weights, who scores now, the score sheet of the current
 * scorer (programmes × weighted criteria) with every programme's aggregate, and the ranking.
 * Numbers come from {@link Portfolio}, never recomputed here. Every write is one {@link Action}
 * that writes only what changed; a score's id is derived from programme, criterion and scorer, so
 * scores from several laptops never collide.
 */
public final class ScoringViewModel {
    private final PortfolioCache portfolios = new PortfolioCache();
    private final ObservableValue<SessionState> state;
    private final Consumer<Action> apply;
    private final String fixedScorer;

    private final BooleanProperty hasSession = new SimpleBooleanProperty(false);
    /** Null shows every dimension. */
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>();
    /** The text the current scorer's scores carry; null until someone is chosen. */
    private final ObjectProperty<String> scorer = new SimpleObjectProperty<>();
    private final ObservableList<Scorer> scorers = FXCollections.observableArrayList();
    private final ObservableList<WeightRow> weights = FXCollections.observableArrayList();
    private final ObservableList<Criterion> columns = FXCollections.observableArrayList();
    private final ObservableList<ScoringRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ScoringRow> ranking = FXCollections.observableArrayList();
    private final StringProperty weightSum = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty scorerLabel = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");
    private final ObservableList<Scorer> scorersView = FXCollections.unmodifiableObservableList(scorers);
    private final ObservableList<WeightRow> weightsView = FXCollections.unmodifiableObservableList(weights);
    private final ObservableList<Criterion> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<ScoringRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<ScoringRow> rankingView = FXCollections.unmodifiableObservableList(ranking);

    private Portfolio portfolio = Portfolio.empty();
    private List<Score> scores = List.of();
    private long scorerCount;

    /**
     * @param state       the open session's state, null when none is open
     * @param apply       commits one action (the shell's {@code apply})
     * @param fixedScorer the scorer a group's laptop scores as (its group code), null to let the user choose
     */
    public ScoringViewModel(ObservableValue<SessionState> state, Consumer<Action> apply, String fixedScorer) {
        this.state = state;
        this.apply = apply;
        this.fixedScorer = fixedScorer;
        scorer.set(fixedScorer);
        state.addListener((o, old, s) -> refresh());
        dimension.addListener((o, old, d) -> refresh());
        scorer.addListener((o, old, s) -> {
            if (fixedScorer != null && !fixedScorer.equals(s)) {
                scorer.set(fixedScorer);
                return;
            }
            hint.set("");
            refresh();
        });
        refresh();
    }

    public ScoringViewModel(ShellViewModel shell) {
        this(shell.stateProperty(), shell::apply, null);
    }

    /** Reads the session again; also makes the words again after a language switch. */
    public void refresh() {
        SessionState s = state.getValue();
        hasSession.set(s != null);
        portfolio = portfolios.of(s);
        scores = s == null ? List.of() : Records.read(s, EntityKind.SCORE, Score::from).records();
        Labels labels = s == null ? Labels.defaults() : Labels.of(s);
        setIfChanged(scorers, s == null ? List.of() : Scorers.of(s, scores, labels));
        scorerLabel.set(scorerLabel(scorer.get()));

        ProgrammeRanking.Weights w = portfolio.weights();
        List<WeightRow> wrows = new ArrayList<>();
        int sum = w.byCriterion().values().stream().mapToInt(Integer::intValue).sum();
        for (Criterion c : Criterion.values()) {
            wrows.add(new WeightRow(c, Messages.get(c.messageKey()), Messages.get(shortKey(c)), w.of(c),
                    sum == 0 ? "" : ScoringText.percent(100.0 * w.of(c) / sum)));
        }
        setIfChanged(weights, wrows);
        weightSum.set(Messages.get("scoring.weights.sum", sum));
        setIfChanged(columns, java.util.Arrays.stream(Criterion.values()).filter(c -> w.of(c) > 0).toList());

        String key = Score.scorerKey(scorer.get());
        List<ScoringRow> sheet = new ArrayList<>();
        List<ScoringRow> ranked = new ArrayList<>();
        for (Portfolio.Entry e : portfolio.programmes()) {
            if (dimension.get() == null || e.dimension() == dimension.get()) {
                sheet.add(row(e, key, scores));
            }
        }
        for (Portfolio.Entry e : portfolio.ranked()) {
            if (dimension.get() == null || e.dimension() == dimension.get()) {
                ranked.add(row(e, key, scores));
            }
        }
        setIfChanged(rows, sheet);
        setIfChanged(ranking, ranked);
        long scored = portfolio.programmes().stream().filter(e -> e.aggregate().score().isPresent()).count();
        scorerCount = scores.stream().map(x -> Score.scorerKey(x.scorer())).distinct().count();
        summary.set(s == null ? "" : Messages.get("scoring.summary", portfolio.programmes().size(), scored,
                scorerCount));
    }

    static String shortKey(Criterion c) {
        return "scoring.criterion." + c.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Every programme best first, as the room sees it (nobody's own values). */
    static List<ScoringRow> ranking(Portfolio p) {
        return p.ranked().stream().map(e -> row(e, "", List.of())).toList();
    }

    private static ScoringRow row(Portfolio.Entry e, String scorerKey, List<Score> scores) {
        Map<Criterion, Integer> own = new EnumMap<>(Criterion.class);
        if (!scorerKey.isEmpty()) {
            for (Score x : scores) {
                if (x.programmeId().equals(e.id()) && Score.scorerKey(x.scorer()).equals(scorerKey)) {
                    own.put(x.criterion(), x.value());
                }
            }
        }
        ProgrammeRanking.Aggregate a = e.aggregate();
        boolean scored = a.score().isPresent();
        return new ScoringRow(e.id(), e.ref(), e.programme().name(), e.dimension(), own,
                scored ? ScoringText.decimal(a.score().getAsDouble()) : "",
                scored ? ScoringText.decimal(a.spread()) : "", a.scorers(), scored ? e.rank() : 0, a.percent());
    }

    private String scorerLabel(String text) {
        if (text == null) {
            return "";
        }
        String key = Score.scorerKey(text);
        return scorers.stream().filter(x -> Score.scorerKey(x.text()).equals(key)).map(Scorer::label).findFirst()
                .orElse(text);
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    // ---- scores

    /**
     * Gives the current scorer's value 1..5 to a programme on a criterion, replacing their own
     * earlier value. Nothing is written when the value is already there.
     *
     * @return false when nothing was written; the hint says why when it is a mistake
     */
    public boolean setScore(String programmeId, Criterion criterion, int value) {
        SessionState s = state.getValue();
        Optional<Portfolio.Entry> entry = portfolio.find(programmeId);
        if (s == null || entry.isEmpty()) {
            return false;
        }
        if (scorer.get() == null || scorer.get().isBlank()) {
            hint.set(Messages.get("scoring.hint.noScorer"));
            return false;
        }
        if (value < 1 || value > 5) {
            hint.set(Messages.get("scoring.hint.range"));
            return false;
        }
        Score score = Score.of(programmeId, criterion, scorer.get(), value);
        String kind = EntityKind.SCORE.code();
        Optional<EntityState> old = s.get(kind, score.id());
        List<Edit> edits = new ArrayList<>();
        if (old.isPresent() && old.get().live()) {
            Score before = Score.from(old.get());
            if (before.value() == value) {
                return false;
            }
            edits.add(Edit.set(kind, score.id(), Score.F_VALUE, Integer.toString(value)));
        } else {
            if (old.isPresent() && old.get().deleted()) {
                edits.add(Edit.restore(kind, score.id()));
            }
            edits.addAll(score.toEdits());
        }
        hint.set("");
        apply.accept(new Action(Messages.get("scoring.action.score", entry.get().ref(),
                Messages.get(shortKey(criterion)), value), edits));
        return true;
    }

    /** Takes the current scorer's value off a programme's criterion (deletes their score). */
    public boolean clearScore(String programmeId, Criterion criterion) {
        SessionState s = state.getValue();
        Optional<Portfolio.Entry> entry = portfolio.find(programmeId);
        if (s == null || entry.isEmpty() || scorer.get() == null || scorer.get().isBlank()) {
            return false;
        }
        String id = Score.idFor(programmeId, criterion, scorer.get());
        if (s.get(EntityKind.SCORE.code(), id).filter(EntityState::live).isEmpty()) {
            return false;
        }
        hint.set("");
        apply.accept(Action.of(Messages.get("scoring.action.clear", entry.get().ref(),
                Messages.get(shortKey(criterion))), Edit.delete(EntityKind.SCORE.code(), id)));
        return true;
    }

    // ---- weights

    /**
     * Sets one criterion's weight (0..100; 0 leaves it out). At least one criterion keeps a weight.
     *
     * @return false when nothing was written; the hint says why when it is a mistake
     */
    public boolean setWeight(Criterion criterion, int weight) {
        SessionState s = state.getValue();
        if (s == null) {
            return false;
        }
        CriterionWeight w;
        try {
            w = CriterionWeight.of(criterion, weight);
        } catch (InvalidValue e) {
            hint.set(Messages.get(e.key(), e.args()));
            return false;
        }
        ProgrammeRanking.Weights now = portfolio.weights();
        int others = now.byCriterion().entrySet().stream().filter(x -> x.getKey() != criterion)
                .mapToInt(Map.Entry::getValue).sum();
        if (weight == 0 && others == 0) {
            hint.set(Messages.get("scoring.hint.allZero"));
            return false;
        }
        List<Edit> edits = weightEdits(s, w);
        if (edits.isEmpty()) {
            return false;
        }
        hint.set("");
        apply.accept(new Action(Messages.get("scoring.action.weight", Messages.get(shortKey(criterion)), weight),
                edits));
        return true;
    }

    /** Every criterion back to its default weight, written for each, as one action. */
    public boolean resetWeights() {
        SessionState s = state.getValue();
        if (s == null) {
            return false;
        }
        List<Edit> edits = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            edits.addAll(weightEdits(s, CriterionWeight.of(c, c.defaultWeight())));
        }
        if (edits.isEmpty()) {
            return false;
        }
        hint.set("");
        apply.accept(new Action(Messages.get("scoring.action.reset"), edits));
        return true;
    }

    /** The edits that make the stored weight this one: nothing if it is so, the weight alone if stored. */
    private static List<Edit> weightEdits(SessionState s, CriterionWeight w) {
        String kind = EntityKind.CRITERION_WEIGHT.code();
        Optional<EntityState> old = s.get(kind, w.id());
        if (old.isPresent() && old.get().live()) {
            if (old.get().get(CriterionWeight.F_WEIGHT).equals(Optional.of(Integer.toString(w.weight())))) {
                return List.of();
            }
            return List.of(Edit.set(kind, w.id(), CriterionWeight.F_WEIGHT, Integer.toString(w.weight())));
        }
        List<Edit> edits = new ArrayList<>();
        if (old.isPresent() && old.get().deleted()) {
            edits.add(Edit.restore(kind, w.id()));
        }
        edits.addAll(w.toEdits());
        return edits;
    }

    // ---- properties

    public ReadOnlyBooleanProperty hasSessionProperty() {
        return hasSession;
    }

    /** The dimension whose programmes are shown; null for all. */
    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    /** The scorer text the sheet writes as; fixed on a group's laptop. */
    public ObjectProperty<String> scorerProperty() {
        return scorer;
    }

    public boolean scorerFixed() {
        return fixedScorer != null;
    }

    /** "Kelompok GOV · Smart Governance", or the typed text for a scorer not in the list. */
    public ReadOnlyStringProperty scorerLabelProperty() {
        return scorerLabel;
    }

    /** The groups, then the participants, then anyone else who has scored. */
    public ObservableList<Scorer> scorers() {
        return scorersView;
    }

    /** The seven criteria with their weight and share. */
    public ObservableList<WeightRow> weights() {
        return weightsView;
    }

    /** "Jumlah bobot: 100". */
    public ReadOnlyStringProperty weightSumProperty() {
        return weightSum;
    }

    /** The criteria with a weight above 0: the sheet's columns. */
    public ObservableList<Criterion> columns() {
        return columnsView;
    }

    /** The programmes shown, in matrix order. */
    public ObservableList<ScoringRow> rows() {
        return rowsView;
    }

    /** The programmes shown, best first; unscored last. */
    public ObservableList<ScoringRow> ranking() {
        return rankingView;
    }

    /** "6 program · 5 dinilai · 2 penilai". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    /** How many distinct scorers scored anything in the session. */
    public long scorerCount() {
        return scorerCount;
    }

    public void setHint(String text) {
        hint.set(text == null ? "" : text);
    }
}

package id.rembuk.ui.quickwin;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.GridNudge;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Labels;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.QuickWinGrid;
import id.rembuk.domain.QuickWinRules;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.PortfolioCache;
import id.rembuk.ui.shell.ShellViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quick-win grid on the laptop: the programmes placed by their scores, the facilitator's
 * nudges (each with its note), the rules a programme breaks, and the choosing of the quick wins
 * with their reasons. A nudge, a choice and an un-choice each ask for their words first (a
 * {@link Prompt}); nothing is written until the words are confirmed, and each write is one
 * {@link Action}. The numbers are {@link Portfolio}'s, never computed here.
 */
public final class QuickWinViewModel {
    /** A fine step and a coarse step for moving a bubble with the keyboard, on the 1..5 scale. */
    public static final double STEP = 0.5;
    public static final double FINE_STEP = 0.1;

    public enum PromptKind { NUDGE, CHOOSE, UNCHOOSE }

    /**
     * Words asked for before a write.
     *
     * @param impact  for a nudge: the place it would go to
     * @param warning what the facilitator should know first (rules broken, a profile lost), or ""
     */
    public record Prompt(PromptKind kind, String programmeId, String ref, double impact, double effort,
                         String warning) {
        /** The text is required for a nudge (its note) and a choice (its reason). */
        public boolean needsText() {
            return kind != PromptKind.UNCHOOSE;
        }
    }

    /** Chosen quick wins of one dimension; the method wants about one each. */
    public record Tally(Dimension dimension, int chosen, int programmes) {
    }

    private final ObservableValue<SessionState> state;
    private final Consumer<Action> apply;

    private final BooleanProperty hasSession = new SimpleBooleanProperty(false);
    private final ObjectProperty<Portfolio> portfolio = new SimpleObjectProperty<>(Portfolio.empty());
    private final ObservableList<Bubble> bubbles = FXCollections.observableArrayList();
    private final ObservableList<Portfolio.Entry> unplaced = FXCollections.observableArrayList();
    private final ObservableList<Portfolio.Entry> byQuadrant = FXCollections.observableArrayList();
    private final ObservableList<Tally> tally = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty tallyText = new SimpleStringProperty("");

    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Portfolio.Entry> selectedEntry = new SimpleObjectProperty<>();

    /** The grid's portfolio; labels are watched too, for the dimensions' wording. */
    private final PortfolioCache reads = new PortfolioCache(EntityKind.LABEL);

    private final ObjectProperty<Prompt> prompt = new SimpleObjectProperty<>();
    private final StringProperty draft = new SimpleStringProperty("");
    private final StringProperty draftHint = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");

    private final ObservableList<Bubble> bubblesView = FXCollections.unmodifiableObservableList(bubbles);
    private final ObservableList<Portfolio.Entry> unplacedView = FXCollections.unmodifiableObservableList(unplaced);
    private final ObservableList<Portfolio.Entry> byQuadrantView = FXCollections.unmodifiableObservableList(byQuadrant);
    private final ObservableList<Tally> tallyView = FXCollections.unmodifiableObservableList(tally);

    /**
     * @param state the open session's state, null when none is open
     * @param apply commits one action to the open session (the shell's {@code apply})
     */
    public QuickWinViewModel(ObservableValue<SessionState> state, Consumer<Action> apply) {
        this.state = state;
        this.apply = apply;
        state.addListener((o, old, s) -> refresh());
        selected.addListener((o, old, id) -> {
            if (prompt.get() != null && !prompt.get().programmeId().equals(id)) {
                cancelPrompt();
            }
            hint.set("");
            selectedEntry.set(portfolio.get().find(id).orElse(null));
        });
        draft.addListener((o, old, t) -> draftHint.set(""));
        refresh();
    }

    public QuickWinViewModel(ShellViewModel shell) {
        this(shell.stateProperty(), shell::apply);
    }

    private void refresh() {
        SessionState s = state.getValue();
        boolean changed = hasSession.get() != (s != null);
        changed |= reads.update(s);
        hasSession.set(s != null);
        if (!changed) {
            // a write elsewhere in the session (a SWOT card, a note): the grid is as it was
            return;
        }
        Portfolio p = reads.get();
        portfolio.set(p);
        setIfChanged(bubbles, Bubble.of(p));
        setIfChanged(unplaced, p.programmes().stream().filter(e -> e.position().isEmpty()).toList());
        setIfChanged(byQuadrant, byQuadrant(p));
        setIfChanged(tally, tally(p));
        updateTexts(s);
        if (selected.get() != null && p.find(selected.get()).isEmpty()) {
            selected.set(null);
        }
        selectedEntry.set(p.find(selected.get()).orElse(null));
        Prompt open = prompt.get();
        if (open != null && p.find(open.programmeId()).isEmpty()) {
            cancelPrompt();
        }
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    /** Quick wins first, then major projects, fill-ins, thankless, and the unscored last; best rank first within. */
    private static List<Portfolio.Entry> byQuadrant(Portfolio p) {
        return p.programmes().stream().sorted(Comparator
                .comparingInt((Portfolio.Entry e) -> e.quadrant().map(Enum::ordinal).orElse(99))
                .thenComparingInt(Portfolio.Entry::rank)).toList();
    }

    private static List<Tally> tally(Portfolio p) {
        Map<Dimension, int[]> counts = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            counts.put(d, new int[2]);
        }
        for (Portfolio.Entry e : p.programmes()) {
            counts.get(e.dimension())[1]++;
            if (e.chosen()) {
                counts.get(e.dimension())[0]++;
            }
        }
        p.direct().forEach(q -> counts.get(q.dimension())[0]++);
        List<Tally> out = new ArrayList<>();
        counts.forEach((d, c) -> out.add(new Tally(d, c[0], c[1])));
        return out;
    }

    private void updateTexts(SessionState s) {
        Portfolio p = portfolio.get();
        long placed = bubbles.size();
        long chosen = p.quickWins().size();
        summary.set(s == null ? "" : Messages.get("quickwin.summary", p.programmes().size(), placed, chosen));
        List<String> none = new ArrayList<>();
        List<String> many = new ArrayList<>();
        for (Tally t : tally) {
            if (t.chosen() == 0) {
                none.add(t.dimension().code());
            } else if (t.chosen() > 1) {
                many.add(t.dimension().code() + " (" + t.chosen() + ")");
            }
        }
        List<String> parts = new ArrayList<>();
        if (!none.isEmpty()) {
            parts.add(Messages.get("quickwin.tally.none", String.join(", ", none)));
        }
        if (!many.isEmpty()) {
            parts.add(Messages.get("quickwin.tally.many", String.join(", ", many)));
        }
        tallyText.set(parts.isEmpty() ? Messages.get("quickwin.tally.balanced") : String.join(" · ", parts));
    }

    // ---- selection

    /** Selects a programme (null clears); a prompt for another programme is dropped. */
    public void select(String programmeId) {
        selected.set(programmeId);
    }

    private Optional<Portfolio.Entry> entry(String programmeId) {
        return portfolio.get().find(programmeId);
    }

    // ---- nudging

    /**
     * Moves the selected programme by a step: opens the note prompt at the new place, or moves the
     * place of a nudge being written further.
     *
     * @return false when nothing is selected, it has no place yet, or a choice is being written
     */
    public boolean moveSelected(double dImpact, double dEffort) {
        Prompt open = prompt.get();
        if (open != null && open.kind() == PromptKind.NUDGE && open.programmeId().equals(selected.get())) {
            proposeNudge(open.programmeId(), open.impact() + dImpact, open.effort() + dEffort);
            return true;
        }
        if (open != null) {
            // a reason being written is not thrown away by a stray key
            return false;
        }
        Optional<Portfolio.Entry> e = entry(selected.get());
        if (e.isEmpty() || e.get().position().isEmpty()) {
            return false;
        }
        QuickWinGrid.Position at = e.get().position().get();
        return proposeNudge(e.get().id(), at.impact() + dImpact, at.effort() + dEffort);
    }

    /**
     * Asks for the note of a nudge to a new place (1..5, kept to tenths as stored). The note of an
     * earlier nudge is offered again. Nothing is written before {@link #confirm()}.
     */
    public boolean proposeNudge(String programmeId, double impact, double effort) {
        Optional<Portfolio.Entry> e = entry(programmeId);
        if (e.isEmpty()) {
            return false;
        }
        double i = tenths(impact);
        double f = tenths(effort);
        Prompt open = prompt.get();
        boolean continuing = open != null && open.kind() == PromptKind.NUDGE && open.programmeId().equals(programmeId);
        selected.set(programmeId);
        if (!continuing) {
            draft.set(e.get().nudge().map(GridNudge::note).orElse(""));
        }
        prompt.set(new Prompt(PromptKind.NUDGE, programmeId, e.get().ref(), i, f,
                Messages.get("quickwin.prompt.nudge.where", decimal(i), decimal(f),
                        Messages.get(QuickWinGrid.place(i, f).messageKey()))));
        draftHint.set("");
        return true;
    }

    private static double tenths(double v) {
        return Math.round(Math.max(1, Math.min(5, v)) * 10) / 10.0;
    }

    /**
     * Returns a programme to the place its scores give, deleting the nudge.
     *
     * @return false when it was not nudged
     */
    public boolean resetNudge(String programmeId) {
        Optional<Portfolio.Entry> e = entry(programmeId);
        if (e.isEmpty() || e.get().nudge().isEmpty()) {
            return false;
        }
        apply.accept(Action.of(Messages.get("quickwin.action.reset", e.get().ref()),
                Edit.delete(EntityKind.GRID_NUDGE.code(), e.get().nudge().get().id())));
        return true;
    }

    // ---- choosing

    /**
     * Asks for the reason to choose a programme as a quick win. A programme that breaks a rule may
     * be chosen, and the prompt says which rules, so the reason answers them.
     *
     * @return false when it is chosen already or has no place on the grid yet (the hint says why)
     */
    public boolean startChoose(String programmeId) {
        Optional<Portfolio.Entry> e = entry(programmeId);
        if (e.isEmpty() || e.get().chosen()) {
            return false;
        }
        selected.set(programmeId);
        if (e.get().position().isEmpty()) {
            hint.set(Messages.get("quickwin.hint.unplaced", e.get().ref()));
            return false;
        }
        QuickWinGrid.Position at = e.get().position().get();
        String warning = e.get().broken().isEmpty() ? ""
                : Messages.get("quickwin.prompt.choose.broken", rules(e.get().broken()));
        draft.set("");
        prompt.set(new Prompt(PromptKind.CHOOSE, programmeId, e.get().ref(), at.impact(), at.effort(), warning));
        draftHint.set("");
        return true;
    }

    /**
     * Un-chooses a quick win. Its profile goes with it; when something was written in the profile
     * the facilitator is asked first, else it goes at once (Ctrl+Z brings it back either way).
     *
     * @return false when it is not chosen
     */
    public boolean startUnchoose(String programmeId) {
        Optional<Portfolio.Entry> e = entry(programmeId);
        if (e.isEmpty() || e.get().quickWin().isEmpty()) {
            return false;
        }
        selected.set(programmeId);
        if (!written(e.get().quickWin().get())) {
            unchoose(e.get());
            return true;
        }
        prompt.set(new Prompt(PromptKind.UNCHOOSE, programmeId, e.get().ref(), 0, 0,
                Messages.get("quickwin.prompt.unchoose.profile", e.get().ref())));
        return true;
    }

    /** Whether the profile holds more than choosing copied from the programme. */
    static boolean written(QuickWin q) {
        return !(q.problem().isEmpty() && q.goal().isEmpty() && q.beneficiaries().isEmpty() && q.location().isEmpty()
                && q.output().isEmpty() && q.outcome().isEmpty() && q.indicators().isEmpty() && q.risks().isEmpty()
                && q.sustainability().isEmpty() && q.schedule().isEmpty());
    }

    private void unchoose(Portfolio.Entry e) {
        apply.accept(Action.of(Messages.get("quickwin.action.unchoose", e.ref()),
                Edit.delete(EntityKind.QUICK_WIN.code(), e.quickWin().orElseThrow().id())));
    }

    // ---- the prompt

    /**
     * Writes what the prompt asked for, as one action.
     *
     * @return false when the words are missing or the programme is gone; the draft hint says why
     */
    public boolean confirm() {
        Prompt p = prompt.get();
        if (p == null) {
            return false;
        }
        Optional<Portfolio.Entry> e = entry(p.programmeId());
        if (e.isEmpty()) {
            cancelPrompt();
            return false;
        }
        String text = draft.get() == null ? "" : draft.get().strip();
        if (p.needsText() && text.isEmpty()) {
            draftHint.set(Messages.get(p.kind() == PromptKind.NUDGE ? "quickwin.hint.noteRequired"
                    : "quickwin.hint.reasonRequired"));
            return false;
        }
        try {
            switch (p.kind()) {
                case NUDGE -> writeNudge(e.get(), p, text);
                case CHOOSE -> {
                    QuickWinGrid.Position at = e.get().position().orElseThrow();
                    QuickWin q = QuickWin.fromProgramme(e.get().programme(), at, text);
                    apply.accept(new Action(Messages.get("quickwin.action.choose", e.get().ref()), q.toEdits()));
                }
                case UNCHOOSE -> {
                    if (e.get().quickWin().isPresent()) {
                        unchoose(e.get());
                    }
                }
                default -> throw new IllegalStateException();
            }
        } catch (InvalidValue ex) {
            draftHint.set(Messages.get(ex.key(), ex.args()));
            return false;
        }
        closePrompt();
        return true;
    }

    /** A first nudge writes the whole record; a later one only what changed, so two laptops merge. */
    private void writeNudge(Portfolio.Entry e, Prompt p, String note) {
        GridNudge n = GridNudge.of(e.id(), p.impact(), p.effort(), note);
        List<Edit> edits = new ArrayList<>();
        Optional<GridNudge> old = e.nudge();
        if (old.isEmpty()) {
            edits.addAll(n.toEdits());
        } else {
            String kind = EntityKind.GRID_NUDGE.code();
            if (old.get().impact() != n.impact()) {
                edits.add(Edit.set(kind, n.id(), GridNudge.F_IMPACT, Integer.toString(n.impact())));
            }
            if (old.get().effort() != n.effort()) {
                edits.add(Edit.set(kind, n.id(), GridNudge.F_EFFORT, Integer.toString(n.effort())));
            }
            if (!old.get().note().equals(n.note())) {
                edits.add(Edit.set(kind, n.id(), GridNudge.F_NOTE, n.note()));
            }
        }
        if (!edits.isEmpty()) {
            apply.accept(new Action(Messages.get("quickwin.action.nudge", e.ref()), edits));
        }
    }

    /** Drops the prompt; nothing is written. */
    public void cancelPrompt() {
        closePrompt();
    }

    private void closePrompt() {
        prompt.set(null);
        draft.set("");
        draftHint.set("");
    }

    // ---- words for the side panel

    /** "Skor 4,2 · sebaran 0,3 · 2 penilai · peringkat 1", or that nobody scored it yet. */
    public String scoreText(Portfolio.Entry e) {
        var a = e.aggregate();
        if (a.score().isEmpty()) {
            return Messages.get("quickwin.detail.unscored");
        }
        return Messages.get("quickwin.detail.score", decimal(a.score().getAsDouble()), decimal(a.spread()),
                a.scorers(), e.rank());
    }

    /** "Dampak 4,5 · upaya 2,0 → Quick win (…)", or that it has no place yet. */
    public String placeText(Portfolio.Entry e) {
        return e.position().map(at -> Messages.get("quickwin.detail.place", decimal(at.impact()), decimal(at.effort()),
                Messages.get(at.quadrant().messageKey()))).orElse(Messages.get("quickwin.detail.unplaced"));
    }

    /** A bubble's tooltip: what it is, where and why, in a few lines. */
    public String describe(Bubble b) {
        Optional<Portfolio.Entry> found = entry(b.id());
        if (found.isEmpty()) {
            return b.ref();
        }
        Portfolio.Entry e = found.get();
        List<String> lines = new ArrayList<>();
        lines.add(e.ref() + " · " + e.programme().name());
        lines.add(dimensionName(e.dimension()));
        lines.add(placeText(e));
        lines.add(scoreText(e));
        e.nudge().ifPresent(n -> lines.add(Messages.get("quickwin.detail.nudged", n.note())));
        if (!e.broken().isEmpty()) {
            lines.add(Messages.get("quickwin.tooltip.flagged", rules(e.broken())));
        }
        e.quickWin().ifPresent(q -> lines.add(Messages.get("quickwin.detail.chosen", q.reason())));
        return String.join("\n", lines);
    }

    public static String rules(List<QuickWinRules.Rule> broken) {
        return String.join("; ", broken.stream().map(r -> Messages.get(r.messageKey())).toList());
    }

    public String dimensionName(Dimension d) {
        SessionState s = state.getValue();
        return (s == null ? Labels.defaults() : Labels.of(s)).dimension(d, Messages.locale());
    }

    /** One decimal in the user's language: "4,5" in Indonesian. */
    public static String decimal(double v) {
        return String.format(Messages.locale(), "%.1f", v);
    }

    // ---- properties

    public ReadOnlyBooleanProperty hasSessionProperty() {
        return hasSession;
    }

    public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
        return portfolio;
    }

    /** The placed programmes, in matrix order. */
    public ObservableList<Bubble> bubbles() {
        return bubblesView;
    }

    /** Programmes nobody has scored on both axes yet ("belum dinilai"). */
    public ObservableList<Portfolio.Entry> unplaced() {
        return unplacedView;
    }

    /** Every programme, quick wins first, then major projects, fill-ins, thankless and the unplaced. */
    public ObservableList<Portfolio.Entry> byQuadrant() {
        return byQuadrantView;
    }

    /** Chosen quick wins per dimension, all six dimensions in the method's order. */
    public ObservableList<Tally> tally() {
        return tallyView;
    }

    /** "6 program · 5 sudah di kisi · 2 quick win dipilih". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Which dimensions have no quick win and which more than one, said softly. */
    public ReadOnlyStringProperty tallyTextProperty() {
        return tallyText;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** The selected programme as the portfolio reads it now; null when none. */
    public ReadOnlyObjectProperty<Portfolio.Entry> selectedEntryProperty() {
        return selectedEntry;
    }

    /** The words asked for before a write; null when none is asked. */
    public ReadOnlyObjectProperty<Prompt> promptProperty() {
        return prompt;
    }

    /** The note of a nudge or the reason of a choice being written. */
    public StringProperty draftProperty() {
        return draft;
    }

    /** Why the prompt's words were not taken. */
    public ReadOnlyStringProperty draftHintProperty() {
        return draftHint;
    }

    /** Why an action was not started (e.g. choosing a programme nobody scored). */
    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    /** Words formatted here are made again in the new language. */
    public void refreshText() {
        updateTexts(state.getValue());
        Prompt p = prompt.get();
        if (p != null && p.kind() == PromptKind.NUDGE) {
            proposeNudge(p.programmeId(), p.impact(), p.effort());
        }
    }
}

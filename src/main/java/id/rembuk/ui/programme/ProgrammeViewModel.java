package id.rembuk.ui.programme;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Ids;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Programme;
import id.rembuk.domain.SubDimension;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.PortfolioCache;
import id.rembuk.ui.programme.ProgrammeRow.StrategyLink;
import id.rembuk.ui.conflicts.Origins;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.tows.TowsMatrix;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
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
 * The programme matrix: every programme of the session (or of one dimension) with the method's
 * columns, filtered by horizon, OPD and words, with counts and budgets per dimension. Every write
 * is one {@link Action} holding only the fields that changed; a value that is not one (a budget of
 * "Rp 1,2,3") is refused with the reason in {@link #messageProperty()} and nothing is written.
 */
public final class ProgrammeViewModel {
    /** Count and budget of the programmes of one dimension that pass the filter. */
    public record Total(Dimension dimension, int count, long budget) {
    }

    private final PortfolioCache portfolios = new PortfolioCache();
    private final ObservableValue<SessionState> state;
    private final Origins origins;
    private final Consumer<Action> apply;

    /** Null: every dimension. */
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>();
    /** Null: every horizon. */
    private final ObjectProperty<Programme.Horizon> horizon = new SimpleObjectProperty<>();
    private final StringProperty opd = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty hasSession = new SimpleBooleanProperty(false);
    private final ObservableList<ProgrammeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Total> totals = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<ProgrammeRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Total> totalsView = FXCollections.unmodifiableObservableList(totals);

    private Portfolio portfolio = Portfolio.empty();
    private final Map<Dimension, TowsMatrix.Reader> readers = new EnumMap<>(Dimension.class);
    private final Map<Dimension, TowsMatrix> matrices = new EnumMap<>(Dimension.class);
    /** The last place handed out per dimension: two programmes added quickly must not share one. */
    private final Map<Dimension, Integer> issued = new HashMap<>();

    /**
     * @param state the open session's state, null when none is open
     * @param apply commits one action to the open session (the shell's {@code apply})
     */
    public ProgrammeViewModel(ObservableValue<SessionState> state, Consumer<Action> apply) {
        this.state = state;
        this.origins = new Origins(state);
        this.apply = apply;
        for (Dimension d : Dimension.values()) {
            readers.put(d, new TowsMatrix.Reader());
        }
        state.addListener((o, old, s) -> refresh());
        dimension.addListener((o, old, d) -> filter());
        horizon.addListener((o, old, h) -> filter());
        opd.addListener((o, old, t) -> filter());
        search.addListener((o, old, t) -> filter());
        refresh();
    }

    public ProgrammeViewModel(ShellViewModel shell) {
        this(shell.stateProperty(), shell::apply);
        origins.names(shell.replicasProperty());
    }

    /** Which group's laptop created a programme and which changed it last ("" for none). */
    public String provenance(String programmeId) {
        return origins.of(EntityKind.PROGRAMME.code(), programmeId);
    }

    private void refresh() {
        SessionState s = state.getValue();
        hasSession.set(s != null);
        portfolio = portfolios.of(s);
        for (Dimension d : Dimension.values()) {
            matrices.put(d, s == null ? TowsMatrix.empty(d) : readers.get(d).read(s, d));
        }
        filter();
    }

    private void filter() {
        SessionState s = state.getValue();
        Labels labels = s == null ? Labels.defaults() : Labels.of(s);
        Locale locale = Messages.locale();
        List<ProgrammeRow> out = new ArrayList<>();
        for (Portfolio.Entry e : portfolio.programmes()) {
            ProgrammeRow row = row(e, labels, locale);
            if (passes(row)) {
                out.add(row);
            }
        }
        if (!rows.equals(out)) {
            rows.setAll(out);
        }
        List<Total> t = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            List<ProgrammeRow> in = out.stream().filter(r -> r.dimension() == d).toList();
            if (dimension.get() == null || dimension.get() == d) {
                t.add(new Total(d, in.size(), in.stream().mapToLong(r -> r.programme().budget()).sum()));
            }
        }
        if (!totals.equals(t)) {
            totals.setAll(t);
        }
        long budget = out.stream().mapToLong(r -> r.programme().budget()).sum();
        summary.set(s == null ? "" : Messages.get("programme.summary", out.size(), IndonesianFormat.rupiah(budget)));
    }

    private ProgrammeRow row(Portfolio.Entry e, Labels labels, Locale locale) {
        Programme p = e.programme();
        TowsMatrix m = matrices.getOrDefault(p.dimension(), TowsMatrix.empty(p.dimension()));
        List<StrategyLink> links = p.strategies().stream().map(id -> m.strategy(id)
                .map(x -> new StrategyLink(id, x.ref(), x.strategy().text()))
                .orElse(new StrategyLink(id, "?", ""))).toList();
        String sub = p.subDimension().map(x -> labels.subDimension(x, locale)).orElse("");
        List<String> broken = e.broken().stream().map(r -> Messages.get(r.messageKey())).toList();
        return new ProgrammeRow(e, sub, links, broken);
    }

    private boolean passes(ProgrammeRow r) {
        Programme p = r.programme();
        if (dimension.get() != null && p.dimension() != dimension.get()) {
            return false;
        }
        if (horizon.get() != null && p.horizon() != horizon.get()) {
            return false;
        }
        String o = fold(opd.get());
        if (!o.isEmpty() && !fold(p.leadOpd()).contains(o)
                && p.supporting().stream().noneMatch(x -> fold(x).contains(o))) {
            return false;
        }
        String q = fold(search.get());
        if (q.isEmpty()) {
            return true;
        }
        StringBuilder all = new StringBuilder(r.ref()).append('\n');
        for (ProgrammeColumn c : ProgrammeColumn.values()) {
            all.append(r.typed(c)).append('\n');
        }
        r.strategies().forEach(l -> all.append(l.text()).append('\n'));
        return fold(all.toString()).contains(q);
    }

    private static String fold(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    // ---- writes

    /**
     * Adds a programme at the end of a dimension, named so the room sees where to type. The
     * horizon, OPD and word filters are cleared so the new programme is in view.
     *
     * @return its id, empty with no session open
     */
    public Optional<String> add(Dimension d) {
        if (state.getValue() == null) {
            return Optional.empty();
        }
        List<Portfolio.Entry> in = portfolio.inDimension(d);
        int last = in.stream().mapToInt(e -> e.programme().order()).max().orElse(0);
        int order = Math.max(last, issued.getOrDefault(d, 0)) + 1;
        issued.put(d, order);
        horizon.set(null);
        opd.set("");
        search.set("");
        Programme p = new Programme(Ids.random(), d, Optional.empty(), List.of(), Messages.get("programme.newName"),
                List.of(), Programme.Horizon.SHORT, "", List.of(), FundingSource.APBD, 0, "", order,
                OptionalInt.empty(), "");
        message.set("");
        apply.accept(new Action(Messages.get("programme.action.add", d.code() + "-" + (in.size() + 1)),
                p.toEdits()));
        return Optional.of(p.id());
    }

    /** Sets a typed column (name, lead OPD, budget, months, lines …) from what was typed. */
    public boolean edit(String id, ProgrammeColumn c, String text) {
        return change(id, ch -> ch.typed(c, text));
    }

    public boolean setSubDimension(String id, Optional<SubDimension> s) {
        return change(id, ch -> ch.subDimension(s));
    }

    public boolean setHorizon(String id, Programme.Horizon h) {
        return change(id, ch -> ch.horizon(h));
    }

    public boolean setFunding(String id, FundingSource f) {
        return change(id, ch -> ch.funding(f));
    }

    /** Links the programme to these strategies of its dimension (ids, in this order). */
    public boolean setStrategies(String id, List<String> strategyIds) {
        return change(id, ch -> ch.strategies(strategyIds));
    }

    /** What the side form writes at once: strategies, activities and partners, as one action. */
    public boolean editLong(String id, List<String> strategyIds, String activities, String supporting) {
        return change(id, ch -> ch.strategies(strategyIds).typed(ProgrammeColumn.ACTIVITIES, activities)
                .typed(ProgrammeColumn.SUPPORTING, supporting));
    }

    /**
     * Writes a change as one action, only its changed fields.
     *
     * @return false when the value was refused (the message says why) or no such programme exists;
     *         true also when nothing changed
     */
    private boolean change(String id, UnaryOperator<ProgrammeChange> how) {
        Optional<Portfolio.Entry> e = portfolio.find(id);
        if (e.isEmpty()) {
            return false;
        }
        List<Edit> edits;
        try {
            edits = how.apply(new ProgrammeChange(e.get().programme())).edits();
        } catch (InvalidValue ex) {
            message.set(Messages.get(ex.key(), ex.args()));
            return false;
        }
        message.set("");
        if (!edits.isEmpty()) {
            apply.accept(new Action(Messages.get("programme.action.edit", e.get().ref()), edits));
        }
        return true;
    }

    /** Deletes a programme; the shell's undo brings it back. */
    public void delete(String id) {
        portfolio.find(id).ifPresent(e -> {
            message.set("");
            apply.accept(Action.of(Messages.get("programme.action.delete", e.ref()),
                    Edit.delete(EntityKind.PROGRAMME.code(), id)));
        });
    }

    /**
     * Moves a programme up ({@code -1}) or down ({@code +1}) within its dimension. The dimension is
     * numbered again from 1 and only the places that change are written.
     *
     * @return true if it moved
     */
    public boolean move(String id, int delta) {
        Optional<Portfolio.Entry> e = portfolio.find(id);
        if (e.isEmpty()) {
            return false;
        }
        Dimension d = e.get().dimension();
        List<Portfolio.Entry> in = new ArrayList<>(portfolio.inDimension(d));
        int from = in.indexOf(e.get());
        int to = from + Integer.signum(delta);
        if (from < 0 || to < 0 || to >= in.size()) {
            return false;
        }
        in.add(to, in.remove(from));
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Programme p = in.get(i).programme();
            if (p.order() != i + 1) {
                edits.add(Edit.set(EntityKind.PROGRAMME.code(), p.id(), Programme.F_ORDER, Integer.toString(i + 1)));
            }
        }
        issued.put(d, Math.max(issued.getOrDefault(d, 0), in.size()));
        apply.accept(new Action(Messages.get("programme.action.move", e.get().ref()), edits));
        return true;
    }

    // ---- reading

    /** The TOWS strategies a programme of the dimension may carry out, in matrix order. */
    public List<StrategyLink> strategyChoices(Dimension d) {
        return matrices.getOrDefault(d, TowsMatrix.empty(d)).strategies().stream()
                .map(x -> new StrategyLink(x.id(), x.ref(), x.strategy().text())).toList();
    }

    public Optional<ProgrammeRow> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The programmes that pass the filter, by dimension then in their order. */
    public ObservableList<ProgrammeRow> rows() {
        return rowsView;
    }

    /** Count and budget per dimension of the programmes that pass the filter (the chosen dimension only, if one is). */
    public ObservableList<Total> totals() {
        return totalsView;
    }

    /** "6 program · Rp 4.195.000.000": what passes the filter. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Why the last value was refused; empty after a write that went through. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The dimension shown; null shows all six. A group's laptop fixes it to the group's. */
    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    /** The horizon shown; null shows all three. */
    public ObjectProperty<Programme.Horizon> horizonProperty() {
        return horizon;
    }

    /** Part of the name of an OPD that leads or supports the programmes shown. */
    public StringProperty opdProperty() {
        return opd;
    }

    /** Words any column of the programmes shown contains. */
    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyBooleanProperty hasSessionProperty() {
        return hasSession;
    }

    public Portfolio portfolio() {
        return portfolio;
    }

    /** Words formatted here are made again in the new language. */
    public void refreshText() {
        rows.clear();
        filter();
    }
}

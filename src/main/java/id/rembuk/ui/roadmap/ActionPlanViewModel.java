package id.rembuk.ui.roadmap;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.Ids;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Labels;
import id.rembuk.domain.PlanPeriod;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.PortfolioCache;
import id.rembuk.ui.shell.ShellViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
 * The action plan (rencana aksi) of one programme: its steps with output, indicator, target, time,
 * owner, budget, source and status, and the editor that writes them. Only items of the chosen
 * programme are read or written: follow-ups of the minutes are action items too, without a
 * programme, and belong to the notes.
 */
public final class ActionPlanViewModel {
    private final PortfolioCache portfolios = new PortfolioCache();
    private static final String KIND = EntityKind.ACTION_ITEM.code();

    /** A programme to choose, with the dimension it opens when it is the first of its dimension. */
    public record Choice(Portfolio.Entry entry, String dimensionLabel, boolean firstOfDimension) {
        public String id() {
            return entry.id();
        }

        public String text() {
            return entry.ref() + "  " + entry.programme().name();
        }
    }

    /** One row of the table: the item, its number and its time in words. */
    public record Step(ActionItem item, int number, String time) {
        public String id() {
            return item.id();
        }
    }

    private final ObservableValue<SessionState> state;
    private final Consumer<Action> apply;

    private final BooleanProperty hasSession = new SimpleBooleanProperty(false);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<String> programme = new SimpleObjectProperty<>();
    private final StringProperty programmeTitle = new SimpleStringProperty("");
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final StringProperty hint = new SimpleStringProperty("");
    /** Read-only views made once: a view listens to them weakly, so they must live as long as this model. */
    private final ObservableList<Choice> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final ObservableList<Step> stepsView = FXCollections.unmodifiableObservableList(steps);

    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> editingId = new SimpleObjectProperty<>();
    private final StringProperty draftStep = new SimpleStringProperty("");
    private final StringProperty draftOutput = new SimpleStringProperty("");
    private final StringProperty draftIndicator = new SimpleStringProperty("");
    private final StringProperty draftTarget = new SimpleStringProperty("");
    private final ObjectProperty<PlanPeriod.Unit> draftUnit = new SimpleObjectProperty<>();
    private final StringProperty draftFrom = new SimpleStringProperty("");
    private final StringProperty draftTo = new SimpleStringProperty("");
    private final StringProperty draftOwner = new SimpleStringProperty("");
    private final StringProperty draftBudget = new SimpleStringProperty("");
    private final ObjectProperty<FundingSource> draftFunding = new SimpleObjectProperty<>(FundingSource.APBD);
    private final ObjectProperty<ActionItem.Status> draftStatus = new SimpleObjectProperty<>(ActionItem.Status.PLANNED);

    private Portfolio portfolio = Portfolio.empty();
    private List<ActionItem> items = List.of();
    /** The last place handed out per programme, so two steps added before the state catches up never share one. */
    private final Map<String, Integer> issued = new HashMap<>();

    public ActionPlanViewModel(ObservableValue<SessionState> state, Consumer<Action> apply) {
        this.state = state;
        this.apply = apply;
        state.addListener((o, old, s) -> refresh());
        filter.addListener((o, old, f) -> updateChoices());
        programme.addListener((o, old, id) -> {
            cancel();
            selected.set(null);
            updateSteps();
        });
        refresh();
    }

    public ActionPlanViewModel(ShellViewModel shell) {
        this(shell.stateProperty(), shell::apply);
    }

    private void refresh() {
        SessionState s = state.getValue();
        hasSession.set(s != null);
        portfolio = portfolios.of(s);
        items = s == null ? List.of() : Records.read(s, EntityKind.ACTION_ITEM, ActionItem::from).records();
        if (programme.get() != null && portfolio.find(programme.get()).isEmpty()) {
            programme.set(null);
        }
        updateChoices();
        updateSteps();
    }

    public void refreshText() {
        refresh();
    }

    private void updateChoices() {
        String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        SessionState s = state.getValue();
        Labels labels = s == null ? Labels.defaults() : Labels.of(s);
        List<Choice> out = new ArrayList<>();
        id.rembuk.domain.Dimension last = null;
        for (Portfolio.Entry e : portfolio.programmes()) {
            String hay = (e.ref() + " " + e.programme().name() + " " + e.programme().leadOpd()).toLowerCase(Locale.ROOT);
            if (!f.isEmpty() && !hay.contains(f)) {
                continue;
            }
            out.add(new Choice(e, labels.dimension(e.dimension(), Messages.locale()), e.dimension() != last));
            last = e.dimension();
        }
        if (!choices.equals(out)) {
            choices.setAll(out);
        }
    }

    private void updateSteps() {
        String id = programme.get();
        Optional<Portfolio.Entry> e = id == null ? Optional.empty() : portfolio.find(id);
        programmeTitle.set(e.map(x -> x.ref() + " · " + x.programme().name()).orElse(""));
        List<ActionItem> own = id == null ? List.of() : items.stream().filter(i -> i.programmeId().equals(id))
                .sorted(Comparator.comparingInt(ActionItem::order).thenComparing(ActionItem::id)).toList();
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            out.add(new Step(own.get(i), i + 1, PeriodText.of(own.get(i).period())));
        }
        if (!steps.equals(out)) {
            steps.setAll(out);
        }
        if (selected.get() != null && out.stream().noneMatch(s -> s.id().equals(selected.get()))) {
            selected.set(null);
        }
    }

    private Optional<ActionItem> item(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).map(Step::item).findFirst();
    }

    // ---- the editor

    /** Opens the editor for a new step: owner and source from the programme, the status "not started". */
    public boolean startNew() {
        Optional<Portfolio.Entry> e = programme.get() == null ? Optional.empty() : portfolio.find(programme.get());
        if (e.isEmpty()) {
            hint.set(Messages.get("roadmap.plan.hint.chooseProgramme"));
            return false;
        }
        editingId.set(null);
        fill("", "", "", "", Optional.empty(), e.get().programme().leadOpd(), "", e.get().programme().funding(),
                ActionItem.Status.PLANNED);
        editing.set(true);
        return true;
    }

    public boolean startEdit(String id) {
        Optional<ActionItem> found = item(id);
        if (found.isEmpty()) {
            return false;
        }
        ActionItem i = found.get();
        editingId.set(id);
        selected.set(id);
        fill(i.step(), i.output(), i.indicator(), i.target(), i.period(), i.owner(),
                i.budget() == 0 ? "" : IndonesianFormat.rupiah(i.budget()), i.funding(), i.status());
        editing.set(true);
        return true;
    }

    private void fill(String step, String output, String indicator, String target, Optional<PlanPeriod> period,
                      String owner, String budget, FundingSource funding, ActionItem.Status status) {
        draftStep.set(step);
        draftOutput.set(output);
        draftIndicator.set(indicator);
        draftTarget.set(target);
        draftUnit.set(period.map(PlanPeriod::unit).orElse(null));
        draftFrom.set(period.map(p -> Integer.toString(p.from())).orElse(""));
        draftTo.set(period.map(p -> p.to() == p.from() ? "" : Integer.toString(p.to())).orElse(""));
        draftOwner.set(owner);
        draftBudget.set(budget);
        draftFunding.set(funding);
        draftStatus.set(status);
        hint.set("");
    }

    public void cancel() {
        editing.set(false);
        editingId.set(null);
        hint.set("");
    }

    /**
     * Writes the step being edited as one action: a new step goes to the end of the plan; an edit
     * writes only the fields that changed.
     *
     * @return false when nothing could be written; the hint says why
     */
    public boolean save() {
        String id = programme.get();
        if (!editing.get() || id == null || state.getValue() == null) {
            return false;
        }
        ActionItem next;
        Optional<ActionItem> old = item(editingId.get());
        try {
            String step = draftStep.get() == null ? "" : draftStep.get().strip();
            if (step.isEmpty()) {
                hint.set(Messages.get("roadmap.plan.hint.stepRequired"));
                return false;
            }
            Optional<PlanPeriod> period = period();
            String b = draftBudget.get() == null ? "" : draftBudget.get().strip();
            long budget = b.isEmpty() ? 0 : IndonesianFormat.parseRupiah(b);
            if (old.isEmpty()) {
                next = new ActionItem(Ids.random(), id, "", step, draftOutput.get(), draftIndicator.get(),
                        draftTarget.get(), OptionalInt.empty(), Optional.empty(), draftOwner.get(), budget,
                        draftFunding.get(), place(), period, draftStatus.get());
            } else {
                ActionItem o = old.get();
                next = new ActionItem(o.id(), o.programmeId(), o.agendaItemId(), step, draftOutput.get(),
                        draftIndicator.get(), draftTarget.get(), o.year(), o.due(), draftOwner.get(), budget,
                        draftFunding.get(), o.order(), period, draftStatus.get());
            }
        } catch (InvalidValue e) {
            hint.set(Messages.get(e.key(), e.args()));
            return false;
        }
        if (old.isEmpty()) {
            apply.accept(new Action(Messages.get("roadmap.plan.action.add", shortText(next.step())), next.toEdits()));
        } else {
            List<Edit> edits = changed(old.get().toEdits(), next.toEdits());
            if (!edits.isEmpty()) {
                apply.accept(new Action(Messages.get("roadmap.plan.action.edit", shortText(next.step())), edits));
            }
        }
        selected.set(next.id());
        cancel();
        return true;
    }

    /** The period typed: a unit and a first number, the last optional; no unit means no time. */
    private Optional<PlanPeriod> period() {
        PlanPeriod.Unit unit = draftUnit.get();
        String f = draftFrom.get() == null ? "" : draftFrom.get().strip();
        String t = draftTo.get() == null ? "" : draftTo.get().strip();
        if (unit == null) {
            return Optional.empty();
        }
        if (f.isEmpty()) {
            throw new InvalidValue("roadmap.plan.hint.periodFrom");
        }
        int from = number(f, unit);
        int to = t.isEmpty() ? from : number(t, unit);
        return Optional.of(new PlanPeriod(unit, from, to));
    }

    private static int number(String text, PlanPeriod.Unit unit) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidValue("domain.invalid.period", text, unit.max());
        }
    }

    /** The edits of {@code next} whose value differs from the same field in {@code old}. */
    static List<Edit> changed(List<Edit> old, List<Edit> next) {
        Map<String, String> before = new HashMap<>();
        old.forEach(e -> before.put(e.field(), e.value()));
        return next.stream().filter(e -> !java.util.Objects.equals(before.get(e.field()), e.value())).toList();
    }

    private int place() {
        String id = programme.get();
        int max = steps.stream().mapToInt(s -> s.item().order()).max().orElse(0);
        int order = Math.max(max + 1, issued.getOrDefault(id, 0) + 1);
        issued.put(id, order);
        return order;
    }

    private static String shortText(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    // ---- acting on a step

    public boolean delete(String id) {
        Optional<ActionItem> found = item(id);
        if (found.isEmpty()) {
            return false;
        }
        if (id.equals(editingId.get())) {
            cancel();
        }
        // the keyboard stays in the plan: the next step (or the one before the last) is selected
        List<String> ids = steps.stream().map(Step::id).toList();
        int at = ids.indexOf(id);
        String neighbour = ids.size() < 2 ? null : ids.get(at + 1 < ids.size() ? at + 1 : at - 1);
        apply.accept(Action.of(Messages.get("roadmap.plan.action.delete", shortText(found.get().step())),
                Edit.delete(KIND, id)));
        selected.set(neighbour);
        return true;
    }

    public boolean setStatus(String id, ActionItem.Status status) {
        Optional<ActionItem> found = item(id);
        if (found.isEmpty() || found.get().status() == status) {
            return false;
        }
        apply.accept(Action.of(Messages.get("roadmap.plan.action.status", shortText(found.get().step()),
                Messages.get(status.messageKey())), Edit.set(KIND, id, ActionItem.F_STATUS, status.name())));
        return true;
    }

    /** Moves a step up ({@code -1}) or down ({@code +1}); the plan is numbered again and only changed places written. */
    public boolean move(String id, int delta) {
        List<ActionItem> list = new ArrayList<>(steps.stream().map(Step::item).toList());
        int from = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                from = i;
            }
        }
        int to = from + Integer.signum(delta);
        if (from < 0 || to < 0 || to >= list.size()) {
            return false;
        }
        ActionItem moved = list.remove(from);
        list.add(to, moved);
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).order() != i + 1) {
                edits.add(Edit.set(KIND, list.get(i).id(), ActionItem.F_ORDER, Integer.toString(i + 1)));
            }
        }
        issued.merge(programme.get(), list.size(), Math::max);
        if (edits.isEmpty()) {
            return false;
        }
        apply.accept(new Action(Messages.get("roadmap.plan.action.move", shortText(moved.step())), edits));
        selected.set(id);
        return true;
    }

    // ---- properties

    public ReadOnlyBooleanProperty hasSessionProperty() {
        return hasSession;
    }

    /** Words to find a programme by ref, name or lead OPD. */
    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<Choice> choices() {
        return choicesView;
    }

    /** The chosen programme's id; null before one is chosen. */
    public ObjectProperty<String> programmeProperty() {
        return programme;
    }

    public ReadOnlyStringProperty programmeTitleProperty() {
        return programmeTitle;
    }

    public ObservableList<Step> steps() {
        return stepsView;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing;
    }

    public ReadOnlyObjectProperty<String> editingIdProperty() {
        return editingId;
    }

    public StringProperty draftStepProperty() {
        return draftStep;
    }

    public StringProperty draftOutputProperty() {
        return draftOutput;
    }

    public StringProperty draftIndicatorProperty() {
        return draftIndicator;
    }

    public StringProperty draftTargetProperty() {
        return draftTarget;
    }

    /** The period's unit; null for a step without a time. */
    public ObjectProperty<PlanPeriod.Unit> draftUnitProperty() {
        return draftUnit;
    }

    public StringProperty draftFromProperty() {
        return draftFrom;
    }

    /** The period's last unit; empty for a single month, quarter or year. */
    public StringProperty draftToProperty() {
        return draftTo;
    }

    public StringProperty draftOwnerProperty() {
        return draftOwner;
    }

    /** As typed: "1,25 M", "Rp 150.000.000"; empty for none. */
    public StringProperty draftBudgetProperty() {
        return draftBudget;
    }

    public ObjectProperty<FundingSource> draftFundingProperty() {
        return draftFunding;
    }

    public ObjectProperty<ActionItem.Status> draftStatusProperty() {
        return draftStatus;
    }
}

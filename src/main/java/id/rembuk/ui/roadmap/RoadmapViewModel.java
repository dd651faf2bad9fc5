package id.rembuk.ui.roadmap;

import id.rembuk.plan.RoadmapPlan;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Ids;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Programme;
import id.rembuk.domain.RoadmapCell;
import id.rembuk.domain.RoadmapPhase;
import id.rembuk.domain.RoadmapSetup;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.shell.ShellViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The roadmap chart on the laptop: its frame, the programmes' phases and their yearly budgets, the
 * selection the keyboard works on, and the writes. Every write is one {@link Action}; moving or
 * stretching a bar writes only the years that changed, so a rename on one laptop and a drag on
 * another merge.
 */
public final class RoadmapViewModel {
    private static final String PHASE = EntityKind.ROADMAP_PHASE.code();
    private static final String CELL = EntityKind.ROADMAP_CELL.code();
    private static final String SETUP = EntityKind.ROADMAP_SETUP.code();

    /** What the name field is for: nothing, a new phase of the selected programme, or renaming the selected phase. */
    public enum Naming { NONE, NEW, RENAME }

    private final ObservableValue<SessionState> state;
    private final ObservableValue<SessionInfo> info;
    private final Consumer<Action> apply;

    private final ObjectProperty<RoadmapPlan> plan = new SimpleObjectProperty<>(RoadmapPlan.empty(2025));
    private final SimpleBooleanProperty hasSession = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> selectedProgramme = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selectedPhase = new SimpleObjectProperty<>();
    private final ObjectProperty<Naming> naming = new SimpleObjectProperty<>(Naming.NONE);
    private final StringProperty draftName = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");

    public RoadmapViewModel(ObservableValue<SessionState> state, ObservableValue<SessionInfo> info,
                            Consumer<Action> apply) {
        this.state = state;
        this.info = info;
        this.apply = apply;
        state.addListener((o, old, s) -> refresh());
        info.addListener((o, old, i) -> refresh());
        selectedPhase.addListener((o, old, id) -> {
            plan.get().phase(id).ifPresent(p -> selectedProgramme.set(p.programmeId()));
            if (naming.get() == Naming.RENAME) {
                cancelName();
            }
        });
        selectedProgramme.addListener((o, old, id) -> {
            if (plan.get().phase(selectedPhase.get()).filter(p -> !p.programmeId().equals(id)).isPresent()) {
                selectedPhase.set(null);
            }
            if (naming.get() == Naming.NEW) {
                cancelName();
            }
        });
        refresh();
    }

    public RoadmapViewModel(ShellViewModel shell) {
        this(shell.stateProperty(), shell.infoProperty(), shell::apply);
    }

    private void refresh() {
        SessionState s = state.getValue();
        hasSession.set(s != null);
        RoadmapPlan p = RoadmapPlan.of(s, info.getValue(), Messages.locale());
        // a write elsewhere in the session leaves the chart as it is, not drawn again
        if (!p.equals(plan.get())) {
            plan.set(p);
        }
        if (selectedPhase.get() != null && p.phase(selectedPhase.get()).isEmpty()) {
            selectedPhase.set(null);
        }
        if (selectedProgramme.get() != null && p.line(selectedProgramme.get()).isEmpty()) {
            selectedProgramme.set(null);
        }
    }

    /** Words formatted here (dimension labels) are made again in the new language. */
    public void refreshText() {
        refresh();
    }

    // ---- the frame

    /** Sets the first calendar year and the span (5 or 10); the first time writes the whole frame. */
    public boolean setSetup(int firstYear, int years) {
        if (state.getValue() == null) {
            return false;
        }
        RoadmapPlan p = plan.get();
        RoadmapSetup next;
        try {
            next = new RoadmapSetup(firstYear, years);
        } catch (InvalidValue e) {
            hint.set(Messages.get(e.key(), e.args()));
            return false;
        }
        if (p.stored() && next.equals(p.setup())) {
            return false;
        }
        List<Edit> edits = new ArrayList<>();
        if (!p.stored()) {
            edits.addAll(next.toEdits());
        } else {
            if (next.firstYear() != p.setup().firstYear()) {
                edits.add(Edit.set(SETUP, RoadmapSetup.ID, RoadmapSetup.F_FIRST_YEAR, Integer.toString(firstYear)));
            }
            if (next.years() != p.setup().years()) {
                edits.add(Edit.set(SETUP, RoadmapSetup.ID, RoadmapSetup.F_YEARS, Integer.toString(years)));
            }
        }
        hint.set("");
        apply.accept(new Action(Messages.get("roadmap.action.setup", Integer.toString(firstYear), years), edits));
        return true;
    }

    // ---- phases

    /** A new phase covers the programme's horizon: one year, five or ten, within the frame. */
    public Span defaultSpan(String programmeId) {
        int years = plan.get().setup().years();
        int horizon = plan.get().line(programmeId).map(l -> l.entry().programme().horizon())
                .orElse(Programme.Horizon.MEDIUM).years();
        return new Span(1, Math.min(horizon, years));
    }

    /** Adds a phase to a programme over its default span; an empty name becomes "Tahap n". */
    public Optional<String> addPhase(String programmeId, String name) {
        Optional<RoadmapPlan.Line> line = plan.get().line(programmeId);
        if (line.isEmpty() || state.getValue() == null) {
            return Optional.empty();
        }
        int n = line.get().phases().size() + 1;
        int order = line.get().phases().stream().mapToInt(RoadmapPhase::order).max().orElse(0) + 1;
        String text = name == null || name.isBlank() ? Messages.get("roadmap.phase.defaultName", n) : name.strip();
        Span span = defaultSpan(programmeId);
        RoadmapPhase phase;
        try {
            phase = new RoadmapPhase(Ids.random(), programmeId, text, span.from(), span.to(), order);
        } catch (InvalidValue e) {
            hint.set(Messages.get(e.key(), e.args()));
            return Optional.empty();
        }
        apply.accept(new Action(Messages.get("roadmap.action.addPhase", text, line.get().ref()), phase.toEdits()));
        selectedPhase.set(phase.id());
        return Optional.of(phase.id());
    }

    /** Moves a bar by whole years, keeping its length. @return true if it moved */
    public boolean move(String phaseId, int delta) {
        return plan.get().phase(phaseId).map(p -> setSpan(phaseId,
                new Span(p.from(), p.to()).move(delta, plan.get().setup().years()))).orElse(false);
    }

    /** Moves a bar's last year. @return true if it changed */
    public boolean stretch(String phaseId, int delta) {
        return plan.get().phase(phaseId).map(p -> setSpan(phaseId,
                new Span(p.from(), p.to()).stretchEnd(delta, plan.get().setup().years()))).orElse(false);
    }

    /** Moves a bar's first year. @return true if it changed */
    public boolean stretchStart(String phaseId, int delta) {
        return plan.get().phase(phaseId).map(p -> setSpan(phaseId,
                new Span(p.from(), p.to()).stretchStart(delta, plan.get().setup().years()))).orElse(false);
    }

    /** Writes a bar's years as one action: only {@code from} and {@code to}, and only those that changed. */
    public boolean setSpan(String phaseId, Span span) {
        Optional<RoadmapPhase> found = plan.get().phase(phaseId);
        int years = plan.get().setup().years();
        if (found.isEmpty() || span.from() < 1 || span.to() > years || span.from() > span.to()) {
            return false;
        }
        RoadmapPhase p = found.get();
        List<Edit> edits = new ArrayList<>();
        if (span.from() != p.from()) {
            edits.add(Edit.set(PHASE, p.id(), RoadmapPhase.F_FROM, Integer.toString(span.from())));
        }
        if (span.to() != p.to()) {
            edits.add(Edit.set(PHASE, p.id(), RoadmapPhase.F_TO, Integer.toString(span.to())));
        }
        if (edits.isEmpty()) {
            return false;
        }
        RoadmapSetup s = plan.get().setup();
        String when = span.from() == span.to() ? Integer.toString(s.calendarYear(span.from()))
                : s.calendarYear(span.from()) + "–" + s.calendarYear(span.to());
        apply.accept(new Action(Messages.get("roadmap.action.span", label(p), when), edits));
        return true;
    }

    public boolean rename(String phaseId, String name) {
        Optional<RoadmapPhase> found = plan.get().phase(phaseId);
        String text = name == null ? "" : name.strip().replace('\n', ' ');
        if (found.isEmpty() || found.get().name().equals(text)) {
            return false;
        }
        if (text.length() > 200) {
            hint.set(Messages.get("roadmap.hint.nameTooLong"));
            return false;
        }
        apply.accept(Action.of(Messages.get("roadmap.action.rename", text),
                Edit.set(PHASE, phaseId, RoadmapPhase.F_NAME, text.isEmpty() ? null : text)));
        return true;
    }

    public boolean delete(String phaseId) {
        Optional<RoadmapPhase> found = plan.get().phase(phaseId);
        if (found.isEmpty()) {
            return false;
        }
        apply.accept(Action.of(Messages.get("roadmap.action.delete", label(found.get())),
                Edit.delete(PHASE, phaseId)));
        return true;
    }

    private static String label(RoadmapPhase p) {
        return p.name().isEmpty() ? "–" : p.name();
    }

    // ---- naming a phase from the keyboard: Insert or F2, type, Enter

    /** Opens the name field for a new phase of the selected programme. */
    public boolean startNew() {
        if (selectedProgramme.get() == null || plan.get().line(selectedProgramme.get()).isEmpty()) {
            hint.set(Messages.get("roadmap.hint.chooseProgramme"));
            return false;
        }
        draftName.set("");
        hint.set("");
        naming.set(Naming.NEW);
        return true;
    }

    /** Opens the name field on the selected phase. */
    public boolean startRename() {
        Optional<RoadmapPhase> p = plan.get().phase(selectedPhase.get());
        if (p.isEmpty()) {
            return false;
        }
        draftName.set(p.get().name());
        hint.set("");
        naming.set(Naming.RENAME);
        return true;
    }

    public void commitName() {
        Naming n = naming.get();
        String name = draftName.get();
        naming.set(Naming.NONE);
        if (n == Naming.NEW) {
            addPhase(selectedProgramme.get(), name);
        } else if (n == Naming.RENAME) {
            rename(selectedPhase.get(), name);
        }
    }

    public void cancelName() {
        naming.set(Naming.NONE);
        draftName.set("");
    }

    // ---- budgets

    /**
     * Sets a programme's indicative budget for one plan year from what was typed ("1,25 M",
     * "Rp 1.250.000.000"); empty clears it. Bad input changes nothing and the hint says why.
     *
     * @return true if it was written (or there was nothing to change)
     */
    public boolean setBudget(String programmeId, int year, String text) {
        Optional<RoadmapPlan.Line> line = plan.get().line(programmeId);
        if (line.isEmpty() || state.getValue() == null) {
            return false;
        }
        Optional<RoadmapCell> cell = Optional.ofNullable(line.get().cells().get(year));
        String calendar = Integer.toString(plan.get().setup().calendarYear(year));
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            hint.set("");
            if (cell.isEmpty()) {
                return true;
            }
            Edit edit = cell.get().step().isEmpty() ? Edit.delete(CELL, cell.get().id())
                    : Edit.set(CELL, cell.get().id(), RoadmapCell.F_BUDGET, "0");
            apply.accept(Action.of(Messages.get("roadmap.action.budgetClear", line.get().ref(), calendar), edit));
            return true;
        }
        long amount;
        try {
            amount = IndonesianFormat.parseRupiah(t);
        } catch (InvalidValue e) {
            hint.set(Messages.get(e.key(), e.args()));
            return false;
        }
        hint.set("");
        if (cell.isPresent() && cell.get().budget() == amount) {
            return true;
        }
        String label = Messages.get("roadmap.action.budget", line.get().ref(), calendar,
                IndonesianFormat.rupiahShort(amount));
        if (cell.isPresent()) {
            apply.accept(Action.of(label, Edit.set(CELL, cell.get().id(), RoadmapCell.F_BUDGET,
                    Long.toString(amount))));
        } else {
            apply.accept(new Action(label, RoadmapCell.of(programmeId, year, "", amount).toEdits()));
        }
        return true;
    }

    // ---- the keyboard's path through the chart: each programme, then its phases

    /** Selects the next ({@code +1}) or previous ({@code -1}) programme or phase, top to bottom. */
    public void selectNext(int delta) {
        List<String[]> stops = new ArrayList<>();
        for (RoadmapPlan.Line l : plan.get().lines()) {
            stops.add(new String[] {l.id(), null});
            for (List<RoadmapPhase> lane : Lanes.of(l.phases())) {
                lane.forEach(p -> stops.add(new String[] {l.id(), p.id()}));
            }
        }
        if (stops.isEmpty()) {
            return;
        }
        int at = -1;
        for (int i = 0; i < stops.size(); i++) {
            String[] s = stops.get(i);
            if (s[0].equals(selectedProgramme.get()) && java.util.Objects.equals(s[1], selectedPhase.get())) {
                at = i;
            }
        }
        int next = at < 0 ? (delta > 0 ? 0 : stops.size() - 1) : Math.max(0, Math.min(stops.size() - 1, at + delta));
        String[] s = stops.get(next);
        selectedPhase.set(null);
        selectedProgramme.set(s[0]);
        selectedPhase.set(s[1]);
    }

    // ---- properties

    public ReadOnlyObjectProperty<RoadmapPlan> planProperty() {
        return plan;
    }

    public ReadOnlyBooleanProperty hasSessionProperty() {
        return hasSession;
    }

    public ObjectProperty<String> selectedProgrammeProperty() {
        return selectedProgramme;
    }

    /** The selected bar; selecting one also selects its programme. */
    public ObjectProperty<String> selectedPhaseProperty() {
        return selectedPhase;
    }

    public ReadOnlyObjectProperty<Naming> namingProperty() {
        return naming;
    }

    public StringProperty draftNameProperty() {
        return draftName;
    }

    /** Why the last input was not taken, in the user's language; empty when it was. */
    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    public void clearHint() {
        hint.set("");
    }
}

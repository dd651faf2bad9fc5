package id.rembuk.ui.vision;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Goal;
import id.rembuk.domain.Ids;
import id.rembuk.domain.Indicator;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Mission;
import id.rembuk.domain.Records;
import id.rembuk.domain.SessionRecord;
import id.rembuk.domain.Target;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.tows.RecordCache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cascade under the vision: missions (numbered), goals (tujuan) under a mission, targets
 * (sasaran) under a goal with an optional dimension, indicators under a target with unit, baseline
 * and a target per year. Read as one outline; each add, edit, move or delete is one {@link Action},
 * and an edit of one field writes only that field. Deleting a node deletes what hangs under it in
 * the same action, so undo brings the branch back whole.
 *
 * <p>On a group's laptop the outline can be narrowed to one dimension: only that dimension's
 * targets show, missions and goals stay as the frame they hang in, and only targets and indicators
 * can be written there (the plenary owns the missions and goals).
 */
public final class CascadeViewModel {
    /** The four levels, each the child of the one before. */
    public enum Level {
        MISSION(EntityKind.MISSION), GOAL(EntityKind.GOAL), TARGET(EntityKind.TARGET), INDICATOR(EntityKind.INDICATOR);

        private final EntityKind kind;

        Level(EntityKind kind) {
            this.kind = kind;
        }

        public EntityKind kind() {
            return kind;
        }

        public Optional<Level> child() {
            return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
        }

        public Optional<Level> parent() {
            return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
        }

        /** "Misi", "Tujuan", "Sasaran", "Indikator". */
        public String label() {
            return Messages.get("vision.level." + name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * One line of the outline.
     *
     * @param parentId the mission of a goal, the goal of a target, the target of an indicator; empty for a mission
     * @param number   "2", "2.1", "2.1.3"; "?" for a node whose parent is gone (merged from another laptop)
     * @param text     the mission's, goal's or target's text, or the indicator's name
     */
    public record Node(Level level, String id, String parentId, String number, String text, SessionRecord record,
                       List<Node> children, boolean orphan) {
        public Node {
            children = List.copyOf(children);
        }

        public Optional<Target> target() {
            return record instanceof Target t ? Optional.of(t) : Optional.empty();
        }

        public Optional<Indicator> indicator() {
            return record instanceof Indicator i ? Optional.of(i) : Optional.empty();
        }

        int order() {
            if (record instanceof Mission m) {
                return m.order();
            } else if (record instanceof Goal g) {
                return g.order();
            } else if (record instanceof Target t) {
                return t.order();
            }
            return record instanceof Indicator i ? i.order() : 0;
        }
    }

    private final ObservableValue<SessionState> state;
    private final Consumer<Action> apply;
    private final ObservableList<Node> roots = FXCollections.observableArrayList();
    private final ObservableList<Node> rootsView = FXCollections.unmodifiableObservableList(roots);
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final BooleanProperty tenYears = new SimpleBooleanProperty(false);
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>();
    private final StringProperty hint = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private Map<String, Node> byId = Map.of();
    private final RecordCache<Mission> missionCache = new RecordCache<>(EntityKind.MISSION, Mission::from);
    private final RecordCache<Goal> goalCache = new RecordCache<>(EntityKind.GOAL, Goal::from);
    private final RecordCache<Target> targetCache = new RecordCache<>(EntityKind.TARGET, Target::from);
    private final RecordCache<Indicator> indicatorCache = new RecordCache<>(EntityKind.INDICATOR, Indicator::from);

    public CascadeViewModel(ObservableValue<SessionState> state, Consumer<Action> apply) {
        this.state = state;
        this.apply = apply;
        state.addListener((o, old, s) -> refresh());
        dimension.addListener((o, old, d) -> refresh(true));
        refresh();
    }

    // ---- reading

    private void refresh() {
        refresh(false);
    }

    private void refresh(boolean always) {
        SessionState s = state.getValue();
        boolean changed = missionCache.update(s) | goalCache.update(s) | targetCache.update(s)
                | indicatorCache.update(s);
        if (!changed && !always && s != null) {
            return; // a write elsewhere in the session
        }
        if (s == null) {
            byId = Map.of();
            roots.clear();
            summary.set("");
            return;
        }
        List<Mission> missions = sorted(missionCache.records(),
                Comparator.comparingInt(Mission::order).thenComparing(Mission::id));
        List<Goal> goals = sorted(goalCache.records(),
                Comparator.comparingInt(Goal::order).thenComparing(Goal::id));
        List<Target> targets = sorted(targetCache.records(),
                Comparator.comparingInt(Target::order).thenComparing(Target::id));
        List<Indicator> indicators = sorted(indicatorCache.records(),
                Comparator.comparingInt(Indicator::order).thenComparing(Indicator::id));
        Dimension only = dimension.get();
        java.util.Set<String> allTargets = new java.util.HashSet<>(targets.stream().map(Target::id).toList());
        if (only != null) {
            targets = targets.stream().filter(t -> t.dimension().equals(Optional.of(only))).toList();
        }

        Map<String, Node> index = new LinkedHashMap<>();
        List<Node> top = new ArrayList<>();
        Map<String, List<Goal>> goalsOf = group(goals, Goal::missionId);
        Map<String, List<Target>> targetsOf = group(targets, Target::goalId);
        Map<String, List<Indicator>> indicatorsOf = group(indicators, Indicator::targetId);
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (int m = 0; m < missions.size(); m++) {
            Mission mission = missions.get(m);
            String n = Integer.toString(m + 1);
            top.add(mission(mission, n, goalsOf, targetsOf, indicatorsOf, index, placed));
        }
        // a node whose parent is gone (deleted on another laptop) still shows, at the end, to be fixed
        for (Goal g : goals) {
            if (!placed.contains(g.id())) {
                top.add(goal(g, "?", true, targetsOf, indicatorsOf, index, placed));
            }
        }
        for (Target t : targets) {
            if (!placed.contains(t.id())) {
                top.add(target(t, "?", true, indicatorsOf, index, placed));
            }
        }
        for (Indicator i : indicators) {
            // an indicator of a target another dimension's filter hides is not an orphan
            if (!placed.contains(i.id()) && !allTargets.contains(i.targetId())) {
                top.add(indicator(i, "?", true, index, placed));
            }
        }
        byId = index;
        if (!roots.equals(top)) {
            roots.setAll(top);
        }
        if (selected.get() != null && !byId.containsKey(selected.get())) {
            selected.set(null);
        }
        summary.set(Messages.get("vision.cascade.summary", missions.size(), goals.size(), targets.size(),
                indicators.stream().filter(i -> placed.contains(i.id())).count()));
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list.stream().sorted(order).toList();
    }

    private static <T> Map<String, List<T>> group(List<T> list, java.util.function.Function<T, String> parent) {
        Map<String, List<T>> out = new HashMap<>();
        list.forEach(t -> out.computeIfAbsent(parent.apply(t), k -> new ArrayList<>()).add(t));
        return out;
    }

    private Node mission(Mission m, String n, Map<String, List<Goal>> goalsOf, Map<String, List<Target>> targetsOf,
                         Map<String, List<Indicator>> indicatorsOf, Map<String, Node> index,
                         java.util.Set<String> placed) {
        List<Node> children = new ArrayList<>();
        List<Goal> goals = goalsOf.getOrDefault(m.id(), List.of());
        for (int i = 0; i < goals.size(); i++) {
            children.add(goal(goals.get(i), n + "." + (i + 1), false, targetsOf, indicatorsOf, index, placed));
        }
        return put(new Node(Level.MISSION, m.id(), "", n, m.text(), m, children, false), index, placed);
    }

    private Node goal(Goal g, String n, boolean orphan, Map<String, List<Target>> targetsOf,
                      Map<String, List<Indicator>> indicatorsOf, Map<String, Node> index, java.util.Set<String> placed) {
        List<Node> children = new ArrayList<>();
        List<Target> targets = targetsOf.getOrDefault(g.id(), List.of());
        for (int i = 0; i < targets.size(); i++) {
            children.add(target(targets.get(i), n + "." + (i + 1), false, indicatorsOf, index, placed));
        }
        return put(new Node(Level.GOAL, g.id(), g.missionId(), n, g.text(), g, children, orphan), index, placed);
    }

    private Node target(Target t, String n, boolean orphan, Map<String, List<Indicator>> indicatorsOf,
                        Map<String, Node> index, java.util.Set<String> placed) {
        List<Node> children = new ArrayList<>();
        List<Indicator> indicators = indicatorsOf.getOrDefault(t.id(), List.of());
        for (int i = 0; i < indicators.size(); i++) {
            children.add(indicator(indicators.get(i), n + "." + (i + 1), false, index, placed));
        }
        return put(new Node(Level.TARGET, t.id(), t.goalId(), n, t.text(), t, children, orphan), index, placed);
    }

    private Node indicator(Indicator i, String n, boolean orphan, Map<String, Node> index,
                           java.util.Set<String> placed) {
        return put(new Node(Level.INDICATOR, i.id(), i.targetId(), n, i.name(), i, List.of(), orphan), index, placed);
    }

    private static Node put(Node node, Map<String, Node> index, java.util.Set<String> placed) {
        index.put(node.id(), node);
        placed.add(node.id());
        return node;
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The siblings of a node in order (the missions, or its parent's children). */
    private List<Node> siblings(Level level, String parentId) {
        if (level == Level.MISSION) {
            return roots.stream().filter(n -> n.level() == Level.MISSION && !n.orphan()).toList();
        }
        return node(parentId).map(Node::children).orElse(List.of());
    }

    /** Whether this laptop may write a node of this level (a group's laptop writes targets and indicators). */
    public boolean writable(Level level) {
        return dimension.get() == null || level == Level.TARGET || level == Level.INDICATOR;
    }

    // ---- writing

    /** A new mission at the end. */
    public Optional<String> addMission(String text) {
        List<Node> missions = siblings(Level.MISSION, "");
        return add(Level.MISSION, "", missions.isEmpty() ? null : missions.get(missions.size() - 1).id(), text);
    }

    /** A new node at the same level, right after {@code id}. */
    public Optional<String> addSibling(String id, String text) {
        return node(id).flatMap(n -> add(n.level(), n.parentId(), n.id(), text));
    }

    /** A new node one level down, at the end of {@code id}'s children. */
    public Optional<String> addChild(String id, String text) {
        Optional<Node> parent = node(id);
        if (parent.isEmpty() || parent.get().level().child().isEmpty()) {
            return Optional.empty();
        }
        List<Node> kids = parent.get().children();
        return add(parent.get().level().child().get(), id, kids.isEmpty() ? null : kids.get(kids.size() - 1).id(),
                text);
    }

    /**
     * Writes a new node of {@code level} under {@code parentId}, after the sibling {@code afterId}
     * (first when null); the siblings after it move down one place in the same action. A target
     * takes the dimension of the laptop's group, or of the target it follows (targets of one
     * dimension are typed one after another).
     *
     * @return the new node's id; empty when the text is empty or breaks a rule (the hint says why)
     */
    public Optional<String> add(Level level, String parentId, String afterId, String text) {
        String t = text == null ? "" : text.strip();
        if (state.getValue() == null || !writable(level)) {
            return Optional.empty();
        }
        if (t.isEmpty()) {
            hint.set(Messages.get("vision.cascade.hint.empty", level.label()));
            return Optional.empty();
        }
        if (hidesSiblings(level)) {
            return addAtEnd(parentId, t);
        }
        List<Node> siblings = new ArrayList<>(siblings(level, parentId));
        int at = 0;
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).id().equals(afterId)) {
                at = i + 1;
            }
        }
        String id = Ids.random();
        SessionRecord record;
        try {
            record = switch (level) {
                case MISSION -> new Mission(id, t, at + 1);
                case GOAL -> new Goal(id, parentId, t, at + 1);
                case TARGET -> new Target(id, parentId, Optional.ofNullable(dimension.get())
                        .or(() -> node(afterId).flatMap(Node::target).flatMap(Target::dimension)), t, at + 1);
                case INDICATOR -> new Indicator(id, parentId, t, "", "", List.of(), at + 1);
            };
        } catch (InvalidValue e) {
            hint.set(Messages.get(e.key(), e.args()));
            return Optional.empty();
        }
        List<Edit> edits = new ArrayList<>(record.toEdits());
        for (int i = at; i < siblings.size(); i++) {
            Node n = siblings.get(i);
            if (n.order() != i + 2) {
                edits.add(Edit.set(level.kind().code(), n.id(), orderField(), Integer.toString(i + 2)));
            }
        }
        for (int i = 0; i < at; i++) {
            Node n = siblings.get(i);
            if (n.order() != i + 1) {
                edits.add(Edit.set(level.kind().code(), n.id(), orderField(), Integer.toString(i + 1)));
            }
        }
        String number = numberAt(level, parentId, at);
        apply.accept(new Action(Messages.get("vision.action.add", level.label().toLowerCase(Messages.locale()),
                number), edits));
        hint.set("");
        selected.set(id);
        return Optional.of(id);
    }

    /** On a group's laptop the goal's other targets are hidden: they keep their places, and this one goes last. */
    private boolean hidesSiblings(Level level) {
        return level == Level.TARGET && dimension.get() != null;
    }

    private Optional<String> addAtEnd(String goalId, String text) {
        int last = Records.read(state.getValue(), EntityKind.TARGET, Target::from).records().stream()
                .filter(x -> x.goalId().equals(goalId)).mapToInt(Target::order).max().orElse(0);
        Target target;
        try {
            target = new Target(Ids.random(), goalId, Optional.of(dimension.get()), text, last + 1);
        } catch (InvalidValue e) {
            hint.set(Messages.get(e.key(), e.args()));
            return Optional.empty();
        }
        int shown = node(goalId).map(n -> n.children().size()).orElse(0);
        String number = node(goalId).map(n -> n.number() + ".").orElse("") + (shown + 1);
        apply.accept(new Action(Messages.get("vision.action.add", Level.TARGET.label().toLowerCase(Messages.locale()),
                number), target.toEdits()));
        hint.set("");
        selected.set(target.id());
        return Optional.of(target.id());
    }

    private String numberAt(Level level, String parentId, int at) {
        String prefix = level == Level.MISSION ? "" : node(parentId).map(n -> n.number() + ".").orElse("");
        return prefix + (at + 1);
    }

    /** Every level keeps its place in a field named the same. */
    private static String orderField() {
        return Mission.F_ORDER;
    }

    /** The text of a mission, goal or target, or the name of an indicator; only that field is written. */
    public boolean editText(String id, String text) {
        Optional<Node> n = node(id);
        String t = text == null ? "" : text.strip();
        if (n.isEmpty() || !writable(n.get().level()) || t.equals(n.get().text())) {
            return false;
        }
        if (t.isEmpty()) {
            hint.set(Messages.get("vision.cascade.hint.empty", n.get().level().label()));
            return false;
        }
        int max = n.get().level() == Level.INDICATOR ? 500 : 1000;
        if (t.length() > max) {
            hint.set(Messages.get("domain.invalid.text_too_long", "", max));
            return false;
        }
        String field = n.get().level() == Level.INDICATOR ? Indicator.F_NAME : Mission.F_TEXT;
        return write(n.get(), "vision.action.editText", field, t);
    }

    public boolean setDimension(String targetId, Optional<Dimension> d) {
        Optional<Node> n = node(targetId).filter(x -> x.level() == Level.TARGET);
        if (n.isEmpty() || n.get().target().map(Target::dimension).equals(Optional.of(d))) {
            return false;
        }
        return write(n.get(), "vision.action.dimension", Target.F_DIMENSION, d.map(Dimension::code).orElse(null));
    }

    public boolean setUnit(String indicatorId, String unit) {
        return indicatorField(indicatorId, "vision.action.unit", Indicator.F_UNIT, unit, 60, Indicator::unit);
    }

    public boolean setBaseline(String indicatorId, String baseline) {
        return indicatorField(indicatorId, "vision.action.baseline", Indicator.F_BASELINE,
                baseline == null ? "" : baseline.replace('\n', ' '), 120, Indicator::baseline);
    }

    /** The target of one year (1–10); an empty value clears it. Writes only the yearly field. */
    public boolean setYear(String indicatorId, int year, String value) {
        Optional<Node> n = node(indicatorId).filter(x -> x.level() == Level.INDICATOR);
        if (n.isEmpty() || year < 1 || year > Indicator.MAX_YEARS) {
            return false;
        }
        Indicator i = n.get().indicator().orElseThrow();
        String v = value == null ? "" : value.strip().replace('\n', ' ');
        if (v.equals(i.targetFor(year).orElse(""))) {
            return false;
        }
        if (v.length() > 120) {
            hint.set(Messages.get("domain.invalid.text_too_long", "", 120));
            return false;
        }
        List<String> years = new ArrayList<>(i.yearly());
        while (years.size() < year) {
            years.add("");
        }
        years.set(year - 1, v);
        // the constructor drops trailing blanks, so one spelling per list reaches the file
        List<String> clean = new Indicator(i.id(), i.targetId(), i.name(), i.unit(), i.baseline(), years, i.order())
                .yearly();
        return write(n.get(), "vision.action.year", Indicator.F_YEARLY,
                clean.isEmpty() ? null : String.join("\n", clean), year);
    }

    private boolean indicatorField(String id, String label, String field, String value, int max,
                                   java.util.function.Function<Indicator, String> now) {
        Optional<Node> n = node(id).filter(x -> x.level() == Level.INDICATOR);
        String v = value == null ? "" : value.strip();
        if (n.isEmpty() || v.equals(now.apply(n.get().indicator().orElseThrow()))) {
            return false;
        }
        if (v.length() > max) {
            hint.set(Messages.get("domain.invalid.text_too_long", "", max));
            return false;
        }
        return write(n.get(), label, field, v.isEmpty() ? null : v);
    }

    private boolean write(Node n, String labelKey, String field, String value, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = n.level().label().toLowerCase(Messages.locale());
        args[1] = n.number();
        System.arraycopy(more, 0, args, 2, more.length);
        apply.accept(Action.of(Messages.get(labelKey, args), Edit.set(n.level().kind().code(), n.id(), field, value)));
        hint.set("");
        return true;
    }

    /** Moves a node up or down among its siblings; the places that change are written. */
    public boolean move(String id, int delta) {
        Optional<Node> n = node(id).filter(x -> !x.orphan() && writable(x.level()));
        if (n.isEmpty()) {
            return false;
        }
        List<Node> siblings = siblings(n.get().level(), n.get().parentId());
        int from = siblings.indexOf(n.get());
        List<Node> moved = Ordering.moved(siblings, from, delta);
        if (moved.isEmpty()) {
            return false;
        }
        if (hidesSiblings(n.get().level())) {
            // hidden targets sit between these two: the two swap places and the others keep theirs
            Node other = siblings.get(from + Integer.signum(delta));
            if (other.order() != n.get().order()) {
                String kind = n.get().level().kind().code();
                apply.accept(new Action(Messages.get("vision.action.move", n.get().level().label().toLowerCase(
                        Messages.locale()), n.get().number()), List.of(
                        Edit.set(kind, n.get().id(), orderField(), Integer.toString(other.order())),
                        Edit.set(kind, other.id(), orderField(), Integer.toString(n.get().order())))));
                return true;
            }
        }
        apply.accept(new Action(Messages.get("vision.action.move", n.get().level().label().toLowerCase(
                Messages.locale()), n.get().number()), Ordering.renumber(n.get().level().kind(), moved, Node::id,
                Node::order, orderField())));
        return true;
    }

    /** Deletes a node and everything under it, in one action. */
    public boolean delete(String id) {
        Optional<Node> n = node(id).filter(x -> writable(x.level()));
        if (n.isEmpty()) {
            return false;
        }
        List<Edit> edits = new ArrayList<>();
        collectDeletes(n.get(), edits);
        int under = edits.size() - 1;
        String what = n.get().level().label().toLowerCase(Messages.locale());
        apply.accept(new Action(under == 0 ? Messages.get("vision.action.delete", what, n.get().number())
                : Messages.get("vision.action.deleteBranch", what, n.get().number(), under), edits));
        return true;
    }

    private void collectDeletes(Node n, List<Edit> edits) {
        edits.add(Edit.delete(n.level().kind().code(), n.id()));
        n.children().forEach(c -> collectDeletes(c, edits));
    }

    // ---- properties

    /** The missions in order (then any node whose parent is gone). */
    public ObservableList<Node> roots() {
        return rootsView;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** Show years 6–10 of the indicators too (the long horizon of the masterplan). */
    public BooleanProperty tenYearsProperty() {
        return tenYears;
    }

    /** One dimension's targets only (a group's laptop); null shows all. */
    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    /** "3 misi · 5 tujuan · 9 sasaran · 12 indikator". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public void refreshText() {
        refresh(true);
    }
}

package id.rembuk.ui.readiness;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.GapItem;
import id.rembuk.domain.Group;
import id.rembuk.domain.Ids;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Readiness;
import id.rembuk.domain.ReadinessIndicator;
import id.rembuk.domain.ReadinessScale;
import id.rembuk.domain.ReadinessScore;
import id.rembuk.domain.ReadinessSetup;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.readiness.DefaultIndicators;
import id.rembuk.readiness.Worksheet;
import id.rembuk.ui.shell.ShellViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The readiness worksheet of one dimension: its indicators per element with the group's
 * assessment, the totals as they change, and the radar's values. Every change is one
 * {@link Action} through the shell, so undo takes it back; a text edit writes only its own field, so
 * two laptops editing different fields of one indicator merge without a conflict.
 *
 * <p>On a group's laptop the worksheet is held to the group: a dimension group sees its dimension;
 * an element group (Tahap I) sees its element and chooses the dimension, and its radar shows that
 * element across the six dimensions.
 */
public final class ReadinessViewModel {
    private final ObservableValue<SessionState> state;
    private final Consumer<Action> apply;
    private final Places places = new Places();

    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.GOV);
    private final SimpleBooleanProperty dimensionFixed = new SimpleBooleanProperty(false);
    private Optional<Element> onlyElement = Optional.empty();
    private String group = "";

    private final SimpleBooleanProperty hasSession = new SimpleBooleanProperty(false);
    private final ObjectProperty<ReadinessSetup> setup = new SimpleObjectProperty<>(ReadinessSetup.DEFAULT);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ObservableList<Section> sectionsView = FXCollections.unmodifiableObservableList(sections);
    private final ObservableList<Axis> radar = FXCollections.observableArrayList();
    private final ObservableList<Axis> radarView = FXCollections.unmodifiableObservableList(radar);
    private final ObservableList<Axis> dimensionTotals = FXCollections.observableArrayList();
    private final ObservableList<Axis> dimensionTotalsView = FXCollections.unmodifiableObservableList(dimensionTotals);
    private final ObservableList<Summary> summaries = FXCollections.observableArrayList();
    private final ObservableList<Summary> summariesView = FXCollections.unmodifiableObservableList(summaries);
    private final ObjectProperty<Readiness.Result> total = new SimpleObjectProperty<>(empty());
    private final ObjectProperty<Readiness.Result> overall = new SimpleObjectProperty<>(empty());
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty coverage = new SimpleStringProperty("");
    private final IntegerProperty unreadable = new SimpleIntegerProperty(0);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private Worksheet sheet = Worksheet.of(null);

    /** One indicator line as the worksheet shows it. */
    public record Row(ReadinessIndicator indicator, String condition, String evidence, String notes,
                      OptionalInt percent, ReadinessScale scale, OptionalInt level, boolean conflict) {
        public String id() {
            return indicator.id();
        }

        public Element element() {
            return indicator.element();
        }
    }

    /** An element of the dimension with its total. */
    public record Section(Element element, String label, Readiness.Result total) {
    }

    /** A dimension on the overall tab: its total and its elements. */
    public record Summary(Dimension dimension, String label, Readiness.Result total, List<Axis> elements) {
    }

    /** One spoke of a radar: a label and its percent (empty while nothing on it is assessed). */
    public record Axis(String key, String label, OptionalDouble percent, Readiness.Band band) {
        /** The label on a radar's spoke: "Governance" for "Smart Governance", the room knows they are all smart. */
        public String spokeLabel() {
            return label.startsWith("Smart ") && label.length() > 6 ? label.substring(6) : label;
        }
    }

    public ReadinessViewModel(ObservableValue<SessionState> state, Consumer<Action> apply) {
        this.state = state;
        this.apply = apply;
        state.addListener((o, old, s) -> refresh());
        dimension.addListener((o, old, d) -> {
            notice.set(null);
            refresh();
        });
        refresh();
    }

    public ReadinessViewModel(ShellViewModel shell) {
        this(shell.stateProperty(), shell::apply);
    }

    /**
     * Holds the worksheet to a group: a dimension group to its dimension, an element group to its
     * element. Null or empty: the facilitator, who chooses any dimension and sees every element.
     */
    public void setGroup(String groupId) {
        group = groupId == null ? "" : groupId;
        Optional<Dimension> d = Dimension.ofCode(group).filter(x -> x.code().equals(group));
        onlyElement = java.util.Arrays.stream(Element.values()).filter(e -> Group.idFor(e).equals(group)).findFirst();
        dimensionFixed.set(d.isPresent());
        d.ifPresent(dimension::set);
        refresh();
    }

    /** Makes the lists and totals again from the state (also after a language switch). */
    public void refresh() {
        SessionState s = state.getValue();
        hasSession.set(s != null);
        sheet = Worksheet.of(s);
        ReadinessSetup su = sheet.setup();
        Dimension d = dimension.get();
        Labels labels = s == null ? Labels.defaults() : Labels.of(s);
        Locale locale = Messages.locale();
        List<Element> shown = shownElements();

        List<Row> newRows = new ArrayList<>();
        List<Section> newSections = new ArrayList<>();
        for (Element e : shown) {
            newSections.add(new Section(e, elementLabel(e), sheet.total(d, e)));
            for (ReadinessIndicator i : sheet.cell(d, e)) {
                newRows.add(row(s, i, su.scale()));
            }
        }
        setIfChanged(rows, newRows);
        setIfChanged(sections, newSections);

        List<Axis> axes;
        if (onlyElement.isPresent()) {
            Element e = onlyElement.get();
            axes = new ArrayList<>();
            for (Dimension x : Dimension.values()) {
                axes.add(axis(x.code(), labels.dimension(x, locale), sheet.total(x, e)));
            }
            total.set(sheet.total(d, e));
        } else {
            axes = elementAxes(sheet, d);
            total.set(sheet.total(d));
        }
        setIfChanged(radar, axes);
        setIfChanged(dimensionTotals, dimensionAxes(sheet, labels));
        List<Summary> sums = new ArrayList<>();
        for (Dimension x : Dimension.values()) {
            sums.add(new Summary(x, labels.dimension(x, locale), sheet.total(x), elementAxes(sheet, x)));
        }
        setIfChanged(summaries, sums);
        overall.set(sheet.overall());
        title.set(labels.dimension(d, locale) + onlyElement.map(e -> " · " + elementLabel(e)).orElse(""));
        coverage.set(Messages.get("readiness.coverage", total.get().assessed(), total.get().total()));
        unreadable.set(sheet.unreadable());
        // last: a view redrawn on the setup finds the lines already on the new scale
        setup.set(su);
    }

    private List<Element> shownElements() {
        return sheet.elements().stream().filter(e -> onlyElement.isEmpty() || onlyElement.get() == e).toList();
    }

    /** The spokes of a dimension's radar: its elements' totals. */
    static List<Axis> elementAxes(Worksheet w, Dimension d) {
        return w.elements().stream().map(e -> axis(e.name(), elementLabel(e), w.total(d, e))).toList();
    }

    /** The spokes of the overall radar: the six dimensions' totals. */
    static List<Axis> dimensionAxes(Worksheet w, Labels labels) {
        return java.util.Arrays.stream(Dimension.values())
                .map(x -> axis(x.code(), labels.dimension(x, Messages.locale()), w.total(x))).toList();
    }

    /**
     * What the room's screen shows: a dimension's radar and element totals, or (no dimension) the
     * six dimensions. Made from the state each time it changes, so the projector follows the scoring.
     */
    public record Pleno(String title, List<Axis> axes, Readiness.Result total, String coverage) {
        public static Pleno of(SessionState s, Optional<Dimension> d) {
            Worksheet w = Worksheet.of(s);
            Labels labels = s == null ? Labels.defaults() : Labels.of(s);
            Readiness.Result total = d.map(w::total).orElse(w.overall());
            return new Pleno(d.map(x -> Messages.get("readiness.pleno.title", labels.dimension(x, Messages.locale())))
                    .orElse(Messages.get("readiness.pleno.overall")),
                    d.map(x -> elementAxes(w, x)).orElse(dimensionAxes(w, labels)), total,
                    Messages.get("readiness.coverage", total.assessed(), total.total()));
        }
    }

    private static Axis axis(String key, String label, Readiness.Result r) {
        return new Axis(key, label, r.percent(), r.band(Readiness.Bands.DEFAULT));
    }

    private Row row(SessionState s, ReadinessIndicator i, ReadinessScale scale) {
        Optional<ReadinessScore> score = sheet.score(i.id());
        OptionalInt percent = score.map(ReadinessScore::percent).orElse(OptionalInt.empty());
        OptionalInt level = percent.isPresent() ? OptionalInt.of(scale.levelOf(percent.getAsInt()))
                : OptionalInt.empty();
        boolean conflict = s != null && (conflicted(s, EntityKind.READINESS_INDICATOR, i.id())
                || conflicted(s, EntityKind.READINESS_SCORE, ReadinessScore.idFor(i.id())));
        return new Row(i, score.map(ReadinessScore::condition).orElse(""), score.map(ReadinessScore::evidence)
                .orElse(""), score.map(ReadinessScore::notes).orElse(""), percent, scale, level, conflict);
    }

    private static boolean conflicted(SessionState s, EntityKind kind, String id) {
        return s.get(kind.code(), id).map(EntityState::hasConflict).orElse(false);
    }

    static String elementLabel(Element e) {
        return Messages.get(e.messageKey());
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    private static Readiness.Result empty() {
        return new Readiness.Result(OptionalDouble.empty(), 0, 0);
    }

    // ---- the setup ----

    public void setScale(ReadinessScale scale) {
        if (scale != null && scale != setup.get().scale() && hasSession.get()) {
            // only the scale: the scores are stored as percent and read the same on the other scale
            apply.accept(Action.of(Messages.get("readiness.action.scale"), Edit.set(
                    EntityKind.READINESS_SETUP.code(), ReadinessSetup.ID, ReadinessSetup.F_SCALE, scale.name())));
        }
    }

    public void setAlam(boolean on) {
        setOptional(ReadinessSetup.F_ALAM, on, setup.get().alam(), Element.ALAM);
    }

    public void setBudaya(boolean on) {
        setOptional(ReadinessSetup.F_BUDAYA, on, setup.get().budaya(), Element.BUDAYA);
    }

    private void setOptional(String field, boolean on, boolean now, Element e) {
        if (on == now || !hasSession.get()) {
            return;
        }
        apply.accept(Action.of(Messages.get(on ? "readiness.action.elementOn" : "readiness.action.elementOff",
                elementLabel(e)), Edit.set(EntityKind.READINESS_SETUP.code(), ReadinessSetup.ID, field, on ? "1" : "0")));
    }

    // ---- indicators ----

    /** Inserts the default checklist lines this dimension's shown elements lack; the number inserted. */
    public int insertDefaults() {
        SessionState s = state.getValue();
        if (s == null) {
            return 0;
        }
        Dimension d = dimension.get();
        List<ReadinessIndicator> missing = DefaultIndicators.standard().missing(d, shownElements(), sheet,
                id -> s.get(EntityKind.READINESS_INDICATOR.code(), id).isPresent());
        if (missing.isEmpty()) {
            notice.set(Notice.of("readiness.notice.defaultsThere"));
            return 0;
        }
        List<Edit> edits = new ArrayList<>();
        missing.forEach(i -> {
            edits.addAll(i.toEdits());
            places.taken(list(d, i.element()), i.order());
        });
        apply.accept(new Action(Messages.get("readiness.action.defaults", missing.size()), edits));
        notice.set(Notice.of("readiness.notice.defaultsAdded", missing.size()));
        return missing.size();
    }

    /** Adds a typed indicator at the end of an element; false (with a notice) when refused. */
    public boolean addIndicator(Element e, String text) {
        if (!hasSession.get() || e == null || text == null || text.isBlank()) {
            return false;
        }
        Dimension d = dimension.get();
        ReadinessIndicator i;
        try {
            i = new ReadinessIndicator(Ids.random(), d, e, text, 1,
                    places.next(list(d, e), sheet.cell(d, e), ReadinessIndicator::order));
        } catch (InvalidValue ex) {
            notice.set(new Notice(ex.key(), List.of(ex.args())));
            return false;
        }
        apply.accept(new Action(Messages.get("readiness.action.add"), i.toEdits()));
        notice.set(null);
        return true;
    }

    public boolean rename(String id, String text) {
        Optional<Row> r = find(id);
        if (r.isEmpty() || text == null || text.strip().equals(r.get().indicator().text())) {
            return false;
        }
        if (text.isBlank()) {
            notice.set(Notice.of("readiness.notice.blankIndicator"));
            return false;
        }
        try {
            new ReadinessIndicator(id, r.get().indicator().dimension(), r.get().element(), text, 1, 0);
        } catch (InvalidValue ex) {
            notice.set(new Notice(ex.key(), List.of(ex.args())));
            return false;
        }
        apply.accept(Action.of(Messages.get("readiness.action.rename"), Edit.set(
                EntityKind.READINESS_INDICATOR.code(), id, ReadinessIndicator.F_TEXT, text.strip())));
        return true;
    }

    /** @param weight 1..10: how much the line counts in its element's total */
    public boolean setWeight(String id, int weight) {
        Optional<Row> r = find(id);
        if (r.isEmpty() || weight < 1 || weight > 10 || r.get().indicator().weight() == weight) {
            return false;
        }
        apply.accept(Action.of(Messages.get("readiness.action.weight", weight), Edit.set(
                EntityKind.READINESS_INDICATOR.code(), id, ReadinessIndicator.F_WEIGHT, Integer.toString(weight))));
        return true;
    }

    /** Moves a line one place up (-1) or down (+1) within its element. */
    public boolean move(String id, int delta) {
        Optional<Row> r = find(id);
        if (r.isEmpty()) {
            return false;
        }
        List<ReadinessIndicator> cell = sheet.cell(dimension.get(), r.get().element());
        Optional<Action> a = Places.move(cell, ReadinessIndicator::id, ReadinessIndicator::order, id, delta,
                EntityKind.READINESS_INDICATOR, ReadinessIndicator.F_ORDER, "readiness.action.move");
        a.ifPresent(apply);
        return a.isPresent();
    }

    /** Deletes a line with its assessment, in one step that undo brings back whole. */
    public boolean delete(String id) {
        Optional<Row> r = find(id);
        SessionState s = state.getValue();
        if (r.isEmpty() || s == null) {
            return false;
        }
        List<Edit> edits = new ArrayList<>();
        edits.add(Edit.delete(EntityKind.READINESS_INDICATOR.code(), id));
        String scoreId = ReadinessScore.idFor(id);
        if (s.get(EntityKind.READINESS_SCORE.code(), scoreId).filter(EntityState::live).isPresent()) {
            edits.add(Edit.delete(EntityKind.READINESS_SCORE.code(), scoreId));
        }
        apply.accept(new Action(Messages.get("readiness.action.delete"), edits));
        return true;
    }

    // ---- the assessment ----

    public boolean setCondition(String id, String text) {
        return setScoreText(id, ReadinessScore.F_CONDITION, text, Row::condition, 2000, "readiness.action.condition");
    }

    public boolean setEvidence(String id, String text) {
        return setScoreText(id, ReadinessScore.F_EVIDENCE, text, Row::evidence, 1000, "readiness.action.evidence");
    }

    public boolean setNotes(String id, String text) {
        return setScoreText(id, ReadinessScore.F_NOTES, text, Row::notes, 2000, "readiness.action.notes");
    }

    private boolean setScoreText(String id, String field, String text, java.util.function.Function<Row, String> now,
                                 int max, String label) {
        Optional<Row> r = find(id);
        String t = text == null ? "" : text.strip();
        if (r.isEmpty() || t.equals(now.apply(r.get()))) {
            return false;
        }
        if (t.length() > max) {
            notice.set(Notice.of("readiness.notice.tooLong", max));
            return false;
        }
        apply.accept(new Action(Messages.get(label), scoreEdits(id, field, t.isEmpty() ? null : t)));
        return true;
    }

    /** Scores a line on the session's scale; level 1..levels. */
    public boolean score(String id, int level) {
        ReadinessScale scale = setup.get().scale();
        Optional<Row> r = find(id);
        if (r.isEmpty() || level < 1 || level > scale.levels()) {
            return false;
        }
        int p = scale.percentOf(level);
        if (r.get().percent().equals(OptionalInt.of(p))) {
            return false;
        }
        apply.accept(new Action(Messages.get("readiness.action.score", levelLabel(scale, level)),
                scoreEdits(id, ReadinessScore.F_PERCENT, Integer.toString(p))));
        return true;
    }

    public boolean clearScore(String id) {
        Optional<Row> r = find(id);
        if (r.isEmpty() || r.get().percent().isEmpty()) {
            return false;
        }
        apply.accept(new Action(Messages.get("readiness.action.clearScore"),
                scoreEdits(id, ReadinessScore.F_PERCENT, null)));
        return true;
    }

    /** A typed key as a level: the digits 1..levels, or on Kurang/Cukup/Baik the first letter (K, C, B). */
    public OptionalInt levelOfKey(String key) {
        ReadinessScale scale = setup.get().scale();
        if (key == null || key.length() != 1) {
            return OptionalInt.empty();
        }
        char c = Character.toUpperCase(key.charAt(0));
        if (c >= '1' && c < '1' + scale.levels()) {
            return OptionalInt.of(c - '0');
        }
        if (scale == ReadinessScale.BANDS) {
            for (int level = 1; level <= 3; level++) {
                // the letters of the shown language, and K/C/B always: the room learns one set
                String label = levelLabel(scale, level);
                if (!label.isEmpty() && Character.toUpperCase(label.charAt(0)) == c || "KCB".charAt(level - 1) == c) {
                    return OptionalInt.of(level);
                }
            }
        }
        return OptionalInt.empty();
    }

    public boolean scoreByKey(String id, String key) {
        OptionalInt level = levelOfKey(key);
        return level.isPresent() && score(id, level.getAsInt());
    }

    /** The label of a level on a scale: "1".."5", or Kurang/Cukup/Baik. */
    public static String levelLabel(ReadinessScale scale, int level) {
        if (scale == ReadinessScale.BANDS) {
            return Messages.get(Readiness.Band.values()[level].messageKey());
        }
        return Integer.toString(level);
    }

    /** The fields of the line's assessment to write; the indicator link too while the assessment does not exist. */
    private List<Edit> scoreEdits(String indicatorId, String field, String value) {
        String scoreId = ReadinessScore.idFor(indicatorId);
        String kind = EntityKind.READINESS_SCORE.code();
        Optional<EntityState> e = Optional.ofNullable(state.getValue()).flatMap(s -> s.get(kind, scoreId));
        List<Edit> edits = new ArrayList<>();
        if (e.isPresent() && e.get().deleted()) {
            edits.add(Edit.restore(kind, scoreId));
        }
        if (e.isEmpty() || !indicatorId.equals(e.get().getOr(ReadinessScore.F_INDICATOR, ""))) {
            edits.add(Edit.set(kind, scoreId, ReadinessScore.F_INDICATOR, indicatorId));
        }
        edits.add(Edit.set(kind, scoreId, field, value));
        return edits;
    }

    // ---- to the gap table ----

    /**
     * Starts a gap row from a line: what the group found is the current condition, the indicator
     * says what is expected. The row goes at the end of the dimension's gap table.
     */
    public Optional<String> makeGap(String id) {
        Optional<Row> r = find(id);
        SessionState s = state.getValue();
        if (r.isEmpty() || s == null) {
            return Optional.empty();
        }
        Dimension d = dimension.get();
        List<GapItem> gaps = Records.read(s, EntityKind.GAP_ITEM, GapItem::from).records().stream()
                .filter(g -> g.dimension() == d).toList();
        GapItem g = new GapItem(Ids.random(), d, Optional.empty(), Optional.of(r.get().element()),
                r.get().condition(), r.get().indicator().text(), "", "", GapItem.Priority.MEDIUM,
                places.next("gap " + d, gaps, GapItem::order));
        apply.accept(new Action(Messages.get("readiness.action.makeGap"), g.toEdits()));
        notice.set(Notice.of("readiness.notice.gapMade"));
        return Optional.of(g.id());
    }

    private Optional<Row> find(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static String list(Dimension d, Element e) {
        return "indicator " + d + " " + e;
    }

    // ---- properties ----

    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    /** True on a dimension group's laptop: the worksheet is its dimension's only. */
    public ReadOnlyBooleanProperty dimensionFixedProperty() {
        return dimensionFixed;
    }

    /** The element an element group's worksheet is held to. */
    public Optional<Element> onlyElement() {
        return onlyElement;
    }

    public String group() {
        return group;
    }

    public ReadOnlyBooleanProperty hasSessionProperty() {
        return hasSession;
    }

    public ReadOnlyObjectProperty<ReadinessSetup> setupProperty() {
        return setup;
    }

    /** The lines of the dimension, element after element, each in its order. */
    public ObservableList<Row> rows() {
        return rowsView;
    }

    /** The elements the worksheet shows, with their totals in this dimension. */
    public ObservableList<Section> sections() {
        return sectionsView;
    }

    /** The radar's spokes: the elements of the dimension, or for an element group the six dimensions. */
    public ObservableList<Axis> radar() {
        return radarView;
    }

    /** The six dimensions' totals, for the overall radar. */
    public ObservableList<Axis> dimensionTotals() {
        return dimensionTotalsView;
    }

    /** The six dimensions with their totals and element totals, for the overall tab. */
    public ObservableList<Summary> summaries() {
        return summariesView;
    }

    /** The dimension's total (an element group: the element's in this dimension). */
    public ReadOnlyObjectProperty<Readiness.Result> totalProperty() {
        return total;
    }

    public ReadOnlyObjectProperty<Readiness.Result> overallProperty() {
        return overall;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** "12 dari 15 indikator dinilai". */
    public ReadOnlyStringProperty coverageProperty() {
        return coverage;
    }

    public ReadOnlyIntegerProperty unreadableProperty() {
        return unreadable;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public void clearNotice() {
        notice.set(null);
    }

    /** "62 %" or a dash while nothing is assessed. */
    public static String percentText(OptionalDouble p) {
        return p.isPresent() ? Messages.get("readiness.percent", Math.round(p.getAsDouble())) : "–";
    }
}

package id.rembuk.ui.readiness;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.GapItem;
import id.rembuk.domain.Group;
import id.rembuk.domain.Ids;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Records;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SubDimension;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.readiness.GapToSwot;
import id.rembuk.ui.shell.ShellViewModel;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The gap table of one dimension (kondisi saat ini · kondisi yang diharapkan · kesenjangan ·
 * kebutuhan/rekomendasi · prioritas). Rows are added, edited one cell at a time, moved and deleted
 * as undoable actions; a row can go to the SWOT board as a weakness, once.
 */
public final class GapViewModel {
    private final ObservableValue<SessionState> state;
    private final ObservableValue<SessionInfo> info;
    private final Consumer<Action> apply;
    private final Places places = new Places();

    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.GOV);
    private final SimpleBooleanProperty dimensionFixed = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty hasSession = new SimpleBooleanProperty(false);
    private Optional<Element> onlyElement = Optional.empty();
    private String group = "";
    private final ObservableList<GapRow> rows = FXCollections.observableArrayList();
    private final ObservableList<GapRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    /** The columns a row's cell edit can write. */
    public enum Column {
        CURRENT(GapItem.F_CURRENT), EXPECTED(GapItem.F_EXPECTED), GAP(GapItem.F_GAP),
        RECOMMENDATION(GapItem.F_RECOMMENDATION);

        final String field;

        Column(String field) {
            this.field = field;
        }

        String of(GapItem g) {
            return switch (this) {
                case CURRENT -> g.current();
                case EXPECTED -> g.expected();
                case GAP -> g.gap();
                case RECOMMENDATION -> g.recommendation();
            };
        }
    }

    /**
     * A row as the table shows it.
     *
     * @param sent     a card on the SWOT board came from this row
     * @param conflict two laptops wrote different values into it
     */
    public record GapRow(GapItem item, boolean sent, boolean conflict) {
        public String id() {
            return item.id();
        }
    }

    /** What "send to the SWOT board" did. */
    public enum Sent { SENT, ALREADY, NOTHING }

    public GapViewModel(ObservableValue<SessionState> state, ObservableValue<SessionInfo> info,
                        Consumer<Action> apply) {
        this.state = state;
        this.info = info;
        this.apply = apply;
        state.addListener((o, old, s) -> refresh());
        dimension.addListener((o, old, d) -> {
            notice.set(null);
            refresh();
        });
        refresh();
    }

    public GapViewModel(ShellViewModel shell) {
        this(shell.stateProperty(), shell.infoProperty(), shell::apply);
    }

    /** Holds the table to a group, as {@link ReadinessViewModel#setGroup} does. */
    public void setGroup(String groupId) {
        group = groupId == null ? "" : groupId;
        Optional<Dimension> d = Dimension.ofCode(group).filter(x -> x.code().equals(group));
        onlyElement = Arrays.stream(Element.values()).filter(e -> Group.idFor(e).equals(group)).findFirst();
        dimensionFixed.set(d.isPresent());
        d.ifPresent(dimension::set);
        refresh();
    }

    public void refresh() {
        SessionState s = state.getValue();
        hasSession.set(s != null);
        if (s == null) {
            rows.clear();
            return;
        }
        List<SwotItem> cards = cards(s);
        List<GapRow> now = items(s).stream()
                .map(g -> new GapRow(g, GapToSwot.sentFrom(g.id(), cards).isPresent(),
                        s.get(EntityKind.GAP_ITEM.code(), g.id()).map(EntityState::hasConflict).orElse(false)))
                .toList();
        if (!rows.equals(now)) {
            rows.setAll(now);
        }
    }

    /** The dimension's rows in order; an element group sees its element's rows only. */
    private List<GapItem> items(SessionState s) {
        Dimension d = dimension.get();
        return Records.read(s, EntityKind.GAP_ITEM, GapItem::from).records().stream()
                .filter(g -> g.dimension() == d)
                .filter(g -> onlyElement.isEmpty() || g.element().equals(onlyElement))
                .sorted(Comparator.comparingInt(GapItem::order).thenComparing(GapItem::id)).toList();
    }

    private static List<SwotItem> cards(SessionState s) {
        return Records.read(s, EntityKind.SWOT_ITEM, SwotItem::from).records();
    }

    /** Adds a row with what was typed as its current condition; false when nothing was typed. */
    public Optional<String> add(String current) {
        SessionState s = state.getValue();
        if (s == null || current == null || current.isBlank()) {
            return Optional.empty();
        }
        Dimension d = dimension.get();
        GapItem g;
        try {
            g = new GapItem(Ids.random(), d, Optional.empty(), onlyElement, current, "", "", "",
                    GapItem.Priority.MEDIUM, places.next("gap " + d, items(s), GapItem::order));
        } catch (InvalidValue e) {
            notice.set(new Notice(e.key(), List.of(e.args())));
            return Optional.empty();
        }
        apply.accept(new Action(Messages.get("readiness.gap.action.add"), g.toEdits()));
        notice.set(null);
        return Optional.of(g.id());
    }

    /** Writes one cell; refused (with a notice) when it would leave the row without any text. */
    public boolean set(String id, Column column, String text) {
        Optional<GapItem> g = find(id);
        String t = text == null ? "" : text.strip();
        if (g.isEmpty() || t.equals(column.of(g.get()))) {
            return false;
        }
        GapItem changed;
        try {
            GapItem o = g.get();
            changed = new GapItem(o.id(), o.dimension(), o.subDimension(), o.element(),
                    column == Column.CURRENT ? t : o.current(), column == Column.EXPECTED ? t : o.expected(),
                    column == Column.GAP ? t : o.gap(), column == Column.RECOMMENDATION ? t : o.recommendation(),
                    o.priority(), o.order());
        } catch (InvalidValue e) {
            notice.set(new Notice(e.key(), List.of(e.args())));
            return false;
        }
        apply.accept(Action.of(Messages.get("readiness.gap.action.edit"),
                Edit.set(EntityKind.GAP_ITEM.code(), id, column.field, column.of(changed).isEmpty() ? null
                        : column.of(changed))));
        notice.set(null);
        return true;
    }

    public boolean setPriority(String id, GapItem.Priority p) {
        Optional<GapItem> g = find(id);
        if (g.isEmpty() || p == null || g.get().priority() == p) {
            return false;
        }
        apply.accept(Action.of(Messages.get("readiness.gap.action.priority", Messages.get(p.messageKey())),
                Edit.set(EntityKind.GAP_ITEM.code(), id, GapItem.F_PRIORITY, p.name())));
        return true;
    }

    public boolean setElement(String id, Optional<Element> e) {
        Optional<GapItem> g = find(id);
        if (g.isEmpty() || g.get().element().equals(e)) {
            return false;
        }
        apply.accept(Action.of(Messages.get("readiness.gap.action.element"), Edit.set(EntityKind.GAP_ITEM.code(), id,
                GapItem.F_ELEMENT, e.map(Enum::name).orElse(null))));
        return true;
    }

    /** A sub-dimension of the row's dimension, or none. */
    public boolean setSubDimension(String id, Optional<SubDimension> sub) {
        Optional<GapItem> g = find(id);
        if (g.isEmpty() || g.get().subDimension().equals(sub)
                || sub.isPresent() && sub.get().dimension() != g.get().dimension()) {
            return false;
        }
        apply.accept(Action.of(Messages.get("readiness.gap.action.subDimension"), Edit.set(
                EntityKind.GAP_ITEM.code(), id, GapItem.F_SUB_DIMENSION, sub.map(Enum::name).orElse(null))));
        return true;
    }

    public boolean move(String id, int delta) {
        Optional<Action> a = Places.move(rows.stream().map(GapRow::item).toList(), GapItem::id, GapItem::order, id,
                delta, EntityKind.GAP_ITEM, GapItem.F_ORDER, "readiness.gap.action.move");
        a.ifPresent(apply);
        return a.isPresent();
    }

    public boolean delete(String id) {
        if (find(id).isEmpty()) {
            return false;
        }
        apply.accept(Action.of(Messages.get("readiness.gap.action.delete"), Edit.delete(EntityKind.GAP_ITEM.code(),
                id)));
        return true;
    }

    /**
     * Puts the row on the SWOT board as a weakness: the element's board in Tahap I when the row names
     * an element, else the dimension's. A row already sent is not sent again (a notice says where it is).
     */
    public Sent sendToSwot(String id) {
        Optional<GapItem> g = find(id);
        SessionState s = state.getValue();
        if (g.isEmpty() || s == null) {
            return Sent.NOTHING;
        }
        List<SwotItem> cards = cards(s);
        if (GapToSwot.sentFrom(id, cards).isPresent()) {
            notice.set(Notice.of("readiness.gap.notice.already"));
            return Sent.ALREADY;
        }
        Stage stage = info.getValue() == null ? Stage.II : info.getValue().stage();
        // the card's author: the group at this laptop, else the dimension's group the row belongs to
        String author = group.isEmpty() ? Group.idFor(g.get().dimension()) : group;
        SwotItem card = GapToSwot.weakness(Ids.random(), g.get(), stage, author, cards);
        apply.accept(new Action(Messages.get("readiness.gap.action.send"), card.toEdits()));
        notice.set(Notice.of(card.element().isPresent() ? "readiness.gap.notice.sentElement"
                : "readiness.gap.notice.sent", card.element().map(ReadinessViewModel::elementLabel).orElse("")));
        return Sent.SENT;
    }

    private Optional<GapItem> find(String id) {
        return rows.stream().map(GapRow::item).filter(g -> g.id().equals(id)).findFirst();
    }

    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    public ReadOnlyBooleanProperty dimensionFixedProperty() {
        return dimensionFixed;
    }

    public ReadOnlyBooleanProperty hasSessionProperty() {
        return hasSession;
    }

    public Optional<Element> onlyElement() {
        return onlyElement;
    }

    public ObservableList<GapRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public void clearNotice() {
        notice.set(null);
    }
}

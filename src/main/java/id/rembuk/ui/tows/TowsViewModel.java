package id.rembuk.ui.tows;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Ids;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Labels;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.Strategy;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.tows.TowsMatrix.Card;
import id.rembuk.ui.tows.TowsMatrix.Entry;
import id.rembuk.ui.tows.TowsMatrix.Link;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import javafx.collections.ObservableSet;

/**
 * The TOWS matrix of one dimension on the laptop: the four cells of strategies, the board's cards
 * beside them, the links read both ways (a selected strategy lights its cards, a selected card its
 * strategies), and the editor that writes a strategy with the cards it combines. Every write is
 * one {@link Action}; an edit writes only the fields that changed, so two laptops editing the text
 * and the links of one strategy merge without a conflict.
 */
public final class TowsViewModel {
    private final ObservableValue<SessionState> state;
    private final ObservableValue<SessionInfo> info;
    private final Consumer<Action> apply;

    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.GOV);
    private final BooleanProperty hasSession = new SimpleBooleanProperty(false);
    private final BooleanProperty elementStage = new SimpleBooleanProperty(false);
    private final ObjectProperty<TowsMatrix> matrix = new SimpleObjectProperty<>(TowsMatrix.empty(Dimension.GOV));
    private final Map<SwotItem.Quadrant, ObservableList<Card>> cards = new EnumMap<>(SwotItem.Quadrant.class);
    private final Map<Strategy.Type, ObservableList<Entry>> cells = new EnumMap<>(Strategy.Type.class);
    private final ObservableList<Entry> strategies = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty dimensionLabel = new SimpleStringProperty("");

    private final ObjectProperty<String> selectedStrategy = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selectedCard = new SimpleObjectProperty<>();
    private final ObservableSet<String> litCards = FXCollections.observableSet();
    private final ObservableSet<String> litStrategies = FXCollections.observableSet();
    private final StringProperty selectionText = new SimpleStringProperty("");

    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> editingId = new SimpleObjectProperty<>();
    private final ObjectProperty<Strategy.Type> draftType = new SimpleObjectProperty<>(Strategy.Type.SO);
    private final StringProperty draftText = new SimpleStringProperty("");
    private final ObservableList<String> draftLinks = FXCollections.observableArrayList();
    private final ObservableList<Card> draftInternal = FXCollections.observableArrayList();
    private final ObservableList<Card> draftExternal = FXCollections.observableArrayList();
    private final StringProperty hint = new SimpleStringProperty("");
    /** Read-only views made once: a view listens to them weakly, so they must live as long as this model. */
    private final Map<SwotItem.Quadrant, ObservableList<Card>> cardsView = new EnumMap<>(SwotItem.Quadrant.class);
    private final Map<Strategy.Type, ObservableList<Entry>> cellsView = new EnumMap<>(Strategy.Type.class);
    private final ObservableList<Entry> strategiesView = FXCollections.unmodifiableObservableList(strategies);
    private final ObservableSet<String> litCardsView = FXCollections.unmodifiableObservableSet(litCards);
    private final ObservableSet<String> litStrategiesView = FXCollections.unmodifiableObservableSet(litStrategies);
    private final ObservableList<String> draftLinksView = FXCollections.unmodifiableObservableList(draftLinks);
    private final ObservableList<Card> draftInternalView = FXCollections.unmodifiableObservableList(draftInternal);
    private final ObservableList<Card> draftExternalView = FXCollections.unmodifiableObservableList(draftExternal);

    /**
     * The last place handed out per cell: the write reaches the state after the next save may come,
     * and two strategies saved quickly must not share a place.
     */
    private final Map<String, Integer> issued = new HashMap<>();
    private final TowsMatrix.Reader reader = new TowsMatrix.Reader();

    /**
     * @param state the open session's state, null when none is open
     * @param info  the open session's facts (its stage), null when none is open
     * @param apply commits one action to the open session (the shell's {@code apply})
     */
    public TowsViewModel(ObservableValue<SessionState> state, ObservableValue<SessionInfo> info,
                         Consumer<Action> apply) {
        this.state = state;
        this.info = info;
        this.apply = apply;
        for (SwotItem.Quadrant q : SwotItem.Quadrant.values()) {
            cards.put(q, FXCollections.observableArrayList());
            cardsView.put(q, FXCollections.unmodifiableObservableList(cards.get(q)));
        }
        for (Strategy.Type t : Strategy.Type.values()) {
            cells.put(t, FXCollections.observableArrayList());
            cellsView.put(t, FXCollections.unmodifiableObservableList(cells.get(t)));
        }
        state.addListener((o, old, s) -> refresh());
        info.addListener((o, old, i) -> refresh());
        dimension.addListener((o, old, d) -> {
            cancel();
            selectedCard.set(null);
            selectedStrategy.set(null);
            refresh();
        });
        draftType.addListener((o, old, t) -> draftTypeChanged());
        draftText.addListener((o, old, t) -> hint.set(""));
        selectedStrategy.addListener((o, old, id) -> {
            if (id != null) {
                selectedCard.set(null);
            }
            updateSelection();
        });
        selectedCard.addListener((o, old, id) -> {
            if (id != null) {
                selectedStrategy.set(null);
            }
            updateSelection();
        });
        refresh();
    }

    public TowsViewModel(ShellViewModel shell) {
        this(shell.stateProperty(), shell.infoProperty(), shell::apply);
    }

    private void refresh() {
        refresh(false);
    }

    /** @param always also when the matrix is the same (the words change with the language) */
    private void refresh(boolean always) {
        SessionState s = state.getValue();
        SessionInfo i = info.getValue();
        hasSession.set(s != null);
        elementStage.set(i != null && i.stage() == Stage.I);
        TowsMatrix m = reader.read(s, dimension.get());
        if (m == matrix.get() && !always) {
            // a write elsewhere in the session: nothing here changed
            return;
        }
        matrix.set(m);
        for (SwotItem.Quadrant q : SwotItem.Quadrant.values()) {
            setIfChanged(cards.get(q), m.cards(q));
        }
        for (Strategy.Type t : Strategy.Type.values()) {
            setIfChanged(cells.get(t), m.strategies(t));
        }
        setIfChanged(strategies, m.strategies());
        dimensionLabel.set((s == null ? Labels.defaults() : Labels.of(s)).dimension(dimension.get(), Messages.locale()));
        long cardCount = java.util.Arrays.stream(SwotItem.Quadrant.values()).mapToLong(q -> m.cards(q).size()).sum();
        summary.set(s == null ? "" : Messages.get("tows.summary", m.strategies().size(), cardCount,
                m.unusedCards(), m.misfitLinks()));
        if (selectedStrategy.get() != null && m.strategy(selectedStrategy.get()).isEmpty()) {
            selectedStrategy.set(null);
        }
        if (selectedCard.get() != null && m.card(selectedCard.get()).isEmpty()) {
            selectedCard.set(null);
        }
        updateSelection();
        updateDraftChoices();
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    /** What the selection lights up: a strategy's cards, or the strategies that use a card. */
    private void updateSelection() {
        TowsMatrix m = matrix.get();
        Set<String> cardsNow = new LinkedHashSet<>();
        Set<String> strategiesNow = new LinkedHashSet<>();
        String text = "";
        Optional<Entry> strategy = m.strategy(selectedStrategy.get());
        Optional<Card> card = m.card(selectedCard.get());
        if (strategy.isPresent()) {
            Entry e = strategy.get();
            cardsNow.addAll(e.strategy().swotItems());
            strategiesNow.add(e.id());
            List<String> refs = e.links().stream().map(l -> l.ref().isEmpty() ? "?" : l.ref()).toList();
            text = refs.isEmpty() ? Messages.get("tows.selection.strategyNoCards", e.ref())
                    : Messages.get("tows.selection.strategy", e.ref(), String.join(", ", refs));
        } else if (card.isPresent()) {
            Card c = card.get();
            cardsNow.add(c.id());
            strategiesNow.addAll(c.usedBy());
            List<String> refs = c.usedBy().stream().map(id -> m.strategy(id).map(Entry::ref).orElse("?")).toList();
            text = refs.isEmpty() ? Messages.get("tows.selection.cardUnused", c.ref())
                    : Messages.get("tows.selection.card", c.ref(), String.join(", ", refs));
        }
        if (!litCards.equals(cardsNow)) {
            litCards.retainAll(cardsNow);
            litCards.addAll(cardsNow);
        }
        if (!litStrategies.equals(strategiesNow)) {
            litStrategies.retainAll(strategiesNow);
            litStrategies.addAll(strategiesNow);
        }
        selectionText.set(text);
    }

    // ---- the editor

    /** Opens the editor for a new strategy in a cell; the cards it may combine are offered, most dots first. */
    public void startNew(Strategy.Type type) {
        editingId.set(null);
        draftLinks.clear();
        draftType.set(type);
        draftText.set("");
        // a card selected on the board is the natural first link of the strategy written from it
        matrix.get().card(selectedCard.get()).filter(c -> type.uses(c.item().quadrant()))
                .ifPresent(c -> draftLinks.add(c.id()));
        hint.set("");
        editing.set(true);
        updateDraftChoices();
    }

    /** Opens the editor on a strategy: its text, type and links as they are. */
    public boolean startEdit(String strategyId) {
        Optional<Entry> e = matrix.get().strategy(strategyId);
        if (e.isEmpty()) {
            return false;
        }
        editingId.set(strategyId);
        draftType.set(e.get().type());
        draftText.set(e.get().strategy().text());
        draftLinks.setAll(e.get().strategy().swotItems());
        hint.set("");
        editing.set(true);
        updateDraftChoices();
        return true;
    }

    public void cancel() {
        editing.set(false);
        editingId.set(null);
        draftText.set("");
        draftLinks.clear();
        hint.set("");
    }

    /** Adds a card to the strategy being written, or takes it off. */
    public void toggleLink(String cardId) {
        if (!draftLinks.remove(cardId)) {
            draftLinks.add(cardId);
        }
    }

    /** Another type combines other quadrants: links to cards it does not combine are dropped. */
    private void draftTypeChanged() {
        Strategy.Type t = draftType.get();
        TowsMatrix m = matrix.get();
        draftLinks.removeIf(id -> m.card(id).map(c -> !t.uses(c.item().quadrant())).orElse(false));
        updateDraftChoices();
    }

    private void updateDraftChoices() {
        Strategy.Type t = draftType.get();
        TowsMatrix m = matrix.get();
        setIfChanged(draftInternal, m.cards(internal(t)));
        setIfChanged(draftExternal, m.cards(external(t)));
    }

    static SwotItem.Quadrant internal(Strategy.Type t) {
        return t == Strategy.Type.SO || t == Strategy.Type.ST ? SwotItem.Quadrant.S : SwotItem.Quadrant.W;
    }

    static SwotItem.Quadrant external(Strategy.Type t) {
        return t == Strategy.Type.SO || t == Strategy.Type.WO ? SwotItem.Quadrant.O : SwotItem.Quadrant.T;
    }

    /**
     * Writes the strategy being edited, as one action. A new one goes to the end of its cell; an
     * edit writes only what changed (a new type also gives it a place at the end of the new cell).
     *
     * @return false when nothing could be written (no text, no session); the hint says why
     */
    public boolean save() {
        if (!editing.get() || state.getValue() == null) {
            return false;
        }
        String text = draftText.get() == null ? "" : draftText.get().strip();
        if (text.isEmpty()) {
            hint.set(Messages.get("tows.hint.textRequired"));
            return false;
        }
        Dimension d = dimension.get();
        Strategy.Type type = draftType.get();
        List<String> links = List.copyOf(draftLinks);
        Optional<Entry> old = matrix.get().strategy(editingId.get());
        try {
            if (old.isEmpty()) {
                int order = place(type);
                Strategy s = new Strategy(Ids.random(), d, type, text, links, order);
                String ref = type.name() + (matrix.get().strategies(type).size() + 1);
                apply.accept(new Action(Messages.get("tows.action.add", ref), s.toEdits()));
                selectedStrategy.set(s.id());
            } else {
                Strategy before = old.get().strategy();
                // the constructor checks the new values the same way a new strategy is checked
                new Strategy(before.id(), d, type, text, links, before.order());
                List<Edit> edits = new ArrayList<>();
                String kind = EntityKind.STRATEGY.code();
                if (!before.text().equals(text)) {
                    edits.add(Edit.set(kind, before.id(), Strategy.F_TEXT, text));
                }
                if (!before.swotItems().equals(links)) {
                    edits.add(Edit.set(kind, before.id(), Strategy.F_SWOT_ITEMS, String.join("\n", links)));
                }
                if (before.type() != type) {
                    edits.add(Edit.set(kind, before.id(), Strategy.F_TYPE, type.name()));
                    edits.add(Edit.set(kind, before.id(), Strategy.F_ORDER, Integer.toString(place(type))));
                }
                if (!edits.isEmpty()) {
                    apply.accept(new Action(Messages.get("tows.action.edit", old.get().ref()), edits));
                }
                selectedStrategy.set(before.id());
            }
        } catch (InvalidValue e) {
            hint.set(Messages.get(e.key(), e.args()));
            return false;
        }
        cancel();
        return true;
    }

    /** The next place at the end of a cell, never one handed out already. */
    private int place(Strategy.Type type) {
        String key = dimension.get() + "/" + type;
        int order = Math.max(matrix.get().nextOrder(type), issued.getOrDefault(key, 0) + 1);
        issued.put(key, order);
        return order;
    }

    // ---- acting on a strategy

    /** Deletes a strategy; the shell's undo brings it back with its links. */
    public void delete(String strategyId) {
        matrix.get().strategy(strategyId).ifPresent(e -> {
            if (strategyId.equals(editingId.get())) {
                cancel();
            }
            apply.accept(Action.of(Messages.get("tows.action.delete", e.ref()),
                    Edit.delete(EntityKind.STRATEGY.code(), strategyId)));
        });
    }

    /**
     * Moves a strategy up ({@code -1}) or down ({@code +1}) in its cell. The cell is numbered again
     * from 1 and only the places that change are written.
     *
     * @return true if it moved
     */
    public boolean move(String strategyId, int delta) {
        Optional<Entry> e = matrix.get().strategy(strategyId);
        if (e.isEmpty()) {
            return false;
        }
        List<Entry> cell = new ArrayList<>(matrix.get().strategies(e.get().type()));
        int from = cell.indexOf(e.get());
        int to = from + Integer.signum(delta);
        if (from < 0 || to < 0 || to >= cell.size()) {
            return false;
        }
        cell.add(to, cell.remove(from));
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < cell.size(); i++) {
            Strategy s = cell.get(i).strategy();
            if (s.order() != i + 1) {
                edits.add(Edit.set(EntityKind.STRATEGY.code(), s.id(), Strategy.F_ORDER, Integer.toString(i + 1)));
            }
        }
        String key = dimension.get() + "/" + e.get().type();
        issued.put(key, Math.max(issued.getOrDefault(key, 0), cell.size()));
        apply.accept(new Action(Messages.get("tows.action.move", e.get().ref()), edits));
        return true;
    }

    /**
     * Mends a strategy's links that no longer fit: a link to a merged card follows it to the card it
     * was merged into; a link to a deleted card or to a card the type does not combine is dropped.
     *
     * @return true if something was written
     */
    public boolean mendLinks(String strategyId) {
        Optional<Entry> e = matrix.get().strategy(strategyId);
        if (e.isEmpty() || e.get().misfits().isEmpty()) {
            return false;
        }
        Strategy.Type t = e.get().type();
        List<String> mended = new ArrayList<>();
        for (Link l : e.get().links()) {
            String id = l.cardId();
            if (l.problem().equals(Optional.of(TowsMatrix.Problem.MERGED)) && !l.mergedInto().isEmpty()) {
                id = l.mergedInto();
            } else if (!l.fits()) {
                continue;
            }
            String keep = id;
            if (matrix.get().card(keep).map(c -> t.uses(c.item().quadrant())).orElse(false)
                    && !mended.contains(keep)) {
                mended.add(keep);
            }
        }
        apply.accept(Action.of(Messages.get("tows.action.mend", e.get().ref()), Edit.set(EntityKind.STRATEGY.code(),
                strategyId, Strategy.F_SWOT_ITEMS, mended.isEmpty() ? null : String.join("\n", mended))));
        return true;
    }

    // ---- properties

    /** The dimension shown; a group's laptop fixes it to the group's. */
    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    /** The dimension's name as the session words it ("Smart Governance"). */
    public ReadOnlyStringProperty dimensionLabelProperty() {
        return dimensionLabel;
    }

    public ReadOnlyBooleanProperty hasSessionProperty() {
        return hasSession;
    }

    /** Tahap I writes SWOT per element; TOWS is per dimension from Tahap II on, and the screen says so. */
    public ReadOnlyBooleanProperty elementStageProperty() {
        return elementStage;
    }

    public ReadOnlyObjectProperty<TowsMatrix> matrixProperty() {
        return matrix;
    }

    /** The board's cards of one quadrant, most dots first. */
    public ObservableList<Card> cards(SwotItem.Quadrant q) {
        return cardsView.get(q);
    }

    /** The strategies of one cell, in their order. */
    public ObservableList<Entry> cell(Strategy.Type t) {
        return cellsView.get(t);
    }

    /** All strategies of the dimension in matrix order (SO, ST, WO, WT): what the programme sheets build on. */
    public ObservableList<Entry> strategies() {
        return strategiesView;
    }

    /** "7 strategi · 18 kartu, 5 belum dipakai · 1 tautan perlu dicek". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObjectProperty<String> selectedStrategyProperty() {
        return selectedStrategy;
    }

    public ObjectProperty<String> selectedCardProperty() {
        return selectedCard;
    }

    /** Cards lit by the selection: the selected strategy's, or the selected card. */
    public ObservableSet<String> litCards() {
        return litCardsView;
    }

    /** Strategies lit by the selection: those that use the selected card, or the selected strategy. */
    public ObservableSet<String> litStrategies() {
        return litStrategiesView;
    }

    /** The selection in words: "SO1 memadukan S1, O2" or "S3 dipakai oleh SO1, WT2". */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing;
    }

    /** The strategy being edited; null while writing a new one. */
    public ReadOnlyObjectProperty<String> editingIdProperty() {
        return editingId;
    }

    public ObjectProperty<Strategy.Type> draftTypeProperty() {
        return draftType;
    }

    public StringProperty draftTextProperty() {
        return draftText;
    }

    /** Ids of the cards the strategy being written combines, in the order they were picked. */
    public ObservableList<String> draftLinks() {
        return draftLinksView;
    }

    /** The cards the draft's type may combine from inside (S or W), most dots first. */
    public ObservableList<Card> draftInternal() {
        return draftInternalView;
    }

    /** The cards the draft's type may combine from outside (O or T), most dots first. */
    public ObservableList<Card> draftExternal() {
        return draftExternalView;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    /** Words formatted here are made again in the new language. */
    public void refreshText() {
        refresh(true);
    }
}

package id.rembuk.ui.vision;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Ids;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Keyword;
import id.rembuk.domain.Records;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Vision;
import id.rembuk.domain.Vote;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.tows.RecordCache;
import id.rembuk.ui.vision.SourceCards.Board;
import id.rembuk.ui.vision.SourceCards.Card;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The keyword board: the SWOT cards of every board (most dots first, filtered by board and
 * quadrant), and the keywords for the vision drawn from them. Pick cards and make a keyword of
 * them, or type one freely; keywords are renamed, merged, moved and deleted, each as one
 * {@link Action}. A rename or merge also rewrites the keyword in the vision drafts that carry it,
 * in the same action, so undo takes both back.
 */
public final class KeywordBoardViewModel {
    /** A keyword beyond this many characters is a sentence, not a key word. */
    static final int DRAWN_MAX = 60;

    private final ObservableValue<SessionState> state;
    private final Consumer<Action> apply;

    private final ObjectProperty<Board> board = new SimpleObjectProperty<>(Board.ALL);
    private final ObjectProperty<SwotItem.Quadrant> quadrant = new SimpleObjectProperty<>();
    private final ObservableList<Board> boards = FXCollections.observableArrayList(Board.ALL);
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ObservableList<String> chosenCards = FXCollections.observableArrayList();
    private final StringProperty keywordText = new SimpleStringProperty("");
    private final ObservableList<Keyword> keywords = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedKeyword = new SimpleObjectProperty<>();
    private final ObservableSet<String> litCards = FXCollections.observableSet();
    private final StringProperty hint = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");

    private final ObservableList<Board> boardsView = FXCollections.unmodifiableObservableList(boards);
    private final ObservableList<Card> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ObservableList<Keyword> keywordsView = FXCollections.unmodifiableObservableList(keywords);
    private final ObservableSet<String> litView = FXCollections.unmodifiableObservableSet(litCards);
    private final ObservableList<String> chosenView = FXCollections.unmodifiableObservableList(chosenCards);

    private List<Card> allCards = List.of();
    private final RecordCache<Keyword> keywordCache = new RecordCache<>(EntityKind.KEYWORD, Keyword::from);
    private final RecordCache<SwotItem> itemCache = new RecordCache<>(EntityKind.SWOT_ITEM, SwotItem::from);
    private final RecordCache<Vote> voteCache = new RecordCache<>(EntityKind.VOTE, Vote::from);
    /** The last place handed out: a write reaches the state later than the next Enter may come. */
    private int issued;

    public KeywordBoardViewModel(ObservableValue<SessionState> state, Consumer<Action> apply) {
        this.state = state;
        this.apply = apply;
        state.addListener((o, old, s) -> refresh());
        board.addListener((o, old, b) -> filter());
        quadrant.addListener((o, old, q) -> filter());
        selectedKeyword.addListener((o, old, k) -> light());
        keywordText.addListener((o, old, t) -> hint.set(""));
        refresh();
    }

    private void refresh() {
        refresh(false);
    }

    private void refresh(boolean always) {
        SessionState s = state.getValue();
        boolean changed = keywordCache.update(s) | itemCache.update(s) | voteCache.update(s);
        if (!changed && !always && s != null) {
            return; // a write elsewhere in the session
        }
        List<Keyword> now = keywordCache.records().stream()
                .sorted(Comparator.comparingInt(Keyword::order).thenComparing(Keyword::id)).toList();
        if (!keywords.equals(now)) {
            keywords.setAll(now);
        }
        allCards = s == null ? List.of() : SourceCards.read(itemCache.records(), voteCache.records(), now);
        List<Board> b = SourceCards.boards(allCards);
        if (!boards.equals(b)) {
            boards.setAll(b);
        }
        if (!boards.contains(board.get())) {
            board.set(Board.ALL);
        }
        if (selectedKeyword.get() != null && now.stream().noneMatch(k -> k.id().equals(selectedKeyword.get()))) {
            selectedKeyword.set(null);
        }
        summary.set(s == null ? "" : Messages.get("vision.keywords.summary", now.size(), allCards.size(),
                allCards.stream().filter(c -> !c.keywords().isEmpty()).count()));
        filter();
    }

    private void filter() {
        SwotItem.Quadrant q = quadrant.get();
        List<Card> shown = allCards.stream().filter(c -> board.get().holds(c.item())
                && (q == null || c.item().quadrant() == q)).toList();
        if (!cards.equals(shown)) {
            cards.setAll(shown);
        }
        light();
    }

    /** The selected keyword lights the cards it was drawn from. */
    private void light() {
        Set<String> lit = keywords.stream().filter(k -> k.id().equals(selectedKeyword.get())).findFirst()
                .map(k -> Set.copyOf(k.swotItems())).orElse(Set.of());
        if (!litCards.equals(lit)) {
            litCards.retainAll(lit);
            litCards.addAll(lit);
        }
    }

    /** Cards picked in the list (the view keeps this in step with its selection). */
    public void choose(List<String> cardIds) {
        if (!chosenCards.equals(cardIds)) {
            chosenCards.setAll(cardIds);
        }
    }

    /**
     * Makes a keyword of what was typed, drawn from the chosen cards; with nothing typed, of the
     * first chosen card's opening words (rename it with F2).
     *
     * @return false when there is nothing to make a keyword of; the hint says why
     */
    public boolean add() {
        if (state.getValue() == null) {
            return false;
        }
        String typed = keywordText.get() == null ? "" : keywordText.get().strip();
        List<String> from = List.copyOf(chosenCards);
        if (typed.isEmpty()) {
            Optional<Card> first = allCards.stream().filter(c -> !from.isEmpty() && c.id().equals(from.get(0)))
                    .findFirst();
            if (first.isEmpty()) {
                hint.set(Messages.get("vision.keywords.hint.empty"));
                return false;
            }
            typed = drawn(first.get().item().text());
        }
        String text = typed;
        Optional<Keyword> same = keywords.stream().filter(k -> k.text().equalsIgnoreCase(text)).findFirst();
        try {
            if (same.isPresent()) {
                // the same word again: its cards join the one already on the board
                List<String> merged = union(same.get().swotItems(), from);
                if (!merged.equals(same.get().swotItems())) {
                    apply.accept(Action.of(Messages.get("vision.action.keywordCards", same.get().text()),
                            Edit.set(EntityKind.KEYWORD.code(), same.get().id(), Keyword.F_SWOT_ITEMS,
                                    String.join("\n", merged))));
                }
                selectedKeyword.set(same.get().id());
            } else {
                int order = Math.max(issued, keywords.stream().mapToInt(Keyword::order).max().orElse(0)) + 1;
                Keyword k = new Keyword(Ids.random(), text, from, order);
                issued = order;
                apply.accept(new Action(Messages.get("vision.action.keywordAdd", k.text()), k.toEdits()));
                selectedKeyword.set(k.id());
            }
        } catch (InvalidValue e) {
            hint.set(Messages.get(e.key(), e.args()));
            return false;
        }
        keywordText.set("");
        return true;
    }

    /** The opening words of a card, cut at a word before {@link #DRAWN_MAX} characters. */
    static String drawn(String cardText) {
        String t = cardText.strip().replace('\n', ' ');
        if (t.length() > DRAWN_MAX) {
            int cut = t.lastIndexOf(' ', DRAWN_MAX);
            t = t.substring(0, cut > 10 ? cut : DRAWN_MAX);
        }
        return t.replaceAll("[\\s.,;:!?]+$", "");
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The chosen cards join a keyword already on the board. */
    public boolean addCardsTo(String keywordId) {
        Optional<Keyword> k = keyword(keywordId);
        if (k.isEmpty() || chosenCards.isEmpty()) {
            return false;
        }
        List<String> merged = union(k.get().swotItems(), chosenCards);
        if (merged.equals(k.get().swotItems())) {
            return false;
        }
        apply.accept(Action.of(Messages.get("vision.action.keywordCards", k.get().text()),
                Edit.set(EntityKind.KEYWORD.code(), keywordId, Keyword.F_SWOT_ITEMS, String.join("\n", merged))));
        return true;
    }

    /** Renames a keyword, and the drafts of the vision that carry it. */
    public boolean rename(String keywordId, String newText) {
        Optional<Keyword> k = keyword(keywordId);
        String text = newText == null ? "" : newText.strip().replace('\n', ' ');
        if (k.isEmpty() || text.equals(k.get().text())) {
            return false;
        }
        try {
            new Keyword(keywordId, text, List.of(), 0);
        } catch (InvalidValue e) {
            hint.set(Messages.get(e.key(), e.args()));
            return false;
        }
        List<Edit> edits = new ArrayList<>();
        edits.add(Edit.set(EntityKind.KEYWORD.code(), keywordId, Keyword.F_TEXT, text));
        edits.addAll(rewriteVisions(Set.of(k.get().text()), text));
        apply.accept(new Action(Messages.get("vision.action.keywordRename", k.get().text(), text), edits));
        return true;
    }

    /**
     * Merges keywords that say the same thing into the first of them (in board order): it keeps its
     * text and gains their cards; the others are deleted, and drafts carrying them carry it instead.
     */
    public boolean merge(List<String> keywordIds) {
        List<Keyword> chosen = keywords.stream().filter(k -> keywordIds.contains(k.id())).toList();
        if (chosen.size() < 2) {
            return false;
        }
        Keyword keep = chosen.get(0);
        List<String> sources = new ArrayList<>(keep.swotItems());
        Set<String> gone = new LinkedHashSet<>();
        List<Edit> edits = new ArrayList<>();
        for (Keyword k : chosen.subList(1, chosen.size())) {
            sources = union(sources, k.swotItems());
            gone.add(k.text());
            edits.add(Edit.delete(EntityKind.KEYWORD.code(), k.id()));
        }
        if (!sources.equals(keep.swotItems())) {
            edits.add(0, Edit.set(EntityKind.KEYWORD.code(), keep.id(), Keyword.F_SWOT_ITEMS,
                    String.join("\n", sources)));
        }
        edits.addAll(rewriteVisions(gone, keep.text()));
        apply.accept(new Action(Messages.get("vision.action.keywordMerge", chosen.size(), keep.text()), edits));
        selectedKeyword.set(keep.id());
        return true;
    }

    /** Drafts that carry one of {@code old} carry {@code now} instead (once). */
    private List<Edit> rewriteVisions(Set<String> old, String now) {
        List<Edit> edits = new ArrayList<>();
        for (Vision v : Records.read(state.getValue(), EntityKind.VISION, Vision::from).records()) {
            if (v.keywords().stream().noneMatch(old::contains)) {
                continue;
            }
            Set<String> next = new LinkedHashSet<>();
            v.keywords().forEach(w -> next.add(old.contains(w) ? now : w));
            edits.add(Edit.set(EntityKind.VISION.code(), v.id(), Vision.F_KEYWORDS, String.join("\n", next)));
        }
        return edits;
    }

    public boolean move(String keywordId, int delta) {
        List<Keyword> list = new ArrayList<>(keywords);
        int from = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(keywordId)) {
                from = i;
            }
        }
        int to = from + Integer.signum(delta);
        if (from < 0 || to < 0 || to >= list.size()) {
            return false;
        }
        Keyword k = list.get(from);
        list.add(to, list.remove(from));
        apply.accept(new Action(Messages.get("vision.action.keywordMove", k.text()),
                Ordering.renumber(EntityKind.KEYWORD, list, Keyword::id, Keyword::order, Keyword.F_ORDER)));
        issued = Math.max(issued, list.size());
        return true;
    }

    /** Deletes a keyword; undo brings it back with its cards. Drafts keep the word they carry. */
    public void delete(String keywordId) {
        keyword(keywordId).ifPresent(k -> apply.accept(Action.of(Messages.get("vision.action.keywordDelete",
                k.text()), Edit.delete(EntityKind.KEYWORD.code(), keywordId))));
    }

    private Optional<Keyword> keyword(String id) {
        return keywords.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public ObjectProperty<Board> boardProperty() {
        return board;
    }

    /** Show one quadrant's cards; null shows all four. */
    public ObjectProperty<SwotItem.Quadrant> quadrantProperty() {
        return quadrant;
    }

    /** "Semua papan" and each board holding cards. */
    public ObservableList<Board> boards() {
        return boardsView;
    }

    /** The cards the filters let through, most dots first. */
    public ObservableList<Card> cards() {
        return cardsView;
    }

    public ObservableList<String> chosenCards() {
        return chosenView;
    }

    public StringProperty keywordTextProperty() {
        return keywordText;
    }

    /** The keywords in board order. */
    public ObservableList<Keyword> keywords() {
        return keywordsView;
    }

    public ObjectProperty<String> selectedKeywordProperty() {
        return selectedKeyword;
    }

    /** The cards the selected keyword was drawn from. */
    public ObservableSet<String> litCards() {
        return litView;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    /** "6 kata kunci dari 14 kartu (9 sudah diambil)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public void refreshText() {
        refresh(true);
    }
}

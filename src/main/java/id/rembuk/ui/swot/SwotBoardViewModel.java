package id.rembuk.ui.swot;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.SwotItem.Quadrant;
import id.rembuk.domain.VoteTally;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.board.BoardRows;
import id.rembuk.ui.conflicts.Origins;
import id.rembuk.ui.shell.ShellViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
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
 * A SWOT board of the open session: one per dimension (Tahap II on) or per readiness element (Tahap I),
 * four quadrants of cards, clusters, merging, dot voting, and private writing. Every user step is
 * one {@link Action} with a label in the user's language, so the shell's undo takes it back whole;
 * editing one field of a card writes that field only, so two laptops editing different fields of
 * one card merge without conflict. Needs no toolkit: tests drive it on a real session.
 *
 * <p>Two kinds: the facilitator's (any board, writes as the plenary or a chosen group, runs the
 * voting rounds) and a group's (its own board, writes and votes as that group).
 */
public final class SwotBoardViewModel {
    static final String PLENO_STYLE = "group-pleno";

    /** A choice in a list (a board, a writer, a voter). */
    public record Choice(String id, String label, String style) {
    }

    /** How many dots a voter has placed of the budget; shown in the voting strip. */
    public record VoterDots(String voter, String label, String style, int used, int budget) {
        public int left() {
            return Math.max(0, budget - used);
        }
    }

    /** One line of the round's result. */
    public record Ranked(int rank, SwotCard card, long dots) {
    }

    private final ObservableValue<SessionState> state;
    private final Origins origins;
    private final ObservableValue<SessionInfo> info;
    private final Consumer<Action> apply;
    /** The group whose laptop this is; null on the facilitator's screen. */
    private final String ownGroup;
    private final SwotScopes scopeChoice;

    private final BooleanProperty hasSession = new SimpleBooleanProperty(false);
    private final ObservableList<SwotScope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<SwotScope> scope = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final Map<Quadrant, ObservableList<SwotCard>> cards = new EnumMap<>(Quadrant.class);
    private final BooleanProperty concealed = new SimpleBooleanProperty(false);
    private final IntegerProperty round = new SimpleIntegerProperty(0);
    private final BooleanProperty roundOpen = new SimpleBooleanProperty(false);
    private final IntegerProperty budget = new SimpleIntegerProperty(5);
    private final ObjectProperty<SwotBoard.BudgetPer> budgetPer = new SimpleObjectProperty<>(SwotBoard.BudgetPer.GROUP);
    private final ObservableList<Choice> writers = FXCollections.observableArrayList();
    private final StringProperty writer = new SimpleStringProperty("");
    private final ObservableList<Choice> voters = FXCollections.observableArrayList();
    private final StringProperty voter = new SimpleStringProperty("");
    private final IntegerProperty remaining = new SimpleIntegerProperty(0);
    private final StringProperty remainingText = new SimpleStringProperty("");
    private final StringProperty votingStatus = new SimpleStringProperty("");
    private final ObservableList<VoterDots> voterDots = FXCollections.observableArrayList();
    private final StringProperty voterSummary = new SimpleStringProperty("");
    private final BooleanProperty sortByVotes = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Quadrant> plenoFocus = new SimpleObjectProperty<>();
    private final ObservableList<Ranked> results = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty(0);

    private SwotBoardData data;
    private final SwotVoting voting = new SwotVoting();
    private final CardEdits cardEdits = new CardEdits();
    private Map<String, SwotCard> byId = Map.of();
    private Map<String, String> groupLabels = Map.of();

    /**
     * @param state    the open session's state, null when none is open
     * @param info     the session's facts (its stage picks the boards), null when unknown
     * @param apply    commits one action (the shell's {@code apply})
     * @param ownGroup the group whose laptop this is, or null for the facilitator's screen
     */
    public SwotBoardViewModel(ObservableValue<SessionState> state, ObservableValue<SessionInfo> info,
                              Consumer<Action> apply, String ownGroup) {
        this.state = state;
        this.origins = new Origins(state);
        this.info = info;
        this.apply = apply;
        this.ownGroup = ownGroup == null || ownGroup.isBlank() ? null : ownGroup;
        this.scopeChoice = new SwotScopes(this.ownGroup);
        for (Quadrant q : Quadrant.values()) {
            cards.put(q, FXCollections.observableArrayList());
        }
        if (this.ownGroup != null) {
            writer.set(this.ownGroup);
        }
        state.addListener((o, old, s) -> update());
        info.addListener((o, old, i) -> update());
        scope.addListener((o, old, s) -> {
            message.set("");
            update();
        });
        voter.addListener((o, old, v) -> update());
        sortByVotes.addListener((o, old, v) -> update());
        update();
    }

    /** The facilitator's board. */
    public static SwotBoardViewModel facilitator(ShellViewModel shell) {
        SwotBoardViewModel m = new SwotBoardViewModel(shell.stateProperty(), shell.infoProperty(), shell::apply, null);
        m.origins.names(shell.replicasProperty());
        return m;
    }

    /** A group's board on its laptop. */
    public static SwotBoardViewModel forGroup(ShellViewModel shell, String groupId) {
        SwotBoardViewModel m = new SwotBoardViewModel(shell.stateProperty(), shell.infoProperty(), shell::apply,
                groupId);
        m.origins.names(shell.replicasProperty());
        return m;
    }

    /** Which group's laptop wrote a card and which changed it last ("" for none). */
    public String provenance(String cardId) {
        return origins.of(EntityKind.SWOT_ITEM.code(), cardId);
    }

    /** Texts again in the new language. */
    public void refresh() {
        update();
    }

    // ---- reading ----

    private SessionState st() {
        SessionState s = state.getValue();
        return s == null ? SessionState.empty() : s;
    }

    private void update() {
        SessionState s = state.getValue();
        hasSession.set(s != null);
        SessionState st = st();
        List<SwotScope> available = scopeChoice.available(st,
                info.getValue() == null ? Stage.II : info.getValue().stage());
        if (!scopes.equals(available)) {
            scopes.setAll(available);
        }
        if (scope.get() == null || !available.contains(scope.get())) {
            SwotScope first = available.isEmpty() ? null : available.get(0);
            if (first != null) {
                scope.set(first);
                return; // the scope listener updates again
            }
        }
        SwotScope sc = scope.get();
        if (sc == null) {
            data = null;
            cards.values().forEach(ObservableList::clear);
            byId = Map.of();
            total.set(0);
            return;
        }
        title.set(scopeTitle(sc));
        groupLabels = SwotScopes.groupLabels(st);
        data = SwotBoardData.read(st, sc);
        voting.settle(st);
        SwotBoard b = data.board;
        concealed.set(b.concealed());
        round.set(b.round());
        roundOpen.set(b.roundOpen());
        budget.set(b.budget());
        budgetPer.set(b.budgetPer());
        updateWriters(st);
        updateVoters(st);

        Map<String, Integer> dots = data.dots();
        Map<String, Integer> mine = voter.get().isEmpty() ? Map.of() : data.dotsOf(voter.get());
        Map<String, Integer> ranks = new HashMap<>();
        List<VoteTally.Line> tally = data.tally();
        tally.forEach(l -> ranks.put(l.swotItemId(), l.rank()));
        Map<String, List<SwotItem>> merged = data.merged();
        Map<String, SwotCard> all = new HashMap<>();
        int count = 0;
        for (Quadrant q : Quadrant.values()) {
            List<SwotCard> list = new ArrayList<>();
            for (SwotItem i : data.onBoard(q)) {
                SwotCard c = card(i, merged.getOrDefault(i.id(), List.of()), dots.getOrDefault(i.id(), 0),
                        mine.getOrDefault(i.id(), 0), ranks.getOrDefault(i.id(), 0));
                list.add(c);
                all.put(c.id(), c);
            }
            if (sortByVotes.get()) {
                list.sort(Comparator.comparingInt(SwotCard::dots).reversed());
            }
            List<SwotCard> shown = BoardRows.shownOrder(BoardRows.of(q.name(), list, SwotCard::id, SwotCard::cluster));
            count += shown.size();
            setIfChanged(cards.get(q), shown);
        }
        byId = all;
        total.set(count);
        List<Ranked> ranked = tally.stream().filter(l -> all.containsKey(l.swotItemId()))
                .map(l -> new Ranked(l.rank(), all.get(l.swotItemId()), l.dots())).toList();
        setIfChanged(results, ranked);
        updateVoting();
    }

    private SwotCard card(SwotItem i, List<SwotItem> merged, int dots, int mine, int rank) {
        String group = i.group();
        String label = group.isEmpty() ? Messages.get("swot.group.pleno") : groupLabels.getOrDefault(group, group);
        String style = group.isEmpty() ? PLENO_STYLE : "group-" + group;
        return new SwotCard(i.id(), i.quadrant(), i.text(), group, label, style, i.cluster(), i.order(),
                merged.stream().map(SwotItem::text).toList(), dots, mine, rank, !i.source().isEmpty());
    }

    /** "Smart Governance" (the session's wording if it has one), "Struktur". */
    public String scopeTitle(SwotScope sc) {
        return SwotScopes.title(st(), sc);
    }

    /** "GOV", "Struktur": the board's name on a tab. */
    public String scopeShort(SwotScope sc) {
        return SwotScopes.shortName(sc);
    }

    private void updateWriters(SessionState st) {
        List<Choice> out = scopeChoice.writers(st, groupLabels);
        setIfChanged(writers, out);
        if (out.stream().noneMatch(c -> c.id().equals(writer.get()))) {
            writer.set(out.get(0).id());
        }
    }

    private void updateVoters(SessionState st) {
        List<Choice> out = scopeChoice.voters(st, data.board.budgetPer(), groupLabels);
        setIfChanged(voters, out);
        boolean known = out.stream().anyMatch(c -> c.id().equals(voter.get()));
        if (!known) {
            // a group votes as itself; a person picks their own name first
            String first = ownGroup != null && data.board.budgetPer() == SwotBoard.BudgetPer.GROUP ? ownGroup : "";
            if (!Objects.equals(voter.get(), first)) {
                voter.set(first); // the voter listener updates again
            }
        }
    }

    private void updateVoting() {
        SwotBoard b = data.board;
        String per = Messages.get(b.budgetPer().messageKey());
        if (b.round() == 0) {
            votingStatus.set(Messages.get("swot.voting.none"));
        } else if (b.roundOpen()) {
            votingStatus.set(Messages.get("swot.voting.open", b.round(), b.budget(), per));
        } else {
            votingStatus.set(Messages.get("swot.voting.closed", b.round(), data.votes.size()));
        }
        String v = voter.get();
        int left = voting.left(data, v);
        remaining.set(left);
        if (!b.roundOpen()) {
            remainingText.set("");
        } else if (v.isEmpty()) {
            remainingText.set(Messages.get("swot.msg.noVoter"));
        } else {
            remainingText.set(Messages.get("swot.voting.left", left, b.budget()));
        }
        List<VoterDots> strip = new ArrayList<>();
        Map<String, Long> used = data.usedPerVoter();
        if (b.round() > 0 && b.budgetPer() == SwotBoard.BudgetPer.GROUP) {
            for (Choice c : voters) {
                strip.add(new VoterDots(c.id(), groupLabels.getOrDefault(c.id(), c.id()), c.style(),
                        (int) (long) used.getOrDefault(id.rembuk.domain.Score.scorerKey(c.id()), 0L), b.budget()));
            }
        }
        setIfChanged(voterDots, strip);
        voterSummary.set(b.round() > 0 && b.budgetPer() == SwotBoard.BudgetPer.PARTICIPANT
                ? Messages.get("swot.voting.people", used.size(), data.votes.size()) : "");
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    // ---- cards ----

    /** Writes a new card at the end of a quadrant, as the writer chosen; false when there is nothing to write. */
    public boolean add(Quadrant q, String text) {
        SwotScope sc = scope.get();
        if (state.getValue() == null || sc == null) {
            return false;
        }
        return run(cardEdits.add(data, sc, q, text, writer.get()));
    }

    /** Rewrites a card's text (that field only). */
    public boolean edit(String id, String text) {
        return run(cardEdits.edit(data, id, text));
    }

    /**
     * Whether a card may go to {@code index} of quadrant {@code q} (shown order, the card not
     * counted) in {@code cluster}. While sorted by dots the order is the dots', so a card may change
     * quadrant or cluster but not its place.
     */
    public boolean allowsMove(String id, Quadrant q, int index, String cluster) {
        SwotItem item = onBoardItem(id);
        if (item == null) {
            return false;
        }
        String why = CardEdits.refuseMove(item, q, cluster, sortByVotes.get());
        if (why != null) {
            message.set(why);
            return false;
        }
        return true;
    }

    /**
     * Moves a card: to another quadrant, another place, another cluster, in one action writing only
     * the fields that change.
     */
    public boolean move(String id, Quadrant q, int index, String cluster) {
        if (!allowsMove(id, q, index, cluster)) {
            return false;
        }
        return run(cardEdits.move(data, onBoardItem(id), q, index, cluster, sortByVotes.get(), shownItems(q)));
    }

    /** The quadrant's cards on the board as shown (by order, clusters gathered), as stored. */
    private List<SwotItem> shownItems(Quadrant q) {
        return cards.get(q).stream().map(c -> data.items.get(c.id())).filter(Objects::nonNull).toList();
    }

    /** Gives the cards one cluster title; those already in it stay as they are. */
    public boolean cluster(List<String> ids, String title) {
        return run(CardEdits.cluster(data, ids, title));
    }

    /** Renames a quadrant's cluster; an empty title dissolves it (the cards stay). */
    public boolean renameCluster(Quadrant q, String from, String to) {
        return run(CardEdits.renameCluster(data, q, from, to));
    }

    public boolean dissolveCluster(Quadrant q, String title) {
        return renameCluster(q, title, "");
    }

    /** Takes cards out of their clusters. */
    public boolean removeFromCluster(List<String> ids) {
        return run(CardEdits.removeFromCluster(data, ids));
    }

    /**
     * Merges cards that say the same thing into the first: the others leave the board but keep their
     * text (and their dots count for the first). Undo, or {@link #unmerge}, brings them back.
     */
    public boolean merge(List<String> ids) {
        return run(CardEdits.merge(data, ids));
    }

    /** Puts back on the board the cards merged directly into this one. */
    public boolean unmerge(String id) {
        return run(CardEdits.unmerge(data, id));
    }

    /** Deletes cards, with the cards merged into them; undo brings all back. Their dots go back to the voters. */
    public boolean delete(List<String> ids) {
        return run(CardEdits.delete(data, ids));
    }

    // ---- voting ----

    /** Opens the next round with a budget of dots per group or per participant (facilitator only). */
    public boolean openRound(int dots, SwotBoard.BudgetPer per) {
        SwotScope sc = scope.get();
        if (ownGroup != null || sc == null || state.getValue() == null) {
            return false;
        }
        return run(voting.openRound(data, sc, dots, per));
    }

    /** Closes the round: no more dots; the result stays on the board, ranked. */
    public boolean closeRound() {
        if (data == null || ownGroup != null) {
            return false;
        }
        return run(voting.closeRound(data));
    }

    /** Places one of the current voter's dots on a card; refused, with a message, beyond the budget. */
    public boolean vote(String cardId) {
        SwotItem item = onBoardItem(cardId);
        if (item == null || !run(voting.vote(data, item, voter.get(), this::voterName))) {
            return false;
        }
        updateVoting(); // the dots left count the one on its way
        return true;
    }

    /** Takes back one of the current voter's dots from a card. */
    public boolean unvote(String cardId) {
        SwotItem item = onBoardItem(cardId);
        if (item == null || !run(voting.unvote(data, st(), item, voter.get(), this::voterName))) {
            return false;
        }
        updateVoting();
        return true;
    }

    private String voterName(String v) {
        return voters.stream().filter(c -> c.id().equals(v)).map(Choice::label).findFirst().orElse(v);
    }

    // ---- private writing ----

    /** Private writing: the projector shows card backs until {@link #reveal}. */
    public boolean setConcealed(boolean on) {
        SwotBoard b = data == null ? null : data.board;
        if (ownGroup != null || b == null || b.concealed() == on || scope.get() == null || state.getValue() == null) {
            return false;
        }
        SwotBoard next = new SwotBoard(b.dimension(), b.element(), on, b.round(), b.roundOpen(), b.budget(),
                b.budgetPer());
        String board = scopeTitle(scope.get());
        return run(Step.of(Messages.get(on ? "swot.action.conceal" : "swot.action.reveal", board),
                data.boardEdits(next)));
    }

    public boolean reveal() {
        return setConcealed(false);
    }

    // ---- helpers ----

    /** Commits the step, or shows why it was refused; true when it went through. */
    private boolean run(Step step) {
        if (step.refusal() != null) {
            message.set(step.refusal());
            return false;
        }
        if (step.action() == null) {
            return false;
        }
        message.set("");
        apply.accept(step.action());
        return true;
    }

    private SwotItem onBoardItem(String id) {
        return data == null ? null : data.onBoardItem(id);
    }

    static String quadrantLabel(Quadrant q) {
        return Messages.get(q.messageKey());
    }

    /** A card's text cut for an undo label. */
    static String shortText(String t) {
        String one = t.replaceAll("\\s+", " ").strip();
        return one.length() <= 40 ? one : one.substring(0, 39).strip() + "…";
    }

    /** The card as shown now, if it is on the board. */
    public Optional<SwotCard> card(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    // ---- properties ----

    public ReadOnlyBooleanProperty hasSessionProperty() {
        return hasSession;
    }

    /** Boards to choose from, in the order to offer them. */
    public ObservableList<SwotScope> scopes() {
        return scopes;
    }

    public ObjectProperty<SwotScope> scopeProperty() {
        return scope;
    }

    /** The board's name: "Smart Governance", "Struktur". */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** A quadrant's cards on the board, in shown order (clusters gathered; by dots when sorted so). */
    public ObservableList<SwotCard> cards(Quadrant q) {
        return cards.get(q);
    }

    /** Cards on the board, all quadrants. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyBooleanProperty concealedProperty() {
        return concealed;
    }

    public ReadOnlyIntegerProperty roundProperty() {
        return round;
    }

    public ReadOnlyBooleanProperty roundOpenProperty() {
        return roundOpen;
    }

    public ReadOnlyIntegerProperty budgetProperty() {
        return budget;
    }

    public ReadOnlyObjectProperty<SwotBoard.BudgetPer> budgetPerProperty() {
        return budgetPer;
    }

    /** Who new cards are written as: a group id, or empty for the plenary. Fixed on a group's laptop. */
    public ObservableList<Choice> writers() {
        return writers;
    }

    public StringProperty writerProperty() {
        return writer;
    }

    /** Who may place dots: the groups, or the participants (a group's own members on its laptop). */
    public ObservableList<Choice> voters() {
        return voters;
    }

    public StringProperty voterProperty() {
        return voter;
    }

    /** The current voter's dots left in the open round. */
    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining;
    }

    public ReadOnlyStringProperty remainingTextProperty() {
        return remainingText;
    }

    /** "Putaran 1 dibuka · 5 titik per kelompok". */
    public ReadOnlyStringProperty votingStatusProperty() {
        return votingStatus;
    }

    /** Dots used per group (when the budget is per group). */
    public ObservableList<VoterDots> voterDots() {
        return voterDots;
    }

    /** "12 peserta memberi titik · 40 titik" (when the budget is per participant). */
    public ReadOnlyStringProperty voterSummaryProperty() {
        return voterSummary;
    }

    public BooleanProperty sortByVotesProperty() {
        return sortByVotes;
    }

    /** Why the last step was refused, in the user's language; empty when it went through. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The quadrant the projector shows alone, large; null for all four. */
    public ObjectProperty<Quadrant> plenoFocusProperty() {
        return plenoFocus;
    }

    /** The round shown, ranked by dots. */
    public ObservableList<Ranked> results() {
        return results;
    }

    /** Null on the facilitator's screen. */
    public String ownGroup() {
        return ownGroup;
    }
}

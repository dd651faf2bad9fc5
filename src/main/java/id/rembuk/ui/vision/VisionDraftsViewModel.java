package id.rembuk.ui.vision;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Ids;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Keyword;
import id.rembuk.domain.Vision;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.tows.RecordCache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The drafts of the vision and the one the plenary adopts. Each draft shows which keywords of
 * the board it carries and which it misses: a keyword is carried when the drafters ticked it or the
 * sentence says it. Adopting one draft un-adopts any other in the same action, so there is one
 * vision (two only after merging laptops that adopted different ones; the screen says so).
 */
public final class VisionDraftsViewModel {
    /** How a draft stands to one keyword of the board (or one it carries that left the board). */
    public enum Use {
        /** Ticked by the drafters and said by the sentence. */
        CARRIED,
        /** Ticked, but the sentence does not say it (yet). */
        TICKED,
        /** Said by the sentence, not ticked. */
        SAID,
        /** Neither: the draft misses it. */
        MISSED
    }

    /** @param onBoard false for a word a draft carries that is no longer on the keyword board */
    public record KeywordUse(String text, Use use, boolean onBoard) {
        public boolean carried() {
            return use != Use.MISSED;
        }
    }

    /** A draft with how it uses the board's keywords, in board order (then words no longer on the board). */
    public record Draft(Vision vision, String ref, List<KeywordUse> uses) {
        public Draft {
            uses = List.copyOf(uses);
        }

        public String id() {
            return vision.id();
        }

        public long carried() {
            return uses.stream().filter(u -> u.onBoard() && u.carried()).count();
        }

        public List<String> missed() {
            return uses.stream().filter(u -> u.use() == Use.MISSED).map(KeywordUse::text).toList();
        }
    }

    private final ObservableValue<SessionState> state;
    private final Consumer<Action> apply;
    private final ObservableList<Draft> drafts = FXCollections.observableArrayList();
    private final ObservableList<Draft> draftsView = FXCollections.unmodifiableObservableList(drafts);
    private final ObjectProperty<Draft> adopted = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final StringProperty newText = new SimpleStringProperty("");
    private final StringProperty hint = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private List<Keyword> keywords = List.of();
    private final RecordCache<Keyword> keywordCache = new RecordCache<>(EntityKind.KEYWORD, Keyword::from);
    private final RecordCache<Vision> visionCache = new RecordCache<>(EntityKind.VISION, Vision::from);
    private int issued;

    public VisionDraftsViewModel(ObservableValue<SessionState> state, Consumer<Action> apply) {
        this.state = state;
        this.apply = apply;
        state.addListener((o, old, s) -> refresh());
        newText.addListener((o, old, t) -> hint.set(""));
        refresh();
    }

    private void refresh() {
        refresh(false);
    }

    private void refresh(boolean always) {
        SessionState s = state.getValue();
        boolean changed = keywordCache.update(s) | visionCache.update(s);
        if (!changed && !always && s != null) {
            return; // a write elsewhere in the session
        }
        keywords = keywordCache.records().stream()
                .sorted(Comparator.comparingInt(Keyword::order).thenComparing(Keyword::id)).toList();
        List<Vision> visions = visionCache.records().stream()
                .sorted(Comparator.comparingInt(Vision::order).thenComparing(Vision::id)).toList();
        List<Draft> now = new ArrayList<>();
        for (int i = 0; i < visions.size(); i++) {
            now.add(draft(visions.get(i), Messages.get("vision.draft.ref", i + 1)));
        }
        if (!drafts.equals(now)) {
            drafts.setAll(now);
        }
        List<Draft> adoptedNow = now.stream().filter(d -> d.vision().adopted()).toList();
        adopted.set(adoptedNow.isEmpty() ? null : adoptedNow.get(0));
        warning.set(adoptedNow.size() > 1 ? Messages.get("vision.draft.twoAdopted",
                String.join(", ", adoptedNow.stream().map(Draft::ref).toList())) : "");
        if (selected.get() != null && now.stream().noneMatch(d -> d.id().equals(selected.get()))) {
            selected.set(null);
        }
    }

    private Draft draft(Vision v, String ref) {
        List<KeywordUse> uses = new ArrayList<>();
        Set<String> boardWords = new LinkedHashSet<>();
        for (Keyword k : keywords) {
            boardWords.add(k.text());
            uses.add(new KeywordUse(k.text(), use(v, k.text()), true));
        }
        for (String w : v.keywords()) {
            if (!boardWords.contains(w)) {
                uses.add(new KeywordUse(w, use(v, w), false));
            }
        }
        return new Draft(v, ref, uses);
    }

    private static Use use(Vision v, String word) {
        boolean ticked = v.keywords().contains(word);
        boolean said = KeywordMatch.says(v.text(), word);
        return ticked && said ? Use.CARRIED : ticked ? Use.TICKED : said ? Use.SAID : Use.MISSED;
    }

    /**
     * Writes a new draft from the text typed; the board's keywords its sentence says are ticked.
     *
     * @return false when nothing was typed (or no session)
     */
    public boolean add() {
        String text = newText.get() == null ? "" : newText.get().strip();
        if (state.getValue() == null) {
            return false;
        }
        if (text.isEmpty()) {
            hint.set(Messages.get("vision.draft.hint.empty"));
            return false;
        }
        List<String> said = keywords.stream().map(Keyword::text).filter(w -> KeywordMatch.says(text, w)).toList();
        int order = Math.max(issued, drafts.stream().mapToInt(d -> d.vision().order()).max().orElse(0)) + 1;
        try {
            Vision v = new Vision(Ids.random(), text, said, false, order);
            issued = order;
            apply.accept(new Action(Messages.get("vision.action.draftAdd"), v.toEdits()));
            selected.set(v.id());
        } catch (InvalidValue e) {
            hint.set(Messages.get(e.key(), e.args()));
            return false;
        }
        newText.set("");
        return true;
    }

    /** Writes only the sentence; the ticks stay. */
    public boolean editText(String visionId, String text) {
        Optional<Draft> d = draft(visionId);
        String t = text == null ? "" : text.strip();
        if (d.isEmpty() || t.isEmpty() || t.equals(d.get().vision().text())) {
            return false;
        }
        try {
            new Vision(visionId, t, List.of(), false, 0);
        } catch (InvalidValue e) {
            hint.set(Messages.get(e.key(), e.args()));
            return false;
        }
        apply.accept(Action.of(Messages.get("vision.action.draftEdit", d.get().ref()),
                Edit.set(EntityKind.VISION.code(), visionId, Vision.F_TEXT, t)));
        return true;
    }

    /** Ticks a keyword for a draft, or takes the tick off. */
    public void toggleKeyword(String visionId, String word) {
        draft(visionId).ifPresent(d -> {
            List<String> list = new ArrayList<>(d.vision().keywords());
            boolean on = !list.remove(word);
            if (on) {
                list.add(word);
            }
            apply.accept(Action.of(Messages.get(on ? "vision.action.tick" : "vision.action.untick", word, d.ref()),
                    Edit.set(EntityKind.VISION.code(), visionId, Vision.F_KEYWORDS,
                            list.isEmpty() ? null : String.join("\n", list))));
        });
    }

    /** The plenary agrees on this draft: it is adopted, and any other is not. */
    public void adopt(String visionId) {
        draft(visionId).filter(d -> !d.vision().adopted() || !warning.get().isEmpty()).ifPresent(d -> {
            List<Edit> edits = new ArrayList<>();
            edits.add(Edit.set(EntityKind.VISION.code(), visionId, Vision.F_ADOPTED, "1"));
            drafts.stream().filter(o -> o.vision().adopted() && !o.id().equals(visionId)).forEach(o ->
                    edits.add(Edit.set(EntityKind.VISION.code(), o.id(), Vision.F_ADOPTED, "0")));
            apply.accept(new Action(Messages.get("vision.action.adopt", d.ref()), edits));
        });
    }

    /** Back to a draft. */
    public void unadopt(String visionId) {
        draft(visionId).filter(d -> d.vision().adopted()).ifPresent(d -> apply.accept(Action.of(
                Messages.get("vision.action.unadopt", d.ref()),
                Edit.set(EntityKind.VISION.code(), visionId, Vision.F_ADOPTED, "0"))));
    }

    public boolean move(String visionId, int delta) {
        List<Draft> list = new ArrayList<>(drafts);
        int from = list.indexOf(draft(visionId).orElse(null));
        List<Draft> moved = Ordering.moved(list, from, delta);
        if (moved.isEmpty()) {
            return false;
        }
        apply.accept(new Action(Messages.get("vision.action.draftMove", list.get(from).ref()),
                Ordering.renumber(EntityKind.VISION, moved, Draft::id, d -> d.vision().order(), Vision.F_ORDER)));
        issued = Math.max(issued, moved.size());
        return true;
    }

    public void delete(String visionId) {
        draft(visionId).ifPresent(d -> apply.accept(Action.of(Messages.get("vision.action.draftDelete", d.ref()),
                Edit.delete(EntityKind.VISION.code(), visionId))));
    }

    private Optional<Draft> draft(String id) {
        return drafts.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public ObservableList<Draft> drafts() {
        return draftsView;
    }

    /** The adopted vision, null while none is. */
    public ReadOnlyObjectProperty<Draft> adoptedProperty() {
        return adopted;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public StringProperty newTextProperty() {
        return newText;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    /** Said when two drafts are adopted (merged from two laptops): pick one. */
    public ReadOnlyStringProperty warningProperty() {
        return warning;
    }

    public void refreshText() {
        refresh(true);
    }
}

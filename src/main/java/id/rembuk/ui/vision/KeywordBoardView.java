package id.rembuk.ui.vision;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Keyword;
import id.rembuk.domain.SwotItem;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.vision.SourceCards.Board;
import id.rembuk.ui.vision.SourceCards.Card;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The keyword board: the SWOT cards of every board on the left (pick one or more with the mouse or
 * Shift/Ctrl), the keyword field under them, and the keywords on the right. In the keyword list
 * F2 renames in place, Delete deletes, Alt+↑/↓ moves; select two or more to merge them.
 */
final class KeywordBoardView {
    private final KeywordBoardViewModel vm;
    private final ListView<Card> cards;
    private final ListView<Keyword> keywords;

    KeywordBoardView(KeywordBoardViewModel vm) {
        this.vm = vm;
        this.cards = new ListView<>(vm.cards());
        this.keywords = new ListView<>(vm.keywords());
    }

    Node root() {
        HBox root = new HBox(16, cardsPane(), keywordsPane());
        root.getStyleClass().add("vision-page");
        return root;
    }

    private Node cardsPane() {
        Label title = new Label(Messages.get("vision.keywords.cards"));
        title.getStyleClass().add(Styles.TITLE_4);
        ComboBox<Board> board = new ComboBox<>(vm.boards());
        board.setId("keywordBoardFilter");
        board.setAccessibleText(Messages.get("vision.keywords.board"));
        board.setConverter(new StringConverter<>() {
            @Override
            public String toString(Board b) {
                return boardLabel(b);
            }

            @Override
            public Board fromString(String s) {
                return null;
            }
        });
        board.valueProperty().bindBidirectional(vm.boardProperty());
        HBox quadrants = quadrantFilter();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox filters = new HBox(8, title, gap, board, quadrants);
        filters.setAlignment(Pos.CENTER_LEFT);

        cards.setId("keywordCards");
        cards.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        cards.setCellFactory(v -> new SourceCardCell(vm));
        Label empty = new Label(Messages.get("vision.keywords.noCards"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        cards.setPlaceholder(empty);
        cards.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Card>) c ->
                vm.choose(cards.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull)
                        .map(Card::id).toList()));
        Observe.whileAlive(cards, () -> {
            cards.refresh();
            // the cards the selected keyword came from come into view
            vm.cards().stream().filter(c -> vm.litCards().contains(c.id())).findFirst().ifPresent(c -> {
                int at = vm.cards().indexOf(c);
                cards.scrollTo(Math.max(0, at - 2));
            });
        }, vm.litCards());
        VBox.setVgrow(cards, Priority.ALWAYS);

        TextField text = new TextField();
        text.setId("keywordText");
        text.setPromptText(Messages.get("vision.keywords.prompt"));
        text.textProperty().bindBidirectional(vm.keywordTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button make = new Button(Messages.get("vision.keywords.make"), new FontIcon(Material2OutlinedAL.LABEL));
        make.setId("keywordMake");
        make.getStyleClass().add(Styles.ACCENT);
        make.setMinWidth(Region.USE_PREF_SIZE);
        make.setTooltip(new Tooltip(Messages.get("vision.keywords.make.tooltip")));
        make.setOnAction(e -> make(text));
        text.setOnAction(e -> make(text));
        Label chosen = new Label();
        chosen.getStyleClass().add(Styles.TEXT_MUTED);
        chosen.setMinWidth(Region.USE_PREF_SIZE);
        chosen.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("vision.keywords.chosen", vm.chosenCards().size()), vm.chosenCards()));
        HBox input = new HBox(8, text, chosen, make);
        input.setAlignment(Pos.CENTER_LEFT);
        Label hint = hint(vm.hintProperty());

        VBox box = new VBox(8, filters, cards, input, hint);
        box.getStyleClass().add("vision-panel");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(640);
        return box;
    }

    private void make(TextField text) {
        if (vm.add()) {
            cards.getSelectionModel().clearSelection();
            text.requestFocus();
        }
    }

    private HBox quadrantFilter() {
        HBox row = new HBox();
        row.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup group = new ToggleGroup();
        SwotItem.Quadrant[] qs = SwotItem.Quadrant.values();
        for (int i = -1; i < qs.length; i++) {
            SwotItem.Quadrant q = i < 0 ? null : qs[i];
            ToggleButton b = new ToggleButton(q == null ? Messages.get("vision.keywords.allQuadrants") : q.name());
            b.setId("keywordQuadrant-" + (q == null ? "all" : q.name()));
            b.setUserData(q);
            b.setToggleGroup(group);
            if (q != null) {
                b.setTooltip(new Tooltip(Messages.get(q.messageKey())));
            }
            b.getStyleClass().add(i < 0 ? Styles.LEFT_PILL : i == qs.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            row.getChildren().add(b);
        }
        Observe.whileAlive(row, () -> group.getToggles().stream()
                .filter(t -> t.getUserData() == vm.quadrantProperty().get()).findFirst()
                .ifPresent(group::selectToggle), vm.quadrantProperty());
        group.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                vm.quadrantProperty().set((SwotItem.Quadrant) t.getUserData());
            }
        });
        return row;
    }

    private Node keywordsPane() {
        Label title = new Label(Messages.get("vision.keywords.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());

        keywords.setId("keywordList");
        keywords.setEditable(true);
        keywords.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        keywords.setCellFactory(v -> new KeywordCell(vm));
        // the cell writes the rename through the model; the list must not set its (read-only) item
        keywords.setOnEditCommit(e -> { });
        Label empty = new Label(Messages.get("vision.keywords.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        keywords.setPlaceholder(empty);
        VBox.setVgrow(keywords, Priority.ALWAYS);
        keywords.getSelectionModel().selectedItemProperty().addListener((o, old, k) -> {
            if (k != null) {
                vm.selectedKeywordProperty().set(k.id());
            }
        });
        Observe.whileAlive(keywords, () -> {
            String id = vm.selectedKeywordProperty().get();
            Keyword now = keywords.getSelectionModel().getSelectedItem();
            if (id != null && (now == null || !now.id().equals(id))
                    && keywords.getSelectionModel().getSelectedItems().size() <= 1) {
                vm.keywords().stream().filter(k -> k.id().equals(id)).findFirst().ifPresent(k -> {
                    keywords.getSelectionModel().clearAndSelect(vm.keywords().indexOf(k));
                    keywords.scrollTo(k);
                });
            }
        }, vm.selectedKeywordProperty(), vm.keywords());
        keywords.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Keyword k = keywords.getSelectionModel().getSelectedItem();
            if (k == null || keywords.getEditingIndex() >= 0) {
                return;
            }
            if (e.getCode() == KeyCode.F2 || (e.getCode() == KeyCode.ENTER && !e.isAltDown())) {
                keywords.edit(keywords.getSelectionModel().getSelectedIndex());
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.delete(k.id());
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.move(k.id(), e.getCode() == KeyCode.UP ? -1 : 1);
            } else {
                return;
            }
            e.consume();
        });

        Button merge = new Button(Messages.get("vision.keywords.merge"), new FontIcon(Material2OutlinedAL.CALL_MERGE));
        merge.setId("keywordMerge");
        merge.disableProperty().bind(Bindings.size(keywords.getSelectionModel().getSelectedItems()).lessThan(2));
        merge.setOnAction(e -> vm.merge(keywords.getSelectionModel().getSelectedItems().stream()
                .map(Keyword::id).toList()));
        Button link = new Button(Messages.get("vision.keywords.link"), new FontIcon(Material2OutlinedAL.LINK));
        link.setId("keywordLink");
        link.setTooltip(new Tooltip(Messages.get("vision.keywords.link.tooltip")));
        link.disableProperty().bind(Bindings.isEmpty(vm.chosenCards())
                .or(keywords.getSelectionModel().selectedItemProperty().isNull()));
        link.setOnAction(e -> vm.addCardsTo(keywords.getSelectionModel().getSelectedItem().id()));
        HBox buttons = new HBox(8, merge, link);

        VBox box = new VBox(8, title, summary, keywords, buttons);
        box.getStyleClass().add("vision-panel");
        box.setPrefWidth(400);
        box.setMinWidth(320);
        return box;
    }

    static Label hint(javafx.beans.value.ObservableStringValue text) {
        Label hint = new Label();
        hint.getStyleClass().add("vision-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(text);
        hint.visibleProperty().bind(Bindings.isNotEmpty(text));
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }

    /** "Semua papan", "GOV · Smart Governance", "Struktur". */
    static String boardLabel(Board b) {
        if (b == null || b.equals(Board.ALL)) {
            return Messages.get("vision.keywords.allBoards");
        }
        return b.dimension().map(d -> d.code() + " · " + d.defaultLabel())
                .orElseGet(() -> Messages.get(b.element().orElseThrow().messageKey()));
    }

    /** The board a card sits on, short: "GOV", "Struktur", "GOV · Struktur". */
    static String boardTag(SwotItem s) {
        return String.join(" · ", java.util.stream.Stream.concat(s.dimension().map(d -> d.code()).stream(),
                s.element().map(e -> Messages.get(e.messageKey())).stream()).toList());
    }

    /** A SWOT card: quadrant letter, text, its board, its dots and the keywords drawn from it. */
    private static final class SourceCardCell extends ListCell<Card> {
        private final KeywordBoardViewModel vm;
        private final Label quadrant = new Label();
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();
        private final Label meta = new Label();
        private final HBox box;

        SourceCardCell(KeywordBoardViewModel vm) {
            this.vm = vm;
            quadrant.getStyleClass().add("vision-q");
            quadrant.setMinWidth(Region.USE_PREF_SIZE);
            text.getStyleClass().add("vision-text");
            meta.getStyleClass().add("vision-meta");
            VBox body = new VBox(2, new javafx.scene.text.TextFlow(text), meta);
            HBox.setHgrow(body, Priority.ALWAYS);
            box = new HBox(8, quadrant, body);
            box.setAlignment(Pos.TOP_LEFT);
            setPrefWidth(0);
            getStyleClass().add("vision-card");
        }

        @Override
        protected void updateItem(Card card, boolean empty) {
            super.updateItem(card, empty);
            setText(null);
            if (empty || card == null) {
                setGraphic(null);
                pseudoClassStateChanged(VisionView.LIT, false);
                return;
            }
            SwotItem s = card.item();
            quadrant.setText(s.quadrant().name());
            quadrant.getStyleClass().removeIf(c -> c.startsWith("q-"));
            quadrant.getStyleClass().add("q-" + s.quadrant().name());
            text.setText(s.text());
            List<String> words = card.keywords().stream().map(id -> vm.keywords().stream()
                    .filter(k -> k.id().equals(id)).map(Keyword::text).findFirst().orElse("")).toList();
            StringBuilder m = new StringBuilder(boardTag(s));
            if (card.dots() > 0) {
                m.append("  ·  ● ").append(card.dots());
            }
            if (!words.isEmpty()) {
                m.append("  ·  → ").append(String.join(", ", words));
            }
            meta.setText(m.toString());
            pseudoClassStateChanged(VisionView.LIT, vm.litCards().contains(card.id()));
            setGraphic(box);
            setAccessibleText(Messages.get("vision.keywords.cardAccessible",
                    Messages.get(s.quadrant().messageKey()), s.text(), card.dots()));
        }
    }

    /** A keyword: its text (F2 renames it in place) and how many cards it came from. */
    private static final class KeywordCell extends ListCell<Keyword> {
        private final KeywordBoardViewModel vm;
        private final Label word = new Label();
        private final Label count = new Label();
        private final HBox box;
        private TextField field;

        KeywordCell(KeywordBoardViewModel vm) {
            this.vm = vm;
            word.getStyleClass().add("vision-keyword");
            word.setWrapText(true);
            count.getStyleClass().add("vision-meta");
            count.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            box = new HBox(8, word, gap, count);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Keyword k, boolean empty) {
            super.updateItem(k, empty);
            setText(null);
            if (empty || k == null) {
                setGraphic(null);
                return;
            }
            if (isEditing()) {
                setGraphic(field);
                return;
            }
            word.setText(k.text());
            count.setText(Messages.get("vision.keywords.fromCards", k.swotItems().size()));
            setGraphic(box);
            setAccessibleText(k.text());
        }

        @Override
        public void startEdit() {
            if (getItem() == null) {
                return;
            }
            super.startEdit();
            field = new TextField(getItem().text());
            field.setId("keywordRename");
            field.setOnAction(e -> commitEdit(getItem()));
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    cancelEdit();
                }
            });
            setGraphic(field);
            field.requestFocus();
            field.selectAll();
        }

        @Override
        public void commitEdit(Keyword k) {
            String typed = field == null ? "" : field.getText();
            super.commitEdit(k);
            vm.rename(k.id(), typed);
            getListView().requestFocus();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setGraphic(box);
        }
    }
}

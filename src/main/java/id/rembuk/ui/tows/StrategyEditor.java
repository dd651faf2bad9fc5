package id.rembuk.ui.tows;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Strategy;
import id.rembuk.domain.SwotItem;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.tows.TowsMatrix.Card;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Writing a strategy beside the matrix: its type, its text, and the cards it combines picked from
 * the two quadrants the type joins, most dots first. Enter saves (Shift+Enter breaks the line),
 * Esc cancels; Space or a click ticks the card under the cursor.
 */
final class StrategyEditor {
    private final TowsViewModel vm;
    private final TextArea text = new TextArea();

    StrategyEditor(TowsViewModel vm) {
        this.vm = vm;
    }

    Node root() {
        Label title = new Label();
        title.setId("towsEditorTitle");
        title.getStyleClass().add("tows-editor-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.editingIdProperty().get() == null
                ? Messages.get("tows.editor.new")
                : Messages.get("tows.editor.edit", vm.matrixProperty().get().strategy(vm.editingIdProperty().get())
                        .map(TowsMatrix.Entry::ref).orElse("")), vm.editingIdProperty(), vm.matrixProperty()));

        HBox types = new HBox();
        types.getStyleClass().add("tows-types");
        ToggleGroup group = new ToggleGroup();
        Strategy.Type[] all = Strategy.Type.values();
        for (int i = 0; i < all.length; i++) {
            Strategy.Type t = all[i];
            ToggleButton b = new ToggleButton(t.name());
            b.setId("towsType-" + t.name());
            b.setUserData(t);
            b.setToggleGroup(group);
            b.setAccessibleText(Messages.get(t.messageKey()));
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            types.getChildren().add(b);
        }
        // selectToggle moves the choice in one step; unselecting first would pass through "none"
        Observe.whileAlive(types, () -> group.getToggles().stream()
                .filter(tg -> tg.getUserData() == vm.draftTypeProperty().get()).findFirst()
                .ifPresent(group::selectToggle), vm.draftTypeProperty());
        group.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                old.setSelected(true); // one type is always chosen
            } else {
                vm.draftTypeProperty().set((Strategy.Type) t.getUserData());
            }
        });
        Label typeName = new Label();
        typeName.getStyleClass().add("tows-meta");
        typeName.setWrapText(true);
        typeName.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get(vm.draftTypeProperty().get().messageKey()), vm.draftTypeProperty()));

        Label textLabel = new Label(Messages.get("tows.editor.text"));
        textLabel.setLabelFor(text);
        text.setId("towsText");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setPromptText(Messages.get("tows.editor.textPrompt"));
        text.textProperty().bindBidirectional(vm.draftTextProperty());
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                vm.save();
            } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                // Tab leaves the text for the cards, as in any form: the area moves focus on Ctrl+Tab
                e.consume();
                text.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });

        Label hint = new Label();
        hint.setId("towsHint");
        hint.getStyleClass().add("tows-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(vm.hintProperty());
        hint.visibleProperty().bind(vm.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        Label cardsLabel = new Label();
        cardsLabel.setId("towsEditorCards");
        cardsLabel.setWrapText(true);
        cardsLabel.setMinHeight(Label.USE_PREF_SIZE);
        // the picked cards by ref, so they read at a glance whatever the lists below are scrolled to
        cardsLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            java.util.List<String> refs = vm.draftLinks().stream().map(id -> vm.matrixProperty().get().card(id)
                    .map(TowsMatrix.Card::ref).orElse("?")).toList();
            return refs.isEmpty() ? Messages.get("tows.editor.noneChosen")
                    : Messages.get("tows.editor.cards", String.join(", ", refs));
        }, vm.draftLinks(), vm.matrixProperty()));
        Node inside = choices(vm.draftInternal(), "towsChoiceInternal", true);
        Node outside = choices(vm.draftExternal(), "towsChoiceExternal", false);
        VBox.setVgrow(inside, Priority.ALWAYS);
        VBox.setVgrow(outside, Priority.ALWAYS);

        Button save = new Button(Messages.get("tows.editor.save"));
        save.setId("towsSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.save());
        Button cancel = new Button(Messages.get("tows.editor.cancel"));
        cancel.setId("towsCancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(title, types, typeName, textLabel, text, hint, cardsLabel, inside, outside, buttons);
        box.setId("towsEditor");
        box.getStyleClass().add("tows-editor");
        box.setPrefWidth(390);
        box.setMinWidth(340);
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                vm.cancel();
            }
        });
        return box;
    }

    /** A list of the cards of one side (inside: S or W; outside: O or T) with a tick for each. */
    private Node choices(ObservableList<Card> cards, String id, boolean internal) {
        Label head = new Label();
        head.getStyleClass().add("tows-box-title");
        head.textProperty().bind(Bindings.createStringBinding(() -> {
            Strategy.Type t = vm.draftTypeProperty().get();
            SwotItem.Quadrant q = internal ? TowsViewModel.internal(t) : TowsViewModel.external(t);
            return Messages.get(q.messageKey());
        }, vm.draftTypeProperty()));
        ListView<Card> list = new ListView<>(cards);
        list.setId(id);
        list.getStyleClass().add("check-list");
        list.setCellFactory(v -> {
            CardCell cell = new CardCell(vm, true);
            cell.setOnMouseClicked(e -> {
                if (cell.getItem() != null) {
                    vm.toggleLink(cell.getItem().id());
                }
            });
            return cell;
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Card c = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && c != null) {
                e.consume();
                vm.toggleLink(c.id());
            } else if (e.getCode() == KeyCode.ENTER && e.isControlDown()) {
                e.consume();
                vm.save();
            }
        });
        Label empty = new Label(Messages.get("tows.editor.noCards"));
        empty.setWrapText(true);
        empty.getStyleClass().add("tows-meta");
        list.setPlaceholder(empty);
        list.setPrefHeight(150);
        VBox.setVgrow(list, Priority.ALWAYS);
        Observe.whileAlive(list, list::refresh, vm.draftLinks());
        VBox box = new VBox(2, head, list);
        box.setMinHeight(90);
        return box;
    }

    void focus() {
        text.requestFocus();
        text.end();
    }
}

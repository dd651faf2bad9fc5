package id.rembuk.ui.readiness;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import id.rembuk.domain.ReadinessScale;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.readiness.ReadinessViewModel.Row;
import java.util.function.BiPredicate;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One indicator of the worksheet: its name and the score keys on the first line, the current
 * condition, evidence and notes below. Built once per indicator and updated in place, so focus and
 * unsent typing survive every write of the session.
 *
 * <p>Tab goes score → condition → evidence → notes → the next line's score. On the score: the level's
 * key (1–5, or K/C/B) scores, Backspace clears, ↑/↓ go to the line above or below (fast scoring),
 * F2 renames, Alt+↑/↓ moves the line, Delete deletes it (undo brings it back), the context-menu key
 * opens the line's menu.
 */
final class IndicatorRow {
    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
    private static final PseudoClass SCORED = PseudoClass.getPseudoClass("scored");

    private final ReadinessViewModel vm;
    private final Nav nav;
    private static final double NUMBER_WIDTH = 30;

    private final VBox root = new VBox();
    private final Label number = new Label();
    private final Label title = new Label();
    private final TextField rename = new TextField();
    private final StackPane titleBox = new StackPane(title, rename);
    private final Label weight = new Label();
    private final Label percent = new Label();
    private final ScoreBar score;
    private final TextField condition = new TextField();
    private final TextField evidence = new TextField();
    private final TextField notes = new TextField();
    private final MenuButton menu = new MenuButton();
    private Row row;

    /** Moves focus between lines; the worksheet knows their order. */
    interface Nav {
        /** @param orBack when there is no line that way, the nearest the other way (after a delete) */
        void focusScore(String fromId, int delta, boolean orBack);
    }

    IndicatorRow(ReadinessViewModel vm, Row first, Nav nav) {
        this.vm = vm;
        this.nav = nav;
        this.row = first;
        score = new ScoreBar(level -> vm.score(row.id(), level));
        score.setId("score-" + first.id());
        root.getStyleClass().add("indicator-row");
        root.setId("indicator-" + first.id());

        number.getStyleClass().add("indicator-number");
        title.getStyleClass().add("indicator-title");
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        rename.getStyleClass().add("indicator-rename");
        rename.setVisible(false);
        titleBox.setAlignment(Pos.CENTER_LEFT);
        title.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                startRename();
            }
        });
        weight.getStyleClass().add("indicator-weight");
        percent.getStyleClass().addAll("indicator-percent", Styles.TEXT_MUTED);
        percent.setMinWidth(Label.USE_PREF_SIZE);

        field(condition, "condition", "readiness.row.condition", vm::setCondition);
        field(evidence, "evidence", "readiness.row.evidence", vm::setEvidence);
        field(notes, "notes", "readiness.row.notes", vm::setNotes);
        rename.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                finishRename(true);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                finishRename(false);
                e.consume();
            }
        });
        rename.focusedProperty().addListener((o, was, now) -> {
            if (!now && rename.isVisible()) {
                finishRename(true);
            }
        });

        menu.setGraphic(new FontIcon(Material2MZ.MORE_VERT));
        menu.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Tweaks.NO_ARROW, "indicator-menu");
        menu.setFocusTraversable(false);
        menu.setAccessibleText(Messages.get("readiness.row.menu"));
        menu.setTooltip(new Tooltip(Messages.get("readiness.row.menu")));
        menu.setOnShowing(e -> menu.getItems().setAll(menuItems()));

        score.addEventFilter(KeyEvent.KEY_PRESSED, this::scoreKey);
        // a click anywhere on the line but its fields makes it the line the keys score
        root.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (!(e.getTarget() instanceof Node n && inField(n))) {
                score.requestFocus();
                // the scroll pane around the sheet would take the focus for itself next
                e.consume();
            }
        });
        score.setOnContextMenuRequested(e -> {
            showMenu();
            e.consume();
        });

        weight.setMinWidth(Region.USE_PREF_SIZE);
        number.setMinWidth(NUMBER_WIDTH);
        number.setPrefWidth(NUMBER_WIDTH);
        HBox.setHgrow(titleBox, Priority.ALWAYS);
        titleBox.setMinWidth(120);
        score.setMinWidth(Region.USE_PREF_SIZE);
        menu.setMinWidth(Region.USE_PREF_SIZE);
        HBox scoreBox = new HBox(8, score, percent);
        scoreBox.setAlignment(Pos.CENTER_LEFT);
        scoreBox.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8);
        head.setAlignment(Pos.CENTER_LEFT);
        Region indent = new Region();
        indent.setMinWidth(NUMBER_WIDTH);
        Region scoreIndent = new Region();
        scoreIndent.setMinWidth(NUMBER_WIDTH);
        HBox scoreLine = new HBox(8, scoreIndent);
        scoreLine.setAlignment(Pos.CENTER_LEFT);
        condition.setPrefWidth(320);
        evidence.setPrefWidth(220);
        notes.setPrefWidth(220);
        for (TextField f : new TextField[] {condition, evidence, notes}) {
            f.setMinWidth(80);
            f.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(f, Priority.ALWAYS);
        }
        HBox fields = new HBox(8, indent, condition, evidence, notes);
        fields.setAlignment(Pos.CENTER_LEFT);
        // wide: the score keys beside the name; narrow (a group's laptop, larger type): on a line of
        // their own, so the name keeps room to be read. Either way the nodes' order is the Tab order:
        // score, then condition, evidence, notes.
        Runnable arrange = () -> {
            boolean narrow = root.getWidth() > 0 && root.getWidth() < scoreBox.prefWidth(-1) + 380;
            if (narrow && root.getChildren().size() != 3 || !narrow && root.getChildren().size() != 2) {
                if (narrow) {
                    head.getChildren().setAll(number, titleBox, weight, menu);
                    scoreLine.getChildren().setAll(scoreIndent, scoreBox);
                    root.getChildren().setAll(head, scoreLine, fields);
                } else {
                    head.getChildren().setAll(number, titleBox, weight, scoreBox, menu);
                    root.getChildren().setAll(head, fields);
                }
            }
        };
        head.getChildren().setAll(number, titleBox, weight, scoreBox, menu);
        root.getChildren().setAll(head, fields);
        root.widthProperty().addListener((o, old, w) -> arrange.run());
        root.setSpacing(6);
        update(first, 0);
    }

    Node root() {
        return root;
    }

    ScoreBar score() {
        return score;
    }

    String id() {
        return row.id();
    }

    /** Shows the line as it is now; a field being typed in keeps what is typed. */
    void update(Row r, int position) {
        ReadinessScale scale = r.scale();
        row = r;
        number.setText(Integer.toString(position + 1));
        title.setText(r.indicator().text());
        title.setTooltip(new Tooltip(r.indicator().text()));
        weight.setText(Messages.get("readiness.row.weight", r.indicator().weight()));
        weight.setVisible(r.indicator().weight() != 1);
        weight.setManaged(weight.isVisible());
        score.show(scale, r.level());
        score.setAccessibleText(Messages.get("readiness.row.scoreAccessible", r.indicator().text(),
                r.level().isPresent() ? ReadinessViewModel.levelLabel(scale, r.level().getAsInt())
                        : Messages.get("domain.band.unknown")));
        percent.setText(r.percent().isPresent() ? Messages.get("readiness.percent", r.percent().getAsInt()) : "");
        show(condition, r.condition());
        show(evidence, r.evidence());
        show(notes, r.notes());
        root.pseudoClassStateChanged(CONFLICT, r.conflict());
        root.pseudoClassStateChanged(SCORED, r.percent().isPresent());
    }

    private static void show(TextField f, String value) {
        if (!f.isFocused() && !f.getText().equals(value)) {
            f.setText(value);
        }
    }

    private void field(TextField f, String id, String promptKey, BiPredicate<String, String> write) {
        f.setId(id + "-" + row.id());
        f.setPromptText(Messages.get(promptKey));
        f.setAccessibleText(Messages.get(promptKey));
        f.getStyleClass().add("indicator-field");
        Runnable commit = () -> {
            String now = f.getText();
            write.test(row.id(), now);
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                // back to what is written; the second Esc leaves the field for the score keys
                String written = id.equals("condition") ? row.condition() : id.equals("evidence") ? row.evidence()
                        : row.notes();
                if (!f.getText().equals(written)) {
                    f.setText(written);
                } else {
                    score.requestFocus();
                }
                e.consume();
            }
        });
    }

    /** The line's menu under its score keys: from a right click, the menu key or Shift+F10. */
    private void showMenu() {
        ContextMenu cm = new ContextMenu();
        cm.getItems().setAll(menuItems());
        cm.show(score, javafx.geometry.Side.BOTTOM, 0, 0);
    }

    private void scoreKey(KeyEvent e) {
        KeyCode c = e.getCode();
        if (c == KeyCode.CONTEXT_MENU || c == KeyCode.F10 && e.isShiftDown()) {
            showMenu();
            e.consume();
        } else if (e.isAltDown() && (c == KeyCode.UP || c == KeyCode.DOWN)) {
            vm.move(row.id(), c == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (e.isAltDown() || e.isShortcutDown()) {
            return;
        } else if (c == KeyCode.UP || c == KeyCode.DOWN) {
            nav.focusScore(row.id(), c == KeyCode.UP ? -1 : 1, false);
            e.consume();
        } else if (c == KeyCode.BACK_SPACE || c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0) {
            vm.clearScore(row.id());
            e.consume();
        } else if (c == KeyCode.DELETE) {
            nav.focusScore(row.id(), 1, true);
            vm.delete(row.id());
            e.consume();
        } else if (c == KeyCode.F2) {
            startRename();
            e.consume();
        } else if (c == KeyCode.ENTER) {
            condition.requestFocus();
            e.consume();
        } else if (c.isDigitKey() || c.isLetterKey()) {
            // the key's own character: a robot or a remote desktop may send no text with it
            String key = e.getText() == null || e.getText().isEmpty() ? c.getChar() : e.getText();
            if (vm.levelOfKey(key).isPresent()) {
                vm.scoreByKey(row.id(), key);
                e.consume();
            }
        }
    }

    private boolean inField(Node n) {
        for (Node x = n; x != null && x != root; x = x.getParent()) {
            if (x instanceof TextField || x == menu) {
                return true;
            }
        }
        return false;
    }

    void startRename() {
        rename.setText(row.indicator().text());
        rename.setVisible(true);
        title.setVisible(false);
        rename.requestFocus();
        rename.selectAll();
    }

    private void finishRename(boolean save) {
        String typed = rename.getText();
        rename.setVisible(false);
        title.setVisible(true);
        if (save) {
            vm.rename(row.id(), typed);
        }
        score.requestFocus();
    }

    private java.util.List<MenuItem> menuItems() {
        String id = row.id();
        MenuItem renameItem = item("readiness.row.rename", Material2AL.EDIT, this::startRename);
        renameItem.setAccelerator(KeyCombination.valueOf("F2"));
        Menu weights = new Menu(Messages.get("readiness.row.weightMenu"));
        ToggleGroup g = new ToggleGroup();
        for (int w : new int[] {1, 2, 3, 4, 5}) {
            RadioMenuItem i = new RadioMenuItem(Messages.get("readiness.row.weightItem", w));
            i.setToggleGroup(g);
            i.setSelected(row.indicator().weight() == w);
            i.setOnAction(e -> vm.setWeight(id, w));
            weights.getItems().add(i);
        }
        MenuItem up = item("readiness.row.up", Material2AL.ARROW_UPWARD, () -> vm.move(id, -1));
        up.setAccelerator(KeyCombination.valueOf("Alt+Up"));
        MenuItem down = item("readiness.row.down", Material2AL.ARROW_DOWNWARD, () -> vm.move(id, 1));
        down.setAccelerator(KeyCombination.valueOf("Alt+Down"));
        MenuItem gap = item("readiness.row.makeGap", Material2MZ.PLAYLIST_ADD, () -> vm.makeGap(id));
        MenuItem clear = item("readiness.row.clearScore", Material2AL.CLEAR, () -> vm.clearScore(id));
        clear.setDisable(row.percent().isEmpty());
        MenuItem delete = item("readiness.row.delete", Material2AL.DELETE_OUTLINE, () -> vm.delete(id));
        delete.setAccelerator(KeyCombination.valueOf("Delete"));
        return java.util.List.of(renameItem, weights, up, down, new SeparatorMenuItem(), gap, clear,
                new SeparatorMenuItem(), delete);
    }

    private static MenuItem item(String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key), new FontIcon(icon));
        i.setOnAction(e -> action.run());
        return i;
    }
}

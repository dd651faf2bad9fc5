package id.rembuk.ui.vision;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.vision.VisionDraftsViewModel.Draft;
import id.rembuk.ui.vision.VisionDraftsViewModel.KeywordUse;
import java.util.Locale;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The drafts of the vision as cards: the sentence large, the board's keywords as chips (a click
 * ticks or unticks one for the draft), and "Tetapkan" for the one the plenary agrees on. On a card:
 * F2 edits the sentence, Delete deletes, Alt+↑/↓ moves.
 */
final class DraftsView {
    private static final PseudoClass ADOPTED = PseudoClass.getPseudoClass("adopted");
    private final VisionDraftsViewModel vm;
    private final VBox list = new VBox(10);
    /** The draft whose sentence is being edited in place. */
    private String editing;

    DraftsView(VisionDraftsViewModel vm) {
        this.vm = vm;
    }

    Node root() {
        TextArea text = new TextArea();
        text.setId("visionNewText");
        text.setPromptText(Messages.get("vision.draft.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.textProperty().bindBidirectional(vm.newTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                vm.add();
            }
        });
        Button add = new Button(Messages.get("vision.draft.add"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("visionAddDraft");
        add.getStyleClass().add(Styles.ACCENT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.add());
        HBox input = new HBox(8, text, add);
        input.setAlignment(Pos.CENTER_LEFT);

        Label warning = KeywordBoardView.hint(vm.warningProperty());
        Label hint = KeywordBoardView.hint(vm.hintProperty());
        Label legend = new Label(Messages.get("vision.draft.legend"));
        legend.getStyleClass().add(Styles.TEXT_MUTED);
        legend.setWrapText(true);

        list.setId("visionDrafts");
        list.getStyleClass().add("vision-drafts");
        Observe.whileAlive(list, this::fill, vm.drafts());
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("vision-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox root = new VBox(10, input, hint, warning, legend, scroll);
        root.getStyleClass().addAll("vision-page", "vision-panel");
        return root;
    }

    private void fill() {
        // a card rebuilt after a write keeps the keyboard: focus was on (or in) the card that is replaced
        Node owner = list.getScene() == null ? null : list.getScene().getFocusOwner();
        boolean keep = owner == null || owner.getScene() == null || inside(owner);
        list.getChildren().clear();
        if (vm.drafts().isEmpty()) {
            Label none = new Label(Messages.get("vision.draft.empty"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().add(none);
        }
        for (Draft d : vm.drafts()) {
            Node card = card(d);
            list.getChildren().add(card);
            if (keep && editing == null && d.id().equals(vm.selectedProperty().get())) {
                Platform.runLater(card::requestFocus);
            }
        }
    }

    private boolean inside(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at == list) {
                return true;
            }
        }
        return false;
    }

    private Node card(Draft d) {
        Label ref = new Label(d.ref());
        ref.getStyleClass().add("vision-ref");
        Label adopted = new Label(Messages.get("vision.draft.adopted"), new FontIcon(Material2OutlinedMZ.STAR));
        adopted.getStyleClass().add("vision-adopted");
        adopted.setVisible(d.vision().adopted());
        adopted.setManaged(d.vision().adopted());
        Label tally = new Label(Messages.get("vision.draft.tally", d.carried(),
                d.uses().stream().filter(KeywordUse::onBoard).count()));
        tally.getStyleClass().add(Styles.TEXT_MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Button adopt = new Button(Messages.get(d.vision().adopted() ? "vision.draft.unadopt" : "vision.draft.adopt"),
                new FontIcon(d.vision().adopted() ? Material2OutlinedMZ.STAR_BORDER : Material2OutlinedMZ.STAR));
        adopt.setId("visionAdopt-" + d.id());
        adopt.getStyleClass().add(d.vision().adopted() ? Styles.FLAT : Styles.SUCCESS);
        adopt.setOnAction(e -> {
            if (d.vision().adopted()) {
                vm.unadopt(d.id());
            } else {
                vm.adopt(d.id());
            }
        });
        Button edit = iconButton(Material2OutlinedAL.EDIT, "vision.draft.edit", () -> startEdit(d));
        Button up = iconButton(Material2OutlinedAL.ARROW_UPWARD, "vision.draft.up", () -> vm.move(d.id(), -1));
        Button down = iconButton(Material2OutlinedAL.ARROW_DOWNWARD, "vision.draft.down", () -> vm.move(d.id(), 1));
        Button delete = iconButton(Material2OutlinedAL.DELETE, "vision.draft.delete", () -> vm.delete(d.id()));
        HBox head = new HBox(8, ref, adopted, tally, gap, adopt, edit, up, down, delete);
        head.setAlignment(Pos.CENTER_LEFT);

        Node sentence;
        if (d.id().equals(editing)) {
            TextArea area = new TextArea(d.vision().text());
            area.setId("visionEditText");
            area.setWrapText(true);
            area.setPrefRowCount(2);
            area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                    e.consume();
                    editing = null;
                    if (!vm.editText(d.id(), area.getText())) {
                        fill();
                    }
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    editing = null;
                    fill();
                }
            });
            Platform.runLater(() -> {
                area.requestFocus();
                area.end();
            });
            sentence = area;
        } else {
            Label text = new Label(d.vision().text());
            text.getStyleClass().add("vision-sentence");
            text.setWrapText(true);
            sentence = text;
        }

        FlowPane chips = new FlowPane(6, 6);
        for (KeywordUse u : d.uses()) {
            chips.getChildren().add(chip(d, u));
        }
        VBox card = new VBox(8, head, sentence, chips);
        card.getStyleClass().add("vision-draft");
        card.pseudoClassStateChanged(ADOPTED, d.vision().adopted());
        card.setFocusTraversable(true);
        card.setUserData(d.id());
        card.setId("visionDraft-" + d.id());
        card.setOnMouseClicked(e -> {
            vm.selectedProperty().set(d.id());
            card.requestFocus();
            if (e.getClickCount() == 2 && !d.id().equals(editing)) {
                startEdit(d);
            }
        });
        card.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                vm.selectedProperty().set(d.id());
            }
        });
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (d.id().equals(editing)) {
                return;
            }
            if (e.getCode() == KeyCode.F2) {
                startEdit(d);
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.delete(d.id());
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                vm.move(d.id(), e.getCode() == KeyCode.UP ? -1 : 1);
            } else {
                return;
            }
            e.consume();
        });
        return card;
    }

    private void startEdit(Draft d) {
        editing = d.id();
        fill();
    }

    /** A keyword as a chip: carried (ticked and said), ticked, said, or missed; a click ticks or unticks it. */
    private Node chip(Draft d, KeywordUse u) {
        Button chip = new Button(u.text());
        chip.getStyleClass().addAll("vision-chip", "use-" + u.use().name().toLowerCase(Locale.ROOT));
        if (!u.onBoard()) {
            chip.getStyleClass().add("off-board");
        }
        chip.setFocusTraversable(false);
        String why = Messages.get("vision.draft.use." + u.use().name().toLowerCase(Locale.ROOT))
                + (u.onBoard() ? "" : "\n" + Messages.get("vision.draft.offBoard"));
        chip.setTooltip(new Tooltip(why));
        chip.setAccessibleText(u.text() + ": " + why);
        if (u.use() != VisionDraftsViewModel.Use.MISSED) {
            chip.setGraphic(new FontIcon(u.use() == VisionDraftsViewModel.Use.SAID ? Material2OutlinedMZ.VISIBILITY
                    : Material2OutlinedAL.CHECK));
        }
        chip.setOnAction(e -> vm.toggleKeyword(d.id(), u.text()));
        return chip;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(Messages.get(tip)));
        b.setAccessibleText(Messages.get(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}

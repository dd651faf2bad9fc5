package id.rembuk.ui.swot;

import id.rembuk.domain.SwotItem.Quadrant;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.run.ProjectorService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The board for the whole room, drawn for 1024×768: the four quadrants (or one, large), big cards
 * in the group's colour with their dots, cluster titles, and while the writing is private only the
 * backs of the cards and how many there are. Follows the facilitator's board as it changes.
 */
final class SwotPlenoView {
    /** Cards drawn per quadrant at most; far more than fit at this size, the rest are counted. */
    private static final int MAX_BUILT = 60;
    /** Dots drawn one by one up to this many; more as "●×12". */
    private static final int DOTS_DRAWN = 6;

    private final SwotBoardViewModel vm;

    SwotPlenoView(SwotBoardViewModel vm) {
        this.vm = vm;
    }

    Node root() {
        Label kicker = new Label(Messages.get("swot.kicker"));
        kicker.getStyleClass().add("pleno-kicker");
        Label title = new Label();
        title.setId("swotPlenoTitle");
        title.getStyleClass().add("pleno-title");
        title.textProperty().bind(vm.titleProperty());
        title.setMinWidth(0);
        Label state = new Label();
        state.setId("swotPlenoState");
        state.getStyleClass().add("pleno-state");
        state.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(14, kicker, title, gap, state);
        head.setAlignment(Pos.BASELINE_LEFT);
        head.getStyleClass().add("pleno-head");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("pleno-grid");
        BorderPane root = new BorderPane(grid);
        root.setTop(head);
        root.setId("swotPleno");
        root.getStyleClass().add("swot-pleno");
        root.getStylesheets().add(SwotBoardView.CSS);
        root.setPrefSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);

        List<javafx.beans.Observable> sources = new ArrayList<>(List.of(vm.concealedProperty(),
                vm.plenoFocusProperty(), vm.sortByVotesProperty(), vm.roundProperty(), vm.roundOpenProperty(),
                vm.totalProperty()));
        for (Quadrant q : Quadrant.values()) {
            sources.add(vm.cards(q));
        }
        Observe.whileAlive(root, () -> {
            Quadrant focus = vm.plenoFocusProperty().get();
            List<Quadrant> shown = focus == null ? List.of(Quadrant.values()) : List.of(focus);
            grid.getChildren().clear();
            grid.getColumnConstraints().clear();
            grid.getRowConstraints().clear();
            int cols = shown.size() == 1 ? 1 : 2;
            for (int c = 0; c < cols; c++) {
                ColumnConstraints cc = new ColumnConstraints();
                cc.setPercentWidth(100.0 / cols);
                grid.getColumnConstraints().add(cc);
            }
            for (int r = 0; r < (shown.size() + 1) / 2; r++) {
                RowConstraints rc = new RowConstraints();
                rc.setPercentHeight(100.0 / ((shown.size() + 1) / 2));
                rc.setVgrow(Priority.ALWAYS);
                grid.getRowConstraints().add(rc);
            }
            for (int i = 0; i < shown.size(); i++) {
                grid.add(quadrant(shown.get(i)), i % 2, i / 2);
            }
            state.setText(stateText());
            // one quadrant alone has four times the room: its cards are drawn larger
            root.getStyleClass().remove("pleno-focus");
            if (focus != null) {
                root.getStyleClass().add("pleno-focus");
            }
        }, sources.toArray(javafx.beans.Observable[]::new));
        return root;
    }

    private String stateText() {
        if (vm.concealedProperty().get()) {
            return Messages.get("swot.pleno.concealed");
        }
        if (vm.roundProperty().get() == 0) {
            return "";
        }
        return vm.roundOpenProperty().get() ? Messages.get("swot.pleno.voting", vm.roundProperty().get())
                : Messages.get("swot.pleno.result", vm.roundProperty().get());
    }

    private Node quadrant(Quadrant q) {
        List<SwotCard> cards = vm.cards(q);
        Label name = new Label(SwotBoardViewModel.quadrantLabel(q));
        name.getStyleClass().add("pleno-quadrant-title");
        name.setMinWidth(0);
        Label more = new Label();
        more.setId("swotPlenoMore-" + q.name());
        more.getStyleClass().add("pleno-more");
        more.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label(Integer.toString(cards.size()));
        count.getStyleClass().add("pleno-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, name, gap, more, count);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("pleno-quadrant-head");

        boolean concealed = vm.concealedProperty().get();
        CardWall wall = new CardWall(8, concealed ? 110 : 215);
        wall.getStyleClass().add("pleno-wall");
        int built = Math.min(cards.size(), MAX_BUILT);
        if (concealed) {
            for (int i = 0; i < built; i++) {
                Region back = new Region();
                back.getStyleClass().add("pleno-card-back");
                back.setPrefHeight(64);
                wall.getChildren().add(back);
            }
        } else {
            String cluster = null;
            for (int i = 0; i < built; i++) {
                SwotCard c = cards.get(i);
                if (!c.cluster().isEmpty() && !c.cluster().equals(cluster)) {
                    Label h = new Label(c.cluster());
                    h.getStyleClass().add("pleno-cluster");
                    h.setMinWidth(0);
                    wall.getChildren().add(CardWall.heading(h));
                }
                cluster = c.cluster();
                wall.getChildren().add(CardWall.card(card(c), c.cluster()));
            }
        }
        int notBuilt = cards.size() - built;
        Runnable moreText = () -> {
            int n = wall.hiddenProperty().get() + notBuilt;
            more.setText(n > 0 ? Messages.get("swot.pleno.more", n) : "");
        };
        wall.hiddenProperty().addListener(o -> moreText.run());
        moreText.run();
        VBox.setVgrow(wall, Priority.ALWAYS);
        Node body = wall;
        if (cards.isEmpty()) {
            Label empty = new Label(Messages.get("swot.pleno.empty"));
            empty.getStyleClass().add("pleno-empty");
            body = new StackPane(empty);
            VBox.setVgrow(body, Priority.ALWAYS);
        }
        VBox box = new VBox(8, head, body);
        box.setId("swotPlenoQuadrant-" + q.name());
        box.getStyleClass().addAll("pleno-quadrant", "quadrant-" + q.name().toLowerCase(Locale.ROOT));
        box.setMinSize(0, 0);
        return box;
    }

    /** A card: the group's colour down its side, the text large, the group's code and the dots after it. */
    private Node card(SwotCard c) {
        Text text = new Text(c.text());
        text.getStyleClass().add("pleno-card-text");
        TextFlow flow = new TextFlow(text);
        if (vm.sortByVotesProperty().get() && c.rank() > 0) {
            Text rank = new Text(c.rank() + ". ");
            rank.getStyleClass().add("pleno-card-rank");
            flow.getChildren().add(0, rank);
        }
        Text group = new Text("  " + c.groupLabel().replace(' ', '\u00a0'));
        group.getStyleClass().add("pleno-card-group");
        flow.getChildren().add(group);
        if (!c.merged().isEmpty()) {
            Text merged = new Text("  " + Messages.get("swot.card.merged", c.merged().size()).replace(' ', '\u00a0'));
            merged.getStyleClass().add("pleno-card-group");
            flow.getChildren().add(merged);
        }
        if (c.dots() > 0) {
            String d = c.dots() <= DOTS_DRAWN ? "●".repeat(c.dots()) : "●×" + c.dots();
            Text dots = new Text("  " + d);
            dots.getStyleClass().add("pleno-card-dots");
            flow.getChildren().add(dots);
        }
        flow.setMinWidth(0);
        Region stripe = new Region();
        stripe.getStyleClass().addAll("pleno-card-stripe", c.groupStyle());
        stripe.setMinWidth(7);
        stripe.setPrefWidth(7);
        HBox card = new HBox(stripe, flow);
        HBox.setHgrow(flow, Priority.ALWAYS);
        card.getStyleClass().add("pleno-card");
        card.setId("swotPlenoCard-" + c.id());
        return card;
    }
}

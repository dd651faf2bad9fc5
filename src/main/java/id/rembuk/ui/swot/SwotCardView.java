package id.rembuk.ui.swot;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.board.BoardCard;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A SWOT card on the laptop's board: its text, the chip of the group that wrote it, "+1 gabungan"
 * (the merged texts on hover, or under the card when opened), and its dots with buttons to place
 * or take back one while a round is open.
 */
final class SwotCardView implements BoardCard<SwotCard> {
    /** Dots drawn one by one up to this many; more show as a number. */
    static final int DOTS_DRAWN = 8;

    private final CardActions actions;
    private final VBox box = new VBox(4);
    private final Label text = new Label();
    private final Label chip = new Label();
    private final Label gap = new Label();
    private final Hyperlink merged = new Hyperlink();
    private final HBox dots = new HBox(3);
    private final Label dotCount = new Label();
    private final Button plus = new Button(null, new FontIcon(Material2AL.ADD));
    private final Button minus = new Button(null, new FontIcon(Material2MZ.REMOVE));
    private final VBox mergedBox = new VBox(2);
    private final HBox extra = new HBox(6);
    private SwotCard card;

    SwotCardView(CardActions actions) {
        this.actions = actions;
        box.getStyleClass().add("swot-card");
        box.setMinWidth(0);
        text.getStyleClass().add("swot-card-text");
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        chip.getStyleClass().add("swot-chip");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        gap.getStyleClass().add("swot-from-gap");
        gap.setText(Messages.get("swot.card.fromGap"));
        gap.setMinWidth(Region.USE_PREF_SIZE);
        merged.getStyleClass().add("swot-merged-link");
        merged.setMinWidth(Region.USE_PREF_SIZE);
        merged.setFocusTraversable(false);
        merged.setOnAction(e -> {
            if (card != null) {
                actions.toggleExpanded(card.id());
                show(card);
            }
        });
        dots.setAlignment(Pos.CENTER_RIGHT);
        dots.getStyleClass().add("swot-dots");
        dotCount.getStyleClass().add("swot-dot-count");
        dotCount.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : List.of(plus, minus)) {
            b.getStyleClass().addAll("swot-vote-button", "button-icon", "flat");
            b.setFocusTraversable(false);
        }
        plus.setTooltip(new Tooltip(Messages.get("swot.card.vote")));
        plus.setAccessibleText(Messages.get("swot.card.vote"));
        minus.setTooltip(new Tooltip(Messages.get("swot.card.unvote")));
        minus.setAccessibleText(Messages.get("swot.card.unvote"));
        plus.setOnAction(e -> {
            if (card != null) {
                actions.vote(card.id());
            }
        });
        minus.setOnAction(e -> {
            if (card != null) {
                actions.unvote(card.id());
            }
        });
        // one line for a short card: who wrote it, the text, the dots; merges and origin below when any
        chip.setAlignment(Pos.CENTER);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox votes = new HBox(4, dots, dotCount, minus, plus);
        votes.setAlignment(Pos.CENTER_RIGHT);
        votes.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, chip, text, votes);
        top.setAlignment(Pos.CENTER_LEFT);
        extra.getChildren().addAll(gap, merged);
        extra.setAlignment(Pos.CENTER_LEFT);
        extra.getStyleClass().add("swot-card-foot");
        mergedBox.getStyleClass().add("swot-merged-box");
        box.getChildren().addAll(top, extra, mergedBox);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(SwotCard c) {
        card = c;
        box.setId("swotCard-" + c.id());
        text.setText(c.text());
        chip.setText(c.groupLabel());
        chip.getStyleClass().removeIf(s -> s.startsWith("group-"));
        chip.getStyleClass().add(c.groupStyle());
        gap.setVisible(c.fromGap());
        gap.setManaged(c.fromGap());

        boolean hasMerged = !c.merged().isEmpty();
        merged.setVisible(hasMerged);
        merged.setManaged(hasMerged);
        extra.setVisible(hasMerged || c.fromGap());
        extra.setManaged(hasMerged || c.fromGap());
        boolean open = hasMerged && actions.expanded(c.id());
        if (hasMerged) {
            merged.setText(Messages.get("swot.card.merged", c.merged().size()));
            merged.setTooltip(new Tooltip(String.join("\n", c.merged().stream().map(t -> "• " + t).toList())));
        }
        mergedBox.setVisible(open);
        mergedBox.setManaged(open);
        if (open) {
            mergedBox.getChildren().clear();
            for (String t : c.merged()) {
                Label l = new Label("• " + t);
                l.setWrapText(true);
                l.setMinWidth(0);
                l.getStyleClass().add("swot-merged-text");
                mergedBox.getChildren().add(l);
            }
            Hyperlink split = new Hyperlink(Messages.get("swot.card.unmerge"));
            split.getStyleClass().add("swot-unmerge");
            split.setOnAction(e -> actions.unmerge(c.id()));
            mergedBox.getChildren().add(split);
        } else {
            mergedBox.getChildren().clear();
        }

        dots.getChildren().clear();
        int drawn = Math.min(c.dots(), DOTS_DRAWN);
        for (int i = 0; i < drawn; i++) {
            Circle dot = new Circle(5);
            // the voter's own dots first, in the accent colour
            dot.getStyleClass().add(i < c.mine() ? "swot-dot-mine" : "swot-dot");
            dots.getChildren().add(dot);
        }
        dotCount.setText(c.dots() > 0 ? Integer.toString(c.dots()) : "");
        dotCount.setVisible(c.dots() > 0);
        dotCount.setManaged(c.dots() > 0);
        boolean voting = actions.votingOpen();
        plus.setVisible(voting);
        plus.setManaged(voting);
        minus.setVisible(voting && c.mine() > 0);
        minus.setManaged(voting);
        box.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("voted"), c.mine() > 0);
        box.getStyleClass().removeIf(s -> s.startsWith("rank-"));
        if (c.rank() > 0 && c.rank() <= 3) {
            box.getStyleClass().add("rank-" + c.rank());
        }
    }
}

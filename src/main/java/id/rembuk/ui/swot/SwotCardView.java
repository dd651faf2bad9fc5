package id.rembuk.ui.swot;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.board.BoardCard;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A SWOT card on the laptop's board: the chip of the group that wrote it, its text, its dots (the
 * voter's own in red) with − and + while a round is open, and below, when there are any, "+1
 * gabungan" (the merged texts on hover, or under the card when opened) and "dari gap".
 *
 * <p>Kept light on purpose: the list runs CSS over a card each time it shows it for another row,
 * and sizes rows it is not showing yet, so every node here costs on each scroll. The dots are two
 * labels, not a circle each; the vote marks are labels, not buttons; what few cards have (merges,
 * the gap mark) is built on first use.
 */
final class SwotCardView implements BoardCard<SwotCard> {
    /** Dots drawn one by one up to this many; more show as a number only. */
    static final int DOTS_DRAWN = 8;
    private static final PseudoClass VOTED = PseudoClass.getPseudoClass("voted");
    private static final PseudoClass[] RANK = {PseudoClass.getPseudoClass("rank1"),
        PseudoClass.getPseudoClass("rank2"), PseudoClass.getPseudoClass("rank3")};

    private static final java.util.Map<String, Tooltip> SHARED_TIPS = new java.util.HashMap<>();

    private final CardActions actions;
    private final VBox box = new VBox(3);
    private final Label chip = new Label();
    private final Label text = new Label();
    private final Label mine = new Label();
    private final Label others = new Label();
    private final Label dotCount = new Label();
    private final HBox top;
    private Label plus;
    private Label minus;
    private HBox extra;
    private Label gap;
    private Hyperlink merged;
    private Tooltip mergedTip;
    private VBox mergedBox;
    private SwotCard card;
    private String groupStyle = "";

    SwotCardView(CardActions actions) {
        this.actions = actions;
        box.getStyleClass().add("swot-card");
        // a dense lane gives every card one height: a short one sits in the middle of it
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        // in a dense lane the row is shorter than a long card: the text is cut to the lines that fit
        box.setMinHeight(0);
        chip.getStyleClass().add("swot-chip");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.setAlignment(Pos.CENTER);
        text.getStyleClass().add("swot-card-text");
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        mine.getStyleClass().addAll("swot-dots", "swot-dots-mine");
        others.getStyleClass().add("swot-dots");
        dotCount.getStyleClass().add("swot-dot-count");
        for (Label l : new Label[] {mine, others, dotCount}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.setVisible(false);
            l.setManaged(false);
        }
        top = new HBox(6, chip, text, mine, others, dotCount);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setMinHeight(0);
        box.getChildren().add(top);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(SwotCard c) {
        card = c;
        text.setText(c.text());
        chip.setText(c.groupLabel());
        // style classes only when they change: a changed class makes CSS run over the card again
        // the group's colour as a pseudo-class: switching it restyles the chip, a style class would rebuild its CSS
        if (!groupStyle.equals(c.groupStyle())) {
            if (!groupStyle.isEmpty()) {
                chip.pseudoClassStateChanged(PseudoClass.getPseudoClass(groupStyle), false);
            }
            chip.pseudoClassStateChanged(PseudoClass.getPseudoClass(c.groupStyle()), true);
            groupStyle = c.groupStyle();
        }
        showDots(c);
        showExtra(c);
        box.pseudoClassStateChanged(VOTED, c.mine() > 0);
        for (int i = 0; i < RANK.length; i++) {
            box.pseudoClassStateChanged(RANK[i], c.rank() == i + 1);
        }
    }

    private void showDots(SwotCard c) {
        int drawn = Math.min(c.dots(), DOTS_DRAWN);
        int own = Math.min(c.mine(), drawn);
        mine.setText("●".repeat(own));
        others.setText("●".repeat(drawn - own));
        visible(mine, own > 0);
        visible(others, drawn - own > 0);
        dotCount.setText(Integer.toString(c.dots()));
        visible(dotCount, c.dots() > 0);
        boolean voting = actions.votingOpen();
        if (voting && plus == null) {
            minus = mark(new FontIcon(Material2MZ.REMOVE), "swot.card.unvote", () -> actions.unvote(card.id()));
            plus = mark(new FontIcon(Material2AL.ADD), "swot.card.vote", () -> actions.vote(card.id()));
            top.getChildren().addAll(minus, plus);
        }
        if (plus != null) {
            visible(plus, voting);
            visible(minus, voting);
            // kept in place while hidden, so the + of every card lines up
            minus.setVisible(voting && c.mine() > 0);
        }
    }

    /** A small round mark to click: a label, as a button would cost a skin per card. */
    private Label mark(FontIcon icon, String key, Runnable action) {
        Label l = new Label(null, icon);
        l.getStyleClass().add("swot-vote-button");
        l.setAccessibleText(Messages.get(key));
        // one tooltip for every card's mark: a tooltip is a window of its own, costly to make per card
        Tooltip.install(l, SHARED_TIPS.computeIfAbsent(key + "|" + Messages.locale(), k -> new Tooltip(Messages.get(key))));
        l.setCursor(Cursor.HAND);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && card != null) {
                action.run();
                e.consume();
            }
        });
        // a press here must not start a drag or select the card under it
        l.setOnMousePressed(javafx.scene.input.MouseEvent::consume);
        return l;
    }

    private void showExtra(SwotCard c) {
        boolean hasMerged = !c.merged().isEmpty();
        if ((hasMerged || c.fromGap()) && extra == null) {
            buildExtra();
        }
        if (extra == null) {
            return;
        }
        visible(extra, hasMerged || c.fromGap());
        visible(gap, c.fromGap());
        visible(merged, hasMerged);
        boolean open = hasMerged && actions.expanded(c.id());
        if (hasMerged) {
            merged.setText(Messages.get("swot.card.merged", c.merged().size()));
            mergedTip.setText(String.join("\n", c.merged().stream().map(t -> "• " + t).toList()));
        }
        visible(mergedBox, open);
        mergedBox.getChildren().clear();
        if (open) {
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
        }
    }

    private void buildExtra() {
        gap = new Label(Messages.get("swot.card.fromGap"));
        gap.getStyleClass().add("swot-from-gap");
        gap.setMinWidth(Region.USE_PREF_SIZE);
        merged = new Hyperlink();
        merged.getStyleClass().add("swot-merged-link");
        merged.setMinWidth(Region.USE_PREF_SIZE);
        merged.setFocusTraversable(false);
        mergedTip = new Tooltip();
        merged.setTooltip(mergedTip);
        merged.setOnAction(e -> {
            if (card != null) {
                actions.toggleExpanded(card.id());
                show(card);
            }
        });
        extra = new HBox(6, gap, merged);
        extra.setAlignment(Pos.CENTER_LEFT);
        extra.getStyleClass().add("swot-card-foot");
        mergedBox = new VBox(2);
        mergedBox.getStyleClass().add("swot-merged-box");
        box.getChildren().addAll(extra, mergedBox);
    }

    private static void visible(Node n, boolean on) {
        if (n.isVisible() != on || n.isManaged() != on) {
            n.setVisible(on);
            n.setManaged(on);
        }
    }
}

package id.rembuk.ui.tows;

import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A column for the projector that shows as many of its items as fit, top down, and says how many
 * more there are ("+ 3 lainnya") instead of shrinking the text below what the back row can read.
 * The vision's projector uses it for the missions too.
 */
public final class FitColumn extends Region {
    private final Label more = new Label();
    private final IntFunction<String> moreText;
    private final double gap;
    private List<Node> items = List.of();

    /** @param moreText what to say when {@code n} items do not fit ("+ 3 strategi lain") */
    public FitColumn(double gap, IntFunction<String> moreText) {
        this.gap = gap;
        this.moreText = moreText;
        more.getStyleClass().add("pleno-more");
        getChildren().add(more);
        setMinHeight(0);
    }

    public void setItems(List<Node> nodes) {
        items = List.copyOf(nodes);
        getChildren().setAll(items);
        getChildren().add(more);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double bottom = getHeight() - in.getBottom();
        double y = in.getTop();
        more.setText(moreText.apply(items.size()));
        double moreH = more.prefHeight(w);
        int shown = 0;
        for (int i = 0; i < items.size(); i++) {
            Node n = items.get(i);
            double h = n.prefHeight(w);
            boolean last = i == items.size() - 1;
            double need = y + h + (last ? 0 : gap + moreH);
            if (need > bottom && !(shown == 0 && last && y + h <= bottom)) {
                break;
            }
            n.setVisible(true);
            n.resizeRelocate(in.getLeft(), y, w, h);
            y += h + gap;
            shown++;
        }
        for (int i = shown; i < items.size(); i++) {
            items.get(i).setVisible(false);
        }
        int hidden = items.size() - shown;
        more.setVisible(hidden > 0);
        if (hidden > 0) {
            more.setText(moreText.apply(hidden));
            more.resizeRelocate(in.getLeft(), y, w, more.prefHeight(w));
        }
    }

    /** How many items show; for tests and for the laptop's preview. */
    public long shown() {
        return items.stream().filter(Node::isVisible).count();
    }
}

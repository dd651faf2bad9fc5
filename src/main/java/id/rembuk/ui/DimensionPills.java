package id.rembuk.ui;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Labels;
import id.rembuk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The six dimensions (optionally after "all") as one row of pill toggles bound to a view model's
 * dimension: one click switches, and the codes are short enough for a 1366 px laptop. Ids are
 * {@code prefix + "-GOV"} (and {@code prefix + "-ALL"}), the row's {@code prefix + "s"}.
 */
public final class DimensionPills {
    private DimensionPills() {
    }

    /** Only the six dimensions; the property never becomes null. */
    public static HBox of(String idPrefix, ObjectProperty<Dimension> dimension) {
        return of(idPrefix, dimension, null, null);
    }

    /**
     * @param allText    text of the first toggle, which stands for all dimensions (null in the
     *                   property); null for no such toggle
     * @param allTooltip its tooltip and accessible text
     */
    public static HBox of(String idPrefix, ObjectProperty<Dimension> dimension, String allText, String allTooltip) {
        HBox row = new HBox();
        row.setId(idPrefix + "s");
        row.getStyleClass().add("dimension-pills");
        row.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup group = new ToggleGroup();
        List<Dimension> choices = new ArrayList<>();
        if (allText != null) {
            choices.add(null);
        }
        choices.addAll(List.of(Dimension.values()));
        for (int i = 0; i < choices.size(); i++) {
            Dimension d = choices.get(i);
            ToggleButton b = new ToggleButton(d == null ? allText : d.code());
            b.setId(idPrefix + "-" + (d == null ? "ALL" : d.code()));
            b.setUserData(d);
            b.setToggleGroup(group);
            String label = d == null ? allTooltip : Labels.defaults().dimension(d, Messages.locale());
            b.setTooltip(new Tooltip(label));
            b.setAccessibleText(label);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == choices.size() - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            row.getChildren().add(b);
        }
        Observe.whileAlive(row, () -> group.getToggles().stream()
                .filter(t -> t.getUserData() == dimension.get()).findFirst()
                .ifPresent(group::selectToggle), dimension);
        group.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                dimension.set((Dimension) t.getUserData());
            }
        });
        return row;
    }
}

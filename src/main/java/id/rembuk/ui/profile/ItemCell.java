package id.rembuk.ui.profile;

import id.rembuk.domain.Dimension;
import id.rembuk.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A chosen quick win in the list: its dimension's colour, its name, the programme's ref and how full its profile is. */
final class ItemCell extends ListCell<ProfileViewModel.Item> {
    private final Region band = new Region();
    private final Label name = new Label();
    private final Label ref = new Label();
    private final Label filled = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final HBox box;
    private final Tooltip tip = new Tooltip();

    ItemCell() {
        getStyleClass().add("profile-item");
        band.getStyleClass().add("profile-band");
        band.setMinWidth(6);
        band.setPrefWidth(6);
        name.getStyleClass().add("profile-item-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        ref.getStyleClass().add("profile-ref");
        ref.setMinWidth(Region.USE_PREF_SIZE);
        filled.getStyleClass().add("profile-muted");
        filled.setMinWidth(Region.USE_PREF_SIZE);
        bar.getStyleClass().addAll("profile-filled", "small");
        bar.setPrefWidth(70);
        bar.setMaxWidth(70);
        HBox meta = new HBox(8, ref, bar, filled);
        meta.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(4, name, meta);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(10, band, text);
        box.setMinWidth(0);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ProfileViewModel.Item item, boolean empty) {
        super.updateItem(item, empty);
        for (Dimension d : Dimension.values()) {
            getStyleClass().remove("dim-" + d.code());
        }
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        getStyleClass().add("dim-" + item.quickWin().dimension().code());
        name.setText(item.quickWin().name());
        ref.setText(item.ref().isEmpty() ? item.quickWin().dimension().code() + " · " + Messages.get("profile.direct")
                : item.ref());
        filled.setText(Messages.get("profile.filled", item.filled(), item.total()));
        bar.setProgress((double) item.filled() / item.total());
        bar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("complete"), item.filled() == item.total());
        tip.setText(Messages.get("profile.filled.tooltip", item.filled(), item.total()));
        setTooltip(tip);
        setText(null);
        setGraphic(box);
    }
}

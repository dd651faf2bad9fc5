package id.rembuk.ui.programme;

import id.rembuk.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * "GOV-3" on the dimension's colour, and a flag when the programme breaks a quick-win rule (the
 * rules in its tooltip), so the room sees early which programmes cannot be quick wins.
 */
final class RefCell extends TableCell<ProgrammeRow, ProgrammeRow> {
    @Override
    protected void updateItem(ProgrammeRow item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Label ref = new Label(item.ref());
        ref.getStyleClass().addAll("programme-ref", "dim-" + item.dimension().code());
        ref.setMinWidth(Label.USE_PREF_SIZE);
        // the flag under the ref keeps the column narrow
        VBox box = new VBox(4, ref);
        box.setAlignment(Pos.TOP_LEFT);
        if (!item.broken().isEmpty()) {
            FontIcon flag = new FontIcon(Material2OutlinedAL.FLAG);
            flag.getStyleClass().add("programme-flag");
            flag.setId("programmeFlag-" + item.ref());
            Label holder = new Label(null, flag);
            String why = Messages.get("programme.flag", "• " + String.join("\n• ", item.broken()));
            Tooltip tip = new Tooltip(why);
            tip.setShowDelay(Duration.millis(200));
            holder.setTooltip(tip);
            holder.setAccessibleText(why);
            box.getChildren().add(holder);
        }
        setGraphic(box);
    }
}

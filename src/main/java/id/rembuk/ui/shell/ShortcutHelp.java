package id.rembuk.ui.shell;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The F1 overlay: every keyboard shortcut with what it does. */
final class ShortcutHelp {
    record Row(String keys, String action) {
    }

    /** A heading with its keys; sections stand side by side so the list fits a 768-pixel screen. */
    record Section(String title, List<Row> rows) {
    }

    private static final double SECTION_WIDTH = 300;
    private final List<Section> sections;
    private final Runnable close;

    ShortcutHelp(List<Section> sections, Runnable close) {
        this.sections = sections;
        this.close = close;
    }

    Node root() {
        Label title = new Label(Messages.get("ui.shortcuts.title"), new FontIcon(Material2AL.KEYBOARD));
        title.getStyleClass().add(Styles.TITLE_3);
        Button closeButton = new Button(null, new FontIcon(Material2AL.CLOSE));
        closeButton.setId("shortcutsClose");
        closeButton.setAccessibleText(Messages.get("ui.shortcuts.close"));
        closeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox head = new HBox(title, gap, closeButton);
        head.setAlignment(Pos.CENTER_LEFT);

        // sections flow into columns of a readable width and the whole list scrolls: every
        // feature adds a section, and a 1024x768 screen must still show whole lines
        FlowPane columns = new FlowPane(36, 22);
        columns.setPrefWrapLength(SECTION_WIDTH * 3 + 72);
        for (Section section : sections) {
            GridPane grid = new GridPane();
            grid.setHgap(16);
            grid.setVgap(8);
            grid.setPrefWidth(SECTION_WIDTH);
            Label heading = new Label(section.title());
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            grid.add(heading, 0, 0, 2, 1);
            for (int i = 0; i < section.rows().size(); i++) {
                Label keys = new Label(section.rows().get(i).keys());
                keys.getStyleClass().add("key-cap");
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label action = new Label(section.rows().get(i).action());
                action.setWrapText(true);
                action.setMaxWidth(SECTION_WIDTH - 90);
                grid.add(keys, 0, i + 1);
                grid.add(action, 1, i + 1);
            }
            columns.getChildren().add(grid);
        }
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(SECTION_WIDTH * 3 + 72);
        scroll.setPrefViewportHeight(430);
        scroll.getStyleClass().add("page-scroll");
        Label hint = new Label(Messages.get("ui.shortcuts.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox card = new VBox(16, head, scroll, hint);
        card.setId("shortcutHelp");
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return card;
    }
}

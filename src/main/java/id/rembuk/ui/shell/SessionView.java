package id.rembuk.ui.shell;

import id.rembuk.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The open session: the sidebar of work areas and the selected area beside it. */
final class SessionView {
    private final NavigationRegistry navigation;

    SessionView(NavigationRegistry navigation) {
        this.navigation = navigation;
    }

    Node root() {
        StackPane area = new StackPane();
        area.setId("area");
        area.getStyleClass().add("area");
        VBox sidebar = new VBox(2);
        sidebar.setId("sidebar");
        sidebar.getStyleClass().add("sidebar");
        ToggleGroup group = new ToggleGroup();
        for (NavArea a : navigation.areas()) {
            navigation.sectionBefore(a.id()).ifPresent(key -> {
                Label heading = new Label(Messages.get(key));
                heading.getStyleClass().add("nav-section");
                heading.setId("nav-section-" + a.id());
                sidebar.getChildren().add(heading);
            });
            ToggleButton b = new ToggleButton(Messages.get(a.titleKey()), new FontIcon(a.icon()));
            b.setId("nav-" + a.id());
            b.setAccessibleText(Messages.get(a.titleKey()));
            b.getStyleClass().add("nav-item");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setToggleGroup(group);
            b.setUserData(a);
            b.setSelected(a.id().equals(navigation.selectedProperty().get()));
            sidebar.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                // a click on the selected area keeps it selected
                group.selectToggle(old);
                return;
            }
            NavArea a = (NavArea) t.getUserData();
            navigation.selectedProperty().set(a.id());
            area.getChildren().setAll(a.view().get());
        });
        navigation.areas().stream().filter(a -> a.id().equals(navigation.selectedProperty().get())).findFirst()
                .ifPresent(a -> area.getChildren().setAll(a.view().get()));
        BorderPane pane = new BorderPane(area);
        pane.setLeft(sidebar);
        pane.setId("session");
        return pane;
    }
}

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
    private static final javafx.css.PseudoClass ATTENTION = javafx.css.PseudoClass.getPseudoClass("attention");
    private final NavigationRegistry navigation;

    /** Keeps a weak listener alive exactly as long as the node it updates (the view is rebuilt on a language switch). */
    private static <T> javafx.beans.value.ChangeListener<T> keep(Node owner, javafx.beans.value.ChangeListener<T> l) {
        owner.getProperties().put(l, Boolean.TRUE);
        return l;
    }

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
            navigation.badgeOf(a.id()).ifPresent(count -> {
                String title = Messages.get(a.titleKey());
                b.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> count.get() > 0 ? title + " (" + count.get() + ")" : title, count));
                Runnable mark = () -> b.pseudoClassStateChanged(ATTENTION, count.get() > 0);
                count.addListener(new javafx.beans.value.WeakChangeListener<>(keep(b, (o, x, y) -> mark.run())));
                mark.run();
            });
            sidebar.getChildren().add(b);
        }
        // an area chosen elsewhere (a tile on the overview) is selected here too
        javafx.beans.value.ChangeListener<String> follow = (o, x, id) -> group.getToggles().stream()
                .filter(t -> ((NavArea) t.getUserData()).id().equals(id) && !t.isSelected())
                .findFirst().ifPresent(group::selectToggle);
        navigation.selectedProperty().addListener(new javafx.beans.value.WeakChangeListener<>(keep(sidebar, follow)));
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
        BorderPane pane = new BorderPane(id.rembuk.ui.FitScroll.around(area, true, "area-scroll"));
        pane.setLeft(id.rembuk.ui.FitScroll.around(sidebar, false, "sidebar-scroll"));
        pane.setId("session");
        return pane;
    }
}

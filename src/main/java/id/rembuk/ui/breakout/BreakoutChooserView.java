package id.rembuk.ui.breakout;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Group;
import id.rembuk.domain.Participant;
import id.rembuk.domain.People;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The sidebar area that turns this laptop into one group's screen, with or without a PIN. */
final class BreakoutChooserView {
    private final BreakoutFeature feature;
    private final ObservableValue<SessionState> state;

    BreakoutChooserView(BreakoutFeature feature, ObservableValue<SessionState> state) {
        this.feature = feature;
        this.state = state;
    }

    Node root() {
        Label title = new Label(Messages.get("breakout.chooseTitle"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label(Messages.get("breakout.chooseText"));
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        GridPane grid = new GridPane();
        grid.setId("breakoutGroups");
        grid.setHgap(14);
        grid.setVgap(14);
        Observe.whileAlive(grid, () -> fill(grid), state);
        VBox page = new VBox(16, title, text, grid);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        StackPane root = new StackPane(scroll);
        root.getStylesheets().add(BreakoutView.CSS);
        feature.overlayHost(root);
        return root;
    }

    private void fill(GridPane grid) {
        grid.getChildren().clear();
        SessionState s = state.getValue();
        if (s == null) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Dimension d : Dimension.values()) {
            ids.add(Group.idFor(d));
        }
        Records.read(s, EntityKind.GROUP, Group::from).records().forEach(g -> ids.add(g.id()));
        List<Participant> people = People.participants(s);
        int i = 0;
        for (String id : new ArrayList<>(ids)) {
            long size = people.stream().filter(p -> id.equals(p.group())).count();
            Label name = new Label(BreakoutViewModel.groupTitle(s, id));
            name.getStyleClass().add(Styles.TITLE_4);
            Label count = new Label(Messages.get("breakout.members", size), new FontIcon(Material2OutlinedMZ.PEOPLE));
            count.getStyleClass().add(Styles.TEXT_MUTED);
            Button open = new Button(Messages.get("breakout.open"), new FontIcon(Material2OutlinedAL.LAPTOP));
            open.setId("breakoutOpen-" + id);
            open.getStyleClass().add(Styles.ACCENT);
            // three cards a row at a projector's size: the words take a second line, not "..."
            open.setWrapText(true);
            open.setMinHeight(Button.USE_PREF_SIZE);
            open.setOnAction(e -> feature.offerToOpen(id));
            VBox card = new VBox(8, name, count, open);
            card.getStyleClass().addAll("breakout-choice", "group-" + id);
            grid.add(card, i % 3, i / 3);
            i++;
        }
    }
}

package id.rembuk.ui.shell;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.UiFormat;
import id.rembuk.ui.session.RecentSession;
import java.time.ZoneId;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The first screen: start a session, open one, try the sample, or pick up a recent one. */
final class WelcomeView {
    private final ShellViewModel shell;

    WelcomeView(ShellViewModel shell) {
        this.shell = shell;
    }

    Node root() {
        Label title = new Label(Messages.get("ui.welcome.title"));
        title.getStyleClass().addAll(Styles.TITLE_1);
        title.setWrapText(true);
        Label lead = new Label(Messages.get("ui.welcome.lead"));
        lead.getStyleClass().addAll(Styles.TEXT_MUTED, "welcome-lead");
        lead.setWrapText(true);

        Button create = action("welcomeNew", Material2AL.ADD, "ui.welcome.new", "ui.welcome.newHint",
                shell::newSession);
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        Button open = action("welcomeOpen", Material2OutlinedAL.FOLDER_OPEN, "ui.welcome.open", "ui.welcome.openHint",
                shell::chooseAndOpen);
        Button sample = action("welcomeSample", Material2OutlinedMZ.SCHOOL, "ui.welcome.sample",
                "ui.welcome.sampleHint", shell::openSample);
        Button back = action("welcomeBack", Material2AL.ARROW_BACK, "ui.welcome.back", "ui.welcome.backHint",
                shell::returnToSession);
        back.visibleProperty().bind(shell.stateProperty().isNotNull());
        back.managedProperty().bind(back.visibleProperty());

        VBox actions = new VBox(12, title, lead, create, open, sample, back);
        actions.getStyleClass().add("welcome-actions");
        actions.setFillWidth(true);

        Label recentTitle = new Label(Messages.get("ui.welcome.recent"));
        recentTitle.getStyleClass().add(Styles.TITLE_4);
        ListView<RecentSession> recent = new ListView<>(shell.recent());
        recent.setId("recentList");
        recent.setAccessibleText(Messages.get("ui.welcome.recent"));
        recent.getStyleClass().addAll(Styles.STRIPED, "recent-list");
        recent.setCellFactory(l -> new RecentCell());
        Label empty = new Label(Messages.get("ui.welcome.recentEmpty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        recent.setPlaceholder(empty);
        recent.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(recent);
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(recent);
            }
        });
        VBox.setVgrow(recent, Priority.ALWAYS);
        VBox recentBox = new VBox(10, recentTitle, recent);
        recentBox.getStyleClass().add("welcome-recent");
        HBox.setHgrow(recentBox, Priority.ALWAYS);

        HBox columns = new HBox(40, actions, recentBox);
        columns.getStyleClass().add("welcome");
        columns.setMaxWidth(1100);
        columns.setMaxHeight(560);
        columns.setAlignment(Pos.TOP_LEFT);
        StackPane page = new StackPane(columns);
        page.setId("welcome");
        page.getStyleClass().add("welcome-page");
        return page;
    }

    private void openSelected(ListView<RecentSession> list) {
        RecentSession r = list.getSelectionModel().getSelectedItem();
        if (r != null) {
            shell.openRecent(r);
        }
    }

    private static Button action(String id, org.kordamp.ikonli.Ikon icon, String titleKey, String hintKey,
                                 Runnable run) {
        Label name = new Label(Messages.get(titleKey));
        name.getStyleClass().add("action-title");
        Label hint = new Label(Messages.get(hintKey));
        hint.getStyleClass().add("action-hint");
        Button b = new Button(null, new HBox(14, iconOf(icon), new VBox(2, name, hint)));
        b.setId(id);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setAccessibleText(Messages.get(titleKey));
        b.getStyleClass().add("welcome-action");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setOnAction(e -> run.run());
        return b;
    }

    private static Node iconOf(org.kordamp.ikonli.Ikon icon) {
        FontIcon f = new FontIcon(icon);
        f.getStyleClass().add("action-icon");
        StackPane p = new StackPane(f);
        p.getStyleClass().add("action-icon-box");
        return p;
    }

    private static final class RecentCell extends ListCell<RecentSession> {
        @Override
        protected void updateItem(RecentSession r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label region = new Label(r.region());
            region.getStyleClass().add(Styles.TEXT_BOLD);
            String stage = r.stage().isEmpty() ? "" : Messages.get("ui.stage", r.stage()) + " · ";
            Label detail = new Label(stage + Messages.get("ui.welcome.lastOpened",
                    UiFormat.shortDayAndTime(r.lastOpened().atZone(ZoneId.systemDefault()).toLocalDateTime())));
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            FontIcon icon = new FontIcon(Material2OutlinedAL.INSERT_DRIVE_FILE);
            HBox row = new HBox(12, icon, new VBox(2, region, detail));
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
            setAccessibleText(r.region());
        }
    }
}

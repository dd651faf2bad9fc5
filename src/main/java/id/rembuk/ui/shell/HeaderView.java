package id.rembuk.ui.shell;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import id.rembuk.domain.SessionInfo;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.UiFormat;
import java.time.LocalTime;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The band under the menu: which session is open, its stage and days, and whether all is saved. */
final class HeaderView {
    private final ShellViewModel shell;

    HeaderView(ShellViewModel shell) {
        this.shell = shell;
    }

    Node root() {
        Label region = new Label();
        region.setId("headerRegion");
        region.getStyleClass().addAll(Styles.TITLE_3, "header-title");
        region.textProperty().bind(Bindings.createStringBinding(
                () -> info() == null ? Messages.get("app.name") : info().region(), shell.infoProperty()));

        Label stage = new Label();
        stage.setId("headerStage");
        stage.getStyleClass().add("stage-badge");
        stage.textProperty().bind(Bindings.createStringBinding(
                () -> info() == null ? "" : UiFormat.stage(info()), shell.infoProperty()));
        stage.visibleProperty().bind(shell.infoProperty().isNotNull());
        stage.managedProperty().bind(stage.visibleProperty());

        Label sample = new Label(Messages.get("ui.header.sample"));
        sample.setId("headerSample");
        sample.getStyleClass().add("sample-badge");
        sample.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> info() != null && info().sample(), shell.infoProperty()));
        sample.managedProperty().bind(sample.visibleProperty());

        Label dates = new Label();
        dates.setId("headerDates");
        dates.getStyleClass().add(Styles.TEXT_MUTED);
        dates.textProperty().bind(Bindings.createStringBinding(
                () -> info() == null ? Messages.get("ui.header.tagline") : UiFormat.days(info()), shell.infoProperty()));
        dates.graphicProperty().bind(Bindings.createObjectBinding(
                () -> info() == null ? null : new FontIcon(Material2AL.EVENT), shell.infoProperty()));

        Label groupCopy = new Label();
        groupCopy.setId("headerGroupCopy");
        groupCopy.getStyleClass().add("sample-badge");
        groupCopy.textProperty().bind(Bindings.createStringBinding(() -> shell.groupCopyProperty().get() == null ? ""
                : Messages.get("merge.header.groupCopy", shell.groupCopyProperty().get()), shell.groupCopyProperty()));
        groupCopy.visibleProperty().bind(shell.groupCopyProperty().isNotNull());
        groupCopy.managedProperty().bind(groupCopy.visibleProperty());
        groupCopy.tooltipProperty().bind(Bindings.createObjectBinding(() -> shell.groupCopyProperty().get() == null
                ? null : new javafx.scene.control.Tooltip(Messages.get("merge.header.groupCopyHelp",
                shell.groupCopyProperty().get())), shell.groupCopyProperty()));

        HBox titleLine = new HBox(10, region, stage, sample, groupCopy);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(2, titleLine, dates);

        Label saved = new Label();
        saved.setId("saveStatus");
        saved.getStyleClass().add("save-status");
        saved.textProperty().bind(Bindings.createStringBinding(this::saveText,
                shell.saveStatusProperty(), shell.lastSavedProperty()));
        saved.graphicProperty().bind(Bindings.createObjectBinding(() -> switch (shell.saveStatusProperty().get()) {
            case SAVING -> new FontIcon(Material2MZ.SYNC);
            case SAVED -> new FontIcon(Material2AL.CLOUD_DONE);
            case NO_SESSION -> null;
        }, shell.saveStatusProperty()));
        saved.setAccessibleHelp(Messages.get("ui.header.saveHelp"));

        HBox header = new HBox(16, left, new Spacer(), saved);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setId("header");
        header.getStyleClass().add("app-header");
        return header;
    }

    private SessionInfo info() {
        return shell.infoProperty().get();
    }

    private String saveText() {
        LocalTime at = shell.lastSavedProperty().get();
        return switch (shell.saveStatusProperty().get()) {
            case NO_SESSION -> "";
            case SAVING -> Messages.get("ui.save.saving");
            case SAVED -> at == null ? Messages.get("ui.save.saved") : Messages.get("ui.save.savedAt", UiFormat.time(at));
        };
    }
}

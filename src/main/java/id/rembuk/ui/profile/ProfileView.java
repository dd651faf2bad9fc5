package id.rembuk.ui.profile;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Dimension;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The chosen quick wins at the left and the Buku IV profile of the selected one at the right, as a
 * form that scrolls. Ctrl+↑/↓ moves through the quick wins from anywhere; a field is saved when
 * it is left.
 */
public final class ProfileView {
    static final String CSS = ProfileView.class.getResource("/id/rembuk/ui/profile/profile.css").toExternalForm();

    private final ProfileViewModel vm;
    private final Consumer<String> project;
    private final ListView<ProfileViewModel.Item> list = new ListView<>();
    private final VBox proposeForm = new VBox(6);
    private final TextField proposeName = new TextField();
    private final ComboBox<Dimension> proposeDimension = new ComboBox<>();

    /** @param project shows a quick win's profile on the room's screen; null hides the button */
    public ProfileView(ProfileViewModel vm, Consumer<String> project) {
        this.vm = vm;
        this.project = project;
    }

    public Node root() {
        BorderPane content = new BorderPane();
        content.setTop(toolbar());
        content.setLeft(listPane());
        content.setCenter(formPane());
        content.visibleProperty().bind(vm.hasSessionProperty());

        Label none = new Label(Messages.get("profile.noSession"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(vm.hasSessionProperty().not());

        StackPane root = new StackPane(content, none);
        root.setId("profile");
        root.getStyleClass().add("profile");
        root.getStylesheets().add(CSS);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                e.consume();
                vm.step(e.getCode() == KeyCode.UP ? -1 : 1);
            }
        });
        return root;
    }

    private Node toolbar() {
        Label title = new Label(Messages.get("profile.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("profileSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Observe.whileAlive(summary, () -> summary.setText(Messages.get("profile.summary", vm.items().size(),
                vm.items().stream().filter(i -> i.filled() == i.total()).count())), vm.items());
        VBox titles = new VBox(0, title, summary);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox bar = new HBox(12, titles);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("profile-toolbar");
        if (project != null) {
            Button show = new Button(Messages.get("profile.project"), new FontIcon(Material2OutlinedMZ.PRESENT_TO_ALL));
            show.setId("profileProject");
            show.setMinWidth(Region.USE_PREF_SIZE);
            show.setTooltip(new Tooltip(Messages.get("profile.project.tooltip")));
            show.disableProperty().bind(vm.selectedProperty().isNull());
            show.setOnAction(e -> project.accept(vm.selectedIdProperty().get()));
            bar.getChildren().add(show);
        }
        return bar;
    }

    private Node listPane() {
        Button propose = new Button(Messages.get("profile.propose"), new FontIcon(Material2OutlinedAL.ADD));
        propose.setId("profilePropose");
        propose.setMaxWidth(Double.MAX_VALUE);
        propose.setTooltip(new Tooltip(Messages.get("profile.propose.tooltip")));
        propose.setOnAction(e -> openPropose());

        list.setId("profileList");
        list.setItems(vm.items());
        list.setCellFactory(v -> new ItemCell());
        Label empty = new Label(Messages.get("profile.list.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("profile-muted");
        empty.setMaxWidth(240);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        // the list follows the model's selection, and a pick in the list sets it; later, because the list
        // drops its selection when its items are replaced and may do so after this listener has run
        Observe.whileAlive(list, () -> Platform.runLater(this::showSelection), vm.selectedIdProperty(), vm.items());
        // only a person's pick is passed on: the list also moves its selection by itself when its items
        // are replaced (after every write), and that must not take the form back to another quick win
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> pick());
        list.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode().isNavigationKey() && !e.isShortcutDown()) {
                pick();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.INSERT) {
                e.consume();
                openPropose();
            } else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                vm.deleteSelected();
            }
        });

        VBox box = new VBox(8, propose, proposeForm(), list);
        box.setId("profileListPane");
        box.getStyleClass().add("profile-list-pane");
        box.setPrefWidth(270);
        box.setMinWidth(240);
        return box;
    }

    private void pick() {
        ProfileViewModel.Item i = list.getSelectionModel().getSelectedItem();
        if (i != null) {
            vm.selectedIdProperty().set(i.id());
        }
    }

    private void showSelection() {
        String id = vm.selectedIdProperty().get();
        vm.items().stream().filter(i -> i.id().equals(id)).findFirst().ifPresentOrElse(i -> {
            ProfileViewModel.Item shown = list.getSelectionModel().getSelectedItem();
            if (shown == null || !shown.equals(i)) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
            }
        }, () -> list.getSelectionModel().clearSelection());
    }

    private Node proposeForm() {
        Label nameLabel = new Label(Messages.get("profile.propose.name"));
        nameLabel.setLabelFor(proposeName);
        proposeName.setId("profileProposeName");
        Label dimLabel = new Label(Messages.get("profile.propose.dimension"));
        dimLabel.setLabelFor(proposeDimension);
        proposeDimension.setId("profileProposeDimension");
        proposeDimension.getItems().setAll(Dimension.values());
        proposeDimension.setMaxWidth(Double.MAX_VALUE);
        proposeDimension.setCellFactory(v -> dimensionCell());
        proposeDimension.setButtonCell(dimensionCell());
        Button ok = new Button(Messages.get("profile.propose.ok"));
        ok.setId("profileProposeOk");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.setOnAction(e -> submitPropose());
        Button cancel = new Button(Messages.get("profile.propose.cancel"));
        cancel.setOnAction(e -> closePropose());
        HBox buttons = new HBox(8, ok, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        proposeForm.getChildren().setAll(nameLabel, proposeName, dimLabel, proposeDimension, buttons);
        proposeForm.setId("profileProposeForm");
        proposeForm.getStyleClass().add("profile-propose");
        proposeForm.setVisible(false);
        proposeForm.managedProperty().bind(proposeForm.visibleProperty());
        proposeForm.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                closePropose();
            } else if (e.getCode() == KeyCode.ENTER && !proposeDimension.isShowing()) {
                e.consume();
                submitPropose();
            }
        });
        return proposeForm;
    }

    private ListCell<Dimension> dimensionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Dimension d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.code() + " · " + vm.labels().dimension(d, Messages.locale()));
            }
        };
    }

    private void openPropose() {
        proposeName.clear();
        proposeDimension.setValue(vm.quickWin().map(q -> q.dimension()).orElse(Dimension.GOV));
        proposeForm.setVisible(true);
        Platform.runLater(proposeName::requestFocus);
    }

    private void submitPropose() {
        if (vm.propose(proposeName.getText(), proposeDimension.getValue())) {
            proposeForm.setVisible(false);
            // the new quick win's profile is what comes next
            Node problem = list.getScene() == null ? null : list.getScene().lookup("#profileField-PROBLEM");
            if (problem != null) {
                problem.requestFocus();
            } else {
                list.requestFocus();
            }
        }
    }

    private void closePropose() {
        proposeForm.setVisible(false);
        list.requestFocus();
    }

    private Node formPane() {
        Label hint = new Label();
        hint.setId("profileHint");
        hint.getStyleClass().add("profile-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.textProperty().bind(vm.hintProperty());
        hint.visibleProperty().bind(vm.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        ProfileForm form = new ProfileForm(vm);
        ScrollPane scroll = new ScrollPane(form.root());
        scroll.setId("profileScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("profile-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        form.followFocus(scroll);
        form.fitTo(scroll);

        Label keys = new Label(Messages.get("profile.hint.keys"));
        keys.getStyleClass().add("profile-keys");
        keys.setWrapText(true);

        VBox pane = new VBox(form.heading(), hint, scroll, keys);
        pane.getStyleClass().add("profile-form-pane");
        pane.visibleProperty().bind(vm.selectedProperty().isNotNull());

        Label empty = new Label(Messages.get("profile.empty"), new FontIcon(Material2OutlinedAL.INFO));
        empty.setWrapText(true);
        empty.getStyleClass().add("profile-banner");
        empty.setMaxWidth(560);
        empty.visibleProperty().bind(vm.selectedProperty().isNull());
        return new StackPane(pane, empty);
    }
}

package id.rembuk.ui.programme;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Programme;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.DimensionPills;
import id.rembuk.ui.Observe;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The programme matrix on the laptop: the dimension chooser and filters above, the table in the
 * middle, counts and budgets per dimension below, and the side form for the long fields at the
 * right while it is open.
 */
public final class ProgrammeView {
    static final String CSS = ProgrammeView.class.getResource("/id/rembuk/ui/programme/programme.css")
            .toExternalForm();

    private final ProgrammeViewModel vm;
    private final boolean chooseDimension;
    private final Consumer<Dimension> project;
    private ProgrammeTable table;
    private TextField search;

    /**
     * @param chooseDimension false on a group's laptop, where the dimension is the group's
     * @param project         shows a dimension's programmes on the room's screen; null hides the button
     */
    public ProgrammeView(ProgrammeViewModel vm, boolean chooseDimension, Consumer<Dimension> project) {
        this.vm = vm;
        this.chooseDimension = chooseDimension;
        this.project = project;
    }

    public Node root() {
        ProgrammeForm[] form = new ProgrammeForm[1];
        table = new ProgrammeTable(vm, chooseDimension ? 1 : 1.15, this::addTo, (row, at) -> form[0].open(row, at));
        form[0] = new ProgrammeForm(vm, () -> table.backToTable());
        // the form lies over the table's right-hand columns: the table keeps its width and the row's
        // ref, name and activities stay in view beside it
        StackPane middle = new StackPane(table.table(), form[0].root());
        StackPane.setAlignment(form[0].root(), Pos.TOP_RIGHT);
        StackPane.setMargin(table.table(), new javafx.geometry.Insets(0, 12, 0, 12));
        StackPane.setMargin(form[0].root(), new javafx.geometry.Insets(0, 12, 8, 0));
        BorderPane content = new BorderPane(middle);
        content.setTop(new VBox(toolbar(), filters(), message()));
        content.setBottom(totals());
        content.visibleProperty().bind(vm.hasSessionProperty());

        Label none = new Label(Messages.get("programme.noSession"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(vm.hasSessionProperty().not());

        StackPane root = new StackPane(content, none);
        root.setId("programme");
        root.getStyleClass().add("programme");
        if (!chooseDimension) {
            root.getStyleClass().add("programme-compact");
        }
        root.getStylesheets().add(CSS);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F && e.isShortcutDown()) {
                search.requestFocus();
                search.selectAll();
                e.consume();
                return;
            }
            // Insert from the filters too: an empty table has no cell to take the key
            if (e.getCode() == KeyCode.INSERT && !(root.getScene().getFocusOwner() instanceof TextInputControl)
                    && !form[0].isOpen()) {
                table.add();
                e.consume();
            }
        });
        return root;
    }

    /** A new programme goes to the chosen dimension, else to the selected programme's, else to the first. */
    private Dimension addTo() {
        Dimension d = vm.dimensionProperty().get();
        if (d != null) {
            return d;
        }
        return table.selected().map(ProgrammeRow::dimension).orElse(Dimension.GOV);
    }

    private Node toolbar() {
        Label title = new Label(Messages.get("programme.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setVisible(chooseDimension);
        title.setManaged(chooseDimension);
        Label summary = new Label();
        summary.setId("programmeSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        table.headerFont(summary.fontProperty());
        VBox titles = new VBox(0, title, summary);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox bar = new HBox(12, titles);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("programme-toolbar");
        if (chooseDimension) {
            bar.getChildren().add(dimensions());
        }
        if (project != null) {
            Button show = new Button(Messages.get("programme.project"), new FontIcon(Material2OutlinedMZ.PRESENT_TO_ALL));
            show.setId("programmeProject");
            show.setMinWidth(Region.USE_PREF_SIZE);
            show.setTooltip(new Tooltip(Messages.get("programme.project.tooltip")));
            show.setOnAction(e -> project.accept(addTo()));
            bar.getChildren().add(show);
        }
        return bar;
    }

    /** "Semua" and the six dimensions as one row of toggles. */
    private Node dimensions() {
        return DimensionPills.of("programmeDimension", vm.dimensionProperty(), Messages.get("programme.allDimensions"),
                Messages.get("programme.allDimensions.tooltip"));
    }

    private Node filters() {
        ComboBox<Programme.Horizon> horizon = new ComboBox<>();
        horizon.setId("programmeHorizonFilter");
        horizon.getItems().add(null);
        horizon.getItems().addAll(Programme.Horizon.values());
        horizon.setConverter(new StringConverter<>() {
            @Override
            public String toString(Programme.Horizon h) {
                return h == null ? Messages.get("programme.filter.allHorizons")
                        : Messages.get("programme.horizon." + h.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Programme.Horizon fromString(String s) {
                return null;
            }
        });
        horizon.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Programme.Horizon h, boolean empty) {
                super.updateItem(h, empty);
                setText(horizon.getConverter().toString(h));
            }
        });
        horizon.setValue(vm.horizonProperty().get());
        horizon.valueProperty().bindBidirectional(vm.horizonProperty());
        horizon.setAccessibleText(Messages.get("programme.filter.horizon"));

        TextField opd = new TextField();
        opd.setId("programmeOpdFilter");
        opd.setPromptText(Messages.get("programme.filter.opd"));
        opd.setAccessibleText(Messages.get("programme.filter.opd"));
        opd.textProperty().bindBidirectional(vm.opdProperty());
        opd.setPrefColumnCount(12);

        search = new TextField();
        search.setId("programmeSearch");
        search.setPromptText(Messages.get("programme.filter.search"));
        search.setAccessibleText(Messages.get("programme.filter.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setPrefColumnCount(16);
        HBox.setHgrow(search, Priority.SOMETIMES);
        for (TextField f : List.of(opd, search)) {
            f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && !f.getText().isEmpty()) {
                    f.clear();
                    e.consume();
                } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
                    table.backToTable();
                    e.consume();
                }
            });
        }

        Button add = new Button(Messages.get("programme.add"), new FontIcon(Material2AL.ADD));
        add.setId("programmeAdd");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip(Messages.get("programme.add.tooltip")));
        add.setOnAction(e -> table.add());
        Button edit = new Button(Messages.get("programme.form.open"), new FontIcon(Material2MZ.NOTES));
        edit.setId("programmeFormOpen");
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.setTooltip(new Tooltip(Messages.get("programme.form.open.tooltip")));
        edit.setOnAction(e -> {
            table.backToTable();
            table.selected().ifPresent(r -> table.edit());
        });
        edit.disableProperty().bind(table.table().getSelectionModel().selectedItemProperty().isNull());

        if (!chooseDimension) {
            // a group's laptop is narrow for its larger type: the buttons say it in their tooltips
            add.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            edit.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }
        horizon.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, new FontIcon(Material2OutlinedAL.FILTER_ALT), horizon, opd, search, gap, edit, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("programme-filters");
        return bar;
    }

    private Node message() {
        Label text = new Label();
        text.setId("programmeMessage");
        text.setWrapText(true);
        text.setGraphic(new FontIcon(Material2OutlinedAL.ERROR_OUTLINE));
        text.getStyleClass().add("programme-message");
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(vm.messageProperty());
        text.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        text.managedProperty().bind(text.visibleProperty());
        return text;
    }

    /** A chip per dimension: "GOV 3 program · Rp 3,65 M". */
    private Node totals() {
        // wraps rather than widening the screen when six dimensions do not fit one line
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(14, 4);
        bar.setId("programmeTotals");
        bar.getStyleClass().add("programme-totals");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(0);
        bar.setPrefWrapLength(1140);
        Observe.whileAlive(bar, () -> {
            bar.getChildren().clear();
            for (ProgrammeViewModel.Total t : vm.totals()) {
                Label code = new Label(t.dimension().code());
                code.getStyleClass().addAll("programme-ref", "dim-" + t.dimension().code());
                Label l = new Label(Messages.get("programme.total", t.count(),
                        IndonesianFormat.rupiahShort(t.budget())), code);
                l.setId("programmeTotal-" + t.dimension().code());
                l.getStyleClass().add("programme-total");
                l.setMinWidth(Region.USE_PREF_SIZE);
                l.setTooltip(new Tooltip(Messages.get("programme.total.tooltip", t.count(),
                        IndonesianFormat.rupiah(t.budget()))));
                bar.getChildren().add(l);
            }
        }, vm.totals());
        return bar;
    }
}

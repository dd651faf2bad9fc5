package id.rembuk.ui.tows;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Strategy;
import id.rembuk.domain.SwotItem;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.DimensionPills;
import id.rembuk.ui.Observe;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The classic TOWS layout: the opportunities and threats across the top, the strengths and
 * weaknesses down the side, and the four cells of strategies where they meet. The editor opens at
 * the right while a strategy is written; the matrix stays in view so the links can be checked.
 */
public final class TowsView {
    static final String CSS = TowsView.class.getResource("/id/rembuk/ui/tows/tows.css").toExternalForm();
    private static final PseudoClass SELECTING = PseudoClass.getPseudoClass("selecting");

    private final TowsViewModel vm;
    private final boolean chooseDimension;
    private final Runnable project;
    private final Map<Strategy.Type, StrategyBox> cells = new EnumMap<>(Strategy.Type.class);

    /**
     * @param chooseDimension false on a group's laptop, where the dimension is the group's
     * @param project         shows the matrix on the room's screen; null hides the button
     */
    public TowsView(TowsViewModel vm, boolean chooseDimension, Runnable project) {
        this.vm = vm;
        this.chooseDimension = chooseDimension;
        this.project = project;
    }

    public Node root() {
        StrategyEditor editor = new StrategyEditor(vm);
        Node editorPane = editor.root();
        editorPane.visibleProperty().bind(vm.editingProperty());
        editorPane.managedProperty().bind(vm.editingProperty());

        BorderPane board = new BorderPane();
        board.setTop(new VBox(toolbar(), banner(), selection()));
        board.setCenter(matrix());
        // the editor takes the full height beside the matrix: its two card lists need the room
        BorderPane content = new BorderPane(board);
        content.setRight(editorPane);
        content.visibleProperty().bind(vm.hasSessionProperty());

        Label none = new Label(Messages.get("tows.noSession"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(vm.hasSessionProperty().not());

        StackPane root = new StackPane(content, none);
        root.setId("tows");
        root.getStyleClass().add("tows");
        if (!chooseDimension) {
            // a group's screen sets large type for the table; the nine boxes need a little less of it
            root.getStyleClass().add("tows-compact");
        }
        root.getStylesheets().add(CSS);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !vm.editingProperty().get()
                    && (vm.selectedCardProperty().get() != null || vm.selectedStrategyProperty().get() != null)) {
                e.consume();
                vm.selectedCardProperty().set(null);
                vm.selectedStrategyProperty().set(null);
            }
        });
        // the model outlives this view: it holds the listener weakly, the view's node strongly
        ChangeListener<Boolean> focus = focusOnEdit(editor);
        vm.editingProperty().addListener(new WeakChangeListener<>(focus));
        root.getProperties().put(ChangeListener.class, focus);
        return root;
    }

    /** The text gets the keyboard when the editor opens; the strategy's cell gets it back after. */
    private ChangeListener<Boolean> focusOnEdit(StrategyEditor editor) {
        return (o, was, now) -> Platform.runLater(() -> {
            if (now) {
                editor.focus();
            } else {
                Strategy.Type t = vm.matrixProperty().get().strategy(vm.selectedStrategyProperty().get())
                        .map(TowsMatrix.Entry::type).orElse(vm.draftTypeProperty().get());
                cells.get(t).list().requestFocus();
            }
        });
    }

    private Node toolbar() {
        Label title = new Label(Messages.get("tows.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // on a group's screen the tab already says it
        title.setVisible(chooseDimension);
        title.setManaged(chooseDimension);
        Label summary = new Label();
        summary.setId("towsSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinWidth(0);
        VBox titles = new VBox(0, title, summary);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox bar = new HBox(16, titles);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tows-toolbar");
        if (chooseDimension) {
            bar.getChildren().add(dimensions());
        }
        if (project != null) {
            Button show = new Button(Messages.get("tows.project"), new FontIcon(Material2OutlinedMZ.PRESENT_TO_ALL));
            show.setId("towsProject");
            show.setMinWidth(Region.USE_PREF_SIZE);
            show.setTooltip(new Tooltip(Messages.get("tows.project.tooltip")));
            show.setOnAction(e -> project.run());
            bar.getChildren().add(show);
        }
        return bar;
    }

    private Node dimensions() {
        return DimensionPills.of("towsDimension", vm.dimensionProperty());
    }

    private Node banner() {
        Label text = new Label(Messages.get("tows.stageOne"), new FontIcon(Material2OutlinedAL.INFO));
        text.setId("towsStageOne");
        text.setWrapText(true);
        text.getStyleClass().add("tows-banner");
        text.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(text);
        box.setStyle("-fx-padding: 0 1.2em 0.5em 1.2em;");
        box.visibleProperty().bind(vm.elementStageProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node selection() {
        Label line = new Label();
        line.setId("towsSelection");
        line.getStyleClass().add("tows-selection");
        line.setMaxWidth(Double.MAX_VALUE);
        Observe.whileAlive(line, () -> {
            String s = vm.selectionTextProperty().get();
            line.setText(s.isEmpty() ? Messages.get("tows.selection.none") : s);
            line.getStyleClass().remove("active");
            if (!s.isEmpty()) {
                line.getStyleClass().add("active");
            }
        }, vm.selectionTextProperty());
        return line;
    }

    private Node matrix() {
        GridPane grid = new GridPane();
        grid.setId("towsMatrix");
        grid.getStyleClass().addAll("tows-grid", "tows-matrix");
        grid.setHgap(8);
        grid.setVgap(8);
        for (double w : new double[] {26, 37, 37}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(w);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        for (double h : new double[] {28, 36, 36}) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(h);
            r.setVgrow(Priority.ALWAYS);
            r.setFillHeight(true);
            grid.getRowConstraints().add(r);
        }
        Label dimension = new Label();
        dimension.setId("towsDimensionName");
        dimension.getStyleClass().add("tows-corner-title");
        dimension.setWrapText(true);
        dimension.setMinHeight(Region.USE_PREF_SIZE);
        dimension.textProperty().bind(vm.dimensionLabelProperty());
        Label axes = new Label(Messages.get("tows.corner"));
        axes.getStyleClass().add("tows-corner");
        axes.setWrapText(true);
        VBox corner = new VBox(4, dimension, axes);
        corner.setAlignment(Pos.CENTER);
        corner.getStyleClass().add("tows-corner-box");
        grid.add(corner, 0, 0);
        grid.add(new CardBox(vm, SwotItem.Quadrant.O).root(), 1, 0);
        grid.add(new CardBox(vm, SwotItem.Quadrant.T).root(), 2, 0);
        grid.add(new CardBox(vm, SwotItem.Quadrant.S).root(), 0, 1);
        grid.add(new CardBox(vm, SwotItem.Quadrant.W).root(), 0, 2);
        for (Strategy.Type t : Strategy.Type.values()) {
            StrategyBox box = new StrategyBox(vm, t);
            cells.put(t, box);
            boolean strengths = TowsViewModel.internal(t) == SwotItem.Quadrant.S;
            boolean opportunities = TowsViewModel.external(t) == SwotItem.Quadrant.O;
            grid.add(box.root(), opportunities ? 1 : 2, strengths ? 1 : 2);
        }
        Observe.whileAlive(grid, () -> grid.pseudoClassStateChanged(SELECTING,
                vm.selectedCardProperty().get() != null || vm.selectedStrategyProperty().get() != null),
                vm.selectedCardProperty(), vm.selectedStrategyProperty());
        return grid;
    }
}

package id.rembuk.ui.quickwin;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.Observe;
import id.rembuk.ui.quickwin.QuickWinViewModel.Prompt;
import id.rembuk.ui.quickwin.QuickWinViewModel.Tally;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The quick-win grid on the facilitator's laptop: the grid on the left, the selected programme,
 * the prompt for a note or reason, and all programmes by quadrant on the right. The arrow keys
 * walk the bubbles, Alt+arrows move one (asking for the note), Enter chooses, Delete un-chooses.
 */
public final class QuickWinView {
    static final String CSS = QuickWinView.class.getResource("/id/rembuk/ui/quickwin/quickwin.css").toExternalForm();

    private final QuickWinViewModel vm;
    private final Runnable project;
    private final GridChart chart = new GridChart(false, true);
    private final ListView<Portfolio.Entry> list = new ListView<>();
    private PromptBox prompt;
    private boolean syncing;

    /** @param project shows the grid on the room's screen; null hides the button */
    public QuickWinView(QuickWinViewModel vm, Runnable project) {
        this.vm = vm;
        this.project = project;
    }

    public Node root() {
        prompt = new PromptBox(vm);
        BorderPane content = new BorderPane();
        content.setTop(toolbar());
        content.setCenter(grid());
        content.setRight(side());
        content.visibleProperty().bind(vm.hasSessionProperty());

        Label none = new Label(Messages.get("quickwin.noSession"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(vm.hasSessionProperty().not());

        StackPane root = new StackPane(content, none);
        root.setId("quickwin");
        root.getStyleClass().add("quickwin");
        root.getStylesheets().add(CSS);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        // the model outlives this view: it holds the listener weakly, the view's node strongly
        ChangeListener<Prompt> focus = (o, was, now) -> Platform.runLater(() -> {
            if (now != null) {
                prompt.focus();
            } else if (was != null) {
                chart.requestFocus();
            }
        });
        vm.promptProperty().addListener(new WeakChangeListener<>(focus));
        root.getProperties().put(ChangeListener.class, focus);
        return root;
    }

    private void keys(KeyEvent e) {
        String id = vm.selectedProperty().get();
        boolean typing = e.getTarget() instanceof TextInputControl;
        KeyCode k = e.getCode();
        if (e.isAltDown() && k.isArrowKey()) {
            double step = e.isShiftDown() ? QuickWinViewModel.FINE_STEP : QuickWinViewModel.STEP;
            double di = k == KeyCode.UP ? step : k == KeyCode.DOWN ? -step : 0;
            double de = k == KeyCode.RIGHT ? step : k == KeyCode.LEFT ? -step : 0;
            vm.moveSelected(di, de);
            e.consume();
        } else if (e.isAltDown() && k == KeyCode.BACK_SPACE && id != null) {
            vm.resetNudge(id);
            e.consume();
        } else if (k == KeyCode.ESCAPE) {
            // an Esc with nothing to undo here goes on (the projector leaves full screen on it)
            if (vm.promptProperty().get() != null) {
                vm.cancelPrompt();
                e.consume();
            } else if (id != null) {
                vm.select(null);
                e.consume();
            }
        } else if (typing || vm.promptProperty().get() != null || id == null
                || (e.getTarget() != chart && e.getTarget() != list)) {
            // Enter on a button presses the button
            return;
        } else if (k == KeyCode.ENTER) {
            vm.startChoose(id);
            e.consume();
        } else if (k == KeyCode.DELETE) {
            vm.startUnchoose(id);
            e.consume();
        }
    }

    private Node toolbar() {
        Label title = new Label(Messages.get("quickwin.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("qwSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        VBox titles = new VBox(0, title, summary);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox bar = new HBox(16, titles, tally());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("qw-toolbar");
        if (project != null) {
            Button show = new Button(Messages.get("quickwin.project"), new FontIcon(Material2OutlinedMZ.PRESENT_TO_ALL));
            show.setId("qwProject");
            show.setMinWidth(Region.USE_PREF_SIZE);
            show.setTooltip(new Tooltip(Messages.get("quickwin.project.tooltip")));
            show.setOnAction(e -> project.run());
            bar.getChildren().add(show);
        }
        return bar;
    }

    /** Chosen quick wins per dimension as six chips; none or more than one is marked, softly. */
    private Node tally() {
        HBox chips = new HBox(4);
        chips.setId("qwTally");
        chips.setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label(Messages.get("quickwin.tally.title"));
        caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label text = new Label();
        text.setId("qwTallyText");
        text.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        text.textProperty().bind(vm.tallyTextProperty());
        VBox box = new VBox(2, new HBox(6, caption, chips), text);
        box.setMinWidth(Region.USE_PREF_SIZE);
        Observe.whileAlive(chips, () -> {
            chips.getChildren().clear();
            for (Tally t : vm.tally()) {
                Label chip = new Label(t.dimension().code() + " " + t.chosen());
                chip.setId("qwTally-" + t.dimension().code());
                chip.getStyleClass().addAll("qw-chip", t.chosen() == 0 ? "none" : t.chosen() > 1 ? "many" : "one");
                chip.setTooltip(new Tooltip(Messages.get("quickwin.tally.tooltip", vm.dimensionName(t.dimension()),
                        t.chosen(), t.programmes())));
                chips.getChildren().add(chip);
            }
        }, vm.tally());
        return box;
    }

    private Node grid() {
        chart.setId("qwChart");
        chart.setFocusTraversable(true);
        chart.setTooltip(vm::describe);
        chart.setOnSelect(vm::select);
        chart.setOnDrop(vm::proposeNudge);
        chart.setMinSize(320, 280);
        chart.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() || e.isShortcutDown() || !e.getCode().isArrowKey()) {
                return;
            }
            int dx = e.getCode() == KeyCode.LEFT ? -1 : e.getCode() == KeyCode.RIGHT ? 1 : 0;
            int dy = e.getCode() == KeyCode.UP ? -1 : e.getCode() == KeyCode.DOWN ? 1 : 0;
            chart.neighbour(vm.selectedProperty().get(), dx, dy).ifPresent(vm::select);
            e.consume();
        });
        Observe.whileAlive(chart, () -> chart.setBubbles(vm.bubbles()), vm.bubbles());
        Observe.whileAlive(chart, () -> chart.setSelected(vm.selectedProperty().get()), vm.selectedProperty(),
                vm.bubbles());
        Observe.whileAlive(chart, () -> {
            Prompt p = vm.promptProperty().get();
            if (p != null && p.kind() == QuickWinViewModel.PromptKind.NUDGE) {
                chart.setPending(p.programmeId(), p.impact(), p.effort());
            } else {
                chart.setPending(null, 0, 0);
            }
        }, vm.promptProperty(), vm.bubbles());

        Label unplaced = new Label();
        unplaced.setId("qwUnplaced");
        unplaced.getStyleClass().add("qw-unplaced");
        unplaced.setMaxWidth(Double.MAX_VALUE);
        Observe.whileAlive(unplaced, () -> {
            // refs only: the names are in the list at the right, and thirty of them would push the grid up
            String refs = String.join(", ", vm.unplaced().stream().map(Portfolio.Entry::ref).toList());
            unplaced.setText(Messages.get("quickwin.unplaced.line", vm.unplaced().size(), refs));
            unplaced.setVisible(!vm.unplaced().isEmpty());
            unplaced.setManaged(!vm.unplaced().isEmpty());
        }, vm.unplaced());
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox box = new VBox(6, chart, unplaced);
        box.getStyleClass().add("qw-grid-box");
        return box;
    }

    private Node side() {
        list.setId("qwList");
        list.getStyleClass().add("qw-list");
        list.setCellFactory(l -> new ProgrammeCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, e) -> {
            if (!syncing && e != null && !e.id().equals(vm.selectedProperty().get())) {
                vm.select(e.id());
            }
        });
        // a copy, refilled with the selection kept: new items must not pass for a choice of the user's
        Observe.whileAlive(list, () -> {
            syncing = true;
            try {
                if (!list.getItems().equals(vm.byQuadrant())) {
                    list.getItems().setAll(vm.byQuadrant());
                }
                String id = vm.selectedProperty().get();
                int at = id == null ? -1 : indexOf(id);
                if (at < 0) {
                    list.getSelectionModel().clearSelection();
                } else if (list.getSelectionModel().getSelectedIndex() != at) {
                    list.getSelectionModel().clearAndSelect(at);
                    list.scrollTo(Math.max(0, at - 2));
                }
            } finally {
                syncing = false;
            }
        }, vm.selectedProperty(), vm.byQuadrant());
        Label heading = new Label(Messages.get("quickwin.list.title"));
        heading.getStyleClass().add("qw-side-heading");
        list.setPrefHeight(120);
        list.setMinHeight(90);
        Node details = new DetailsBox(vm).root();
        // the list gives way, the wrapped words of the selection never do
        ((Region) details).setMinHeight(Region.USE_PREF_SIZE);
        ((Region) prompt.root()).setMinHeight(Region.USE_PREF_SIZE);
        VBox side = new VBox(10, prompt.root(), details, heading, list);
        side.setId("qwSide");
        side.getStyleClass().add("qw-side");
        side.setPrefWidth(370);
        side.setMinWidth(300);
        return side;
    }

    private int indexOf(String id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    GridChart chart() {
        return chart;
    }
}

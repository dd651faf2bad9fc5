package id.rembuk.ui.run;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import id.rembuk.agenda.DayTiming;
import id.rembuk.domain.BlockRun;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The facilitator's run screen: the day's blocks, the clock with its controls, and the block's notes. */
public final class RunView {
    static final String CSS = RunView.class.getResource("/id/rembuk/ui/run.css").toExternalForm();
    private final RunViewModel vm;
    private final ProjectorService projector;
    private final Supplier<Node> notes;
    private final Runnable fillAgenda;
    private final Runnable fillSaved;

    /**
     * @param notes      builds the notes panel for the block on the clock; null shows none
     * @param fillAgenda fills an empty agenda from the stage's template; null offers no button
     * @param fillSaved  fills it from a template saved on this laptop; null offers no button
     */
    public RunView(RunViewModel vm, ProjectorService projector, Supplier<Node> notes, Runnable fillAgenda,
                   Runnable fillSaved) {
        this.vm = vm;
        this.projector = projector;
        this.notes = notes;
        this.fillAgenda = fillAgenda;
        this.fillSaved = fillSaved;
    }

    public Node root() {
        BorderPane pane = new BorderPane();
        pane.setId("runView");
        pane.getStyleClass().add("run-view");
        pane.getStylesheets().add(CSS);
        pane.setTop(topBar());
        pane.setLeft(blockList());
        pane.setCenter(clock());
        if (notes != null) {
            Node n = notes.get();
            VBox side = new VBox(n);
            VBox.setVgrow(n, Priority.ALWAYS);
            side.getStyleClass().add("run-notes");
            pane.setRight(side);
        }
        return pane;
    }

    private Node topBar() {
        Label day = new Label();
        day.setId("runDayTitle");
        day.getStyleClass().add(Styles.TITLE_3);
        day.textProperty().bind(vm.dayTitleProperty());

        HBox days = new HBox(4);
        days.setId("runDays");
        ToggleGroup group = new ToggleGroup();
        Observe.whileAlive(days, () -> {
            days.getChildren().clear();
            for (int d : vm.days()) {
                ToggleButton b = new ToggleButton(Messages.get("run.dayShort", d));
                b.setId("runDay" + d);
                b.getStyleClass().add(Styles.SMALL);
                b.setToggleGroup(group);
                b.setSelected(vm.dayProperty().get() == d);
                b.setFocusTraversable(false);
                b.setOnAction(e -> {
                    vm.chooseDay(d);
                    b.setSelected(true);
                });
                days.getChildren().add(b);
            }
            if (!days.getChildren().isEmpty()) {
                days.getChildren().get(0).getStyleClass().add(Styles.LEFT_PILL);
                days.getChildren().get(days.getChildren().size() - 1).getStyleClass().add(Styles.RIGHT_PILL);
            }
            days.setVisible(vm.days().size() > 1);
        }, vm.days(), vm.dayProperty());

        Label clock = new Label();
        clock.setId("runClock");
        clock.getStyleClass().add("run-wall-clock");
        clock.setGraphic(new FontIcon(Material2OutlinedAL.ACCESS_TIME));
        clock.textProperty().bind(vm.clockTextProperty());
        clock.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        ToggleButton show = toggle("runProjector", "run.projector", Material2OutlinedMZ.PERSONAL_VIDEO, "F5");
        show.selectedProperty().bindBidirectional(projector.showingProperty());
        ToggleButton black = toggle("runBlackout", "run.blackout", Material2OutlinedAL.BRIGHTNESS_2, "B");
        black.selectedProperty().bindBidirectional(projector.blackoutProperty());
        black.disableProperty().bind(projector.showingProperty().not());
        ToggleButton agenda = toggle("runPleno", "run.pleno", Material2OutlinedAL.FORMAT_LIST_BULLETED, "P");
        agenda.selectedProperty().bindBidirectional(projector.plenoProperty());
        agenda.disableProperty().bind(projector.showingProperty().not());
        ToggleButton mute = toggle("runMute", "run.mute", Material2OutlinedMZ.VOLUME_OFF, "M");
        mute.selectedProperty().bindBidirectional(vm.mutedProperty());

        HBox bar = new HBox(10, day, days, new Spacer(), clock, show, black, agenda, mute);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("run-top");
        return bar;
    }

    /** Icon buttons: the bar must fit beside the day's title on a 1366-pixel laptop. */
    private static ToggleButton toggle(String id, String key, Ikon icon, String keys) {
        ToggleButton b = new ToggleButton(null, new FontIcon(icon));
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(Messages.get(key) + " (" + keys + ")"));
        b.setAccessibleText(Messages.get(key));
        return b;
    }

    /**
     * The day's blocks as plain rows in a scroll pane: a day has at most a few dozen, and rows
     * that wrap long titles need the real width, which list cells do not get when sized.
     */
    private Node blockList() {
        VBox rows = new VBox();
        rows.setId("runBlocks");
        rows.getStyleClass().add("run-blocks");
        Label empty = new Label(Messages.get("run.emptyDay"));
        empty.setWrapText(true);
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, "run-blocks-empty");
        Observe.whileAlive(rows, () -> {
            rows.getChildren().clear();
            for (BlockRow r : vm.rows()) {
                rows.getChildren().add(row(r));
            }
            if (vm.rows().isEmpty()) {
                rows.getChildren().add(empty);
            }
        }, vm.rows(), vm.notesBlockIdProperty());
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().addAll("page-scroll", "run-list");
        return scroll;
    }

    private Node row(BlockRow r) {
        Label time = new Label(r.planned());
        time.getStyleClass().add("block-time");
        BlockRun.Status s = r.run().status();
        Ikon ikon = switch (s) {
            case RUNNING -> Material2MZ.PLAY_CIRCLE_FILLED;
            case PAUSED -> Material2MZ.PAUSE_CIRCLE_FILLED;
            case DONE -> Material2AL.CHECK_CIRCLE;
            case SKIPPED -> Material2MZ.SKIP_NEXT;
            case PLANNED -> Material2OutlinedMZ.RADIO_BUTTON_UNCHECKED;
        };
        Label title = new Label(r.block().title());
        title.getStyleClass().add("block-title");
        title.setWrapText(true);
        VBox box = new VBox(2, new HBox(6, new FontIcon(ikon), time), title);
        if (!r.actual().isEmpty()) {
            Label actual = new Label(r.actual());
            actual.getStyleClass().add("block-actual");
            box.getChildren().add(actual);
        }
        box.getStyleClass().add("block-row");
        box.setId("runBlock-" + r.block().id());
        box.getStyleClass().add(r.current() ? "block-current" : r.next() ? "block-next"
                : s == BlockRun.Status.DONE ? "block-done" : s == BlockRun.Status.SKIPPED ? "block-skipped" : "block-planned");
        box.setAccessibleText(r.planned() + " " + r.block().title() + ", " + Messages.get(s.messageKey()));

        MenuItem start = new MenuItem(Messages.get("run.startThis"), new FontIcon(Material2MZ.PLAY_ARROW));
        start.setOnAction(e -> vm.jumpTo(r.block().id()));
        start.setDisable(r.current());
        MenuItem skip = new MenuItem(Messages.get(s == BlockRun.Status.SKIPPED ? "run.unskipThis" : "run.skipThis"),
                new FontIcon(Material2MZ.SKIP_NEXT));
        skip.setOnAction(e -> vm.toggleSkip(r.block().id()));
        skip.setDisable(s != BlockRun.Status.PLANNED && s != BlockRun.Status.SKIPPED);
        ContextMenu menu = new ContextMenu(start, skip);
        box.setOnContextMenuRequested(e -> menu.show(box, e.getScreenX(), e.getScreenY()));
        box.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.getClickCount() == 2 && !r.current()) {
                vm.jumpTo(r.block().id());
            } else if (e.getClickCount() == 1) {
                vm.chooseNotesBlock(r.block().id());
            }
        });
        if (r.block().id().equals(vm.notesBlockIdProperty().get())) {
            box.getStyleClass().add("block-noted");
        }
        Tooltip.install(box, new Tooltip(Messages.get("run.rowHint")));
        return box;
    }

    private Node clock() {
        Label title = new Label();
        title.setId("runTitle");
        title.getStyleClass().add("run-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setAlignment(Pos.CENTER);
        title.textProperty().bind(vm.titleProperty());
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label meta = new Label();
        meta.setId("runMeta");
        meta.getStyleClass().add("run-meta");
        meta.setWrapText(true);
        meta.textProperty().bind(vm.metaProperty());
        meta.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label countdown = new Label();
        countdown.setId("runCountdown");
        countdown.getStyleClass().add("run-countdown");
        countdown.textProperty().bind(vm.countdownProperty());
        Label state = new Label();
        state.setId("runState");
        state.getStyleClass().add("run-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> vm.pausedProperty().get()
                        ? Messages.get("run.paused")
                        : vm.phaseProperty().get() == DayTiming.Phase.OVERTIME ? Messages.get("run.overtime")
                        : vm.runningProperty().get() ? Messages.get("run.remaining") : Messages.get("run.planned"),
                vm.pausedProperty(), vm.phaseProperty(), vm.runningProperty()));
        VBox centre = new VBox(0, countdown, state);
        centre.setAlignment(Pos.CENTER);
        CountdownRing ring = new CountdownRing(centre);
        ring.setId("runRing");
        ring.progressProperty().bind(vm.progressProperty());
        ring.setMinSize(230, 230);
        ring.setPrefSize(250, 250);
        ring.setMaxSize(280, 280);
        phaseClasses(ring);

        Button back = button("runBack", "run.back", Material2MZ.SKIP_PREVIOUS, "←", vm::previous);
        Button toggle = button("runToggle", "run.start", Material2MZ.PLAY_ARROW, Messages.get("run.keycap.space"),
                vm::toggle);
        toggle.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        Observe.whileAlive(toggle, () -> {
            boolean running = vm.runningProperty().get() && !vm.pausedProperty().get();
            String key = running ? "run.pause" : vm.pausedProperty().get() ? "run.resume" : "run.start";
            toggle.setText(Messages.get(key));
            toggle.setAccessibleText(Messages.get(key));
            ((FontIcon) toggle.getGraphic()).setIconCode(running ? Material2MZ.PAUSE : Material2MZ.PLAY_ARROW);
        }, vm.runningProperty(), vm.pausedProperty());
        Button next = button("runNext", "run.nextBlock", Material2MZ.SKIP_NEXT, "→", vm::next);
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        HBox main = new HBox(10, back, toggle, next);
        main.setAlignment(Pos.CENTER);

        Button minus = button("runMinus", "run.minus", null, "−", () -> vm.addMinutes(-1));
        Button plus = button("runPlus", "run.plus", null, "+", () -> vm.addMinutes(1));
        Button plus5 = button("runPlus5", "run.plus5", Material2OutlinedMZ.MORE_TIME, "T", () -> vm.addMinutes(5));
        Button finish = button("runFinish", "run.finish", Material2OutlinedAL.FLAG, "", vm::finish);
        Button skip = button("runSkip", "run.skipNext", Material2MZ.REDO, "L", vm::skipNext);
        // short faces, full names in the tooltip and for screen readers
        minus.setText("−1");
        plus.setText("+1");
        plus5.setText("+5");
        finish.setText(Messages.get("run.finishShort"));
        skip.setText(Messages.get("run.skipShort"));
        for (Button b : new Button[] {minus, plus, plus5, finish}) {
            b.disableProperty().bind(vm.runningProperty().not());
        }
        for (Button b : new Button[] {minus, plus, plus5, finish, skip, back, next}) {
            b.getStyleClass().add(Styles.SMALL);
        }
        back.getStyleClass().remove(Styles.SMALL);
        next.getStyleClass().remove(Styles.SMALL);
        HBox adjust = new HBox(6, minus, plus, plus5, finish, skip);
        adjust.setAlignment(Pos.CENTER);

        Label schedule = new Label();
        schedule.setId("runSchedule");
        schedule.getStyleClass().add("run-schedule");
        schedule.textProperty().bind(vm.scheduleProperty());
        Observe.whileAlive(schedule, () -> {
            schedule.getStyleClass().removeAll("pace-ahead", "pace-on-time", "pace-behind");
            schedule.getStyleClass().add(switch (vm.paceProperty().get()) {
                case AHEAD -> "pace-ahead";
                case ON_TIME -> "pace-on-time";
                case BEHIND -> "pace-behind";
            });
        }, vm.paceProperty());
        Label projection = new Label();
        projection.setId("runProjection");
        projection.getStyleClass().add(Styles.TEXT_MUTED);
        projection.textProperty().bind(vm.projectionProperty());
        HBox pace = new HBox(12, schedule, projection);
        pace.setAlignment(Pos.CENTER);

        Label nextText = new Label();
        nextText.setId("runNextText");
        nextText.getStyleClass().add("run-next");
        nextText.textProperty().bind(vm.nextTextProperty());
        nextText.setWrapText(true);
        nextText.setMaxWidth(Double.MAX_VALUE);
        nextText.setAlignment(Pos.CENTER);
        nextText.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        nextText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label taskHead = new Label(Messages.get("run.task"), new FontIcon(Material2OutlinedAL.ASSIGNMENT));
        taskHead.getStyleClass().add("run-task-head");
        Label task = new Label();
        task.setId("runInstruction");
        task.setWrapText(true);
        task.textProperty().bind(vm.instructionProperty());
        task.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox taskBox = new VBox(4, taskHead, task);
        taskBox.getStyleClass().add("run-task");
        taskBox.visibleProperty().bind(vm.instructionProperty().isNotEmpty());
        taskBox.managedProperty().bind(taskBox.visibleProperty());

        VBox card = new VBox(8, title, meta, new StackPane(ring), main, adjust, pace, nextText, taskBox);
        card.setAlignment(Pos.TOP_CENTER);
        card.getStyleClass().add("run-card");
        Label noAgendaText = new Label(Messages.get("run.noAgenda"));
        noAgendaText.setWrapText(true);
        noAgendaText.getStyleClass().add(Styles.TEXT_MUTED);
        VBox noAgenda = new VBox(14, noAgendaText);
        noAgenda.setAlignment(Pos.CENTER);
        noAgenda.setMaxWidth(460);
        if (fillAgenda != null) {
            Button fill = button("runFillAgenda", "run.fillAgenda", Material2OutlinedAL.EVENT_NOTE, "", fillAgenda);
            fill.getStyleClass().add(Styles.ACCENT);
            fill.setFocusTraversable(true);
            noAgenda.getChildren().add(fill);
        }
        if (fillSaved != null) {
            Button saved = button("runFillSaved", "run.fillSaved", Material2OutlinedAL.FOLDER_OPEN, "", fillSaved);
            saved.setFocusTraversable(true);
            noAgenda.getChildren().add(saved);
        }
        noAgenda.visibleProperty().bind(vm.hasBlocksProperty().not());
        card.visibleProperty().bind(vm.hasBlocksProperty());
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(new StackPane(card, noAgenda));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    private void phaseClasses(Node n) {
        Observe.whileAlive(n, () -> {
            n.getStyleClass().removeAll("phase-idle", "phase-normal", "phase-warning", "phase-overtime", "phase-paused");
            n.getStyleClass().add(vm.pausedProperty().get() ? "phase-paused"
                    : "phase-" + vm.phaseProperty().get().name().toLowerCase(java.util.Locale.ROOT));
        }, vm.phaseProperty(), vm.pausedProperty());
    }

    private static Button button(String id, String key, Ikon icon, String keys, Runnable action) {
        Button b = new Button(Messages.get(key), icon == null ? null : new FontIcon(icon));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setAccessibleText(Messages.get(key));
        if (!keys.isEmpty()) {
            b.setTooltip(new Tooltip(Messages.get(key) + " (" + keys + ")"));
        }
        b.setOnAction(e -> action.run());
        return b;
    }
}

package id.rembuk.ui.breakout;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import id.rembuk.agenda.DayTiming;
import id.rembuk.domain.BlockRun;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.run.RunViewModel;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * A group's screen: large type, the group's dimension and tasks, its people, and its tools as
 * tabs. Nothing here leads to another group or to the session's menus.
 */
final class BreakoutView {
    static final String CSS = BreakoutView.class.getResource("/id/rembuk/ui/breakout.css").toExternalForm();
    private final BreakoutFeature feature;
    private final BreakoutViewModel vm;
    private final RunViewModel run;
    private final List<BreakoutTool> tools;

    BreakoutView(BreakoutFeature feature, BreakoutViewModel vm, RunViewModel run, List<BreakoutTool> tools) {
        this.feature = feature;
        this.vm = vm;
        this.run = run;
        this.tools = tools;
    }

    Node root() {
        BorderPane pane = new BorderPane();
        pane.setTop(band());
        pane.setLeft(side());
        // the band (the group's name and the way out) stays in view; the tools scroll if they must
        pane.setCenter(id.rembuk.ui.FitScroll.around((javafx.scene.layout.Region) toolTabs(), true, "breakout-scroll"));
        StackPane root = new StackPane(pane);
        root.setId("breakout");
        root.getStyleClass().add("breakout");
        root.getStylesheets().add(CSS);
        Observe.whileAlive(root, () -> {
            root.getStyleClass().removeIf(c -> c.startsWith("group-"));
            if (vm.groupIdProperty().get() != null) {
                root.getStyleClass().add("group-" + vm.groupIdProperty().get());
            }
        }, vm.groupIdProperty());
        feature.overlayHost(root);
        return root;
    }

    private Node band() {
        Label kicker = new Label(Messages.get("breakout.kicker"));
        kicker.getStyleClass().add("breakout-kicker");
        Label title = new Label();
        title.setId("breakoutTitle");
        title.getStyleClass().add("breakout-title");
        title.textProperty().bind(vm.titleProperty());
        VBox names = new VBox(0, kicker, title);
        Label clock = new Label();
        clock.getStyleClass().add("breakout-clock");
        clock.setGraphic(new FontIcon(Material2OutlinedAL.ACCESS_TIME));
        clock.textProperty().bind(run.clockTextProperty());
        Button leave = new Button(Messages.get("breakout.leave"), new FontIcon(Material2OutlinedAL.LOCK));
        leave.setId("breakoutLeave");
        leave.getStyleClass().addAll(Styles.LARGE, "breakout-leave");
        leave.setOnAction(e -> feature.askToLeave());
        Observe.whileAlive(leave, () -> ((FontIcon) leave.getGraphic()).setIconCode(
                feature.lockedProperty().get() ? Material2OutlinedAL.LOCK : Material2OutlinedAL.EXIT_TO_APP),
                feature.lockedProperty());
        HBox band = new HBox(20, names, new Spacer(), clock, leave);
        band.setAlignment(Pos.CENTER_LEFT);
        band.getStyleClass().add("breakout-band");
        return band;
    }

    private Node side() {
        VBox now = new VBox(6);
        now.setId("breakoutNow");
        now.getStyleClass().add("breakout-card");
        Label head = new Label();
        head.getStyleClass().add("breakout-card-head");
        Label taskTitle = new Label();
        taskTitle.setId("breakoutTask");
        taskTitle.getStyleClass().add("breakout-task-title");
        taskTitle.setWrapText(true);
        Label time = new Label();
        time.getStyleClass().add(Styles.TEXT_MUTED);
        Label countdown = new Label();
        countdown.setId("breakoutCountdown");
        countdown.getStyleClass().add("breakout-countdown");
        Label outputHead = new Label(Messages.get("breakout.output"));
        outputHead.getStyleClass().add("breakout-output-head");
        Label output = new Label();
        output.setId("breakoutOutput");
        output.setWrapText(true);
        output.getStyleClass().add("breakout-output");
        now.getChildren().addAll(head, taskTitle, time, countdown, outputHead, output);
        Observe.whileAlive(now, () -> {
            BreakoutViewModel.Task t = vm.focusProperty().get();
            boolean has = t != null;
            head.setText(Messages.get(!has ? "breakout.noTask" : t.current() ? "breakout.now" : "breakout.nextTask"));
            taskTitle.setText(has ? t.block().title() : "");
            time.setText(has ? t.time() : "");
            output.setText(has ? t.block().expectedOutput() : "");
            outputHead.setVisible(has && !t.block().expectedOutput().isBlank());
            boolean counting = has && t.current();
            countdown.setVisible(counting);
            countdown.setManaged(counting);
            countdown.textProperty().unbind();
            if (counting) {
                countdown.textProperty().bind(run.countdownProperty());
            }
            countdown.getStyleClass().removeAll("phase-warning", "phase-overtime");
            if (counting && run.phaseProperty().get() == DayTiming.Phase.WARNING) {
                countdown.getStyleClass().add("phase-warning");
            } else if (counting && run.phaseProperty().get() == DayTiming.Phase.OVERTIME) {
                countdown.getStyleClass().add("phase-overtime");
            }
        }, vm.focusProperty(), run.phaseProperty());

        VBox schedule = new VBox(4);
        schedule.setId("breakoutSchedule");
        Label schedHead = new Label();
        schedHead.getStyleClass().add("breakout-section");
        Observe.whileAlive(schedule, () -> {
            schedHead.setText(Messages.get("breakout.schedule", vm.dayProperty().get()));
            schedule.getChildren().setAll(schedHead);
            for (BreakoutViewModel.Task t : vm.tasks()) {
                FontIcon icon = new FontIcon(t.current() ? Material2MZ.PLAY_CIRCLE_FILLED
                        : t.status() == BlockRun.Status.DONE ? Material2AL.CHECK_CIRCLE
                        : Material2OutlinedMZ.RADIO_BUTTON_UNCHECKED);
                Label line = new Label(t.time() + "  " + t.block().title(), icon);
                line.setWrapText(true);
                line.getStyleClass().add(t.current() ? "breakout-task-current" : "breakout-task-line");
                schedule.getChildren().add(line);
            }
            if (vm.tasks().isEmpty()) {
                Label none = new Label(Messages.get("breakout.noTasks"));
                none.setWrapText(true);
                none.getStyleClass().add(Styles.TEXT_MUTED);
                schedule.getChildren().add(none);
            }
        }, vm.tasks(), vm.dayProperty());

        VBox people = new VBox(6);
        Label peopleHead = new Label();
        peopleHead.getStyleClass().add("breakout-section");
        Label roles = new Label();
        roles.setWrapText(true);
        FlowPane names = new FlowPane(6, 6);
        names.setId("breakoutMembers");
        people.getChildren().addAll(peopleHead, roles, names);
        Observe.whileAlive(people, () -> {
            peopleHead.setText(Messages.get("breakout.members", vm.members().size()));
            String leader = vm.leaderProperty().get();
            String notes = vm.noteTakerProperty().get();
            roles.setText((leader.isBlank() ? "" : Messages.get("breakout.leader", leader) + "\n")
                    + (notes.isBlank() ? "" : Messages.get("breakout.noteTaker", notes)));
            roles.setVisible(!leader.isBlank() || !notes.isBlank());
            roles.setManaged(roles.isVisible());
            names.getChildren().setAll(vm.members().stream().map(n -> {
                Label chip = new Label(n);
                chip.getStyleClass().add("breakout-member");
                return chip;
            }).toList());
        }, vm.members(), vm.leaderProperty(), vm.noteTakerProperty());

        VBox side = new VBox(18, now, schedule, people);
        side.getStyleClass().add("breakout-side");
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("page-scroll", "breakout-side-scroll");
        return scroll;
    }

    private static final int COMPACT_AFTER = 4;

    /** The tools as a row of toggles over the chosen tool: large enough to hit with a finger. */
    private Node toolTabs() {
        HBox bar = new HBox(6);
        bar.setId("breakoutTools");
        StackPane content = new StackPane();
        ToggleGroup group = new ToggleGroup();
        String groupId = vm.groupIdProperty().get();
        for (BreakoutTool t : tools) {
            Node view = t.view().apply(groupId);
            ToggleButton b = new ToggleButton(Messages.get(t.titleKey()), new FontIcon(t.icon()));
            b.setId("breakoutTool-" + t.id());
            b.setToggleGroup(group);
            b.setUserData(view);
            b.getStyleClass().add("breakout-tool");
            b.setAccessibleText(Messages.get(t.titleKey()));
            b.setTooltip(new javafx.scene.control.Tooltip(Messages.get(t.titleKey())));
            bar.getChildren().add(b);
        }
        // eight tools with their names do not fit a laptop's row at the group screen's large type:
        // past a few, only the open tool shows its name, the others their icon (and a tooltip)
        boolean compact = tools.size() > COMPACT_AFTER;
        group.selectedToggleProperty().addListener((o, old, sel) -> {
            if (sel == null) {
                group.selectToggle(old);
            } else {
                content.getChildren().setAll((Node) sel.getUserData());
                if (compact) {
                    group.getToggles().forEach(t -> ((ToggleButton) t).setContentDisplay(t == sel
                            ? javafx.scene.control.ContentDisplay.LEFT
                            : javafx.scene.control.ContentDisplay.GRAPHIC_ONLY));
                }
            }
        });
        if (!group.getToggles().isEmpty()) {
            group.selectToggle(group.getToggles().get(0));
        }
        VBox box = new VBox(10, bar, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.getStyleClass().add("breakout-tools");
        return box;
    }


}

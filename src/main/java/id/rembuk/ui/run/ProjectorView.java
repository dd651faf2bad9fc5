package id.rembuk.ui.run;

import id.rembuk.agenda.DayTiming;
import id.rembuk.domain.BlockRun;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * What the room sees. Drawn once for a 1024×768 projector and scaled evenly to the real screen, so
 * the sizes that make it readable from the back (countdown ≥ 120 px, title ≥ 40 px at 1024×768)
 * hold on every projector.
 */
public final class ProjectorView {
    private final RunViewModel vm;
    private final ProjectorService projector;

    public ProjectorView(RunViewModel vm, ProjectorService projector) {
        this.vm = vm;
        this.projector = projector;
    }

    public Parent root() {
        StackPane design = new StackPane();
        design.setId("projectorDesign");
        design.getStyleClass().add("projector");
        design.setPrefSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        design.setMinSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        design.setMaxSize(ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT);
        Node clock = clockScreen();
        StackPane pleno = new StackPane();
        pleno.setId("projectorPleno");
        Observe.whileAlive(pleno, () -> {
            Supplier<Node> content = projector.plenoContentProperty().get();
            pleno.getChildren().setAll(projector.plenoProperty().get()
                    ? content != null ? content.get() : rundown() : new Region());
        }, projector.plenoProperty(), projector.plenoContentProperty());
        clock.visibleProperty().bind(projector.plenoProperty().not());
        pleno.visibleProperty().bind(projector.plenoProperty());
        design.getChildren().addAll(clock, pleno);

        Group scaled = new Group(design);
        Pane stage = new Pane(scaled);
        stage.getStyleClass().add("projector-backdrop");
        Scale scale = new Scale();
        design.getTransforms().add(scale);
        Runnable fit = () -> {
            double k = Math.min(stage.getWidth() / ProjectorService.DESIGN_WIDTH,
                    stage.getHeight() / ProjectorService.DESIGN_HEIGHT);
            if (k <= 0) {
                return;
            }
            scale.setX(k);
            scale.setY(k);
            scaled.setLayoutX((stage.getWidth() - ProjectorService.DESIGN_WIDTH * k) / 2);
            scaled.setLayoutY((stage.getHeight() - ProjectorService.DESIGN_HEIGHT * k) / 2);
        };
        stage.widthProperty().addListener(o -> fit.run());
        stage.heightProperty().addListener(o -> fit.run());

        Region black = new Region();
        black.setId("projectorBlackout");
        black.getStyleClass().add("projector-blackout");
        black.visibleProperty().bind(projector.blackoutProperty());
        StackPane root = new StackPane(stage, black);
        root.setId("projectorRoot");
        root.getStylesheets().add(RunView.CSS);
        return root;
    }

    private Node clockScreen() {
        Label day = new Label();
        day.setId("projectorDay");
        day.getStyleClass().add("projector-small");
        day.textProperty().bind(vm.dayTitleProperty());
        Label wall = new Label();
        wall.setId("projectorClock");
        wall.getStyleClass().add("projector-small");
        wall.setGraphic(new FontIcon(Material2OutlinedAL.ACCESS_TIME));
        wall.textProperty().bind(vm.clockTextProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(day, gap, wall);
        top.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.setId("projectorTitle");
        title.getStyleClass().add("projector-title");
        title.setWrapText(true);
        // two lines at most, so the ring keeps its room
        title.setMaxHeight(2 * 58);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(vm.titleProperty());
        Label meta = new Label();
        meta.setId("projectorMeta");
        meta.getStyleClass().add("projector-meta");
        meta.setWrapText(true);
        meta.textProperty().bind(vm.metaProperty());

        Label countdown = new Label();
        countdown.setId("projectorCountdown");
        countdown.getStyleClass().add("projector-countdown");
        countdown.textProperty().bind(vm.countdownProperty());
        Label state = new Label();
        state.setId("projectorState");
        state.getStyleClass().add("projector-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> vm.pausedProperty().get()
                        ? Messages.get("run.paused").toUpperCase(Messages.locale())
                        : vm.phaseProperty().get() == DayTiming.Phase.OVERTIME
                        ? Messages.get("run.overtime").toUpperCase(Messages.locale()) : "",
                vm.pausedProperty(), vm.phaseProperty()));
        VBox centre = new VBox(0, countdown, state);
        centre.setAlignment(Pos.CENTER);
        CountdownRing ring = new CountdownRing(centre);
        ring.setId("projectorRing");
        ring.thicknessProperty().set(20);
        ring.progressProperty().bind(vm.progressProperty());
        // holds "119:59" at 120 px inside the ring
        ring.setPrefSize(500, 500);
        ring.setMinSize(480, 480);
        ring.setMaxSize(500, 500);
        Observe.whileAlive(ring, () -> {
            ring.getStyleClass().removeAll("phase-idle", "phase-normal", "phase-warning", "phase-overtime",
                    "phase-paused");
            ring.getStyleClass().add(vm.pausedProperty().get() ? "phase-paused"
                    : "phase-" + vm.phaseProperty().get().name().toLowerCase(Locale.ROOT));
        }, vm.phaseProperty(), vm.pausedProperty());

        Label taskHead = new Label(Messages.get("run.task"));
        taskHead.getStyleClass().add("projector-task-head");
        Label task = new Label();
        task.setId("projectorInstruction");
        task.getStyleClass().add("projector-task");
        task.setWrapText(true);
        task.textProperty().bind(vm.instructionProperty());
        VBox taskBox = new VBox(8, taskHead, task);
        taskBox.getStyleClass().add("projector-task-box");
        taskBox.visibleProperty().bind(vm.instructionProperty().isNotEmpty());
        taskBox.managedProperty().bind(taskBox.visibleProperty());
        Label next = new Label();
        next.setId("projectorNext");
        next.getStyleClass().add("projector-next");
        next.textProperty().bind(vm.nextTextProperty());
        next.setWrapText(true);

        // the ring takes the left and the full height; what the room reads beside it on the right
        VBox side = new VBox(22, meta, taskBox, next);
        side.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(side, Priority.ALWAYS);
        HBox middle = new HBox(36, ring, side);
        middle.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(middle, Priority.ALWAYS);

        VBox screen = new VBox(10, top, title, middle);
        screen.setPadding(new Insets(24, 44, 28, 44));
        return screen;
    }

    /** Pleno's default: the day's rundown in large type, the block on the clock marked. */
    private Node rundown() {
        Label head = new Label();
        head.getStyleClass().add("projector-title");
        head.textProperty().bind(vm.dayTitleProperty());
        GridPane grid = new GridPane();
        grid.setId("projectorRundown");
        grid.setHgap(28);
        grid.setVgap(6);
        Observe.whileAlive(grid, () -> {
            grid.getChildren().clear();
            int row = 0;
            for (BlockRow r : vm.rows()) {
                Label time = new Label(r.planned());
                time.setMinWidth(Region.USE_PREF_SIZE);
                GridPane.setValignment(time, javafx.geometry.VPos.TOP);
                Label title = new Label(r.block().title());
                title.setWrapText(true);
                title.setMaxWidth(700);
                for (Label l : new Label[] {time, title}) {
                    l.getStyleClass().add("projector-row");
                    if (r.current()) {
                        l.getStyleClass().add("projector-row-current");
                    } else if (r.run().status().isClosed()) {
                        l.getStyleClass().add("projector-row-done");
                    }
                }
                if (r.run().status() == BlockRun.Status.SKIPPED) {
                    title.getStyleClass().add("projector-row-skipped");
                }
                grid.addRow(row++, time, title);
            }
        }, vm.rows());
        VBox box = new VBox(20, head, grid);
        box.setPadding(new Insets(36, 48, 36, 48));
        return box;
    }
}

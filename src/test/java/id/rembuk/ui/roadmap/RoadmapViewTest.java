package id.rembuk.ui.roadmap;

import static id.rembuk.ui.PlanSession.GOV_ANTREAN;
import static id.rembuk.ui.PlanSession.GOV_SATU_DATA;
import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.domain.RoadmapPhase;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.PlanSession;
import id.rembuk.ui.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The roadmap chart headless beside a 200 px stand-in for the sidebar and under a 56 px header, on
 * a real session file, in a 1366×720 scene: bars dragged with the mouse and moved with the keys.
 */
@ExtendWith(ApplicationExtension.class)
class RoadmapViewTest {
    @TempDir
    static Path homes;

    private PlanSession session;
    private RoadmapViewModel vm;
    private ActionPlanViewModel plans;
    private BorderPane window;
    private Scene scene;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        session = new PlanSession(homes.resolve(UUID.randomUUID().toString()));
        vm = new RoadmapViewModel(session.shell);
        plans = new ActionPlanViewModel(session.shell);
        window = new BorderPane(new RoadmapView(vm, plans, () -> { }).root());
        Region sidebar = new StackPane(new Label("Menu"));
        sidebar.setPrefWidth(200);
        window.setLeft(sidebar);
        Region header = new StackPane(new Label("Rembuk"));
        header.setPrefHeight(56);
        window.setTop(header);
        scene = new Scene(window, 1366, 720);
        Theme.style(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                session.shell::undo);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
        assertThat(session.board.dialogs.errors).isEmpty();
    }

    private RoadmapPhase stored(String id) {
        return Records.read(session.shell.stateProperty().get(), EntityKind.ROADMAP_PHASE, RoadmapPhase::from)
                .records().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private List<RoadmapPhase> stored() {
        return Records.read(session.shell.stateProperty().get(), EntityKind.ROADMAP_PHASE, RoadmapPhase::from)
                .records();
    }

    private Node bar(FxRobot robot, String id) {
        return robot.lookup("#roadmapBar-" + id).query();
    }

    private static Point2D onScreen(Node n, double x, double y) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getMinX() + x, b.getMinY() + y);
    }

    @Test
    void aBarIsDraggedOneYearRightThenStretchedByItsEnd(FxRobot robot) {
        String[] id = new String[1];
        robot.interact(() -> id[0] = vm.addPhase(GOV_ANTREAN, "Uji coba").orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        Node bar = bar(robot, id[0]);
        double year = ((YearTrack) bar.getParent()).yearWidth();
        assertThat(year).as("five years share the chart's width").isGreaterThan(100);

        Bounds b = bar.getBoundsInLocal();
        robot.moveTo(onScreen(bar, b.getWidth() / 2, b.getHeight() / 2)).press(MouseButton.PRIMARY)
                .moveBy(year * 0.5, 0).moveBy(year * 0.5, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(id[0])).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(2, 2);

        // the bar is drawn anew after the write: grab the new one by its right end, two years on
        bar = bar(robot, id[0]);
        b = bar.getBoundsInLocal();
        robot.moveTo(onScreen(bar, b.getWidth() - 3, b.getHeight() / 2)).press(MouseButton.PRIMARY)
                .moveBy(year, 0).moveBy(year, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(id[0])).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(2, 4);

        // dragged past the frame's end it stops at the last year; two years on is enough, and keeps the
        // pointer on Monocle's 1280 px screen (a drag that leaves it breaks later test classes' drag and drop)
        bar = bar(robot, id[0]);
        b = bar.getBoundsInLocal();
        robot.moveTo(onScreen(bar, b.getWidth() / 2, b.getHeight() / 2)).press(MouseButton.PRIMARY)
                .moveBy(year * 0.9, 0).moveBy(year * 0.9, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(id[0])).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(3, 5);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(stored(id[0])).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(2, 4);
        // a plain click ends Monocle's record of the mouse drag, so later test classes start drag and drop clean
        robot.clickOn(bar(robot, id[0]));
    }

    @Test
    void theKeyboardAddsMovesStretchesRenamesAndDeletesAPhase(FxRobot robot) {
        robot.clickOn(robot.lookup("#roadmapLine-" + GOV_SATU_DATA + " .roadmap-label").queryAs(Node.class));
        assertThat(vm.selectedProgrammeProperty().get()).isEqualTo(GOV_SATU_DATA);
        robot.type(KeyCode.INSERT);
        assertThat(robot.lookup("#roadmapNameRow").query().isVisible()).isTrue();
        robot.write("Persiapan").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        RoadmapPhase added = stored().get(0);
        assertThat(added.programmeId()).isEqualTo(GOV_SATU_DATA);
        assertThat(added.name()).isEqualTo("Persiapan");
        assertThat(added).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(1, 5);
        assertThat(vm.selectedPhaseProperty().get()).isEqualTo(added.id());

        // five years in a five-year frame: shorten it from the end, then move it right
        robot.press(KeyCode.SHIFT, KeyCode.ALT).type(KeyCode.LEFT, 3).release(KeyCode.ALT, KeyCode.SHIFT);
        assertThat(stored(added.id())).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(1, 2);
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertThat(stored(added.id())).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(2, 3);
        assertThat(robot.lookup("#roadmapSelection").queryAs(Label.class).getText())
                .startsWith("GOV-2 · Persiapan: 2024–2025 (2 tahun)");

        robot.type(KeyCode.F2);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Kajian").type(KeyCode.ENTER);
        assertThat(stored(added.id()).name()).isEqualTo("Kajian");

        robot.type(KeyCode.DELETE);
        assertThat(stored()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(stored(added.id())).extracting(RoadmapPhase::name, RoadmapPhase::from, RoadmapPhase::to)
                .containsExactly("Kajian", 2, 3);
    }

    @Test
    void aBudgetTypedUnderTheChartIsTotalledAndABadOneExplained(FxRobot robot) {
        robot.clickOn(robot.lookup("#roadmapLine-" + GOV_ANTREAN + " .roadmap-label").queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("1,25 M").type(KeyCode.ENTER);
        assertThat(robot.lookup("#roadmapTotal-1").queryAs(Label.class).getText()).isEqualTo("Rp 1,25 M");
        assertThat(robot.lookup("#roadmapTotal-2").queryAs(Label.class).getText()).isEqualTo("–");
        robot.type(KeyCode.TAB).write("Rp 1,2,3").type(KeyCode.ENTER);
        assertThat(robot.lookup("#roadmapHint").queryAs(Label.class).getText())
                .startsWith("Jumlah rupiah tidak dikenali: Rp 1,2,3.");
        assertThat(robot.lookup("#roadmapTotal-2").queryAs(Label.class).getText()).isEqualTo("–");
    }

    @Test
    void pictures(FxRobot robot) throws Exception {
        robot.interact(() -> RoadmapPictures.fill(session));
        for (java.util.Locale l : List.of(Messages.INDONESIAN, java.util.Locale.ENGLISH)) {
            String lang = l.getLanguage();
            robot.interact(() -> {
                Messages.setLocale(l);
                vm.refreshText();
                plans.refreshText();
                window.setCenter(new RoadmapView(vm, plans, () -> { }).root());
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> vm.selectedPhaseProperty().set(
                    vm.planProperty().get().line(GOV_SATU_DATA).orElseThrow().phases().get(1).id()));
            WaitForAsyncUtils.waitForFxEvents();
            id.rembuk.ui.tows.Shots.save(scene, "roadmap-chart-" + lang + "-1366x720");
            robot.interact(() -> vm.selectedProgrammeProperty().set(GOV_ANTREAN));
            robot.interact(() -> vm.startNew());
            WaitForAsyncUtils.waitForFxEvents();
            id.rembuk.ui.tows.Shots.save(scene, "roadmap-insert-" + lang + "-1366x720");
            robot.interact(vm::cancelName);
            robot.interact(() -> vm.setSetup(2023, 10));
            WaitForAsyncUtils.waitForFxEvents();
            id.rembuk.ui.tows.Shots.save(scene, "roadmap-ten-" + lang + "-1366x720");
            robot.interact(() -> session.shell.undo());
            robot.interact(() -> {
                javafx.scene.control.TabPane tabs = robot.lookup("#roadmapTabs").queryAs(javafx.scene.control.TabPane.class);
                tabs.getSelectionModel().select(1);
                plans.programmeProperty().set(GOV_ANTREAN);
            });
            WaitForAsyncUtils.waitForFxEvents();
            id.rembuk.ui.tows.Shots.save(scene, "roadmap-plan-" + lang + "-1366x720");
            robot.interact(() -> plans.startEdit(plans.steps().get(1).id()));
            WaitForAsyncUtils.waitForFxEvents();
            id.rembuk.ui.tows.Shots.save(scene, "roadmap-plan-editor-" + lang + "-1366x720");
            robot.interact(plans::cancel);

            javafx.scene.Parent pleno = (javafx.scene.Parent) new RoadmapProjector(session.shell.stateProperty(),
                    session.shell.infoProperty(), vm.selectedProgrammeProperty(), vm.selectedPhaseProperty()).root();
            robot.interact(() -> {
                javafx.stage.Stage s = new javafx.stage.Stage();
                s.setScene(new Scene(new StackPane(pleno), id.rembuk.ui.run.ProjectorService.DESIGN_WIDTH,
                        id.rembuk.ui.run.ProjectorService.DESIGN_HEIGHT));
                s.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            id.rembuk.ui.tows.Shots.save(pleno.getScene(), "roadmap-projector-" + lang + "-1024x768");
            Label more = robot.lookup("#roadmapPlenoMore").queryAs(Label.class);
            assertThat(more.isVisible() ? more.getText() : "").as("13 programmes do not fit 768 px")
                    .contains(l == Messages.INDONESIAN ? "program lain" : "more programmes");
            robot.interact(() -> pleno.getScene().getWindow().hide());
        }
        robot.interact(() -> Messages.setLocale(Messages.INDONESIAN));
    }

    @Test
    void theRoomsScreenCountsWhatDoesNotFitAndScrollsToTheLaptopsChoice(FxRobot robot) {
        robot.interact(() -> RoadmapPictures.fill(session));
        javafx.scene.Parent pleno = (javafx.scene.Parent) new RoadmapProjector(session.shell.stateProperty(),
                session.shell.infoProperty(), vm.selectedProgrammeProperty(), vm.selectedPhaseProperty()).root();
        robot.interact(() -> {
            javafx.stage.Stage s = new javafx.stage.Stage();
            s.setScene(new Scene(new StackPane(pleno), id.rembuk.ui.run.ProjectorService.DESIGN_WIDTH,
                    id.rembuk.ui.run.ProjectorService.DESIGN_HEIGHT));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label more = robot.from(pleno).lookup("#roadmapPlenoMore").queryAs(Label.class);
        assertThat(more.isVisible()).isTrue();
        assertThat(more.getText()).startsWith("+ 4 program lain tidak tampak");
        String last = vm.planProperty().get().lines().get(vm.planProperty().get().programmeCount() - 1).id();
        Node row = robot.from(pleno).lookup("#roadmapLine-" + last).query();
        javafx.scene.control.ScrollPane scroll = robot.from(pleno).lookup(".roadmap-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        java.util.function.Supplier<Boolean> inView = () -> {
            Bounds r = row.localToScene(row.getLayoutBounds());
            Bounds v = scroll.localToScene(scroll.getLayoutBounds());
            return r.getMinY() >= v.getMinY() - 1 && r.getMaxY() <= v.getMaxY() + 1;
        };
        assertThat(inView.get()).as("the last programme starts out of view").isFalse();

        robot.interact(() -> vm.selectedProgrammeProperty().set(last));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView.get()).as("chosen on the laptop, scrolled into view in the room").isTrue();
        assertThat(row.getPseudoClassStates()).extracting(Object::toString).contains("selected");
        robot.interact(() -> pleno.getScene().getWindow().hide());
    }

    @Test
    void sixtyProgrammesScrollAndTheKeyboardBringsTheLastIntoView(FxRobot robot) {
        robot.interact(() -> {
            List<id.rembuk.domain.change.Edit> edits = new java.util.ArrayList<>();
            id.rembuk.domain.Dimension[] dims = id.rembuk.domain.Dimension.values();
            for (int i = 0; i < 54; i++) {
                String p = id.rembuk.domain.Ids.derived("roadmap-sixty", Integer.toString(i));
                edits.addAll(new id.rembuk.domain.Programme(p, dims[i % 6], java.util.Optional.empty(), List.of(),
                        "Program nomor " + (i + 1), List.of(), id.rembuk.domain.Programme.Horizon.MEDIUM, "Bappeda",
                        List.of(), id.rembuk.domain.FundingSource.APBD, 0, "", 100 + i).toEdits());
                edits.addAll(new RoadmapPhase(id.rembuk.domain.Ids.derived("roadmap-sixty-phase", p), p, "Persiapan",
                        1, 2, 1).toEdits());
            }
            session.shell.apply(new id.rembuk.domain.change.Action("Enam puluh program", edits));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.planProperty().get().programmeCount()).isEqualTo(60);
        javafx.scene.control.ScrollPane scroll = robot.lookup(".roadmap-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        assertThat(robot.lookup(".roadmap-rows").queryAs(Region.class).getHeight())
                .as("the rows are taller than the view: it scrolls").isGreaterThan(scroll.getHeight() * 3);

        robot.clickOn(robot.lookup("#roadmapLine-" + GOV_ANTREAN + " .roadmap-label").queryAs(Node.class));
        robot.type(KeyCode.UP);
        String last = vm.planProperty().get().lines().get(59).id();
        assertThat(vm.selectedProgrammeProperty().get()).as("↑ from the first stays on the first")
                .isEqualTo(GOV_ANTREAN);
        robot.type(KeyCode.ESCAPE);
        assertThat(vm.selectedProgrammeProperty().get()).isNull();
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedProgrammeProperty().get()).isEqualTo(
                vm.planProperty().get().lines().get(59).id());
        String lastPhase = vm.selectedPhaseProperty().get();
        assertThat(lastPhase).as("↑ from nothing takes the last bar").isNotNull();
        Node row = robot.lookup("#roadmapLine-" + last).query();
        // the row's own box: the selected bar's glow reaches a few pixels beyond it
        Bounds r = row.localToScene(row.getLayoutBounds());
        Bounds v = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(r.getMaxY()).isLessThanOrEqualTo(v.getMaxY() + 1);
        assertThat(r.getMinY()).isGreaterThanOrEqualTo(v.getMinY() - 1);
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertThat(stored(lastPhase)).extracting(RoadmapPhase::from, RoadmapPhase::to).containsExactly(2, 3);
    }

    @Test
    void anActionPlanIsWrittenFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#roadmapTabPlan .tab-label");
        robot.clickOn("#planSearch").write("satu data").type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(plans.programmeProperty().get()).isEqualTo(GOV_SATU_DATA);
        assertThat(robot.lookup("#planTitle").queryAs(Label.class).getText()).isEqualTo("GOV-2 · Satu Data Banggai");

        robot.type(KeyCode.INSERT);
        assertThat(robot.lookup("#planEditor").query().isVisible()).isTrue();
        robot.write("Kajian arsitektur data");
        robot.clickOn("#planBudget").write("Rp 1,2,3").type(KeyCode.ENTER);
        assertThat(robot.lookup("#planHint").queryAs(Label.class).getText())
                .startsWith("Jumlah rupiah tidak dikenali");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("150 jt").type(KeyCode.ENTER);
        assertThat(plans.steps()).singleElement().satisfies(st -> {
            assertThat(st.item().step()).isEqualTo("Kajian arsitektur data");
            assertThat(st.item().budget()).isEqualTo(150_000_000L);
            assertThat(st.item().owner()).as("the programme's lead OPD").isEqualTo("Diskominfo");
        });
        assertThat(robot.lookup("#planEditor").query().isVisible()).isFalse();

        robot.type(KeyCode.INSERT).write("Peraturan bupati satu data").type(KeyCode.ENTER);
        assertThat(plans.steps()).extracting(s -> s.item().step())
                .containsExactly("Kajian arsitektur data", "Peraturan bupati satu data");
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertThat(plans.steps()).extracting(s -> s.item().step())
                .containsExactly("Peraturan bupati satu data", "Kajian arsitektur data");
        robot.type(KeyCode.DELETE);
        assertThat(plans.steps()).extracting(s -> s.item().step()).containsExactly("Kajian arsitektur data");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(plans.steps()).extracting(s -> s.item().step())
                .containsExactly("Peraturan bupati satu data", "Kajian arsitektur data");
    }
}

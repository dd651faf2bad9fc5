package id.rembuk.ui.quickwin;

import static id.rembuk.ui.PlanSession.ECO_PASAR;
import static id.rembuk.ui.PlanSession.GOV_ANTREAN;
import static id.rembuk.ui.PlanSession.GOV_CSIRT;
import static id.rembuk.ui.PlanSession.GOV_SATU_DATA;
import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Criterion;
import id.rembuk.ui.LaptopScene;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.GridNudge;
import id.rembuk.domain.Ids;
import id.rembuk.domain.Programme;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.QuickWinGrid.Quadrant;
import id.rembuk.domain.Records;
import id.rembuk.domain.Score;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.ui.PlanSession;
import id.rembuk.ui.run.ProjectorService;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.tows.FitColumn;
import id.rembuk.ui.tows.Shots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The quick-win grid headless beside a 200 px stand-in for the sidebar and under a 56 px header,
 * on a real Tahap III session file, in a 1366×720 scene (a maximised window on a 1366×768 laptop).
 */
@ExtendWith(ApplicationExtension.class)
class QuickWinViewTest {
    @TempDir
    static Path homes;

    private PlanSession session;
    private javafx.stage.Stage stage;
    private Scene scene;
    private QuickWinViewModel vm;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        this.stage = stage;
        session = new PlanSession(homes.resolve(UUID.randomUUID().toString()));
        vm = new QuickWinViewModel(session.shell);
        scene = LaptopScene.of(new QuickWinView(vm, () -> { }).root(), session.shell::undo);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
        assertThat(session.board.dialogs.errors).isEmpty();
    }

    /** The scores of one scorer for one programme, one action per scorer as a scoring sheet saves them. */
    private void score(String programme, String scorer, int impact, int ease) {
        List<Edit> edits = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            boolean benefit = c == Criterion.IMPACT || c == Criterion.PRIORITY;
            edits.addAll(Score.of(programme, c, scorer, benefit ? impact : ease).toEdits());
        }
        session.shell.apply(new Action("Nilai " + programme, edits));
    }

    private static Node bubble(FxRobot robot, String ref) {
        return robot.lookup("#qwBubble-" + ref).query();
    }

    /** A bubble's centre in the scene. */
    private static Point2D centre(Node bubble) {
        return bubble.localToScene(0, 0);
    }

    /** The crossing of the two midlines in the scene. */
    private static Point2D midlines(FxRobot robot) {
        GridChart chart = robot.lookup("#qwChart").queryAs(GridChart.class);
        return chart.localToScene(chart.midlines());
    }

    private List<GridNudge> nudges() {
        return Records.read(session.shell.stateProperty().get(), EntityKind.GRID_NUDGE, GridNudge::from).records();
    }

    private List<QuickWin> quickWins() {
        return Records.read(session.shell.stateProperty().get(), EntityKind.QUICK_WIN, QuickWin::from).records();
    }

    @Test
    void threeScoredProgrammesLandInTheirQuadrantsOfTheGrid(FxRobot robot) {
        assertThat(robot.lookup(".qw-bubble-node").queryAll()).as("nothing scored yet").isEmpty();
        assertThat(robot.lookup("#qwUnplaced").queryAs(Label.class).getText()).contains("GOV-1", "ECO-2");

        robot.interact(() -> {
            for (String scorer : List.of("Kelompok GOV", "Kelompok ECO")) {
                score(GOV_ANTREAN, scorer, 5, 4);
                score(GOV_SATU_DATA, scorer, 5, 2);
                score(ECO_PASAR, scorer, 2, 5);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        Point2D mid = midlines(robot);
        Point2D quickWin = centre(bubble(robot, "GOV-1"));
        Point2D major = centre(bubble(robot, "GOV-2"));
        Point2D fillIn = centre(bubble(robot, "ECO-1"));
        assertThat(quickWin.getX()).as("quick win: low effort, left").isLessThan(mid.getX());
        assertThat(quickWin.getY()).as("quick win: high impact, top").isLessThan(mid.getY());
        assertThat(major.getX()).as("major project: high effort, right").isGreaterThan(mid.getX());
        assertThat(major.getY()).as("major project: high impact, top").isLessThan(mid.getY());
        assertThat(fillIn.getX()).as("fill-in: low effort, left").isLessThan(mid.getX());
        assertThat(fillIn.getY()).as("fill-in: low impact, bottom").isGreaterThan(mid.getY());
        assertThat(robot.lookup(".qw-bubble-node").queryAll()).hasSize(3);
        // the bigger budget draws the bigger bubble
        double small = bubble(robot, "ECO-1").getBoundsInLocal().getWidth();
        double big = bubble(robot, "GOV-2").getBoundsInLocal().getWidth();
        assertThat(big).isGreaterThan(small);
        String unplaced = robot.lookup("#qwUnplaced").queryAs(Label.class).getText();
        assertThat(unplaced).contains("GOV-3", "ECO-2", "LIV-1").doesNotContain("GOV-1");
        assertThat(robot.lookup("#qwSummary").queryAs(Label.class).getText())
                .isEqualTo("6 program · 3 di kisi · 0 quick win dipilih");
    }

    @Test
    void aBubbleMovedWithTheKeyboardNeedsItsNoteAndReturnsToItsScores(FxRobot robot) {
        robot.interact(session::scoreAll);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D mid = midlines(robot);
        robot.clickOn(bubble(robot, "GOV-2"));
        assertThat(vm.selectedProperty().get()).isEqualTo(GOV_SATU_DATA);

        robot.press(KeyCode.ALT).type(KeyCode.LEFT, KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#qwPrompt").query().isVisible()).isTrue();
        assertThat(centre(bubble(robot, "GOV-2")).getX()).as("drawn where it would go").isLessThan(mid.getX());
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#qwPromptHint").queryAs(Label.class).getText())
                .isEqualTo("Tulis catatan mengapa program ini digeser.");
        assertThat(nudges()).isEmpty();

        robot.write("Aplikasi sudah ada di Diskominfo").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#qwPrompt").query().isVisible()).isFalse();
        assertThat(nudges()).singleElement().satisfies(n -> {
            assertThat(n.effortValue()).isEqualTo(3.0);
            assertThat(n.note()).isEqualTo("Aplikasi sudah ada di Diskominfo");
        });
        Node moved = bubble(robot, "GOV-2");
        assertThat(moved.getStyleClass()).contains("nudged");
        assertThat(centre(moved).getX()).isLessThan(mid.getX());
        assertThat(robot.lookup("#qwDetailNudge").queryAs(Label.class).getText())
                .isEqualTo("Digeser manual: Aplikasi sudah ada di Diskominfo");

        robot.clickOn("#qwReset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nudges()).isEmpty();
        assertThat(centre(bubble(robot, "GOV-2")).getX()).isGreaterThan(mid.getX());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nudges()).hasSize(1);
        assertThat(centre(bubble(robot, "GOV-2")).getX()).isLessThan(mid.getX());
    }

    @Test
    void draggingABubbleAsksForTheNoteAndCancellingPutsItBack(FxRobot robot) {
        robot.interact(session::scoreAll);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D mid = midlines(robot);
        Node b = bubble(robot, "GOV-3");
        Point2D before = centre(b);
        Point2D target = new Point2D(mid.getX() - 80, mid.getY() - 80);
        Point2D screen = scene.getRoot().localToScreen(scene.getRoot().sceneToLocal(target));
        robot.drag(b, MouseButton.PRIMARY).moveTo(screen).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.promptProperty().get()).isNotNull();
        assertThat(vm.promptProperty().get().programmeId()).isEqualTo(GOV_CSIRT);
        assertThat(centre(bubble(robot, "GOV-3")).getY()).as("shown in the quick-win quadrant meanwhile")
                .isLessThan(mid.getY());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.promptProperty().get()).isNull();
        assertThat(nudges()).isEmpty();
        assertThat(centre(bubble(robot, "GOV-3")).distance(before)).isLessThan(1);
    }

    @Test
    void enterChoosesWithAReasonAndDeleteUnchoosesAndUndoBringsItBack(FxRobot robot) {
        robot.interact(session::scoreAll);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(bubble(robot, "GOV-3"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#qwPrompt .qw-prompt-warning").queryAs(Label.class).getText())
                .contains("Belum ada OPD penanggung jawab");
        robot.write("Bupati minta tahun ini").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(quickWins()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo(QuickWin.idFor(GOV_CSIRT));
            assertThat(q.reason()).isEqualTo("Bupati minta tahun ini");
        });
        assertThat(bubble(robot, "GOV-3").getStyleClass()).contains("chosen", "flagged");
        assertThat(robot.lookup("#qwTally-GOV").queryAs(Label.class).getStyleClass()).contains("one");
        assertThat(robot.lookup("#qwTally-ECO").queryAs(Label.class).getStyleClass()).contains("none");

        robot.clickOn(bubble(robot, "GOV-3"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quickWins()).isEmpty();
        assertThat(bubble(robot, "GOV-3").getStyleClass()).doesNotContain("chosen");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quickWins()).hasSize(1);
        assertThat(bubble(robot, "GOV-3").getStyleClass()).contains("chosen");
    }

    @Test
    void theArrowKeysWalkTheBubblesAndTheListFollows(FxRobot robot) {
        robot.interact(session::scoreAll);
        WaitForAsyncUtils.waitForFxEvents();
        // above ECO-1 (impact 2, effort 1) come LIV-1 (4, 2), then GOV-1 (5, 2); GOV-2 (5, 4) is right of GOV-1
        robot.clickOn(bubble(robot, "ECO-1"));
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedProperty().get()).isEqualTo(PlanSession.LIV_PUSKESMAS);
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedProperty().get()).isEqualTo(GOV_ANTREAN);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedProperty().get()).isEqualTo(GOV_SATU_DATA);
        assertThat(robot.lookup("#qwDetailTitle").queryAs(Label.class).getText())
                .isEqualTo("GOV-2 · Satu Data Banggai");
        @SuppressWarnings("unchecked")
        ListView<Portfolio.Entry> list =
                robot.lookup("#qwList").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(GOV_SATU_DATA);
        // the list walks the programmes quadrant by quadrant: after the major project comes the fill-in
        robot.clickOn(robot.lookup("#qwList .qw-item").match(n -> n instanceof ProgrammeCell c && c.getItem() != null
                && c.getItem().id().equals(GOV_SATU_DATA)).queryAs(Node.class));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedProperty().get()).isEqualTo(ECO_PASAR);
        assertThat(bubble(robot, "ECO-1").getPseudoClassStates())
                .contains(javafx.css.PseudoClass.getPseudoClass("selected"));
        robot.type(KeyCode.ESCAPE);
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void bubblesOnOneSpotArePushedApartWithinTheirQuadrantAndTheirRefsDoNotOverlap(FxRobot robot) {
        robot.interact(() -> {
            for (String p : List.of(GOV_ANTREAN, PlanSession.LIV_PUSKESMAS, PlanSession.ECO_UMKM)) {
                score(p, "Kelompok GOV", 4, 4);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D mid = midlines(robot);
        List<Node> same = List.of(bubble(robot, "GOV-1"), bubble(robot, "LIV-1"), bubble(robot, "ECO-2"));
        for (Node b : same) {
            assertThat(centre(b).getX()).isLessThan(mid.getX());
            assertThat(centre(b).getY()).isLessThan(mid.getY());
        }
        for (int i = 0; i < same.size(); i++) {
            for (int j = i + 1; j < same.size(); j++) {
                assertThat(centre(same.get(i)).distance(centre(same.get(j)))).as("apart").isGreaterThan(8);
            }
        }
        List<Bounds> refs = List.of("GOV-1", "LIV-1", "ECO-2").stream()
                .map(r -> robot.lookup("#qwRef-" + r).query().getBoundsInParent()).toList();
        for (int i = 0; i < refs.size(); i++) {
            for (int j = i + 1; j < refs.size(); j++) {
                assertThat(refs.get(i).intersects(refs.get(j))).as("refs " + i + " and " + j).isFalse();
            }
        }
    }

    /**
     * Twenty-four programmes of all six dimensions, scored by two groups that often agree, so many
     * land on a few spots as they do in a real room: every bubble still sits in its own quadrant.
     */
    @Test
    void aCrowdedGridKeepsEveryBubbleInItsQuadrant(FxRobot robot) throws Exception {
        int[][] scores = {{5, 4}, {5, 4}, {4, 4}, {5, 2}, {2, 5}, {2, 2}, {4, 4}, {3, 3}, {5, 5}, {1, 1},
            {4, 2}, {4, 4}, {2, 4}, {5, 4}, {3, 4}, {4, 3}, {4, 4}, {2, 2}, {5, 1}, {1, 5}, {4, 4}, {3, 2},
            {5, 4}, {2, 3}};
        robot.interact(() -> {
            List<Edit> edits = new ArrayList<>();
            Dimension[] dims = Dimension.values();
            for (int i = 0; i < scores.length; i++) {
                Dimension d = dims[i % dims.length];
                String pid = Ids.derived("crowd", Integer.toString(i));
                edits.addAll(new Programme(pid, d, Optional.empty(), List.of(),
                        "Program " + d.code() + " nomor " + (i / dims.length + 1), List.of(),
                        i % 3 == 0 ? Programme.Horizon.MEDIUM : Programme.Horizon.SHORT,
                        "Dinas " + d.code(), List.of(), FundingSource.APBD,
                        (i % 5 + 1) * 150_000_000L * (i % 4 == 0 ? 6 : 1), "", 10 + i).toEdits());
                for (String scorer : List.of("Kelompok A", "Kelompok B")) {
                    for (Criterion c : Criterion.values()) {
                        boolean benefit = c == Criterion.IMPACT || c == Criterion.PRIORITY;
                        edits.addAll(Score.of(pid, c, scorer, benefit ? scores[i][0] : scores[i][1]).toEdits());
                    }
                }
            }
            session.shell.apply(new Action("Banyak program", edits));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "quickwin-crowded-1366x720");
        Parent pleno = (Parent) new QuickWinProjector(session.shell.stateProperty()).root();
        robot.interact(() -> {
            javafx.stage.Stage s = new javafx.stage.Stage();
            s.setScene(new Scene(new StackPane(pleno), ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(pleno.getScene(), "quickwin-crowded-projector-1024x768");
        assertThat(pleno.lookupAll(".qw-bubble-node")).hasSize(24);
        robot.interact(() -> pleno.getScene().getWindow().hide());

        Point2D mid = midlines(robot);
        assertThat(vm.bubbles()).hasSize(24);
        for (Bubble b : vm.bubbles()) {
            Point2D c = centre(bubble(robot, b.ref()));
            boolean high = b.quadrant() == Quadrant.QUICK_WIN
                    || b.quadrant() == Quadrant.MAJOR_PROJECT;
            boolean hard = b.quadrant() == Quadrant.MAJOR_PROJECT
                    || b.quadrant() == Quadrant.THANKLESS;
            assertThat(c.getY() < mid.getY()).as(b.ref() + " above the impact midline").isEqualTo(high);
            assertThat(c.getX() > mid.getX()).as(b.ref() + " right of the effort midline").isEqualTo(hard);
        }
    }

    @Test
    void pictures(FxRobot robot) throws Exception {
        robot.interact(() -> {
            session.scoreAll();
            vm.startChoose(GOV_ANTREAN);
            vm.draftProperty().set("Warga antre berjam-jam; aplikasi MPP sudah ada");
            vm.confirm();
            vm.proposeNudge(ECO_PASAR, 3.6, 1.8);
            vm.draftProperty().set("Galeri UMKM sudah ramai; dampaknya lebih besar dari skor");
            vm.confirm();
            vm.select(GOV_CSIRT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "quickwin-selected-1366x720");
        robot.interact(() -> vm.moveSelected(1, -1.5));
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "quickwin-nudge-prompt-1366x720");
        robot.interact(() -> {
            vm.cancelPrompt();
            vm.startChoose(GOV_CSIRT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "quickwin-choose-broken-1366x720");
        robot.interact(vm::cancelPrompt);

        Parent pleno = (Parent) new QuickWinProjector(session.shell.stateProperty()).root();
        robot.interact(() -> {
            // inside the projector window's own design pane, with its styles for every label and icon
            StackPane design = new StackPane(pleno);
            design.getStyleClass().add("projector");
            design.getStylesheets().add(QuickWinViewTest.class.getResource("/id/rembuk/ui/run.css").toExternalForm());
            javafx.stage.Stage s = new javafx.stage.Stage();
            s.setScene(new Scene(design, ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(pleno.getScene(), "quickwin-projector-1024x768");
        assertThat(robot.lookup("#qwPlenoChart .qw-bubble-node").queryAll()).hasSize(5);
        assertThat(pleno.lookup("#qwBubble-GOV-1").getStyleClass()).contains("chosen");
        assertThat(robot.lookup("#qwPlenoChosen").queryAs(FitColumn.class).shown()).isEqualTo(1);
        FontIcon star = (FontIcon)
                pleno.lookup("#qwPlenoChosen .qw-star");
        assertThat(star.getIconColor()).as("the chosen star stays gold on the room's screen")
                .isEqualTo(Color.web("#fbbf24"));
        assertThat(((Label) pleno.lookup("#qwPlenoChosen .qw-pleno-ref")).getTextFill())
                .isEqualTo(Color.web("#fbbf24"));
        robot.interact(() -> pleno.getScene().getWindow().hide());

        robot.interact(() -> {
            Messages.setLocale(Locale.ENGLISH);
            vm.refreshText();
            vm.select(GOV_SATU_DATA);
            ((BorderPane) scene.getRoot()).setCenter(new QuickWinView(vm, () -> { }).root());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "quickwin-english-1366x720");
        assertThat(robot.lookup("#qwSummary").queryAs(Label.class).getText())
                .isEqualTo("Programmes: 6 · on the grid: 5 · quick wins chosen: 1");
    }
}

package id.rembuk.ui.scoring;

import static id.rembuk.ui.PlanSession.GOV_ANTREAN;
import static id.rembuk.ui.PlanSession.GOV_SATU_DATA;
import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Criterion;
import id.rembuk.ui.LaptopScene;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.domain.Score;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.PlanSession;
import id.rembuk.ui.run.ProjectorService;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.tows.Shots;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
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
 * The scoring screen headless beside a 200 px stand-in for the sidebar and under a 56 px header,
 * on a real session file, in a 1366×720 scene (a maximised window on a 1366×768 laptop).
 */
@ExtendWith(ApplicationExtension.class)
class ScoringViewTest {
    @TempDir
    static Path homes;

    private PlanSession session;
    private javafx.stage.Stage stage;
    private Scene scene;
    private ScoringViewModel vm;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        this.stage = stage;
        session = new PlanSession(homes.resolve(UUID.randomUUID().toString()));
        vm = new ScoringViewModel(session.shell);
        show(new ScoringView(vm, () -> { }).root());
        stage.show();
    }

    private void show(Node view) {
        scene = LaptopScene.of(view, session.shell::undo);
        stage.setScene(scene);
    }

    @AfterEach
    void close() {
        Messages.setLocale(Messages.INDONESIAN);
        session.close();
        assertThat(session.board.dialogs.errors).isEmpty();
    }

    private Map<String, Integer> scoresOf(String programme, String scorer) {
        return Records.read(session.shell.stateProperty().get(), EntityKind.SCORE, Score::from).records().stream()
                .filter(s -> s.programmeId().equals(programme) && s.scorer().equals(scorer))
                .collect(Collectors.toMap(s -> s.criterion().name(), Score::value));
    }

    private Node cell(FxRobot robot, String ref, Criterion c) {
        return robot.lookup("#scoringCol-" + c.name()).queryAll().isEmpty() ? null
                : robot.lookup(".scoring-value").match(n -> n instanceof TableCell<?, ?> t && t.getItem() != null
                        && ((ScoringRow) t.getItem()).ref().equals(ref) && t.getTableColumn().getUserData() == c)
                .queryAs(Node.class);
    }

    private String hint(FxRobot robot) {
        return robot.lookup("#scoringHint").queryAs(Label.class).getText();
    }

    @Test
    void aGroupScoresAProgrammeByKeyboardClearsOneAndUndoes(FxRobot robot) throws Exception {
        robot.interact(() -> vm.scorerProperty().set("GOV"));
        robot.clickOn(cell(robot, "GOV-1", Criterion.IMPACT));
        robot.type(KeyCode.DIGIT5, KeyCode.DIGIT4, KeyCode.DIGIT4, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT4);
        // the cursor went on to the next programme's first criterion
        robot.type(KeyCode.NUMPAD2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(scoresOf(GOV_ANTREAN, "GOV")).containsExactlyInAnyOrderEntriesOf(Map.of("IMPACT", 5, "SPEED", 4,
                "COST", 4, "INNOVATION", 3, "READINESS", 4, "PRIORITY", 5, "RISK", 4));
        assertThat(scoresOf(GOV_SATU_DATA, "GOV")).containsExactlyEntriesOf(Map.of("IMPACT", 2));
        assertThat(((TableCell<?, ?>) cell(robot, "GOV-1", Criterion.RISK)).getText()).isEqualTo("4");
        assertThat(((TableCell<?, ?>) cell(robot, "GOV-2", Criterion.SPEED)).getText()).as("missing, not 0")
                .isEqualTo("–");

        // Shift+Tab back to GOV-1's last criterion, Delete clears it, Ctrl+Z brings it back
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scoresOf(GOV_ANTREAN, "GOV")).doesNotContainKey("RISK").hasSize(6);
        assertThat(((TableCell<?, ?>) cell(robot, "GOV-1", Criterion.RISK)).getText()).isEqualTo("–");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scoresOf(GOV_ANTREAN, "GOV")).containsEntry("RISK", 4);

        // Down moves to GOV-2's last criterion; 7 is no score
        robot.type(KeyCode.DOWN, KeyCode.DIGIT7);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint(robot)).isEqualTo("Nilai harus 1 sampai 5.");
        assertThat(scoresOf(GOV_SATU_DATA, "GOV")).hasSize(1);
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scoresOf(GOV_SATU_DATA, "GOV")).containsEntry("RISK", 1);

        ScoringRow gov1 = vm.rows().get(0);
        assertThat(gov1.scorers()).isEqualTo(1);
        assertThat(gov1.rank()).isEqualTo(1);
        Shots.save(scene, "scoring-sheet-1366x720");
    }

    @Test
    void theScorerIsChosenFromTheSearchableList(FxRobot robot) {
        robot.clickOn("#scoringScorer");
        robot.write("ECO");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.scorerProperty().get()).isEqualTo("ECO");
        robot.clickOn(cell(robot, "ECO-1", Criterion.IMPACT));
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scoresOf(id.rembuk.ui.PlanSession.ECO_PASAR, "ECO")).containsExactlyEntriesOf(Map.of("IMPACT", 3));
    }

    @Test
    void withoutAScorerTypingTellsWhoMustBeChosen(FxRobot robot) {
        robot.clickOn(cell(robot, "GOV-1", Criterion.IMPACT));
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint(robot)).isEqualTo("Pilih dulu siapa yang menilai sebelum memberi nilai.");
        assertThat(scoresOf(GOV_ANTREAN, "GOV")).isEmpty();
    }

    @Test
    void aWeightSetToZeroTakesItsColumnOffTheSheet(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#scoringTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        robot.doubleClickOn("#scoringWeight-INNOVATION").write("0").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.columns()).doesNotContain(Criterion.INNOVATION);
        assertThat(robot.lookup("#scoringShare-INNOVATION").queryAs(Label.class).getText()).isEqualTo("tidak dipakai");
        assertThat(robot.lookup("#scoringWeightSum").queryAs(Label.class).getText()).isEqualTo("Jumlah bobot: 90");

        robot.doubleClickOn("#scoringWeight-RISK").write("x1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint(robot)).isEqualTo("Bobot harus bilangan bulat 0–100, bukan \"x1\".");
        Shots.save(scene, "scoring-weights-1366x720");

        robot.clickOn("#scoringReset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.columns()).contains(Criterion.INNOVATION);
        assertThat(robot.lookup("#scoringWeight-INNOVATION").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("10");
    }

    @Test
    void pictures(FxRobot robot) throws Exception {
        for (Locale l : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
            String lang = l.getLanguage();
            robot.interact(() -> {
                Messages.setLocale(l);
                if (lang.equals("en")) {
                    return;
                }
                session.scoreAll();
            });
            robot.interact(() -> {
                vm.refresh();
                vm.scorerProperty().set("ECO");
                show(new ScoringView(vm, () -> { }).root());
            });
            WaitForAsyncUtils.waitForFxEvents();
            Shots.save(scene, "scoring-sheet-scored-" + lang);
            robot.interact(() -> robot.lookup("#scoringTabs").queryAs(TabPane.class).getSelectionModel().select(1));
            WaitForAsyncUtils.waitForFxEvents();
            Shots.save(scene, "scoring-ranking-" + lang);
            robot.interact(() -> robot.lookup("#scoringTabs").queryAs(TabPane.class).getSelectionModel().select(2));
            WaitForAsyncUtils.waitForFxEvents();
            Shots.save(scene, "scoring-weights-" + lang);

            ScoringViewModel group = new ScoringViewModel(session.shell.stateProperty(), session.shell::apply, "GOV");
            robot.interact(() -> {
                group.dimensionProperty().set(Dimension.GOV);
                show(new ScoringView(group, null).root());
            });
            WaitForAsyncUtils.waitForFxEvents();
            Shots.save(scene, "scoring-group-" + lang);

            Parent pleno = (Parent) new ScoringProjector(session.shell.stateProperty()).root();
            robot.interact(() -> {
                javafx.stage.Stage s = new javafx.stage.Stage();
                s.setScene(new Scene(new StackPane(pleno), ProjectorService.DESIGN_WIDTH,
                        ProjectorService.DESIGN_HEIGHT));
                s.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Shots.save(pleno.getScene(), "scoring-projector-" + lang);
            assertThat(robot.lookup("#scoringPlenoHeading").queryAs(Label.class).getText())
                    .isEqualTo(Messages.get("scoring.pleno.title"));
            robot.interact(() -> pleno.getScene().getWindow().hide());
        }
    }
}

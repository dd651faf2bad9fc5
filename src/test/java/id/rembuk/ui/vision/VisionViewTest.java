package id.rembuk.ui.vision;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.ui.LaptopScene;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.run.ProjectorService;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.tows.BoardSession;
import id.rembuk.ui.tows.Shots;
import id.rembuk.ui.vision.CascadeViewModel.Node;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The vision screens headless beside a 200 px sidebar stand-in, on a real session, in a 1366×720 scene. */
@ExtendWith(ApplicationExtension.class)
class VisionViewTest {
    @TempDir
    static Path homes;

    private BoardSession session;
    private KeywordBoardViewModel keywords;
    private VisionDraftsViewModel drafts;
    private CascadeViewModel cascade;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        session = new BoardSession(homes.resolve(UUID.randomUUID().toString()), id.rembuk.domain.Stage.II);
        keywords = new KeywordBoardViewModel(session.shell.stateProperty(), session.shell::apply);
        drafts = new VisionDraftsViewModel(session.shell.stateProperty(), session.shell::apply);
        cascade = new CascadeViewModel(session.shell.stateProperty(), session.shell::apply);
        scene = LaptopScene.of(new VisionView(keywords, drafts, cascade,
                Bindings.isNotNull(session.shell.stateProperty()), () -> { }).root(), session.shell::undo);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    private void showTab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#visionTabs").queryAs(TabPane.class).getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMissionAndAGoalAreAddedWithTheKeyboard(FxRobot robot) {
        showTab(robot, 2);
        robot.clickOn("#cascadeTree");
        robot.type(KeyCode.ENTER);
        robot.write("Tata kelola berbasis data").type(KeyCode.ENTER);
        // Enter wrote the mission and opened the next one; Esc gives that up
        assertThat(robot.lookup("#cascadeField").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(cascade.roots()).extracting(Node::text).containsExactly("Tata kelola berbasis data");

        robot.type(KeyCode.TAB);
        robot.write("Layanan publik terpadu").type(KeyCode.ENTER);
        robot.type(KeyCode.ESCAPE);
        assertThat(cascade.roots()).singleElement().satisfies(m -> assertThat(m.children())
                .extracting(Node::text).containsExactly("Layanan publik terpadu"));

        // and a second mission one level up from the goal, typed straight after it
        robot.type(KeyCode.TAB);
        robot.write("Indeks SPBE");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.write("Sasaran kedua").type(KeyCode.ESCAPE);
        Node goal = cascade.roots().get(0).children().get(0);
        assertThat(goal.children()).extracting(Node::text).containsExactly("Indeks SPBE");
        assertThat(goal.children().get(0).level()).isEqualTo(CascadeViewModel.Level.TARGET);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(cascade.roots().get(0).children().get(0).children()).isEmpty();
    }

    @Test
    void aKeywordIsMadeFromAPickedCard(FxRobot robot) {
        showTab(robot, 0);
        robot.clickOn(robot.lookup("#keywordCards .vision-card").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null && ((SourceCards.Card) c.getItem()).id().equals(BoardSession.O_KAMPUS))
                .queryAs(javafx.scene.Node.class));
        robot.clickOn("#keywordText").write("kolaborasi kampus").type(KeyCode.ENTER);
        assertThat(keywords.keywords()).singleElement().satisfies(k -> {
            assertThat(k.text()).isEqualTo("kolaborasi kampus");
            assertThat(k.swotItems()).containsExactly(BoardSession.O_KAMPUS);
        });
    }

    @Test
    void pictures(FxRobot robot) throws Exception {
        robot.interact(() -> {
            session.fillForPictures();
            String[][] words = {{"satu data", BoardSession.S_DATA}, {"pelayanan prima", BoardSession.S_PERDA},
                {"berdaya saing", BoardSession.O_PUSAT}, {"kolaborasi kampus", BoardSession.O_KAMPUS},
                {"aman siber", BoardSession.T_SERANGAN}};
            for (String[] w : words) {
                keywords.choose(List.of(w[1]));
                keywords.keywordTextProperty().set(w[0]);
                keywords.add();
            }
            keywords.choose(List.of());
            drafts.newTextProperty().set("Terwujudnya Banggai yang berdaya saing melalui pelayanan prima "
                    + "berbasis satu data");
            drafts.add();
            drafts.newTextProperty().set("Banggai cerdas, aman dan sejahtera bersama kampus");
            drafts.add();
            drafts.adopt(drafts.drafts().get(0).id());
            String m1 = cascade.addMission("Meningkatkan tata kelola pemerintahan yang terpadu berbasis satu data")
                    .orElseThrow();
            String g1 = cascade.addChild(m1, "Mewujudkan layanan publik digital yang cepat dan mudah").orElseThrow();
            String t1 = cascade.addChild(g1, "Meningkatnya indeks SPBE daerah").orElseThrow();
            cascade.setDimension(t1, Optional.of(Dimension.GOV));
            String i1 = cascade.addChild(t1, "Indeks SPBE").orElseThrow();
            cascade.setUnit(i1, "indeks");
            cascade.setBaseline(i1, "2,1");
            String[] y = {"2,4", "2,6", "2,9", "3,2", "3,5"};
            for (int k = 0; k < y.length; k++) {
                cascade.setYear(i1, k + 1, y[k]);
            }
            cascade.addChild(t1, "Persentase layanan perizinan daring");
            String m2 = cascade.addMission("Mengembangkan ekonomi daerah yang berdaya saing").orElseThrow();
            cascade.addChild(m2, "Meningkatkan nilai tambah UMKM dan pariwisata");
            cascade.addMission("Mewujudkan lingkungan yang aman, bersih dan lestari");
            cascade.addMission("Membangun masyarakat yang cakap digital");
            cascade.selectedProperty().set(i1);
        });
        showTab(robot, 0);
        robot.interact(() -> keywords.selectedKeywordProperty().set(keywords.keywords().get(0).id()));
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "vision-keywords-1366x720");
        showTab(robot, 1);
        Shots.save(scene, "vision-drafts-1366x720");
        showTab(robot, 2);
        Shots.save(scene, "vision-cascade-1366x720");

        Parent pleno = (Parent) new VisionProjector(session.shell.stateProperty()).root();
        robot.interact(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(pleno), ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(pleno.getScene(), "vision-projector-1024x768");
        assertThat(robot.lookup("#visionPlenoText").queryAs(Label.class).getText()).startsWith("Terwujudnya Banggai");
        robot.interact(() -> pleno.getScene().getWindow().hide());
    }
}

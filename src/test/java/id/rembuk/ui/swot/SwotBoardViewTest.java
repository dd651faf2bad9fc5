package id.rembuk.ui.swot;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem.Quadrant;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.board.BoardRow;
import id.rembuk.ui.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
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

/**
 * The facilitator's board headless beside a 200 px stand-in for the sidebar and under a 56 px one
 * for the header, on a real Tahap II session, in a 1366×720 scene (a laptop's maximised window).
 */
@ExtendWith(ApplicationExtension.class)
class SwotBoardViewTest {
    @TempDir
    static Path homes;

    private SwotSession session;
    private SwotBoardViewModel vm;
    private Scene scene;
    private java.util.function.Supplier<Node> projected;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        session = new SwotSession(homes.resolve(UUID.randomUUID().toString()), id.rembuk.domain.Stage.II);
        vm = SwotBoardViewModel.facilitator(session.shell);
        BorderPane window = new BorderPane(new SwotBoardView(vm, content -> projected = content).root());
        Region sidebar = new StackPane(new Label("Menu"));
        sidebar.setPrefWidth(200);
        sidebar.setMinWidth(200);
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
        assertThat(session.dialogs.errors).isEmpty();
    }

    private List<String> texts(Quadrant q) {
        return vm.cards(q).stream().map(SwotCard::text).toList();
    }

    private static Node cell(FxRobot robot, String lane, String text) {
        return robot.lookup("#boardLane-" + lane + " .board-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof BoardRow.Card<?> card && ((SwotCard) card.item()).text().equals(text)).query();
    }

    @Test
    void theFourQuadrantsFitTheLaptopWithoutScrollingSideways(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 12; i++) {
                vm.add(Quadrant.values()[i % 4], "Kartu nomor " + i + " dengan teks yang cukup panjang untuk dibungkus "
                        + "ke baris berikutnya di papan");
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        double top = Double.MAX_VALUE;
        for (Quadrant q : Quadrant.values()) {
            Node lane = robot.lookup("#boardLaneBox-" + q.name()).query();
            Bounds b = lane.localToScene(lane.getBoundsInLocal());
            assertThat(b.getMinX()).as(q.name()).isGreaterThanOrEqualTo(200);
            assertThat(b.getMaxX()).as(q.name()).isLessThanOrEqualTo(1366);
            assertThat(b.getMaxY()).as(q.name()).isLessThanOrEqualTo(720);
            assertThat(b.getWidth()).as(q.name()).isGreaterThan(450);
            assertThat(b.getHeight()).as(q.name()).isGreaterThan(180);
            top = Math.min(top, b.getMinY());
            ListView<?> list = robot.lookup("#boardLane-" + q.name()).queryListView();
            assertThat(list.lookupAll(".scroll-bar")).as(q.name() + " scrolls sideways")
                    .noneMatch(s -> s instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                            && bar.isVisible());
        }
        // 2x2: S beside W, O under S
        Bounds s = bounds(robot, "S");
        assertThat(bounds(robot, "W").getMinX()).isGreaterThan(s.getMaxX());
        assertThat(bounds(robot, "W").getMinY()).isEqualTo(s.getMinY());
        assertThat(bounds(robot, "O").getMinY()).isGreaterThan(s.getMaxY());
        assertThat(bounds(robot, "T").getMinX()).isEqualTo(bounds(robot, "W").getMinX());
        // the toolbars stay in the window too
        for (String id : List.of("#swotProjector", "#swotConceal", "#swotSort", "#swotDelete")) {
            Node n = robot.lookup(id).query();
            assertThat(n.localToScene(n.getBoundsInLocal()).getMaxX()).as(id).isLessThanOrEqualTo(1366);
        }
    }

    private static Bounds bounds(FxRobot robot, String lane) {
        Node n = robot.lookup("#boardLaneBox-" + lane).query();
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void aCardIsAddedWithTheKeyboardAndTheFieldStaysForTheNext(FxRobot robot) {
        robot.clickOn("#boardAdd-W").write("Data OPD belum terpadu").type(KeyCode.ENTER);

        assertThat(texts(Quadrant.W)).containsExactly("Data OPD belum terpadu");
        TextField add = robot.lookup("#boardAdd-W").queryAs(TextField.class);
        assertThat(add.getText()).isEmpty();
        assertThat(add.isFocused()).isTrue();
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Tambah Kelemahan (W): Data OPD belum terpadu");
        assertThat(robot.lookup("#boardLane-W").queryListView().getItems()).hasSize(1);

        // F2 edits in place, Enter saves
        robot.clickOn(cell(robot, "W", "Data OPD belum terpadu"));
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#boardEditor").queryAs(javafx.scene.control.TextArea.class)
                .setText("Data OPD belum satu"));
        robot.type(KeyCode.ENTER);
        assertThat(texts(Quadrant.W)).containsExactly("Data OPD belum satu");
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Ubah kartu: Data OPD belum satu");

        // Alt+→ sends it to the quadrant beside; the selection follows
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(Quadrant.S)).containsExactly("Data OPD belum satu");
        ListView<?> s = robot.lookup("#boardLane-S").queryListView();
        assertThat(s.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(s.isFocused()).isTrue();

        // Delete deletes, Ctrl+Z brings it back
        robot.type(KeyCode.DELETE);
        assertThat(texts(Quadrant.S)).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(texts(Quadrant.S)).containsExactly("Data OPD belum satu");
    }

    @Test
    void aCardDraggedWithTheMouseLandsInTheOtherQuadrant(FxRobot robot) {
        robot.interact(() -> {
            vm.add(Quadrant.S, "Fiber optik sampai kecamatan");
            vm.add(Quadrant.S, "Komitmen bupati kuat");
            vm.add(Quadrant.O, "DAK TIK tersedia");
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.drag(cell(robot, "S", "Komitmen bupati kuat")).dropTo("#boardLane-T");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(Quadrant.T)).containsExactly("Komitmen bupati kuat");
        assertThat(texts(Quadrant.S)).containsExactly("Fiber optik sampai kecamatan");
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Pindah ke Ancaman (T): Komitmen bupati kuat");

        // and onto the upper half of a card: before it
        robot.drag(cell(robot, "T", "Komitmen bupati kuat"))
                .dropTo(robot.point(cell(robot, "O", "DAK TIK tersedia")).atOffset(new javafx.geometry.Point2D(0, -8)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(Quadrant.O)).containsExactly("Komitmen bupati kuat", "DAK TIK tersedia");
    }

    @Test
    void aGroupVotesUntilItsDotsAreSpentAndTheNextIsRefused(FxRobot robot) {
        robot.interact(() -> {
            vm.add(Quadrant.W, "Belum ada pusat data");
            vm.add(Quadrant.W, "SDM TIK sedikit");
        });
        robot.interact(() -> robot.lookup("#swotBudget").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(3));
        robot.clickOn("#swotOpenRound");
        assertThat(vm.roundOpenProperty().get()).isTrue();
        assertThat(vm.budgetProperty().get()).isEqualTo(3);
        assertThat(robot.lookup("#swotVotingStatus").queryLabeled().getText())
                .isEqualTo("Putaran 1 · 3 titik per kelompok");
        robot.interact(() -> vm.voterProperty().set("LIV"));
        assertThat(robot.lookup("#swotRemaining").queryLabeled().getText()).isEqualTo("Sisa 3 dari 3 titik");

        Node card = cell(robot, "W", "Belum ada pusat data");
        for (int i = 0; i < 3; i++) {
            robot.clickOn(robot.from(cell(robot, "W", "Belum ada pusat data")).lookup(".swot-vote-button")
                    .match(Node::isVisible).match(n -> n.getAccessibleText().startsWith("Beri")).<Node>query());
        }
        assertThat(robot.lookup("#swotRemaining").queryLabeled().getText()).isEqualTo("Sisa 0 dari 3 titik");
        assertThat(vm.remainingProperty().get()).isZero();

        // the keyboard's + on the other card: refused, and said why
        robot.clickOn(cell(robot, "W", "SDM TIK sedikit"));
        robot.type(KeyCode.ADD);
        assertThat(robot.lookup("#swotMessage").queryLabeled().getText())
                .isEqualTo("Smart Living sudah memakai semua 3 titik.");
        assertThat(vm.card(SwotSample.id(vm, "SDM TIK sedikit")).orElseThrow().dots()).isZero();
        assertThat(vm.card(SwotSample.id(vm, "Belum ada pusat data")).orElseThrow().dots()).isEqualTo(3);
        assertThat(robot.from(cell(robot, "W", "Belum ada pusat data")).lookup(".swot-dots-mine").queryLabeled()
                .getText()).isEqualTo("●●●");
        assertThat(robot.lookup("#swotVoterDots .swot-chip").queryAllAs(Label.class))
                .anyMatch(l -> l.getText().equals("LIV 0"));
        assertThat(card).isNotNull();
    }

    @Test
    void selectedCardsAreMergedAndClusteredFromTheStatusRow(FxRobot robot) {
        robot.interact(() -> {
            vm.add(Quadrant.W, "Data tidak terpadu");
            vm.add(Quadrant.W, "Data belum satu pintu");
            vm.add(Quadrant.W, "Server tersebar");
        });
        robot.clickOn(cell(robot, "W", "Data tidak terpadu"));
        robot.press(KeyCode.CONTROL).clickOn(cell(robot, "W", "Data belum satu pintu")).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#swotSelected").queryLabeled().getText()).isEqualTo("2 dipilih");
        robot.clickOn("#swotMerge");
        assertThat(texts(Quadrant.W)).containsExactly("Data tidak terpadu", "Server tersebar");
        Node survivor = cell(robot, "W", "Data tidak terpadu");
        assertThat(robot.from(survivor).lookup(".swot-merged-link").queryAs(javafx.scene.control.Hyperlink.class)
                .getText()).isEqualTo("+1 gabungan");

        robot.clickOn(survivor);
        robot.press(KeyCode.CONTROL).clickOn(cell(robot, "W", "Server tersebar")).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        assertThat(robot.lookup("#swotClusterTitle").query().isFocused()).isTrue();
        robot.write("Data").type(KeyCode.ENTER);
        assertThat(vm.cards(Quadrant.W)).allMatch(c -> c.cluster().equals("Data"));
        assertThat(robot.lookup("#boardLane-W").queryListView().getItems().get(0))
                .isEqualTo(new BoardRow.Header<SwotCard>("W", "Data", 2));
    }

    @Test
    void theProjectorButtonHandsTheRoomABoardThatFollowsTheFacilitator(FxRobot robot) {
        robot.interact(() -> SwotSample.fill(vm));
        robot.clickOn("#swotProjector");
        assertThat(projected).as("the button hands the room a board").isNotNull();
        Node[] shown = new Node[1];
        robot.interact(() -> shown[0] = projected.get());
        assertThat(shown[0].getId()).isEqualTo("swotPleno");
        Scene room = new Scene(new StackPane(), 1024, 768);
        robot.interact(() -> {
            room.setRoot((javafx.scene.Parent) shown[0]);
            Stage s = new Stage();
            s.setScene(room);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#swotPlenoTitle").queryLabeled().getText()).isEqualTo("Smart Governance");
        assertThat(robot.lookup(".pleno-card").queryAll()).hasSizeGreaterThan(12);
        assertThat(robot.lookup(".pleno-cluster").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Data dan integrasi", "SDM", "Infrastruktur");
        robot.interact(() -> vm.setConcealed(true));
        assertThat(robot.lookup(".pleno-card").queryAll()).isEmpty();
        assertThat(robot.lookup(".pleno-card-back").queryAll()).hasSize(20);
        assertThat(robot.lookup("#swotPlenoState").queryLabeled().getText())
                .isEqualTo("Tulis tertutup: kartu belum ditampilkan");
        robot.interact(() -> {
            vm.reveal();
            vm.plenoFocusProperty().set(Quadrant.W);
        });
        assertThat(robot.lookup("#swotPlenoQuadrant-W").tryQuery()).isPresent();
        assertThat(robot.lookup("#swotPlenoQuadrant-S").tryQuery()).isEmpty();
        assertThat(vm.budgetPerProperty().get()).isEqualTo(SwotBoard.BudgetPer.GROUP);
        robot.interact(() -> room.getWindow().hide());
    }
}

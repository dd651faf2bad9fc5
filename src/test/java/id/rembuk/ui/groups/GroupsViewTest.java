package id.rembuk.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.groups.GroupsViewModel.Card;
import id.rembuk.ui.groups.GroupsViewModel.Member;
import id.rembuk.ui.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
 * The groups screen headless beside a 200 px stand-in for the sidebar and under a 56 px one for the
 * header, on the sample's real file. The scene is 1366×720: a maximised window on a 1366×768 screen
 * keeps about that much below the taskbar and title bar (and Monocle's headless screen holds no more).
 */
@ExtendWith(ApplicationExtension.class)
class GroupsViewTest {
    static final List<String> SIX = List.of("GOV", "BRD", "ECO", "LIV", "SOC", "ENV");

    @TempDir
    static Path homes;

    private GroupsSession session;
    private GroupsViewModel vm;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        session = new GroupsSession(homes.resolve(UUID.randomUUID().toString()));
        vm = new GroupsViewModel(session.shell);
        BorderPane window = new BorderPane(new GroupsView(vm).root());
        Region sidebar = new StackPane(new Label("Menu"));
        sidebar.setPrefWidth(200);
        window.setLeft(sidebar);
        Region header = new StackPane(new Label("Rembuk"));
        header.setPrefHeight(56);
        window.setTop(header);
        scene = new Scene(window, 1366, 720);
        Theme.style(scene);
        // as the main window does: Ctrl+Z undoes the last action of the session
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                session.shell::undo);
        stage.setScene(scene);
        // the stage is shared by every test class: one that sized it by hand must not narrow this scene
        stage.sizeToScene();
        // Monocle's drag and drop breaks when a drag crosses a window another test class left open
        List.copyOf(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(javafx.stage.Window::hide);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    @Test
    void theSixGroupsFitBesideTheSidebarThreeToARow(FxRobot robot) {
        for (String id : SIX) {
            Node card = robot.lookup("#group-" + id).query();
            Bounds b = card.localToScene(card.getBoundsInLocal());
            assertThat(b.getMinX()).as(id).isGreaterThanOrEqualTo(200);
            assertThat(b.getMaxX()).as(id).isLessThanOrEqualTo(1366);
            assertThat(b.getWidth()).as(id).isGreaterThan(250);
        }
        double firstRow = y(robot, "GOV");
        assertThat(List.of(y(robot, "BRD"), y(robot, "ECO"))).containsOnly(firstRow);
        assertThat(List.of(y(robot, "SOC"), y(robot, "ENV"))).containsOnly(y(robot, "LIV"));
        assertThat(y(robot, "LIV")).isGreaterThan(firstRow);
        assertThat(text(robot, "#groupTitle-ECO")).isEqualTo("Smart Economy");
        assertThat(text(robot, "#groupSize-GOV")).isEqualTo("16");
        assertThat(text(robot, "#groupHint-GOV")).contains("2 orang dari BKPSDM");
    }

    @Test
    void autoAssignShowsThePreviewThenSplitsTheEightyIntoSixGroupsOfThirteenOrFourteen(FxRobot robot) {
        robot.clickOn("#groupsAuto");
        assertThat(robot.lookup("#autoOverlay").query().isVisible()).isTrue();
        assertThat(text(robot, "#autoSummary")).startsWith("80 peserta ke 6 kelompok: 13–14 orang per kelompok");
        for (String id : SIX) {
            assertThat(text(robot, "#autoSize-" + id)).isIn("13", "14");
        }
        // nothing written yet
        assertThat(text(robot, "#groupSize-GOV")).isEqualTo("16");

        // the preview opens with "Terapkan" focused: Enter applies
        assertThat(robot.lookup("#autoApply").query().isFocused()).isTrue();
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#autoOverlay").query().isVisible()).isFalse();
        for (String id : SIX) {
            assertThat(text(robot, "#groupSize-" + id)).isIn("13", "14");
            assertThat(robot.lookup("#groupList-" + id).queryListView().getItems()).hasSizeBetween(13, 14);
        }
        assertThat(vm.cards()).extracting(c -> c.members().size()).containsOnly(13, 14);
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Bagi 80 peserta ke 6 kelompok");
        assertThat(text(robot, "#groupsSummary")).contains("13–14 orang per kelompok");
    }

    @Test
    void escapeClosesThePreviewWithoutWriting(FxRobot robot) {
        robot.clickOn("#groupsAuto");
        robot.clickOn("#autoKeep");
        assertThat(text(robot, "#autoSummary")).endsWith("2 orang pindah kelompok");
        robot.type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#autoOverlay").query().isVisible()).isFalse();
        assertThat(text(robot, "#groupSize-GOV")).isEqualTo("16");
        assertThat(session.shell.canUndoProperty().get()).isFalse();
    }

    @Test
    void altRightMovesTheSelectedPersonToTheNextGroupAndTheSelectionFollows(FxRobot robot) {
        ListView<Member> gov = robot.lookup("#groupList-GOV").queryListView();
        Member first = gov.getItems().get(0);
        robot.clickOn(cell(robot, "#groupList-GOV", 0));

        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<Member> brd = robot.lookup("#groupList-BRD").queryListView();
        assertThat(brd.getItems()).extracting(Member::id).contains(first.id());
        assertThat(gov.getItems()).extracting(Member::id).doesNotContain(first.id());
        assertThat(brd.getSelectionModel().getSelectedItem().id()).isEqualTo(first.id());
        assertThat(brd.isFocused()).isTrue();
        assertThat(text(robot, "#groupSize-GOV")).isEqualTo("15");
        assertThat(text(robot, "#groupSize-BRD")).isEqualTo("13");
        assertThat(session.shell.undoLabelProperty().get())
                .isEqualTo("Pindah ke Kelompok Smart Branding: " + first.name());

        // again, then back to the pool with Alt+Left three times
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(robot.lookup("#groupList-ECO").queryListView().getItems()).extracting(m -> ((Member) m).id())
                .contains(first.id());
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        }
        ListView<Member> pool = robot.lookup("#poolList").queryListView();
        assertThat(pool.getItems()).extracting(Member::id).containsExactly(first.id());
        assertThat(pool.isFocused()).isTrue();
        assertThat(text(robot, "#poolTitle")).isEqualTo("Belum berkelompok (1)");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pool.getItems()).isEmpty();
        assertThat(vm.cards().stream().filter(c -> c.groupId().equals("GOV")).findFirst().map(Card::members)
                .orElseThrow()).extracting(Member::id).contains(first.id());
    }

    @Test
    void theListsMenuMovesTheSelectedPersonToAnyGroup(FxRobot robot) {
        ListView<Member> gov = robot.lookup("#groupList-GOV").queryListView();
        Member second = gov.getItems().get(1);
        robot.clickOn(cell(robot, "#groupList-GOV", 1));
        // Shift+F10 opens the list's menu beside the selected person: "Pindah ke" the five other groups
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        javafx.scene.control.ContextMenu menu = gov.getContextMenu();
        assertThat(menu.isShowing()).isTrue();
        javafx.scene.control.Menu moveTo = (javafx.scene.control.Menu) menu.getItems().get(0);
        assertThat(moveTo.getText()).isEqualTo("Pindah ke");
        assertThat(moveTo.getItems()).extracting(javafx.scene.control.MenuItem::getText).containsExactly(
                "Kelompok Smart Branding", "Kelompok Smart Economy", "Kelompok Smart Living",
                "Kelompok Smart Society", "Kelompok Smart Environment");
        assertThat(menu.getItems().get(1).getText()).isEqualTo("Keluarkan dari kelompok");
        robot.interact(() -> {
            moveTo.getItems().get(3).fire();
            menu.hide();
        });

        assertThat(robot.lookup("#groupList-SOC").<Member>queryListView().getSelectionModel().getSelectedItem().id())
                .isEqualTo(second.id());
        assertThat(session.shell.undoLabelProperty().get())
                .isEqualTo("Pindah ke Kelompok Smart Society: " + second.name());

        // a right click opens the same menu (Monocle sends no menu request for the right button: sent here
        // as the platform does, on the cell under the mouse)
        ListView<Member> soc = robot.lookup("#groupList-SOC").queryListView();
        ListCell<Member> selected = robot.lookup("#groupList-SOC .member-cell").<ListCell<Member>>queryAll().stream()
                .filter(c -> c.isSelected()).findFirst().orElseThrow();
        Bounds at = selected.localToScreen(selected.getBoundsInLocal());
        robot.interact(() -> javafx.event.Event.fireEvent(selected, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, at.getMinX() + 10,
                at.getMinY() + 10, false, null)));
        assertThat(soc.getContextMenu().isShowing()).isTrue();
        assertThat(((javafx.scene.control.Menu) soc.getContextMenu().getItems().get(0)).getItems())
                .extracting(javafx.scene.control.MenuItem::getText).contains("Kelompok Smart Governance")
                .doesNotContain("Kelompok Smart Society");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aPersonDraggedOntoAnotherCardMovesThere(FxRobot robot) {
        Member first = robot.lookup("#groupList-GOV").<Member>queryListView().getItems().get(0);

        robot.drag(cell(robot, "#groupList-GOV", 0)).dropTo("#groupTitle-ENV");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#groupList-ENV").<Member>queryListView().getItems()).extracting(Member::id)
                .contains(first.id());
        assertThat(session.shell.undoLabelProperty().get())
                .isEqualTo("Pindah ke Kelompok Smart Environment: " + first.name());

        // onto the pool: out of any group
        ListCell<Member> moved = robot.lookup("#groupList-ENV .member-cell").<ListCell<Member>>queryAll().stream()
                .filter(c -> !c.isEmpty() && c.getItem().id().equals(first.id())).findFirst().orElseThrow();
        robot.drag(moved).dropTo("#poolTitle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#poolList").<Member>queryListView().getItems()).extracting(Member::id)
                .containsExactly(first.id());
    }

    @Test
    void theLeaderIsTypedInTheCardAndKeptInTheFile(FxRobot robot) {
        Member m = robot.lookup("#groupList-LIV").<Member>queryListView().getItems().get(2);
        TextField leader = robot.lookup("#groupLeader-LIV").queryAs(TextField.class);
        robot.clickOn(leader);
        robot.interact(() -> leader.setText(m.name()));
        robot.type(KeyCode.ENTER);

        assertThat(vm.cards().stream().filter(c -> c.groupId().equals("LIV")).findFirst().orElseThrow().leader())
                .isEqualTo(m.name());
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Ketua Kelompok Smart Living: " + m.name());
        assertThat(vm.memberNames("LIV", m.name().substring(0, 4))).contains(m.name());
    }

    @Test
    void theElementGroupsSwitchAddsThreeCardsBelowTheDimensions(FxRobot robot) {
        // AtlantaFX's switch turns on its track, not its label
        robot.clickOn("#groupsElements .thumb-area");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#groupTitle-STRUKTUR")).isEqualTo("Struktur");
        assertThat(y(robot, "STRUKTUR")).isGreaterThan(y(robot, "LIV"));
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Tambah kelompok elemen Tahap I");
    }

    private static double y(FxRobot robot, String groupId) {
        Node n = robot.lookup("#group-" + groupId).query();
        return n.localToScene(n.getBoundsInLocal()).getMinY();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Node cell(FxRobot robot, String list, int index) {
        return robot.lookup(list + " .member-cell").<ListCell<Member>>queryAll().stream()
                .filter(c -> c.getIndex() == index && !c.isEmpty()).findFirst().orElseThrow();
    }
}

package id.rembuk.ui.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.EntityKind;
import id.rembuk.ui.LaptopScene;
import id.rembuk.domain.Records;
import id.rembuk.domain.SwotItem;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.theme.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The facilitator's readiness area headless beside a 200 px stand-in for the sidebar and under a
 * 56 px one for the header, on a real session file; 1366×720 as in the other screen tests.
 */
@ExtendWith(ApplicationExtension.class)
class ReadinessViewTest {
    @TempDir
    static Path homes;

    private ReadinessSession session;
    private ReadinessFeature feature;
    private final List<Supplier<Node>> shown = new ArrayList<>();
    private Scene scene;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        session = new ReadinessSession(homes.resolve(UUID.randomUUID().toString()), id.rembuk.domain.Stage.II);
        feature = new ReadinessFeature(session.shell, shown::add);
        id.rembuk.ui.shell.NavigationRegistry nav = new id.rembuk.ui.shell.NavigationRegistry();
        feature.register(nav);
        scene = LaptopScene.of(nav.areas().get(0).view().get(), session.shell::undo);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private ReadinessViewModel vm() {
        return feature.readiness();
    }

    @Test
    void scoringALineWithTheKeyboardMovesTheTotals(FxRobot robot) {
        robot.clickOn("#readinessDefaults");
        assertThat(robot.lookup(".indicator-row").queryAll()).hasSize(vm().rows().size()).hasSizeGreaterThan(10);
        assertThat(text(robot, "#sectionTotal-STRUKTUR")).isEqualTo("–");
        assertThat(text(robot, "#readinessTotal")).isEqualTo("–");

        String first = vm().rows().get(0).id();
        String second = vm().rows().get(1).id();
        // a click on the line (not on a key) makes it the line the keys score
        robot.clickOn(robot.lookup("#indicator-" + first + " .indicator-number").queryAs(Node.class));
        assertThat(robot.lookup("#score-" + first).query().isFocused()).isTrue();
        robot.type(KeyCode.DIGIT4);
        assertThat(text(robot, "#sectionTotal-STRUKTUR")).isEqualTo("75%");
        assertThat(text(robot, "#readinessTotal")).isEqualTo("75%");
        assertThat(text(robot, "#readinessBand")).isEqualTo("Baik");
        assertThat(text(robot, "#readinessCoverage")).startsWith("1 dari ");

        // ↓ goes to the next line's keys: scoring stays on the keyboard
        robot.type(KeyCode.DOWN).type(KeyCode.DIGIT2);
        // and a click on a key scores too
        robot.clickOn(robot.lookup("#score-" + vm().rows().get(2).id() + " .score-key").nth(4).queryAs(Node.class));
        assertThat(vm().rows().get(2).level()).hasValue(5);
        robot.clickOn(robot.lookup("#score-" + vm().rows().get(2).id() + " .score-key").nth(4).queryAs(Node.class))
                .type(KeyCode.BACK_SPACE);
        robot.clickOn(robot.lookup("#indicator-" + second + " .indicator-number").queryAs(Node.class));
        assertThat(robot.lookup("#score-" + second).query().isFocused()).isTrue();
        assertThat(text(robot, "#sectionTotal-STRUKTUR")).isEqualTo("50%");
        assertThat(text(robot, "#readinessBand")).isEqualTo("Cukup");

        // Tab leaves the keys for the current condition of the same line
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#condition-" + second).query().isFocused()).isTrue();
        robot.write("Belum ada anggaran TIK").type(KeyCode.ENTER);
        assertThat(vm().rows().get(1).condition()).isEqualTo("Belum ada anggaran TIK");

        // Esc leaves the field for the keys; Backspace there clears the score, Ctrl+Z brings it back
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#score-" + second).query().isFocused()).isTrue();
        robot.type(KeyCode.BACK_SPACE);
        assertThat(text(robot, "#sectionTotal-STRUKTUR")).isEqualTo("75%");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(text(robot, "#sectionTotal-STRUKTUR")).isEqualTo("50%");
    }

    @Test
    void theRadarHasOneSpokePerShownElement(FxRobot robot) {
        robot.clickOn("#readinessDefaults");
        RadarChart radar = robot.lookup("#readinessRadar").queryAs(RadarChart.class);
        assertThat(radar.lookupAll(".radar-axis")).hasSize(3);
        assertThat(radar.lookupAll(".radar-label")).hasSize(3);

        robot.clickOn("#readinessAlam .thumb-area");
        assertThat(radar.lookupAll(".radar-axis")).hasSize(4);
        assertThat(robot.lookup("#section-ALAM").tryQuery()).isPresent();
        Bounds b = radar.localToScene(radar.getBoundsInLocal());
        assertThat(b.getMaxX()).isLessThanOrEqualTo(1366);
        // the overall tab: six spokes, one per dimension
        robot.clickOn("#readinessTabAll");
        assertThat(robot.lookup("#overallRadar").query().lookupAll(".radar-axis")).hasSize(6);
        assertThat(robot.lookup(".overall-card").queryAll()).hasSize(6);
    }

    @Test
    void aGapRowTypedInTheTableGoesToTheSwotBoardOnce(FxRobot robot) {
        robot.clickOn("#readinessTabGap");
        robot.clickOn("#gapAdd").write("Wifi publik baru 6 titik").type(KeyCode.ENTER);
        assertThat(feature.gaps().rows()).hasSize(1);
        String id = feature.gaps().rows().get(0).id();
        assertThat(robot.lookup("#gapAdd").queryAs(TextField.class).getText()).isEmpty();

        robot.clickOn("#gapSend-" + id);
        assertThat(robot.lookup("#gapSent-" + id).queryAs(Label.class).getText()).isEqualTo("sudah di papan SWOT");
        List<SwotItem> cards = Records.read(session.shell.stateProperty().get(), EntityKind.SWOT_ITEM,
                SwotItem::from).records();
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).quadrant()).isEqualTo(SwotItem.Quadrant.W);

        // Ctrl+Enter on the row again: no second card, the notice says where it is
        robot.clickOn(robot.lookup(".gap-text").nth(0).queryAs(Node.class));
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(Records.read(session.shell.stateProperty().get(), EntityKind.SWOT_ITEM, SwotItem::from)
                .records()).hasSize(1);
        assertThat(robot.lookup(".readiness-notice").queryAs(Label.class).getText()).contains("sudah di papan SWOT");
    }

    @Test
    void aGapCellIsEditedInPlaceFromTheKeyboardAndARowDeletedAndBroughtBack(FxRobot robot) {
        robot.clickOn("#readinessTabGap");
        robot.clickOn("#gapAdd").write("CCTV baru 9 titik").type(KeyCode.ENTER);
        String id = feature.gaps().rows().get(0).id();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<GapViewModel.GapRow> table = robot.lookup("#gapTable")
                .queryAs(javafx.scene.control.TableView.class);
        javafx.scene.control.TableColumn<GapViewModel.GapRow, ?> gapColumn = table.getColumns().stream()
                .filter(c -> "gapColumn-GAP".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0, gapColumn);
            table.getFocusModel().focus(0, gapColumn);
        });

        // typing on a cell starts editing it; Enter saves
        robot.write("Belum");
        robot.write(" menjangkau 23 kecamatan").type(KeyCode.ENTER);
        assertThat(feature.gaps().rows().get(0).item().gap()).isEqualTo("Belum menjangkau 23 kecamatan");
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Ubah baris kesenjangan");

        // F2 edits what is there; Esc leaves it as it was
        robot.type(KeyCode.F2).write(" lagi").type(KeyCode.ESCAPE);
        assertThat(feature.gaps().rows().get(0).item().gap()).isEqualTo("Belum menjangkau 23 kecamatan");

        robot.type(KeyCode.DELETE);
        assertThat(feature.gaps().rows()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(feature.gaps().rows()).extracting(GapViewModel.GapRow::id).containsExactly(id);
    }

    @Test
    void theProjectorButtonHandsTheDimensionsRadarToTheRoom(FxRobot robot) {
        robot.clickOn("#readinessDimension-ECO");
        robot.clickOn("#readinessDefaults");
        robot.clickOn("#readinessProjector");
        assertThat(shown).hasSize(1);
        Node pleno = shown.get(0).get();
        assertThat(pleno.getStyleClass()).contains("dim-ECO");
        assertThat(((Label) pleno.lookup("#plenoTitle")).getText()).isEqualTo("Kesiapan · Smart Economy");
        assertThat(pleno.lookup("#plenoRadar").lookupAll(".radar-axis")).hasSize(3);
    }
}

package id.rembuk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The layout checker must fail on what it is there to find, and stay quiet on a sound layout. */
@ExtendWith(ApplicationExtension.class)
class LayoutCheckTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 300, 200));
        // the stage is shared by the JVM's test classes; another may have left it larger
        stage.setWidth(300);
        stage.setHeight(200);
        stage.show();
    }

    private List<LayoutCheck.Problem> checkOn(FxRobot robot, javafx.scene.Parent root) {
        Object[] result = new Object[1];
        robot.interact(() -> {
            stage.getScene().setRoot(root);
            root.applyCss();
            root.layout();
        });
        robot.interact(() -> result[0] = LayoutCheck.check(stage.getScene()));
        @SuppressWarnings("unchecked")
        List<LayoutCheck.Problem> problems = (List<LayoutCheck.Problem>) result[0];
        return problems;
    }

    @Test
    void aLabelTooLongForItsPlaceIsCutShort(FxRobot robot) {
        Label label = new Label("Rencana aksi program prioritas kabupaten");
        label.setId("tooLong");
        label.setMaxWidth(80);
        List<LayoutCheck.Problem> problems = checkOn(robot, new VBox(label));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).kind()).isEqualTo("text cut short");
        assertThat(problems.get(0).node()).contains("#tooLong").contains("Rencana aksi");
    }

    @Test
    void aCutLabelWhoseTooltipShowsItAllPasses(FxRobot robot) {
        Label label = new Label("Rencana aksi program prioritas kabupaten");
        label.setMaxWidth(80);
        label.setTooltip(new javafx.scene.control.Tooltip(label.getText()));

        assertThat(checkOn(robot, new VBox(label))).isEmpty();
    }

    @Test
    void twoButtonsOnTopOfEachOtherOverlap(FxRobot robot) {
        Button a = new Button("Simpan");
        a.setId("save");
        a.relocate(10, 10);
        Button b = new Button("Hapus");
        b.setId("delete");
        b.relocate(30, 15);
        List<LayoutCheck.Problem> problems = checkOn(robot, new Pane(a, b));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).startsWith("overlaps Button#delete");
            assertThat(p.node()).startsWith("Button#save");
        });
    }

    @Test
    void aControlBeyondTheWindowsEdgeIsOutside(FxRobot robot) {
        TextField field = new TextField();
        field.setId("far");
        field.setPrefWidth(200);
        // past the right edge of the window, whatever size an earlier test class left it at
        field.layoutXProperty().bind(stage.getScene().widthProperty().subtract(100));
        field.setLayoutY(20);
        List<LayoutCheck.Problem> problems = checkOn(robot, new Pane(field));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("outside the window or its clip");
            assertThat(p.node()).contains("#far");
        });
    }

    @Test
    void aControlOutsideAClippingParentIsOutside(FxRobot robot) {
        Button hidden = new Button("Kirim");
        hidden.setId("hidden");
        hidden.relocate(120, 10);
        Pane box = new Pane(hidden);
        box.setPrefSize(100, 100);
        box.setClip(new javafx.scene.shape.Rectangle(100, 100));
        List<LayoutCheck.Problem> problems = checkOn(robot, new VBox(box));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.node()).contains("#hidden"));
    }

    @Test
    void aControlWiderThanAScrollPaneThatNeverScrollsSidewaysIsCutOff(FxRobot robot) {
        Button wide = new Button("Lebar");
        wide.setId("wide");
        wide.setMinWidth(1000);
        ScrollPane scroll = new ScrollPane(new VBox(wide));
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMaxWidth(150);
        List<LayoutCheck.Problem> problems = checkOn(robot, new VBox(scroll));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("cut off at the side of a scroll pane");
            assertThat(p.node()).contains("#wide");
        });
    }

    @Test
    void aSoundLayoutAndAScrolledOutRowPass(FxRobot robot) {
        VBox rows = new VBox(6);
        for (int i = 0; i < 30; i++) {
            rows.getChildren().add(new HBox(6, new Label("Baris " + i), new Button("Ubah"), new TextField()));
        }
        ScrollPane scroll = new ScrollPane(rows);
        HBox top = new HBox(6, new Button("Tambah"), new Label("Cukup"));
        List<LayoutCheck.Problem> problems = checkOn(robot, new VBox(6, top, scroll));

        assertThat(problems).isEmpty();
    }
}

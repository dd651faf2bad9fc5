package id.rembuk.ui.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.ui.LaptopScene;
import id.rembuk.domain.Programme;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.PlanSession;
import id.rembuk.ui.run.ProjectorService;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.tows.FitColumn;
import id.rembuk.ui.tows.Shots;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
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
 * The programme matrix headless beside a 200 px stand-in for the sidebar and under a 56 px header,
 * on a real Tahap III session, in a 1366×720 scene, driven with the keys a facilitator uses.
 */
@ExtendWith(ApplicationExtension.class)
class ProgrammeViewTest {
    @TempDir
    static Path homes;

    private PlanSession session;
    private javafx.stage.Stage stage;
    private Scene scene;
    private ProgrammeViewModel vm;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        this.stage = stage;
        session = new PlanSession(homes.resolve(UUID.randomUUID().toString()));
        show();
        stage.show();
    }

    private void show() {
        vm = new ProgrammeViewModel(session.shell);
        scene = LaptopScene.of(new ProgrammeView(vm, true, d -> { }).root(), session.shell::undo);
        stage.setScene(scene);
    }

    @AfterEach
    void close() {
        Messages.setLocale(Messages.INDONESIAN);
        session.close();
        assertThat(session.board.dialogs.errors).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private TableView<ProgrammeRow> table(FxRobot robot) {
        return robot.lookup("#programmeTable").queryAs(TableView.class);
    }

    private String focusedColumn(FxRobot robot) {
        TablePosition<?, ?> pos = table(robot).getFocusModel().getFocusedCell();
        return pos.getTableColumn().getId();
    }

    private ProgrammeRow focusedRow(FxRobot robot) {
        TableView<ProgrammeRow> t = table(robot);
        return t.getItems().get(t.getFocusModel().getFocusedIndex());
    }

    private Programme stored(String id) {
        return vm.portfolio().find(id).orElseThrow().programme();
    }

    /** Arrows left or right until the column has the keyboard. */
    private void moveTo(FxRobot robot, ProgrammeColumn c) {
        TableView<ProgrammeRow> t = table(robot);
        int to = t.getColumns().indexOf(t.getColumns().stream()
                .filter(x -> ("programmeColumn-" + c.name()).equals(x.getId())).findFirst().orElseThrow());
        for (int i = 0; i < 20 && !focusedColumn(robot).equals("programmeColumn-" + c.name()); i++) {
            robot.type(t.getFocusModel().getFocusedCell().getColumn() < to ? KeyCode.RIGHT : KeyCode.LEFT);
        }
        assertThat(focusedColumn(robot)).isEqualTo("programmeColumn-" + c.name());
    }

    @Test
    void aProgrammeIsAddedTypedIntoReorderedDeletedAndBroughtBackByKeys(FxRobot robot) {
        robot.clickOn("#programmeDimension-GOV");
        robot.clickOn(robot.lookup(".programme-ref").match(n -> n instanceof Label l && "GOV-1".equals(l.getText()))
                .queryAs(Node.class));
        robot.type(KeyCode.INSERT);
        assertThat(table(robot).getItems()).extracting(ProgrammeRow::ref).containsExactly("GOV-1", "GOV-2", "GOV-3",
                "GOV-4");
        assertThat(focusedRow(robot).ref()).isEqualTo("GOV-4");
        assertThat(focusedColumn(robot)).isEqualTo("programmeColumn-NAME");
        String id = focusedRow(robot).id();

        // typing on the name replaces it; Enter writes it
        robot.write("Layanan aduan warga terpadu").type(KeyCode.ENTER);
        assertThat(stored(id).name()).isEqualTo("Layanan aduan warga terpadu");
        assertThat(focusedColumn(robot)).isEqualTo("programmeColumn-NAME");

        // Esc leaves the value as it was
        robot.type(KeyCode.F2).write(" dibatalkan").type(KeyCode.ESCAPE);
        assertThat(stored(id).name()).isEqualTo("Layanan aduan warga terpadu");

        moveTo(robot, ProgrammeColumn.BUDGET);
        robot.type(KeyCode.ENTER).write("1,25 M").type(KeyCode.ENTER);
        assertThat(stored(id).budget()).isEqualTo(1_250_000_000L);
        assertThat(robot.lookup(".programme-text").match(n -> n instanceof javafx.scene.text.Text t
                && "Rp 1.250.000.000".equals(t.getText())).tryQuery()).isPresent();

        // a budget that is not one: the message says why, the editor stays, Esc leaves it unchanged
        robot.write("Rp 1,2,3").type(KeyCode.ENTER);
        Label message = robot.lookup("#programmeMessage").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("Jumlah rupiah tidak dikenali: Rp 1,2,3");
        assertThat(robot.lookup("#programmeEditor").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(stored(id).budget()).isEqualTo(1_250_000_000L);
        assertThat(message.isVisible()).isFalse();

        // the horizon from its list: Enter opens the choice, ↓ picks the next, Enter writes
        moveTo(robot, ProgrammeColumn.HORIZON);
        robot.type(KeyCode.ENTER).type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(stored(id).horizon()).isEqualTo(Programme.Horizon.MEDIUM);

        // Alt+↑ moves it up within the dimension; the keyboard stays on it
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertThat(table(robot).getItems()).extracting(ProgrammeRow::id).element(2).isEqualTo(id);
        assertThat(focusedRow(robot).id()).isEqualTo(id);
        assertThat(focusedRow(robot).ref()).isEqualTo("GOV-3");

        robot.type(KeyCode.DELETE);
        assertThat(table(robot).getItems()).extracting(ProgrammeRow::id).doesNotContain(id).hasSize(3);
        assertThat(focusedRow(robot).id()).as("the next programme has the keyboard").isEqualTo(PlanSession.GOV_CSIRT);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(table(robot).getItems()).extracting(ProgrammeRow::id).contains(id).hasSize(4);
        assertThat(stored(id).budget()).isEqualTo(1_250_000_000L);
    }

    @Test
    void strategiesAndActivitiesAreWrittenInTheSideForm(FxRobot robot) {
        robot.clickOn(robot.lookup(".programme-ref").match(n -> n instanceof Label l && "GOV-2".equals(l.getText()))
                .queryAs(Node.class));
        moveTo(robot, ProgrammeColumn.STRATEGIES);
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#programmeForm").query().isVisible()).isTrue();
        // the first strategy has the keyboard: Space ticks it, Tab and Space tick the next
        robot.type(KeyCode.SPACE).type(KeyCode.TAB).type(KeyCode.SPACE);
        // Ctrl+End: the end of the whole list, wherever on its lines the click landed
        robot.clickOn("#programmeFormSupporting").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL)
                .type(KeyCode.ENTER).write("Universitas Tompotika");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        assertThat(robot.lookup("#programmeForm").query().isVisible()).isFalse();
        Programme p = stored(PlanSession.GOV_SATU_DATA);
        assertThat(vm.row(p.id()).orElseThrow().shown(ProgrammeColumn.STRATEGIES)).isEqualTo("SO1, SO2");
        assertThat(p.supporting()).containsExactly("Diskominfo", "Bappeda", "Universitas Tompotika");
        Label so1 = robot.lookup(".programme-strategy").match(n -> n instanceof Label l && "SO1".equals(l.getText()))
                .queryAs(Label.class);
        assertThat(so1.getTooltip().getText()).isEqualTo("SO1: " + vm.strategyChoices(Dimension.GOV).get(0).text());
        assertThat(robot.lookup(".programme-strategy").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("SO1", "SO2");
        // GOV-2 builds a new service over 36 months: the flag says so
        Node flag = robot.lookup("#programmeFlag-GOV-2").query();
        assertThat(((Label) flag.getParent()).getTooltip().getText()).isEqualTo("Belum memenuhi syarat quick win:\n"
                + "• Tidak selesai dalam 12 bulan\n• Bukan penajaman layanan yang sudah ada");
        assertThat(robot.lookup("#programmeFlag-GOV-1").tryQuery()).isEmpty();
        assertThat(focusedRow(robot).id()).isEqualTo(p.id());
    }

    @Test
    void aGroupOfAnElementIsToldWhyThereIsNoMatrix(FxRobot robot) throws Exception {
        ProgrammeFeature feature = new ProgrammeFeature(session.shell, n -> { });
        Node gov = WaitForAsyncUtils.asyncFx(() -> feature.breakoutTools().get(0).view().apply("GOV")).get();
        assertThat(gov.lookup("#programmeTable")).isNotNull();
        assertThat(gov.lookup("#programmeDimensions")).as("a group's dimension is fixed").isNull();
        Node element = WaitForAsyncUtils.asyncFx(() -> feature.breakoutTools().get(0).view().apply("STRUKTUR")).get();
        assertThat(element.lookup("#programmeTable")).isNull();
        assertThat(((Label) element.lookup(".programme-banner")).getText()).startsWith("Tahap I bekerja per elemen");
    }

    @Test
    void theFiltersNarrowTheTableAndTheTotalsFollow(FxRobot robot) {
        robot.clickOn("#programmeOpdFilter").write("koperasi");
        assertThat(table(robot).getItems()).extracting(ProgrammeRow::ref).containsExactly("ECO-1", "ECO-2");
        assertThat(robot.lookup("#programmeTotal-ECO").queryAs(Label.class).getText())
                .isEqualTo("2 · Rp 270 jt");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#programmeSearch").write("antrean");
        assertThat(table(robot).getItems()).extracting(ProgrammeRow::ref).containsExactly("GOV-1", "LIV-1");
        // Enter goes back to the table; Insert there adds a programme, clearing the filter so it shows
        robot.type(KeyCode.ENTER).type(KeyCode.INSERT);
        assertThat(table(robot).getItems()).hasSize(7);
        assertThat(focusedRow(robot).ref()).isEqualTo("GOV-4");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL).write("antrean");
        assertThat(table(robot).getItems()).extracting(ProgrammeRow::ref).containsExactly("GOV-1", "LIV-1");
        assertThat(robot.lookup("#programmeSummary").queryAs(Label.class).getText())
                .isEqualTo("2 program · Rp 625.000.000");
    }

    @Test
    void pictures(FxRobot robot) throws Exception {
        robot.interact(session::scoreAll);
        robot.interact(() -> vm.setStrategies(PlanSession.GOV_SATU_DATA,
                vm.strategyChoices(Dimension.GOV).stream().limit(2).map(ProgrammeRow.StrategyLink::id).toList()));
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "programme-all-1366x720");
        robot.clickOn("#programmeDimension-GOV");
        robot.clickOn(robot.lookup(".programme-ref").match(n -> n instanceof Label l && "GOV-2".equals(l.getText()))
                .queryAs(Node.class));
        moveTo(robot, ProgrammeColumn.BUDGET);
        robot.type(KeyCode.ENTER).write("Rp 1,2,3").type(KeyCode.ENTER);
        Shots.save(scene, "programme-bad-budget-1366x720");
        robot.type(KeyCode.ESCAPE);
        moveTo(robot, ProgrammeColumn.SUPPORTING);
        robot.type(KeyCode.ENTER);
        Shots.save(scene, "programme-form-1366x720");
        robot.type(KeyCode.ESCAPE);

        // a group's laptop: larger type, fixed to the group's dimension, no chooser
        robot.interact(() -> {
            ProgrammeViewModel group = new ProgrammeViewModel(session.shell);
            group.dimensionProperty().set(Dimension.GOV);
            StackPane pane = new StackPane(new ProgrammeView(group, false, null).root());
            pane.getStyleClass().addAll("breakout", "group-GOV");
            pane.getStylesheets().add(getClass().getResource("/id/rembuk/ui/breakout.css").toExternalForm());
            scene = new Scene(pane, 1366, 720);
            Theme.style(scene);
            stage.setScene(scene);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "programme-group-1366x720");
        assertThat(robot.lookup("#programmeDimensions").tryQuery()).isEmpty();

        robot.interact(() -> {
            Messages.setLocale(Locale.ENGLISH);
            show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(scene, "programme-all-en-1366x720");
        assertThat(robot.lookup("#programmeAdd").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo("Add programme");

        Parent pleno = (Parent) new ProgrammeProjector(session.shell.stateProperty(), Dimension.GOV).root();
        robot.interact(() -> {
            javafx.stage.Stage s = new javafx.stage.Stage();
            s.setScene(new Scene(new StackPane(pleno), ProjectorService.DESIGN_WIDTH, ProjectorService.DESIGN_HEIGHT));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(pleno.getScene(), "programme-projector-en-1024x768");
        assertThat(robot.lookup("#programmePlenoList").queryAs(FitColumn.class).shown()).isEqualTo(3);
        robot.interact(() -> pleno.getScene().getWindow().hide());
    }
}

package id.rembuk.ui.readiness;


import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.GapItem;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.shell.NavigationRegistry;
import id.rembuk.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: pictures of the readiness screens at 1366×768 (and the projector at 1024×768) for a
 * developer to look at. Skipped unless {@code rembuk.readinessShots} names the output folder.
 */
@ExtendWith(ApplicationExtension.class)
class ReadinessScreenshots {
    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path homes;

    private ReadinessSession session;
    private ReadinessFeature feature;
    private final List<Supplier<Node>> shown = new ArrayList<>();
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        if (System.getProperty("rembuk.readinessShots", "").isBlank()) {
            // skipped: no window at all, a 1366 px one would not fit the suite's headless screen
            return;
        }
        this.stage = stage;
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        session = new ReadinessSession(homes.resolve(UUID.randomUUID().toString()), id.rembuk.domain.Stage.I);
        feature = new ReadinessFeature(session.shell, shown::add);
        NavigationRegistry nav = new NavigationRegistry();
        feature.register(nav);
        BorderPane window = new BorderPane(nav.areas().get(0).view().get());
        Region sidebar = new StackPane(new Label("Menu"));
        sidebar.setPrefWidth(200);
        sidebar.setStyle("-fx-background-color: #f6f8fa;");
        window.setLeft(sidebar);
        Region header = new StackPane(new Label("Rembuk"));
        header.setPrefHeight(56);
        header.setStyle("-fx-background-color: #eaeef2;");
        window.setTop(header);
        scene = new Scene(window, 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void pictures(FxRobot robot) throws Exception {
        String dir = System.getProperty("rembuk.readinessShots", "");
        Assumptions.assumeTrue(!dir.isBlank(), "set -Drembuk.readinessShots=DIR to make the pictures");
        Path out = Path.of(dir);
        Files.createDirectories(out);
        id.rembuk.ui.Screenshot.save(scene, out.resolve("0-empty-1366x768.png"));
        ReadinessViewModel vm = feature.readiness();
        robot.interact(() -> {
            vm.insertDefaults();
            int[] levels = {4, 2, 3, 1, 5, 2, 3, 2, 1, 2, 4, 3, 2};
            for (int i = 0; i < levels.length && i < vm.rows().size(); i++) {
                vm.score(vm.rows().get(i).id(), levels[i]);
            }
            String fiber = vm.rows().stream().filter(r -> r.element() == Element.INFRASTRUKTUR).findFirst()
                    .orElseThrow().id();
            vm.setCondition(fiber, "Fiber optik 1,5 km menghubungkan 17 OPD di kawasan perkantoran");
            vm.setEvidence(fiber, "Paparan Wabup, Nov 2021");
            vm.setNotes(vm.rows().get(0).id(), "Pranata komputer hanya 4 orang");
            vm.setWeight(vm.rows().get(1).id(), 2);
            for (Dimension d : List.of(Dimension.ECO, Dimension.SOC, Dimension.ENV)) {
                vm.dimensionProperty().set(d);
                vm.insertDefaults();
                for (int i = 0; i < vm.rows().size(); i += 2) {
                    vm.score(vm.rows().get(i).id(), 1 + (i * 7 + d.ordinal()) % 5);
                }
            }
            vm.dimensionProperty().set(Dimension.GOV);
        });
        settle();
        assertThat(vm.rows()).as("the worksheet pictured has its indicators, scored").isNotEmpty()
                .anyMatch(r -> r.level().isPresent());
        id.rembuk.ui.Screenshot.save(scene, out.resolve("1-worksheet-1366x768.png"));
        robot.clickOn("#score-" + vm.rows().get(2).id());
        settle();
        id.rembuk.ui.Screenshot.save(scene, out.resolve("1b-worksheet-focus-1366x768.png"));

        robot.interact(() -> {
            vm.setScale(id.rembuk.domain.ReadinessScale.BANDS);
            vm.setAlam(true);
        });
        settle();
        id.rembuk.ui.Screenshot.save(scene, out.resolve("2-worksheet-bands-alam-1366x768.png"));
        robot.interact(() -> {
            vm.setScale(id.rembuk.domain.ReadinessScale.FIVE);
            vm.setAlam(false);
        });

        GapViewModel gaps = feature.gaps();
        robot.interact(() -> {
            String a = gaps.add("Fiber optik baru 1,5 km; kecamatan terhubung lewat radio link").orElseThrow();
            gaps.set(a, GapViewModel.Column.EXPECTED, "Seluruh OPD dan 23 kecamatan terhubung jaringan fiber");
            gaps.set(a, GapViewModel.Column.GAP, "15 OPD dan 23 kecamatan belum terhubung fiber");
            gaps.set(a, GapViewModel.Column.RECOMMENDATION, "Rencana induk jaringan; anggaran bertahap 2023–2025");
            gaps.setPriority(a, GapItem.Priority.HIGH);
            gaps.setElement(a, Optional.of(Element.INFRASTRUKTUR));
            gaps.setSubDimension(a, Optional.of(id.rembuk.domain.SubDimension.GOV_LAYANAN));
            String b = gaps.add("Belum ada perbup smart city").orElseThrow();
            gaps.set(b, GapViewModel.Column.EXPECTED, "Perbup masterplan smart city ditetapkan");
            gaps.set(b, GapViewModel.Column.RECOMMENDATION, "Bagian Hukum menyusun draf perbup");
            gaps.setElement(b, Optional.of(Element.SUPRASTRUKTUR));
            gaps.sendToSwot(a);
            String c = gaps.add("SDM TIK 4 orang").orElseThrow();
            gaps.setPriority(c, GapItem.Priority.LOW);
        });
        robot.clickOn("#readinessTabGap");
        settle();
        id.rembuk.ui.Screenshot.save(scene, out.resolve("3-gaps-1366x768.png"));
        robot.interact(() -> robot.lookup(".gap-table .table-row-cell").queryAll().stream().limit(2).forEach(r -> {
            System.out.println("ROW h=" + ((Region) r).getHeight());
            for (Node c : ((Parent) r).getChildrenUnmodifiable()) {
                System.out.println("  " + c.getClass().getSimpleName() + " pref=" + ((Region) c).prefHeight(((Region) c).getWidth()) + " w=" + ((Region) c).getWidth());
            }
        }));
        robot.clickOn("#readinessTabAll");
        settle();
        id.rembuk.ui.Screenshot.save(scene, out.resolve("4-all-1366x768.png"));

        robot.clickOn("#readinessTabSheet");
        robot.clickOn("#readinessProjector");
        pleno(robot, shown.get(shown.size() - 1), out.resolve("5-projector-GOV-1024x768.png"));
        pleno(robot, () -> new PlenoView(session.shell.stateProperty(), Optional.empty()).root(),
                out.resolve("6-projector-all-1024x768.png"));

        // a group's laptop: the breakout tools inside a stand-in of the breakout frame
        robot.interact(() -> {
            Node tool = feature.breakoutTools().get(0).view().apply("GOV");
            StackPane frame = new StackPane(tool);
            frame.setStyle("-fx-font-size: 1.3em; -fx-padding: 10;");
            BorderPane w = new BorderPane(frame);
            Region side = new StackPane(new Label("Kelompok"));
            side.setPrefWidth(370);
            w.setLeft(side);
            scene.setRoot(w);
        });
        settle();
        id.rembuk.ui.Screenshot.save(scene, out.resolve("7-group-sheet-1366x768.png"));
        robot.interact(() -> {
            Node tool = feature.breakoutTools().get(1).view().apply("GOV");
            StackPane frame = new StackPane(tool);
            frame.setStyle("-fx-font-size: 1.3em; -fx-padding: 10;");
            BorderPane w = new BorderPane(frame);
            Region side = new StackPane(new Label("Kelompok"));
            side.setPrefWidth(370);
            w.setLeft(side);
            scene.setRoot(w);
        });
        settle();
        id.rembuk.ui.Screenshot.save(scene, out.resolve("8-group-gaps-1366x768.png"));
    }

    private void pleno(FxRobot robot, Supplier<Node> content, Path file) throws Exception {
        Stage[] p = new Stage[1];
        robot.interact(() -> {
            p[0] = new Stage();
            StackPane design = new StackPane(content.get());
            design.setPrefSize(1024, 768);
            Scene s = new Scene(design, 1024, 768);
            Theme.style(s);
            p[0].setScene(s);
            p[0].show();
        });
        settle();
        id.rembuk.ui.Screenshot.save(p[0].getScene(), file);
        robot.interact(p[0]::close);
    }

    private static void settle() {
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

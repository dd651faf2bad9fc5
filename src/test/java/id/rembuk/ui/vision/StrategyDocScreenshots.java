package id.rembuk.ui.vision;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Goal;
import id.rembuk.domain.Ids;
import id.rembuk.domain.Indicator;
import id.rembuk.domain.Keyword;
import id.rembuk.domain.Mission;
import id.rembuk.domain.Target;
import id.rembuk.domain.Vision;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.shell.MainWindow;
import id.rembuk.ui.task.BackgroundTaskExecutor;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.theme.UiSettings;
import id.rembuk.ui.tows.BoardSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
 * Not a test: the documentation's screenshots of the TOWS matrix and the vision cascade, from the
 * real window on the sample with a governance board, strategies and a vision written into it.
 * Skipped unless {@code rembuk.screenshots} names the output folder ({@code tools/screenshots}).
 */
@ExtendWith(ApplicationExtension.class)
class StrategyDocScreenshots {
    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path homes;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        context = new AppContext(homes.resolve(UUID.randomUUID().toString()), new UiSettings(null),
                new BackgroundTaskExecutor(), dialogs, Clock.systemDefaultZone());
        stage.setScene(new Scene(new Pane(), 1366, 768));
        new MainWindow(context, stage);
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        context.shutdown();
    }

    @Test
    void towsAndVision(FxRobot robot) throws Exception {
        String dir = System.getProperty("rembuk.screenshots", "");
        Assumptions.assumeTrue(!dir.isBlank(), "set -Drembuk.screenshots=DIR to make the screenshots");
        Path out = Path.of(dir);
        Files.createDirectories(out);

        robot.interact(() -> context.shell().openSample());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#overviewRegion").tryQuery().isPresent());
        robot.interact(() -> {
            context.shell().apply(new Action("Papan SWOT tata kelola", BoardSession.board()));
            context.shell().apply(new Action("Strategi", BoardSession.fuller()));
            context.shell().apply(new Action("Visi", vision()));
        });
        settle();

        robot.clickOn("#nav-tows");
        settle();
        robot.interact(() -> context.run().projector().showingProperty().set(false));
        robot.clickOn(robot.lookup("#towsCell-WO .tows-item").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null).queryAs(javafx.scene.Node.class));
        settle();
        save(stage.getScene(), out.resolve("tows-1366x768.png"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        settle();
        save(stage.getScene(), out.resolve("tows-editor-1366x768.png"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.clickOn("#towsProject");
        settle();
        Stage p = context.run().projector().stage();
        robot.interact(() -> {
            p.setWidth(1024);
            p.setHeight(768);
        });
        settle();
        save(p.getScene(), out.resolve("tows-projector-1024x768.png"));

        robot.interact(stage::requestFocus);
        robot.clickOn("#nav-vision");
        settle();
        for (String[] tab : new String[][] {{"0", "vision-keywords"}, {"1", "vision-drafts"}, {"2", "vision-cascade"}}) {
            robot.interact(() -> robot.lookup("#visionTabs").queryAs(TabPane.class).getSelectionModel()
                    .select(Integer.parseInt(tab[0])));
            settle();
            save(stage.getScene(), out.resolve(tab[1] + "-1366x768.png"));
        }
        robot.clickOn("#visionProject");
        settle();
        save(p.getScene(), out.resolve("vision-projector-1024x768.png"));
        assertThat(dialogs.errors).isEmpty();
    }

    /** Keywords drawn from the board, two drafts (the first adopted), four missions and the cascade of one. */
    private static List<Edit> vision() {
        List<Edit> e = new ArrayList<>();
        String[][] words = {{"satu data", BoardSession.S_DATA}, {"pelayanan prima", BoardSession.S_PERDA},
            {"berdaya saing", BoardSession.O_PUSAT}, {"kolaborasi", BoardSession.O_KAMPUS},
            {"aman", BoardSession.T_SERANGAN}, {"sejahtera", BoardSession.ECO_S}};
        for (int i = 0; i < words.length; i++) {
            e.addAll(new Keyword(Ids.derived("doc-keyword", words[i][0]), words[i][0], List.of(words[i][1]), i + 1)
                    .toEdits());
        }
        e.addAll(new Vision(Ids.derived("doc-vision", "1"), "Terwujudnya Banggai yang sejahtera dan berdaya saing "
                + "melalui pelayanan prima berbasis satu data", List.of("satu data", "pelayanan prima",
                "berdaya saing", "sejahtera"), true, 1).toEdits());
        e.addAll(new Vision(Ids.derived("doc-vision", "2"), "Banggai aman dan sejahtera lewat kolaborasi",
                List.of("aman", "sejahtera", "kolaborasi"), false, 2).toEdits());
        String[] missions = {"Meningkatkan tata kelola pemerintahan yang terpadu berbasis satu data",
            "Mengembangkan ekonomi daerah yang berdaya saing", "Mewujudkan lingkungan yang aman, bersih dan lestari",
            "Membangun masyarakat yang cakap digital"};
        for (int i = 0; i < missions.length; i++) {
            e.addAll(new Mission(Ids.derived("doc-mission", missions[i]), missions[i], i + 1).toEdits());
        }
        String m1 = Ids.derived("doc-mission", missions[0]);
        String g1 = Ids.derived("doc-goal", "1");
        e.addAll(new Goal(g1, m1, "Mewujudkan layanan publik digital yang cepat dan mudah", 1).toEdits());
        String t1 = Ids.derived("doc-target", "1");
        e.addAll(new Target(t1, g1, Optional.of(Dimension.GOV), "Meningkatnya indeks SPBE daerah", 1).toEdits());
        e.addAll(new Indicator(Ids.derived("doc-indicator", "1"), t1, "Indeks SPBE", "indeks", "2,1",
                List.of("2,4", "2,6", "2,9", "3,2", "3,5"), 1).toEdits());
        e.addAll(new Indicator(Ids.derived("doc-indicator", "2"), t1, "Layanan perizinan yang dapat diurus daring",
                "persen", "35", List.of("45", "60", "75", "85", "100"), 2).toEdits());
        String t2 = Ids.derived("doc-target", "2");
        e.addAll(new Target(t2, g1, Optional.of(Dimension.SOC), "Meningkatnya kecakapan digital warga", 2).toEdits());
        String g2 = Ids.derived("doc-goal", "2");
        e.addAll(new Goal(g2, Ids.derived("doc-mission", missions[1]), "Meningkatkan nilai tambah UMKM dan "
                + "pariwisata", 1).toEdits());
        return e;
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void save(Scene scene, Path file) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        var written = ImageIO.read(file.toFile());
        var size = java.util.regex.Pattern.compile("(\\d+)x(\\d+)\\.png$").matcher(file.getFileName().toString());
        if (size.find()) {
            assertThat(written.getWidth()).as(file + " width").isEqualTo(Integer.parseInt(size.group(1)));
            assertThat(written.getHeight()).as(file + " height").isEqualTo(Integer.parseInt(size.group(2)));
        }
        System.out.println("screenshot: " + file);
    }
}

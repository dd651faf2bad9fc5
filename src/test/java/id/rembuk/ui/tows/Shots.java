package id.rembuk.ui.tows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of the screens for a person to look at: written only when {@code rembuk.shots} names a folder. */
public final class Shots {
    private Shots() {
    }

    public static void save(Scene scene, String name) throws Exception {
        Path dir = dir();
        if (dir != null) {
            var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name + ".png").toFile());
        }
    }

    public static void save(Node node, String name) throws Exception {
        Path dir = dir();
        if (dir != null) {
            var image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(new SnapshotParameters(), null))
                    .get(10, TimeUnit.SECONDS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name + ".png").toFile());
        }
    }

    private static Path dir() throws Exception {
        String d = System.getProperty("rembuk.shots", "");
        if (d.isBlank()) {
            return null;
        }
        Path dir = Path.of(d);
        Files.createDirectories(dir);
        return dir;
    }
}

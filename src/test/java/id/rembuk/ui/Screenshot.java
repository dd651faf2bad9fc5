package id.rembuk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of real windows for the docs and for looking at what was built. */
public final class Screenshot {
    private static final Pattern SIZE = Pattern.compile("(\\d+)x(\\d+)\\.png$");

    private Screenshot() {
    }

    /**
     * Writes what the scene shows, once pending layout and pictures have settled, as a PNG, and
     * reads it back. A name ending in {@code WIDTHxHEIGHT.png} must be that size: the docs would
     * otherwise show another screen than they say.
     */
    public static void save(Scene scene, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("could not write " + file, e);
        }
        var written = ImageIO.read(file.toFile());
        assertThat(written).as(file.toString()).isNotNull();
        Matcher size = SIZE.matcher(file.getFileName().toString());
        if (size.find()) {
            assertThat(written.getWidth()).as(file + " width").isEqualTo(Integer.parseInt(size.group(1)));
            assertThat(written.getHeight()).as(file + " height").isEqualTo(Integer.parseInt(size.group(2)));
        }
        System.out.println("screenshot: " + file);
    }

    /** The showing window whose scene has a node the query finds (e.g. "#exportDialog"). */
    public static Optional<Window> window(String query) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup(query) != null).findFirst();
    }
}

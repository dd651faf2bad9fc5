package id.rembuk.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work after the first frame, so nothing slows the window's first appearance. With
 * {@code -Drembuk.measureStartup=true} it prints {@code FIRST_FRAME_MS=<ms since JVM start>}
 * instead and exits (the startup benchmark reads that line).
 */
public final class StartupProbe {
    public static final String PROPERTY = "rembuk.measureStartup";

    private StartupProbe() {
    }

    public static boolean measuring() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call right after {@code stage.show()}. */
    public static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            if (measuring()) {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("FIRST_FRAME_MS=" + ms);
                System.out.flush();
                Platform.exit();
            } else {
                Platform.runLater(then);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}

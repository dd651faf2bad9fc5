package id.rembuk.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work after a frame has been drawn, so nothing slows the window's first appearance. With
 * {@code -Drembuk.measureStartup=true} it prints {@code FIRST_FRAME_MS=<ms since JVM start>} at the
 * first frame and {@code READY_MS=<ms>} when the full window has been drawn, then exits (the
 * startup benchmark reads those lines).
 */
public final class StartupProbe {
    public static final String PROPERTY = "rembuk.measureStartup";

    private StartupProbe() {
    }

    public static boolean measuring() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** What a drawn frame means for the measurement. */
    public enum Milestone {
        /** Something of the app is on screen: measured, and startup goes on. */
        FIRST_FRAME,
        /** The full window is on screen: measured, and a measuring run ends here. */
        READY
    }

    /** Call right after the scene is shown; {@code then} runs on the FX thread after its first pulse. */
    public static void afterFirstFrame(Scene scene, Milestone milestone, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            if (measuring()) {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println(milestone == Milestone.FIRST_FRAME ? "FIRST_FRAME_MS=" + ms : "READY_MS=" + ms);
                System.out.flush();
                if (milestone == Milestone.READY) {
                    Platform.exit();
                    return;
                }
            }
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}

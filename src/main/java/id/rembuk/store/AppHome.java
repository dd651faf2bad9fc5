package id.rembuk.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where this installation keeps its working files, settings and backups: each system's
 * convention, or {@code -Drembuk.home}. Kept apart from {@link SessionLibrary} so the window's
 * first frame can find its settings without loading the library (and Jackson).
 */
public final class AppHome {
    private AppHome() {
    }

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("rembuk.home"), System.getProperty("os.name", ""),
                System.getProperty("user.home"));
    }

    static Path resolve(Map<String, String> env, String override, String osName, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Rembuk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Rembuk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "rembuk");
        }
        return Path.of(userHome, ".local", "share", "rembuk");
    }
}

package id.rembuk.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Shows a folder in the desktop's file manager. A plain process, started off the FX thread:
 * HostServices needs the Application object and AWT's Desktop is not loaded in this app.
 */
final class FolderOpener {
    private FolderOpener() {
    }

    static void open(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        List<String> cmd = os.startsWith("windows") ? List.of("explorer.exe", folder.toString())
                : os.startsWith("mac") ? List.of("open", folder.toString()) : List.of("xdg-open", folder.toString());
        Thread t = new Thread(() -> {
            try {
                new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                // no file manager on this machine: the summary names the folder already
            }
        }, "rembuk-open-folder");
        t.setDaemon(true);
        t.start();
    }
}

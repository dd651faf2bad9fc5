package id.rembuk.ui;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.shell.MainWindow;
import id.rembuk.ui.task.BackgroundTaskExecutor;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.theme.UiSettings;
import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;

/** The real main window for TestFX tests: Indonesian, themed, on its own home folder. */
public final class TestWindow {
    private TestWindow() {
    }

    public static AppContext show(Stage stage, Path home, RecordingDialogs dialogs, Clock clock) {
        Messages.setLocale(Messages.INDONESIAN);
        Theme.install();
        AppContext context = new AppContext(home, new UiSettings(null), new BackgroundTaskExecutor(), dialogs, clock);
        new MainWindow(context, stage);
        stage.show();
        return context;
    }
}

package id.rembuk.ui;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.dialog.FxDialogService;
import id.rembuk.ui.session.LocalSessionService;
import id.rembuk.ui.shell.MainWindow;
import id.rembuk.ui.task.BackgroundTaskExecutor;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.theme.UiSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The application: shows the window first and only then opens the session in the background,
 * so the first frame does not wait for the database.
 */
public final class RembukApp extends Application {
    private AppContext context;

    @Override
    public void start(Stage stage) {
        Theme.install();
        Path home = LocalSessionService.defaultHome();
        UiSettings settings = UiSettings.load(home.resolve("settings.properties"));
        Messages.setLocale(settings.languageProperty().get());
        context = new AppContext(home, settings, new BackgroundTaskExecutor(), new FxDialogService(() -> stage),
                Clock.systemDefaultZone());
        new MainWindow(context, stage);
        stage.show();
        List<String> args = getParameters().getRaw();
        StartupProbe.afterFirstFrame(stage.getScene(), () -> context.shell().start(args));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.shutdown();
        }
    }
}

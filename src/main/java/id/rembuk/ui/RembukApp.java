package id.rembuk.ui;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.dialog.FxDialogService;
import id.rembuk.store.AppHome;
import id.rembuk.ui.shell.MainWindow;
import id.rembuk.ui.task.BackgroundTaskExecutor;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.theme.UiSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The application: shows the window first and only then opens the session in the background,
 * so the first frame does not wait for the database.
 */
public final class RembukApp extends Application {
    private AppContext context;

    @Override
    public void start(Stage stage) {
        Path home = AppHome.resolve();
        UiSettings settings = UiSettings.load(home.resolve("settings.properties"));
        Messages.setLocale(settings.languageProperty().get());
        stage.setTitle(Messages.get("app.name"));
        // fit old 1024x768 laptops and projectors: never larger than the screen's usable area
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(Splash.scene(Math.min(WindowSize.WIDTH, screen.getWidth()),
                Math.min(WindowSize.HEIGHT, screen.getHeight()), settings.highContrastProperty().get()));
        stage.show();
        StartupProbe.afterFirstFrame(stage.getScene(), StartupProbe.Milestone.FIRST_FRAME, () -> {
            stage.getIcons().add(new Image(RembukApp.class.getResource("/id/rembuk/ui/rembuk-icon.png").toExternalForm()));
            Theme.install();
            context = new AppContext(home, settings, new BackgroundTaskExecutor(), new FxDialogService(() -> stage),
                    Clock.systemDefaultZone());
            new MainWindow(context, stage);
            // a laptop held to a group's screen reopens that group's session, whatever it was asked
            List<String> args = context.breakout().heldFile().map(f -> List.of(f.toString()))
                    .orElse(getParameters().getRaw());
            StartupProbe.afterFirstFrame(stage.getScene(), StartupProbe.Milestone.READY,
                    () -> context.shell().start(args));
        });
    }

    @Override
    public void stop() {
        if (context != null) {
            context.shutdown();
        }
    }
}

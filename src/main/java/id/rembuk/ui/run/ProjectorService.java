package id.rembuk.ui.run;

import id.rembuk.i18n.Messages;
import id.rembuk.ui.theme.Theme;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The room's screen: a second window, full screen on the second display when there is one, else a
 * window the facilitator can drag to the projector. The laptop's window keeps every control; this
 * one only shows, and passes any key pressed on it back to the same handler.
 */
public final class ProjectorService {
    /** The size the projector layout is drawn for; larger screens scale it up evenly. */
    public static final double DESIGN_WIDTH = 1024;
    public static final double DESIGN_HEIGHT = 768;

    private final BooleanProperty showing = new SimpleBooleanProperty();
    private final BooleanProperty blackout = new SimpleBooleanProperty();
    private final BooleanProperty pleno = new SimpleBooleanProperty();
    private final ObjectProperty<Supplier<Node>> plenoContent = new SimpleObjectProperty<>();
    private final Function<ProjectorService, Parent> view;
    private Consumer<KeyEvent> keys = e -> { };
    private Stage stage;

    /** @param view builds the projector's content; called each time the window opens */
    public ProjectorService(Function<ProjectorService, Parent> view) {
        this.view = view;
        showing.addListener((o, old, on) -> {
            if (on) {
                open();
            } else {
                close();
            }
        });
    }

    public void setKeyHandler(Consumer<KeyEvent> keys) {
        this.keys = keys;
    }

    private void open() {
        if (stage != null && stage.isShowing()) {
            return;
        }
        stage = new Stage();
        stage.setTitle(Messages.get("run.projectorTitle"));
        Scene scene = new Scene(view.apply(this), DESIGN_WIDTH, DESIGN_HEIGHT);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::accept);
        Theme.contrast(scene);
        stage.setScene(scene);
        // the exit hint would be shown to the whole room
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.valueOf("Esc"));
        stage.setOnHidden(e -> showing.set(false));
        Screen target = Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary())).findFirst()
                .orElse(null);
        if (target != null) {
            Rectangle2D b = target.getBounds();
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
            stage.show();
            stage.setFullScreen(true);
        } else {
            Rectangle2D b = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DESIGN_WIDTH, b.getWidth()));
            stage.setHeight(Math.min(DESIGN_HEIGHT, b.getHeight()));
            stage.show();
        }
    }

    private void close() {
        if (stage != null) {
            Stage s = stage;
            stage = null;
            s.hide();
        }
    }

    /**
     * A board asks for the room's screen: it becomes what pleno shows, pleno goes on, and the
     * projector window opens if it was closed. P on the laptop still toggles back to the clock.
     */
    public void showPleno(Supplier<Node> content) {
        plenoContent.set(content);
        blackout.set(false);
        pleno.set(true);
        showing.set(true);
    }

    /** Esc on the laptop: the projector leaves full screen, so its window can be moved or closed. */
    public void leaveFullScreen() {
        if (stage != null) {
            stage.setFullScreen(false);
        }
    }

    /** The projector window while it shows, for tests and for screenshots. */
    public Stage stage() {
        return stage;
    }

    public BooleanProperty showingProperty() {
        return showing;
    }

    /** Black screen: the room looks at the speaker, not at the slide. */
    public BooleanProperty blackoutProperty() {
        return blackout;
    }

    /** Pleno mode: the projector shows a board for the whole room instead of the clock. */
    public BooleanProperty plenoProperty() {
        return pleno;
    }

    /**
     * What pleno mode shows; the day's rundown when nothing is set. Boards (SWOT, voting, the
     * quick-win grid) set themselves here when they are opened for the room.
     */
    public ObjectProperty<Supplier<Node>> plenoContentProperty() {
        return plenoContent;
    }
}

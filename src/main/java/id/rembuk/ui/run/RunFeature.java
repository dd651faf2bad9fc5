package id.rembuk.ui.run;

import id.rembuk.ui.shell.NavArea;
import id.rembuk.ui.shell.NavigationRegistry;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.shell.Shortcut;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The run-of-show feature: its view model, the projector window, the clock that ticks both, and
 * the facilitator's keys. The projector keys work from every area; the clock keys on the run
 * screen and on the projector window.
 */
public final class RunFeature {
    public static final String AREA = "run";
    /** Four ticks a second: the seconds of the countdown never visibly skip. */
    private static final Duration TICK = Duration.millis(250);

    private final RunViewModel vm;
    private final ProjectorService projector;
    private final Timeline ticker;
    private Runnable fillAgenda;
    private Runnable fillSaved;

    public RunFeature(ShellViewModel shell, Clock clock, Sounds sounds) {
        this.vm = new RunViewModel(shell.stateProperty(), shell.infoProperty(), shell::apply, clock, sounds);
        this.projector = new ProjectorService(p -> new ProjectorView(vm, p).root());
        projector.setKeyHandler(e -> {
            if (handle(e, AREA)) {
                e.consume();
            }
        });
        this.ticker = new Timeline(new KeyFrame(TICK, e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    /** What the empty run screen's buttons do: fill the agenda from the stage's template, or from a saved one. */
    public void fillAgendaWith(Runnable fill, Runnable fromSaved) {
        this.fillAgenda = fill;
        this.fillSaved = fromSaved;
    }

    /** Adds the run screen to the sidebar; {@code notes} builds the notes panel beside the clock. */
    public void register(NavigationRegistry navigation, Supplier<Node> notes) {
        navigation.register(new NavArea(AREA, "run.nav", Material2OutlinedMZ.PLAY_CIRCLE_OUTLINE,
                () -> new RunView(vm, projector, notes, fillAgenda, fillSaved).root()));
        navigation.addKeyFilter(this::handle);
        navigation.addShortcuts("run.nav", List.of(
                new Shortcut("run.keycap.space", "run.key.toggle"), new Shortcut("→", "run.key.next"),
                new Shortcut("←", "run.key.back"), new Shortcut("+ / −", "run.key.minute"),
                new Shortcut("T", "run.key.plus5"), new Shortcut("L", "run.key.skip"),
                new Shortcut("M", "run.key.mute"), new Shortcut("F5", "run.key.projector"),
                new Shortcut("B", "run.key.blackout"), new Shortcut("P", "run.key.pleno"),
                new Shortcut("Esc", "run.key.escape")));
    }

    /** The facilitator's keys; true if the key was used. */
    public boolean handle(KeyEvent e, String area) {
        switch (e.getCode()) {
            case F5 -> {
                projector.showingProperty().set(!projector.showingProperty().get());
                return true;
            }
            case B -> {
                return flip(projector.blackoutProperty());
            }
            case P -> {
                return flip(projector.plenoProperty());
            }
            case ESCAPE -> {
                if (projector.stage() != null && projector.stage().isFullScreen()) {
                    projector.leaveFullScreen();
                    return true;
                }
                return false;
            }
            default -> {
                return AREA.equals(area) && clockKey(e);
            }
        }
    }

    private boolean flip(javafx.beans.property.BooleanProperty p) {
        if (!projector.showingProperty().get()) {
            return false;
        }
        p.set(!p.get());
        return true;
    }

    private boolean clockKey(KeyEvent e) {
        switch (e.getCode()) {
            case SPACE -> vm.toggle();
            case RIGHT, PAGE_DOWN -> vm.next();
            case LEFT, PAGE_UP -> vm.previous();
            case PLUS, ADD, EQUALS -> vm.addMinutes(1);
            case MINUS, SUBTRACT -> vm.addMinutes(-1);
            case T -> vm.addMinutes(5);
            case L -> vm.skipNext();
            case M -> vm.mutedProperty().set(!vm.mutedProperty().get());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Texts made from the bundles follow a language switch without a restart. */
    public void languageChanged() {
        vm.languageChanged();
    }

    public RunViewModel viewModel() {
        return vm;
    }

    public ProjectorService projector() {
        return projector;
    }

    /** Stops the clock and closes the projector; callable from any thread (tests end on theirs). */
    public void shutdown() {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(this::shutdown);
            return;
        }
        ticker.stop();
        projector.showingProperty().set(false);
    }
}

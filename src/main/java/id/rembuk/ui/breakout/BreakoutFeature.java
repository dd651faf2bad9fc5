package id.rembuk.ui.breakout;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.run.RunViewModel;
import id.rembuk.ui.shell.NavArea;
import id.rembuk.ui.shell.NavigationRegistry;
import id.rembuk.ui.shell.Screen;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * Turns this laptop into one group's workstation, optionally held there by the facilitator's PIN.
 * A held laptop comes back to its group's screen after a restart; only the PIN lets it go.
 */
public final class BreakoutFeature {
    public static final String AREA = "breakout";

    private final ShellViewModel shell;
    private final TaskExecutor executor;
    private final BreakoutLock lock;
    private final BreakoutViewModel vm;
    private final RunViewModel run;
    private final List<BreakoutTool> tools = new ArrayList<>();
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private Optional<BreakoutLock.Held> held;
    private StackPane host;

    public BreakoutFeature(ShellViewModel shell, TaskExecutor executor, RunViewModel run, Path home, Clock clock) {
        this.shell = shell;
        this.executor = executor;
        this.run = run;
        this.lock = new BreakoutLock(home.resolve("breakout-lock.properties"), clock);
        this.vm = new BreakoutViewModel(shell.stateProperty(), run.currentIdProperty());
        this.held = lock.held();
        locked.set(held.isPresent());
        // a held laptop goes back to its group as soon as its session is open again
        shell.screenProperty().addListener((o, old, s) -> {
            if (s == Screen.SESSION && held.isPresent()
                    && held.get().sessionId().equals(shell.sessionIdProperty().get())) {
                vm.show(held.get().groupId());
                shell.showBreakout();
            }
        });
    }

    public void register(NavigationRegistry navigation) {
        navigation.register(new NavArea(AREA, "breakout.nav", Material2OutlinedAL.LAPTOP,
                () -> new BreakoutChooserView(this, shell.stateProperty()).root()));
    }

    /** Adds a tab to every group's screen (notes now; boards as they are built). */
    public void addTool(BreakoutTool tool) {
        tools.add(tool);
    }

    /** The session file a held laptop must open at start instead of what it was asked to. */
    public Optional<Path> heldFile() {
        return held.map(BreakoutLock.Held::file);
    }

    public BreakoutViewModel viewModel() {
        return vm;
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    /** The window may not close while a PIN holds it. */
    public boolean holdsWindow() {
        return locked.get() && shell.screenProperty().get() == Screen.BREAKOUT;
    }

    public Node view() {
        return new BreakoutView(this, vm, run, tools).root();
    }

    void overlayHost(StackPane root) {
        host = root;
    }

    /** Asks how to open a group's screen: held by a PIN, or open (the laptop passed round). */
    void offerToOpen(String groupId) {
        PasswordField repeat = PinPrompt.digitsField("breakoutPinRepeat");
        repeat.setPromptText(Messages.get("breakout.pinRepeat"));
        PinPrompt[] prompt = new PinPrompt[1];
        prompt[0] = new PinPrompt("breakout.lockTitle", "breakout.lockAndOpen", () -> {
            String pin = prompt[0].pin();
            if (!BreakoutLock.validPin(pin)) {
                prompt[0].say(Messages.get("breakout.pinInvalid", BreakoutLock.MIN_PIN, BreakoutLock.MAX_PIN));
            } else if (!pin.equals(repeat.getText())) {
                repeat.clear();
                prompt[0].say(Messages.get("breakout.pinMismatch"));
            } else {
                lockAndOpen(groupId, pin, prompt[0]);
            }
        }, this::closeOverlay);
        Label hint = new Label(Messages.get("breakout.lockHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button open = new Button(Messages.get("breakout.openWithoutPin"));
        open.setId("breakoutOpenFree");
        open.getStyleClass().add(Styles.FLAT);
        open.setOnAction(e -> {
            closeOverlay();
            enter(groupId);
        });
        prompt[0].getChildren().add(2, repeat);
        prompt[0].getChildren().add(1, hint);
        HBox free = new HBox(open);
        free.setAlignment(Pos.CENTER_LEFT);
        prompt[0].getChildren().add(free);
        showOverlay(prompt[0]);
        prompt[0].focus();
    }

    private void lockAndOpen(String groupId, String pin, PinPrompt prompt) {
        UUID session = shell.sessionIdProperty().get();
        Optional<Path> file = shell.openFile();
        if (session == null || file.isEmpty()) {
            return;
        }
        // hashing the PIN and writing the lock file stay off the FX thread
        executor.execute(() -> {
            lock.lock(session, file.get(), groupId, pin);
            return lock.held();
        }, h -> {
            held = h;
            locked.set(h.isPresent());
            closeOverlay();
            enter(groupId);
        }, failure -> prompt.say(Messages.get("breakout.lockFileFailed")));
    }

    private void enter(String groupId) {
        vm.show(groupId);
        shell.showBreakout();
    }

    /** Leaving: at once when open, after the PIN when held. */
    public void askToLeave() {
        if (!locked.get()) {
            shell.leaveBreakout();
            return;
        }
        PinPrompt[] prompt = new PinPrompt[1];
        prompt[0] = new PinPrompt("breakout.unlockTitle", "breakout.unlock", () -> {
            String pin = prompt[0].pin();
            executor.execute(() -> lock.unlock(pin), result -> {
                if (result instanceof BreakoutLock.Opened) {
                    held = Optional.empty();
                    locked.set(false);
                    closeOverlay();
                    shell.leaveBreakout();
                } else if (result instanceof BreakoutLock.Wrong w) {
                    prompt[0].say(Messages.get("breakout.pinWrong", w.triesLeft()));
                } else if (result instanceof BreakoutLock.Wait w) {
                    prompt[0].say(Messages.get("breakout.pinWait", w.seconds()));
                }
            }, failure -> prompt[0].say(Messages.get("breakout.lockFileFailed")));
        }, this::closeOverlay);
        showOverlay(prompt[0]);
        prompt[0].focus();
    }

    private void showOverlay(VBox card) {
        if (host == null) {
            return;
        }
        closeOverlay();
        StackPane shade = new StackPane(card);
        shade.setId("breakoutOverlay");
        shade.getStyleClass().add("breakout-shade");
        card.setMaxWidth(460);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        host.getChildren().add(shade);
    }

    private void closeOverlay() {
        if (host != null) {
            host.getChildren().removeIf(n -> "breakoutOverlay".equals(n.getId()));
        }
    }
}

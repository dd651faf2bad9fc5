package id.rembuk.ui.shell;

import atlantafx.base.controls.ModalPane;
import id.rembuk.domain.SessionInfo;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.AppContext;
import id.rembuk.ui.WindowSize;
import id.rembuk.ui.UiFormat;
import id.rembuk.ui.theme.Theme;
import id.rembuk.ui.theme.UiSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The main window: menu, header, and the screen the shell view model asks for (welcome, session
 * form, or the open session). Rebuilt in place when the language changes; the view models keep
 * all state, so a rebuild loses nothing.
 */
public final class MainWindow {

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_ALT =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination LARGER_ALT = new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LARGER_PLUS = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl and the "+" printed on the "=" key of many keyboards: JavaFX sees Shift and EQUALS. */
    static final KeyCombination LARGER_SHIFT =
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SMALLER_ALT = new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN);
    /** H for high contrast; free in every area (Ctrl+Shift+K, M and G are taken). */
    static final KeyCombination HIGH_CONTRAST =
            new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final AppContext context;
    private final ShellViewModel shell;
    private final UiSettings settings;
    private final Stage stage;
    private final Scene scene;
    private ModalPane modal;
    private MenuBar menuBar;
    private StackPane content;
    private static final String PLAIN_TEXT = "plainText";

    public MainWindow(AppContext context, Stage stage) {
        this.context = context;
        this.shell = context.shell();
        this.settings = context.settings();
        this.stage = stage;
        // the same size as the scene it replaces (the splash, fitted to the screen), else the default
        Scene previous = stage.getScene();
        Theme.highContrast(settings.highContrastProperty().get());
        this.scene = new Scene(build(), previous != null ? previous.getWidth() : WindowSize.WIDTH,
                previous != null ? previous.getHeight() : WindowSize.HEIGHT);
        Theme.style(scene);
        stage.setScene(scene);
        shell.screenProperty().addListener((o, old, s) -> showScreen());
        // Ctrl+N on the edit form, or editing the facts from the new-session form, replaces the
        // form on the same screen: the view must follow, or the submit acts on a form not shown
        shell.formProperty().addListener((o, old, f) -> {
            if (shell.screenProperty().get() == Screen.SESSION_FORM) {
                showScreen();
            }
        });
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        bindTitle();
        settings.fontSizeProperty().addListener((o, old, size) -> {
            Theme.applyFontSize(scene.getRoot(), size.intValue());
            settings.save(context.executor());
        });
        settings.highContrastProperty().addListener((o, old, on) -> {
            Theme.highContrast(on);
            settings.save(context.executor());
        });
        settings.languageProperty().addListener((o, old, lang) -> {
            Messages.setLocale(lang);
            context.languageChanged();
            settings.save(context.executor());
            // rebuild after the menu that asked for it has closed
            Platform.runLater(this::rebuild);
        });
        // second key combinations for the same commands; the menu shows the first one
        scene.getAccelerators().put(REDO_ALT, shell::redo);
        scene.getAccelerators().put(LARGER_ALT, settings::larger);
        scene.getAccelerators().put(LARGER_PLUS, settings::larger);
        scene.getAccelerators().put(LARGER_SHIFT, settings::larger);
        scene.getAccelerators().put(SMALLER_ALT, settings::smaller);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::featureKeys);
        // the groups' files dropped on the window are merged into the open session (after a dry run)
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && acceptsDrop()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && acceptsDrop();
            if (done) {
                List<java.nio.file.Path> files = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                // after the drop has ended: the merge window must not open inside the drag gesture
                Platform.runLater(() -> context.merge().merge(files));
            }
            e.setDropCompleted(done);
            e.consume();
        });
        // other windows (the projector) close with this one, or the app would live on behind them
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> context.mainWindowClosed());
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (context.breakout().holdsWindow()) {
                e.consume();
                context.breakout().askToLeave();
            }
        });
    }

    /**
     * Single keys (Space, arrows, F5) go to the features, except while text is typed, a dialog is
     * open or a modifier is held: Space in a note must stay a space and Ctrl+= must still zoom.
     */
    private void featureKeys(KeyEvent e) {
        if (shell.screenProperty().get() == Screen.BREAKOUT) {
            breakoutKeys(e);
            return;
        }
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || modal.isDisplay() || shell.screenProperty().get() != Screen.SESSION
                || typing(scene.getFocusOwner()) && !e.getCode().isFunctionKey()) {
            return;
        }
        if (context.navigation().handleKey(e)) {
            e.consume();
        }
    }

    /**
     * On a group's screen the menus' shortcuts (new, open, save as, F5) must not lead elsewhere;
     * editing keys, undo and text size stay.
     */
    private void breakoutKeys(KeyEvent e) {
        boolean modified = e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown();
        KeyCode code = e.getCode();
        boolean allowed = !modified && !code.isFunctionKey() || code == KeyCode.F2
                || e.isShortcutDown() && !e.isAltDown() && switch (code) {
                    case Z, Y, C, V, X, A, EQUALS, PLUS, ADD, MINUS, SUBTRACT, DIGIT0, H -> true;
                    default -> false;
                }
                || e.isAltDown() && !e.isShortcutDown() && (code.isDigitKey() || code.isArrowKey());
        if (!allowed) {
            e.consume();
        }
    }

    private boolean acceptsDrop() {
        return shell.stateProperty().get() != null && shell.screenProperty().get() == Screen.SESSION
                && !modal.isDisplay();
    }

    static boolean typing(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof ComboBoxBase<?> c && c.isEditable()
                    || n instanceof Spinner<?> sp && sp.isEditable()) {
                return true;
            }
        }
        return false;
    }

    public Scene scene() {
        return scene;
    }

    private static String title(SessionInfo info) {
        String app = Messages.get("app.name");
        return info == null ? app : app + " — " + info.region() + " · " + UiFormat.stage(info);
    }

    /**
     * Bound anew after each language switch: a binding on the language itself would recompute
     * before the listener below has switched the messages, one language behind.
     */
    private void bindTitle() {
        stage.titleProperty().bind(Bindings.createStringBinding(() -> title(shell.infoProperty().get()),
                shell.infoProperty()));
    }

    private void rebuild() {
        scene.setRoot(build());
        bindTitle();
    }

    private Parent build() {
        menuBar = menuBar();
        VBox top = new VBox(menuBar, new HeaderView(shell).root());
        // a group's breakout screen has no menus, header or status bar to wander off through
        top.visibleProperty().bind(shell.screenProperty().isNotEqualTo(Screen.BREAKOUT));
        top.managedProperty().bind(top.visibleProperty());
        content = new StackPane();
        content.setId("content");
        content.getStyleClass().add("content");
        showScreen();

        BorderPane main = new BorderPane(content);
        main.setTop(top);
        Node status = statusBar();
        status.visibleProperty().bind(top.visibleProperty());
        status.managedProperty().bind(top.visibleProperty());
        main.setBottom(status);

        StackPane busy = busyOverlay();
        modal = new ModalPane();
        modal.setId("modalPane");
        // an empty overlay over the whole window: Tab must not rest on it (what it shows takes the focus)
        modal.setFocusTraversable(false);
        StackPane root = new StackPane(main, busy, modal);
        root.getStyleClass().add("rembuk");
        Theme.applyFontSize(root, settings.fontSizeProperty().get());
        return root;
    }

    private void showScreen() {
        content.getChildren().setAll(screen(shell.screenProperty().get()));
    }

    private Node screen(Screen s) {
        return switch (s) {
            case WELCOME -> new WelcomeView(shell).root();
            case SESSION_FORM -> shell.formProperty().get() == null ? new StackPane()
                    : new SessionFormView(shell.formProperty().get(), shell).root();
            case SESSION -> new SessionView(context.navigation()).root();
            case BREAKOUT -> context.breakout().view();
        };
    }

    private StackPane busyOverlay() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label text = new Label();
        text.setId("busyText");
        text.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get(shell.busyMessageKeyProperty().get()), shell.busyMessageKeyProperty()));
        VBox box = new VBox(12, spinner, text);
        box.setAlignment(Pos.CENTER);
        StackPane overlay = new StackPane(box);
        overlay.setId("busyOverlay");
        overlay.getStyleClass().add("busy-overlay");
        overlay.visibleProperty().bind(shell.busyProperty());
        return overlay;
    }

    private Node statusBar() {
        Label notice = new Label();
        notice.setId("notice");
        notice.textProperty().bind(shell.noticeProperty());
        Label hint = new Label(Messages.get("ui.status.helpHint"));
        hint.getStyleClass().add("status-hint");
        BorderPane bar = new BorderPane();
        bar.setLeft(notice);
        bar.setRight(hint);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private MenuBar menuBar() {
        MenuItem home = item("menuHome", "ui.menu.home", Material2OutlinedAL.HOME, null, shell::showWelcome);
        MenuItem newSession = item("menuNew", "ui.menu.new", Material2AL.ADD,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), shell::newSession);
        MenuItem open = item("menuOpen", "ui.menu.open", Material2OutlinedAL.FOLDER_OPEN,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), shell::chooseAndOpen);
        MenuItem sample = item("menuSample", "ui.menu.sample", Material2OutlinedMZ.SCHOOL, null, shell::openSample);
        MenuItem saveAs = item("menuSaveAs", "ui.menu.saveAs", Material2OutlinedMZ.SAVE,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                shell::saveAs);
        saveAs.disableProperty().bind(shell.stateProperty().isNull());
        MenuItem groupFiles = item("menuGroupFiles", "merge.menu.groupFiles", Material2OutlinedAL.GROUP_WORK,
                // K for kelompok: Ctrl+Shift+G takes cards out of a cluster on the SWOT board
                new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> context.merge().prepareGroupFiles());
        groupFiles.disableProperty().bind(shell.stateProperty().isNull());
        MenuItem mergeFiles = item("menuMerge", "merge.menu.merge", Material2OutlinedAL.CALL_MERGE,
                new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> context.merge().chooseAndMerge());
        mergeFiles.disableProperty().bind(shell.stateProperty().isNull());
        MenuItem export = item("menuExport", "export.menu", Material2OutlinedMZ.PICTURE_AS_PDF,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> context.export().open());
        export.disableProperty().bind(shell.stateProperty().isNull());
        MenuItem exit = item("menuExit", "ui.menu.exit", null,
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        Menu file = menu("menuFile", "ui.menu.file", home, new SeparatorMenuItem(), newSession, open, sample,
                new SeparatorMenuItem(), saveAs, new SeparatorMenuItem(), groupFiles, mergeFiles,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), exit);

        MenuItem undo = item("menuUndo", "ui.menu.undo", Material2MZ.UNDO, UNDO, shell::undo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> shell.canUndoProperty().get()
                ? Messages.get("ui.menu.undoLabel", shell.undoLabelProperty().get()) : Messages.get("ui.menu.undo"),
                shell.canUndoProperty(), shell.undoLabelProperty()));
        undo.disableProperty().bind(shell.canUndoProperty().not());
        MenuItem redo = item("menuRedo", "ui.menu.redo", Material2MZ.REDO, REDO, shell::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> shell.canRedoProperty().get()
                ? Messages.get("ui.menu.redoLabel", shell.redoLabelProperty().get()) : Messages.get("ui.menu.redo"),
                shell.canRedoProperty(), shell.redoLabelProperty()));
        redo.disableProperty().bind(shell.canRedoProperty().not());
        MenuItem editInfo = item("menuEditInfo", "ui.menu.editInfo", Material2OutlinedAL.EDIT, null,
                shell::editSessionInfo);
        editInfo.disableProperty().bind(shell.stateProperty().isNull());
        Menu edit = menu("menuEdit", "ui.menu.edit", undo, redo, new SeparatorMenuItem(), editInfo);

        MenuItem larger = item("menuLarger", "ui.menu.larger", Material2MZ.ZOOM_IN,
                new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), settings::larger);
        MenuItem smaller = item("menuSmaller", "ui.menu.smaller", Material2MZ.ZOOM_OUT,
                new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), settings::smaller);
        MenuItem reset = item("menuResetFont", "ui.menu.resetFont", null,
                new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), settings::resetFont);
        ToggleGroup languages = new ToggleGroup();
        Menu language = menu("menuLanguage", "ui.menu.language",
                language(languages, "menuLangId", "ui.menu.language.id", Messages.INDONESIAN),
                language(languages, "menuLangEn", "ui.menu.language.en", Locale.ENGLISH));
        language.setGraphic(new FontIcon(Material2AL.LANGUAGE));
        CheckMenuItem contrast = new CheckMenuItem(Messages.get("ui.menu.highContrast"));
        contrast.setId("menuHighContrast");
        contrast.getProperties().put(PLAIN_TEXT, Messages.get("ui.menu.highContrast"));
        contrast.setGraphic(new FontIcon(Material2MZ.TONALITY));
        contrast.setAccelerator(HIGH_CONTRAST);
        contrast.selectedProperty().bindBidirectional(settings.highContrastProperty());
        Menu view = menu("menuView", "ui.menu.view", larger, smaller, reset, new SeparatorMenuItem(), contrast,
                new SeparatorMenuItem(), language);

        MenuItem shortcuts = item("menuShortcuts", "ui.menu.shortcuts", Material2OutlinedAL.KEYBOARD,
                new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        Menu help = menu("menuHelp", "ui.menu.help", shortcuts);

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menuBar");
        return bar;
    }

    /** Each language is named in its own words, in both bundles alike, so a reader of it finds it. */
    private RadioMenuItem language(ToggleGroup group, String id, String key, Locale locale) {
        RadioMenuItem item = new RadioMenuItem(Messages.get(key));
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(settings.languageProperty().get().getLanguage().equals(locale.getLanguage()));
        item.setOnAction(e -> settings.languageProperty().set(locale));
        return item;
    }

    private static MenuItem item(String id, String key, org.kordamp.ikonli.Ikon icon, KeyCombination keys,
                                 Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        // the undo and redo items show the action's name; the shortcut list wants the plain one
        item.getProperties().put(PLAIN_TEXT, Messages.get(key));
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Menu menu(String id, String key, MenuItem... items) {
        Menu menu = new Menu(Messages.get(key), null, items);
        menu.setId(id);
        return menu;
    }

    /** The shortcut overlay lists what the menus offer, so it cannot drift from them. */
    private void showShortcuts() {
        if (modal.isDisplay()) {
            modal.hide(true);
            return;
        }
        List<ShortcutHelp.Row> rows = new ArrayList<>();
        for (Menu m : menuBar.getMenus()) {
            collect(m, rows);
        }
        rows.add(new ShortcutHelp.Row(REDO_ALT.getDisplayText(), Messages.get("ui.menu.redo")));
        List<ShortcutHelp.Section> sections = new ArrayList<>();
        sections.add(new ShortcutHelp.Section(Messages.get("ui.shortcuts.general"), rows));
        context.navigation().shortcuts().forEach((title, keys) -> sections.add(new ShortcutHelp.Section(
                Messages.get(title), keys.stream()
                .map(k -> new ShortcutHelp.Row(Messages.has(k.keys()) ? Messages.get(k.keys()) : k.keys(),
                        Messages.get(k.descriptionKey()))).toList())));
        modal.show(new ShortcutHelp(sections, () -> modal.hide(true)).root());
    }

    private static void collect(Menu menu, List<ShortcutHelp.Row> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new ShortcutHelp.Row(item.getAccelerator().getDisplayText(),
                        String.valueOf(item.getProperties().get(PLAIN_TEXT))));
            }
        }
    }
}

package id.rembuk.ui.vision;

import id.rembuk.domain.Dimension;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.breakout.BreakoutTool;
import id.rembuk.ui.shell.NavArea;
import id.rembuk.ui.shell.NavigationRegistry;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.shell.Shortcut;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Vision and mission: a sidebar area (keyword board, vision drafts, the cascade), the vision on
 * the room's screen, and on each dimension group's screen a tab for drafting its own targets and
 * indicators under the plenary's goals. The view models live as long as the app.
 */
public final class VisionFeature {
    public static final String AREA = "vision";
    public static final String TITLE_KEY = "vision.nav";
    public static final String GROUP_TITLE_KEY = "vision.group.tab";

    private final ShellViewModel shell;
    private final Consumer<Supplier<Node>> projector;
    private final KeywordBoardViewModel keywords;
    private final VisionDraftsViewModel drafts;
    private final CascadeViewModel cascade;
    private final BooleanBinding hasSession;
    private final Map<String, CascadeViewModel> groups = new HashMap<>();

    /** @param projector shows a node on the room's screen (the run feature's {@code projector()::showPleno}) */
    public VisionFeature(ShellViewModel shell, Consumer<Supplier<Node>> projector) {
        this.shell = shell;
        this.projector = projector;
        this.keywords = new KeywordBoardViewModel(shell.stateProperty(), shell::apply);
        this.drafts = new VisionDraftsViewModel(shell.stateProperty(), shell::apply);
        this.cascade = new CascadeViewModel(shell.stateProperty(), shell::apply);
        this.hasSession = Bindings.isNotNull(shell.stateProperty());
    }

    public void register(NavigationRegistry navigation) {
        navigation.register(new NavArea(AREA, TITLE_KEY, Material2OutlinedMZ.VISIBILITY,
                () -> new VisionView(keywords, drafts, cascade, hasSession, this::project).root()));
        navigation.addShortcuts(TITLE_KEY, List.of(new Shortcut("Enter", "vision.keys.enter"),
                new Shortcut("Tab / Shift+Tab", "vision.keys.tab"), new Shortcut("F2", "vision.keys.edit"),
                new Shortcut("Delete", "vision.keys.delete"), new Shortcut("Alt+↑ / ↓", "vision.keys.move"),
                new Shortcut("Esc", "vision.keys.escape")));
    }

    /** "Sasaran & indikator" on a dimension group's screen; a group of an element is told why there is none. */
    public List<BreakoutTool> breakoutTools() {
        return List.of(new BreakoutTool(AREA, GROUP_TITLE_KEY, Material2OutlinedMZ.VISIBILITY, this::groupView));
    }

    private Node groupView(String groupId) {
        Optional<Dimension> d = Dimension.ofCode(groupId);
        if (d.isEmpty()) {
            Label why = new Label(Messages.get("vision.group.element"), new FontIcon(Material2OutlinedAL.INFO));
            why.setWrapText(true);
            why.setMaxWidth(640);
            why.getStyleClass().add("vision-banner");
            StackPane pane = new StackPane(why);
            pane.setPadding(new Insets(24));
            pane.getStylesheets().add(VisionView.CSS);
            return pane;
        }
        CascadeViewModel g = groups.computeIfAbsent(groupId, id -> {
            CascadeViewModel m = new CascadeViewModel(shell.stateProperty(), shell::apply);
            m.dimensionProperty().set(d.get());
            return m;
        });
        Label intro = new Label(Messages.get("vision.group.intro", d.get().defaultLabel()));
        intro.setWrapText(true);
        intro.getStyleClass().add("vision-banner");
        Node outline = new CascadeView(g).root();
        VBox.setVgrow(outline, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(8, intro, outline);
        box.setPadding(new Insets(8, 12, 8, 12));
        box.getStyleClass().add("vision");
        box.getStylesheets().add(VisionView.CSS);
        return box;
    }

    /** Puts the vision, its keywords and the missions on the room's screen. */
    public void project() {
        projector.accept(() -> new VisionProjector(shell.stateProperty()).root());
    }

    public KeywordBoardViewModel keywords() {
        return keywords;
    }

    public VisionDraftsViewModel drafts() {
        return drafts;
    }

    public CascadeViewModel cascade() {
        return cascade;
    }

    public void languageChanged() {
        keywords.refreshText();
        drafts.refreshText();
        cascade.refreshText();
        groups.values().forEach(CascadeViewModel::refreshText);
    }
}

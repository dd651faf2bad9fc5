package id.rembuk.ui.vision;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Vision and mission in three steps, one tab each: the keyword board, the vision drafts, and the
 * missions with their goals, targets and indicators. The adopted vision heads the page.
 */
public final class VisionView {
    static final String CSS = VisionView.class.getResource("/id/rembuk/ui/vision/vision.css").toExternalForm();
    static final PseudoClass LIT = PseudoClass.getPseudoClass("lit");

    private final KeywordBoardViewModel keywords;
    private final VisionDraftsViewModel drafts;
    private final CascadeViewModel cascade;
    private final ObservableBooleanValue hasSession;
    private final Runnable project;

    /** @param project shows the vision on the room's screen; null hides the button */
    public VisionView(KeywordBoardViewModel keywords, VisionDraftsViewModel drafts, CascadeViewModel cascade,
                      ObservableBooleanValue hasSession, Runnable project) {
        this.keywords = keywords;
        this.drafts = drafts;
        this.cascade = cascade;
        this.hasSession = hasSession;
        this.project = project;
    }

    public Node root() {
        TabPane tabs = new TabPane();
        tabs.setId("visionTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("visionTabKeywords", "vision.tab.keywords", new KeywordBoardView(keywords).root()),
                tab("visionTabDrafts", "vision.tab.drafts", new DraftsView(drafts).root()),
                tab("visionTabCascade", "vision.tab.cascade", new CascadeView(cascade).root()));
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        // the three steps read whole: "3. Misi, tujuan, sasaran" must not be cut
        tabs.setTabMinWidth(210);

        BorderPane content = new BorderPane(tabs);
        content.setTop(header());
        content.visibleProperty().bind(hasSession);
        Label none = new Label(Messages.get("vision.noSession"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(Bindings.not(hasSession));
        StackPane root = new StackPane(content, none);
        root.setId("vision");
        root.getStyleClass().add("vision");
        root.getStylesheets().add(CSS);
        return root;
    }

    private static Tab tab(String id, String key, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setId(id);
        return t;
    }

    /** The title, the adopted vision in one line (or that none is adopted yet), and the projector button. */
    private Node header() {
        Label title = new Label(Messages.get("vision.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label adopted = new Label();
        adopted.setId("visionAdoptedLine");
        adopted.getStyleClass().add("vision-adopted-line");
        adopted.setMinWidth(0);
        id.rembuk.ui.FullText.onHover(adopted);
        adopted.textProperty().bind(Bindings.createStringBinding(() -> drafts.adoptedProperty().get() == null
                ? Messages.get("vision.header.none")
                : Messages.get("vision.header.adopted", drafts.adoptedProperty().get().vision().text()),
                drafts.adoptedProperty()));
        VBox titles = new VBox(0, title, adopted);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox bar = new HBox(16, titles);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("vision-toolbar");
        if (project != null) {
            Button show = new Button(Messages.get("vision.project"), new FontIcon(Material2OutlinedMZ.PRESENT_TO_ALL));
            show.setId("visionProject");
            show.setMinWidth(Region.USE_PREF_SIZE);
            show.setTooltip(new Tooltip(Messages.get("vision.project.tooltip")));
            show.setOnAction(e -> project.run());
            bar.getChildren().add(show);
        }
        return bar;
    }
}

package id.rembuk.ui.scoring;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Score;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.DimensionPills;
import id.rembuk.ui.Observe;
import javafx.application.Platform;
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
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Scoring on the laptop: who scores and which dimension at the top, then the score sheet, the
 * ranking and (for the facilitator) the criteria weights as tabs. On a group's laptop the scorer
 * is the group and cannot be changed.
 */
public final class ScoringView {
    static final String CSS = ScoringView.class.getResource("/id/rembuk/ui/scoring/scoring.css").toExternalForm();

    private final ScoringViewModel vm;
    private final Runnable project;

    /** @param project shows the ranking on the room's screen; null hides the button */
    public ScoringView(ScoringViewModel vm, Runnable project) {
        this.vm = vm;
        this.project = project;
    }

    public Node root() {
        ScoreSheet sheet = new ScoreSheet(vm);
        TabPane tabs = new TabPane();
        tabs.setId("scoringTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab sheetTab = new Tab(Messages.get("scoring.tab.sheet"), sheet.root());
        sheetTab.setId("scoringTabSheet");
        Tab rankingTab = new Tab(Messages.get("scoring.tab.ranking"), new RankingPane(vm).root());
        rankingTab.setId("scoringTabRanking");
        tabs.getTabs().addAll(sheetTab, rankingTab);
        if (!vm.scorerFixed()) {
            Tab weights = new Tab(Messages.get("scoring.tab.weights"), new WeightsPane(vm).root());
            weights.setId("scoringTabWeights");
            tabs.getTabs().add(weights);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, t) -> {
            if (t == sheetTab) {
                Platform.runLater(sheet::focusFirst);
            }
        });

        BorderPane content = new BorderPane(tabs);
        HBox second = new HBox(16, scorer(), hint());
        second.setAlignment(Pos.CENTER_LEFT);
        second.getStyleClass().add("scoring-second");
        content.setTop(new VBox(toolbar(), second));
        // once someone is chosen, the keys go to the sheet: they came to score
        String[] last = {vm.scorerProperty().get()};
        Observe.whileAlive(tabs, () -> {
            String now = vm.scorerProperty().get();
            if (now != null && !now.equals(last[0]) && tabs.getSelectionModel().getSelectedItem() == sheetTab) {
                Platform.runLater(sheet::focusFirst);
            }
            last[0] = now;
        }, vm.scorerProperty());
        content.visibleProperty().bind(vm.hasSessionProperty());
        Label none = new Label(Messages.get("scoring.noSession"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(vm.hasSessionProperty().not());

        StackPane root = new StackPane(content, none);
        root.setId("scoring");
        root.getStyleClass().add("scoring");
        if (vm.scorerFixed()) {
            root.getStyleClass().add("scoring-compact");
        }
        root.getStylesheets().add(CSS);
        return root;
    }

    private Node toolbar() {
        Label title = new Label(Messages.get("scoring.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setVisible(!vm.scorerFixed());
        title.setManaged(!vm.scorerFixed());
        Label summary = new Label();
        summary.setId("scoringSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinWidth(0);
        VBox titles = new VBox(0, title, summary);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox bar = new HBox(14, titles, dimensions());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("scoring-toolbar");
        if (project != null) {
            Button show = new Button(Messages.get("scoring.project"), new FontIcon(Material2OutlinedMZ.PRESENT_TO_ALL));
            show.setId("scoringProject");
            show.setMinWidth(Region.USE_PREF_SIZE);
            show.setTooltip(new Tooltip(Messages.get("scoring.project.tooltip")));
            show.setOnAction(e -> project.run());
            bar.getChildren().add(show);
        }
        return bar;
    }

    /** All, then the six dimensions, as one row of toggles. */
    private Node dimensions() {
        return DimensionPills.of("scoringDimension", vm.dimensionProperty(), Messages.get("scoring.dimension.all"),
                Messages.get("scoring.dimension.all"));
    }

    /** A searchable list of groups and participants; on a group's laptop the group's name only. */
    private Node scorer() {
        Label caption = new Label(Messages.get("scoring.scorer"));
        caption.getStyleClass().add("scoring-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        if (vm.scorerFixed()) {
            Label who = new Label();
            who.setId("scoringScorerFixed");
            who.getStyleClass().add("scoring-scorer-fixed");
            who.textProperty().bind(vm.scorerLabelProperty());
            HBox box = new HBox(8, caption, who);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(Region.USE_PREF_SIZE);
            return box;
        }
        SearchableComboBox<Scorer> box = new SearchableComboBox<>(vm.scorers());
        box.setId("scoringScorer");
        box.setPromptText(Messages.get("scoring.scorer.prompt"));
        // the skin's own search field says "Search..." from ControlsFX's English resources
        box.skinProperty().addListener((o, old, skin) -> {
            if (box.lookup("#search") instanceof javafx.scene.control.TextField search) {
                search.setPromptText(Messages.get("scoring.scorer.search"));
            }
        });
        box.setPrefWidth(300);
        box.setMinWidth(Region.USE_PREF_SIZE);
        caption.setLabelFor(box);
        boolean[] updating = {false};
        Runnable select = () -> {
            String key = Score.scorerKey(vm.scorerProperty().get());
            Scorer s = vm.scorers().stream().filter(x -> Score.scorerKey(x.text()).equals(key)).findFirst()
                    .orElse(null);
            if (box.getValue() != s) {
                updating[0] = true;
                box.setValue(s);
                updating[0] = false;
            }
        };
        Observe.whileAlive(box, select, vm.scorerProperty(), vm.scorers());
        box.valueProperty().addListener((o, old, s) -> {
            if (!updating[0] && s != null) {
                vm.scorerProperty().set(s.text());
            }
        });
        HBox row = new HBox(8, caption, box);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(Region.USE_PREF_SIZE);
        return row;
    }

    private Node hint() {
        Label line = new Label();
        line.setId("scoringHint");
        line.getStyleClass().add("scoring-hint");
        line.setMaxWidth(Double.MAX_VALUE);
        line.setMinWidth(0);
        line.setWrapText(true);
        HBox.setHgrow(line, Priority.ALWAYS);
        Observe.whileAlive(line, () -> {
            String h = vm.hintProperty().get();
            boolean noScorer = vm.scorerProperty().get() == null;
            line.getStyleClass().remove("warning");
            if (!h.isEmpty()) {
                line.setText(h);
                line.setGraphic(new FontIcon(Material2OutlinedAL.ERROR_OUTLINE));
                line.getStyleClass().add("warning");
            } else {
                line.setText(Messages.get(noScorer ? "scoring.help.noScorer"
                        : vm.scorerFixed() ? "scoring.help.short" : "scoring.help"));
                line.setGraphic(new FontIcon(Material2OutlinedAL.KEYBOARD));
            }
        }, vm.hintProperty(), vm.scorerProperty());
        return line;
    }
}

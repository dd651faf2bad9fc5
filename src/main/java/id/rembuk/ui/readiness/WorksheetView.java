package id.rembuk.ui.readiness;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.Element;
import id.rembuk.domain.Readiness;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.readiness.ReadinessViewModel.Row;
import id.rembuk.ui.readiness.ReadinessViewModel.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The worksheet of one dimension: a section per element (its lines, its total, a line to add one)
 * and beside it the radar with the totals, which move as soon as a line is scored.
 */
final class WorksheetView {
    private final ReadinessViewModel vm;
    /** Shows the dimension on the room's screen; null hides the button (a group's laptop). */
    private final Runnable toProjector;
    private final Map<String, IndicatorRow> rows = new HashMap<>();
    private final Map<Element, SectionView> sections = new LinkedHashMap<>();
    private final VBox sheet = new VBox(18);
    private final ScrollPane scroll = new ScrollPane(sheet);
    /** A group's laptop: larger type in less width, so the side shows the radar and the total only. */
    private boolean compact;
    /** Order of the lines on screen, for ↑/↓ between score keys. */
    private List<String> order = List.of();

    WorksheetView(ReadinessViewModel vm, Runnable toProjector) {
        this.vm = vm;
        this.toProjector = toProjector;
    }

    /** The button that shows this dimension on the room's screen; null on a group's laptop. */
    Button projectorButton() {
        if (toProjector == null) {
            return null;
        }
        Button show = new Button(Messages.get("readiness.projector"), new FontIcon(Material2AL.CAST));
        show.setId("readinessProjector");
        show.setTooltip(new Tooltip(Messages.get("readiness.projector.hint")));
        show.setMnemonicParsing(false);
        show.setMinWidth(Region.USE_PREF_SIZE);
        show.setOnAction(e -> toProjector.run());
        return show;
    }

    void compact() {
        compact = true;
    }

    Node root() {
        sheet.getStyleClass().add("worksheet");
        sheet.setFillWidth(true);
        scroll.setId("readinessSheet");
        scroll.setFitToWidth(true);
        // the lines take the focus, not the pane: a click on a line must leave its score keys focused
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("worksheet-scroll");
        Observe.whileAlive(sheet, this::update, vm.rows(), vm.sections(), vm.setupProperty());

        Label empty = new Label(Messages.get("readiness.empty"));
        empty.setId("readinessEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().add("worksheet-empty");
        Button defaults = defaultsButton();
        defaults.getStyleClass().add(Styles.ACCENT);
        VBox emptyBox = new VBox(12, empty, defaults);
        emptyBox.getStyleClass().add("worksheet-empty-box");
        emptyBox.setAlignment(Pos.TOP_LEFT);
        Observe.whileAlive(emptyBox, () -> {
            boolean none = vm.rows().isEmpty();
            emptyBox.setVisible(none);
            emptyBox.setManaged(none);
        }, vm.rows());
        VBox left = new VBox(12, emptyBox, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        BorderPane pane = new BorderPane(left);
        pane.setRight(side());
        pane.getStyleClass().add("worksheet-pane");
        return pane;
    }

    Button defaultsButton() {
        Button b = new Button(Messages.get("readiness.defaults"), new FontIcon(Material2OutlinedAL.LIBRARY_ADD));
        b.setTooltip(new Tooltip(Messages.get("readiness.defaults.hint")));
        b.setOnAction(e -> vm.insertDefaults());
        b.setMnemonicParsing(false);
        b.disableProperty().bind(vm.hasSessionProperty().not());
        return b;
    }

    private Node side() {
        RadarChart radar = new RadarChart();
        radar.setId("readinessRadar");
        radar.setPrefSize(320, 280);
        radar.setMinHeight(170);
        radar.setLabelWidth(110);
        VBox.setVgrow(radar, Priority.SOMETIMES);
        Observe.whileAlive(radar, () -> radar.setSpokes(vm.radar().stream()
                .map(a -> new RadarChart.Spoke(a.spokeLabel(), a.percent())).toList()), vm.radar());

        Label total = new Label();
        total.setId("readinessTotal");
        total.getStyleClass().add("total-big");
        Label band = new Label();
        band.setId("readinessBand");
        Label coverage = new Label();
        coverage.setId("readinessCoverage");
        coverage.getStyleClass().add(Styles.TEXT_MUTED);
        coverage.setWrapText(true);
        Observe.whileAlive(total, () -> {
            Readiness.Result r = vm.totalProperty().get();
            total.setText(ReadinessViewModel.percentText(r.percent()));
            Bands.style(band, r.band(Readiness.Bands.DEFAULT));
        }, vm.totalProperty());
        coverage.textProperty().bind(vm.coverageProperty());
        Label totalHead = new Label(Messages.get(vm.onlyElement().isPresent() ? "readiness.total.element"
                : "readiness.total.dimension"));
        totalHead.getStyleClass().add("side-head");
        HBox totalLine = new HBox(10, total, band);
        totalLine.setAlignment(Pos.CENTER_LEFT);

        VBox side = new VBox(8, radar, totalHead, totalLine, coverage);
        if (vm.onlyElement().isEmpty() && !compact) {
            VBox elements = new VBox(4);
            elements.setId("readinessElementTotals");
            Observe.whileAlive(elements, () -> {
                elements.getChildren().clear();
                for (Section s : vm.sections()) {
                    elements.getChildren().add(Bands.line(s.label(), s.total(), "element-total"));
                }
            }, vm.sections());
            side.getChildren().add(elements);
        }
        side.getStyleClass().add("worksheet-side");
        side.setPrefWidth(compact ? 300 : 340);
        side.setMinWidth(compact ? 240 : 300);
        side.setMaxWidth(compact ? 300 : 340);
        return side;
    }

    /** Puts the sections and lines in place, reusing every node that is still there. */
    private void update() {
        List<Element> shown = vm.sections().stream().map(Section::element).toList();
        if (!shown.equals(new ArrayList<>(sections.keySet()))) {
            Map<Element, SectionView> old = new LinkedHashMap<>(sections);
            sections.clear();
            for (Element e : shown) {
                sections.put(e, old.containsKey(e) ? old.get(e) : new SectionView(e));
            }
            sheet.getChildren().setAll(sections.values().stream().map(s -> s.root).toList());
        }
        for (Section s : vm.sections()) {
            sections.get(s.element()).head(s);
        }
        Map<Element, List<Node>> lines = new HashMap<>();
        List<String> ids = new ArrayList<>();
        Map<Element, Integer> positions = new HashMap<>();
        for (Row r : vm.rows()) {
            IndicatorRow view = rows.computeIfAbsent(r.id(), id -> new IndicatorRow(vm, r, this::focusScore));
            int position = positions.merge(r.element(), 1, Integer::sum) - 1;
            view.update(r, position);
            lines.computeIfAbsent(r.element(), e -> new ArrayList<>()).add(view.root());
            ids.add(r.id());
        }
        rows.keySet().retainAll(ids);
        order = ids;
        for (Map.Entry<Element, SectionView> e : sections.entrySet()) {
            List<Node> now = lines.getOrDefault(e.getKey(), List.of());
            if (!e.getValue().lines.getChildren().equals(now)) {
                e.getValue().lines.getChildren().setAll(now);
            }
        }
    }

    private void focusScore(String fromId, int delta, boolean orBack) {
        int at = order.indexOf(fromId);
        int to = at + delta;
        if (to < 0 || to >= order.size()) {
            to = orBack ? at - delta : -1;
        }
        if (at >= 0 && to >= 0 && to < order.size()) {
            IndicatorRow r = rows.get(order.get(to));
            r.score().requestFocus();
            scrollTo(r.root());
        }
    }

    /** Keeps the focused line in view when the keys move through a long sheet. */
    private void scrollTo(Node n) {
        double contentH = sheet.getHeight() - scroll.getViewportBounds().getHeight();
        if (contentH <= 0) {
            return;
        }
        double y = sheet.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
        double top = scroll.getVvalue() * contentH;
        double view = scroll.getViewportBounds().getHeight();
        if (y < top) {
            scroll.setVvalue(Math.max(0, (y - 40) / contentH));
        } else if (y + n.getBoundsInLocal().getHeight() > top + view) {
            scroll.setVvalue(Math.min(1, (y + n.getBoundsInLocal().getHeight() - view + 40) / contentH));
        }
    }

    /** One element: its head with the total, its lines, and a line to add one (Enter adds). */
    private final class SectionView {
        final VBox root = new VBox(6);
        final VBox lines = new VBox(0);
        final Label name = new Label();
        final Label total = new Label();
        final Label band = new Label();
        final Label coverage = new Label();

        SectionView(Element e) {
            root.setId("section-" + e.name());
            root.getStyleClass().add("worksheet-section");
            name.getStyleClass().add("section-name");
            total.getStyleClass().add("section-total");
            total.setId("sectionTotal-" + e.name());
            coverage.getStyleClass().addAll("section-coverage", Styles.TEXT_MUTED);
            Region push = new Region();
            HBox.setHgrow(push, Priority.ALWAYS);
            HBox head = new HBox(10, name, push, coverage, total, band);
            head.setAlignment(Pos.CENTER_LEFT);
            head.getStyleClass().add("section-head");
            lines.getStyleClass().add("section-lines");

            TextField add = new TextField();
            add.setId("addIndicator-" + e.name());
            add.getStyleClass().add("add-indicator");
            add.setPromptText(Messages.get("readiness.add", ReadinessViewModel.elementLabel(e)));
            add.setAccessibleText(add.getPromptText());
            add.setOnAction(x -> {
                if (vm.addIndicator(e, add.getText())) {
                    add.clear();
                }
            });
            root.getChildren().addAll(head, lines, add);
        }

        void head(Section s) {
            name.setText(s.label());
            total.setText(ReadinessViewModel.percentText(s.total().percent()));
            Bands.style(band, s.total().band(Readiness.Bands.DEFAULT));
            coverage.setText(Messages.get("readiness.coverage", s.total().assessed(), s.total().total()));
        }
    }
}

package id.rembuk.ui.roadmap;

import id.rembuk.plan.RoadmapPlan;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.RoadmapPhase;
import id.rembuk.domain.RoadmapSetup;
import id.rembuk.i18n.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Gantt-like roadmap drawn by hand: the calendar years across, the programmes down by dimension,
 * each programme's phases as bars in as few lines as they need, its yearly budgets above them, and
 * the totals per year at the foot. On the laptop a bar is dragged to move it or by an edge to
 * stretch it, snapping to whole years; on the room's screen the same rows are drawn larger and
 * without the controls.
 */
final class RoadmapChart {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Pixels from a bar's end where a press stretches rather than moves it. */
    private static final double EDGE = 8;

    private enum Grip { MOVE, START, END }

    /** Sizes of the laptop and of the room's screen. */
    record Metrics(double labelWidth, double laneHeight, double budgetHeight, double headerHeight,
                   double footerHeight) {
        static final Metrics LAPTOP = new Metrics(300, 30, 17, 40, 26);
        static final Metrics ROOM = new Metrics(330, 38, 0, 52, 36);
    }

    private final RoadmapViewModel vm;
    private final Metrics m;
    private final BiConsumer<String, Integer> onBudget;
    private final VBox rows = new VBox();
    private final HBox header = new HBox();
    private final HBox footer = new HBox();
    private final Map<String, Node> bars = new HashMap<>();
    private final Map<String, Node> programmeRows = new HashMap<>();
    private final ScrollPane scroll = new ScrollPane(rows);
    private final Region headerGap = new Region();
    private final Region footerGap = new Region();
    private final VBox root = new VBox();

    /**
     * @param vm       null on the room's screen, where nothing is chosen or dragged
     * @param onBudget a budget figure was clicked: the programme and plan year, to edit it
     */
    RoadmapChart(RoadmapViewModel vm, Metrics m, BiConsumer<String, Integer> onBudget) {
        this.vm = vm;
        this.m = m;
        this.onBudget = onBudget;
    }

    VBox root() {
        rows.getStyleClass().add("roadmap-rows");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("roadmap-scroll");
        scroll.setFocusTraversable(false);
        // a click in the rows focuses the scroll pane, whose arrows would scroll rather than choose
        scroll.focusedProperty().addListener((o, was, now) -> {
            if (now && vm != null) {
                root.requestFocus();
            }
        });
        VBox.setVgrow(scroll, Priority.ALWAYS);
        header.getStyleClass().add("roadmap-header");
        footer.getStyleClass().add("roadmap-footer");
        // the head and foot leave room for the scroll bar so their years stay over the rows' years
        Runnable gap = () -> {
            double w = Math.max(0, scroll.getWidth() - scroll.getViewportBounds().getWidth()
                    - scroll.snappedLeftInset() - scroll.snappedRightInset());
            headerGap.setMinWidth(w);
            headerGap.setPrefWidth(w);
            footerGap.setMinWidth(w);
            footerGap.setPrefWidth(w);
        };
        scroll.viewportBoundsProperty().addListener((o, a, b) -> gap.run());
        scroll.widthProperty().addListener((o, a, b) -> gap.run());
        root.getChildren().setAll(header, scroll, footer);
        root.getStyleClass().add("roadmap-chart");
        root.setId("roadmapChart");
        root.setFocusTraversable(vm != null);
        return root;
    }

    ScrollPane scroll() {
        return scroll;
    }

    /** Draws the plan again: rows, bars and totals (selection marks are set by {@link #select}). */
    void show(RoadmapPlan plan) {
        bars.clear();
        programmeRows.clear();
        RoadmapSetup setup = plan.setup();
        int years = setup.years();
        header.getChildren().setAll(corner(Messages.get("roadmap.chart.programme")), yearsHead(setup), headerGap);
        rows.getChildren().clear();
        for (RoadmapPlan.Group g : plan.groups()) {
            rows.getChildren().add(groupRow(g, years));
            for (RoadmapPlan.Line l : g.lines()) {
                rows.getChildren().add(line(l, g, years));
            }
        }
        if (plan.groups().isEmpty()) {
            Label none = new Label(Messages.get("roadmap.chart.noProgrammes"));
            none.getStyleClass().add("roadmap-none");
            none.setWrapText(true);
            rows.getChildren().add(none);
        }
        footer.getChildren().setAll(corner(Messages.get("roadmap.chart.total")), totals(plan), footerGap);
        if (vm != null) {
            select(vm.selectedProgrammeProperty().get(), vm.selectedPhaseProperty().get());
        }
    }

    private Label corner(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("roadmap-corner");
        l.setMinWidth(m.labelWidth());
        l.setPrefWidth(m.labelWidth());
        l.setMaxHeight(Double.MAX_VALUE);
        return l;
    }

    private Node yearsHead(RoadmapSetup setup) {
        YearTrack t = new YearTrack(setup.years(), m.headerHeight(), 0);
        for (int y = 1; y <= setup.years(); y++) {
            Label cal = new Label(Integer.toString(setup.calendarYear(y)));
            cal.getStyleClass().add("roadmap-year");
            Label plan = new Label(Messages.get("roadmap.chart.planYear", y));
            plan.getStyleClass().add("roadmap-plan-year");
            VBox box = new VBox(cal, plan);
            box.setAlignment(Pos.CENTER);
            t.place(box, y, y, 0);
        }
        HBox.setHgrow(t, Priority.ALWAYS);
        return t;
    }

    private Node totals(RoadmapPlan plan) {
        YearTrack t = new YearTrack(plan.setup().years(), m.footerHeight(), 0);
        t.setId("roadmapTotals");
        for (int y = 1; y <= plan.setup().years(); y++) {
            Long sum = plan.totals().get(y);
            Label l = new Label(sum == null ? "–" : IndonesianFormat.rupiahShort(sum));
            l.getStyleClass().add("roadmap-total");
            l.setId("roadmapTotal-" + y);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setAlignment(Pos.CENTER);
            if (sum != null) {
                l.setTooltip(new Tooltip(IndonesianFormat.rupiah(sum)));
            }
            t.place(l, y, y, 0);
        }
        HBox.setHgrow(t, Priority.ALWAYS);
        return t;
    }

    private Node groupRow(RoadmapPlan.Group g, int years) {
        Label name = new Label(g.label());
        name.getStyleClass().add("roadmap-group-name");
        Label count = new Label(Messages.get("roadmap.chart.groupCount", g.lines().size()));
        count.getStyleClass().add("roadmap-group-count");
        HBox row = new HBox(10, name, count);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("roadmap-group", "dim-" + g.dimension().code());
        return row;
    }

    private Node line(RoadmapPlan.Line l, RoadmapPlan.Group g, int years) {
        Label ref = new Label(l.ref());
        ref.getStyleClass().add("roadmap-ref");
        ref.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(l.name());
        name.getStyleClass().add("roadmap-name");
        name.setWrapText(vm != null);
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setMinWidth(0);
        // a fixed width: the rows are measured before they are laid out, and a name that wraps
        // must be measured at the width it wraps in, or the last rows end below the scroll range
        name.setPrefWidth(m.labelWidth() - 85);
        name.setMaxWidth(m.labelWidth() - 85);
        VBox text = new VBox(2, name);
        HBox label = new HBox(6, ref, text);
        label.setAlignment(Pos.TOP_LEFT);
        label.getStyleClass().add("roadmap-label");
        label.setMinWidth(m.labelWidth());
        label.setPrefWidth(m.labelWidth());
        label.setMaxWidth(m.labelWidth());
        if (l.chosen()) {
            FontIcon star = new FontIcon(Material2MZ.STAR);
            star.getStyleClass().add("roadmap-star");
            Label chip = new Label(vm == null ? "" : Messages.get("roadmap.chart.quickWin"), star);
            chip.getStyleClass().add("roadmap-quickwin");
            chip.setMinWidth(Region.USE_PREF_SIZE);
            Tooltip.install(chip, new Tooltip(Messages.get("roadmap.chart.quickWin.tooltip")));
            if (vm == null) {
                // the room's rows are one line: the star goes after the name
                label.getChildren().add(chip);
            } else {
                text.getChildren().add(chip);
            }
        }
        List<List<RoadmapPhase>> lanes = Lanes.of(l.phases());
        boolean budgets = m.budgetHeight() > 0 && !l.cells().isEmpty();
        YearTrack track = new YearTrack(years, m.laneHeight(), budgets ? m.budgetHeight() : 0);
        track.setLanes(lanes.size());
        HBox.setHgrow(track, Priority.ALWAYS);
        if (budgets) {
            for (int y = 1; y <= years; y++) {
                int year = y;
                l.budget(y).ifPresent(b -> {
                    Label cell = new Label(IndonesianFormat.rupiahShort(b));
                    cell.getStyleClass().add("roadmap-budget");
                    cell.setMaxWidth(Double.MAX_VALUE);
                    cell.setAlignment(Pos.CENTER_RIGHT);
                    cell.setOnMouseClicked(e -> onBudget.accept(l.id(), year));
                    track.place(cell, year, year, -1);
                });
            }
        }
        for (int lane = 0; lane < lanes.size(); lane++) {
            for (RoadmapPhase p : lanes.get(lane)) {
                track.place(bar(p, g, track, l.ref()), p.from(), p.to(), lane);
            }
        }
        if (lanes.isEmpty() && vm != null) {
            Label empty = new Label(Messages.get("roadmap.chart.noPhases"));
            empty.getStyleClass().add("roadmap-empty");
            empty.setMaxWidth(Double.MAX_VALUE);
            empty.setMouseTransparent(true);
            track.place(empty, 1, years, 0);
        }
        HBox row = new HBox(label, track);
        row.getStyleClass().addAll("roadmap-line", "dim-" + g.dimension().code());
        row.setId("roadmapLine-" + l.id());
        programmeRows.put(l.id(), row);
        if (vm != null) {
            row.setOnMousePressed(e -> {
                if (!e.isConsumed()) {
                    vm.selectedPhaseProperty().set(null);
                    vm.selectedProgrammeProperty().set(l.id());
                }
            });
        }
        return row;
    }

    private Node bar(RoadmapPhase p, RoadmapPlan.Group g, YearTrack track, String ref) {
        Label bar = new Label(p.name());
        bar.setId("roadmapBar-" + p.id());
        bar.getStyleClass().addAll("roadmap-bar", "dim-" + g.dimension().code());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinWidth(0);
        bar.setTextOverrun(OverrunStyle.ELLIPSIS);
        bar.setUserData(p.id());
        int years = track.years();
        if (p.to() > years) {
            // drawn cut at the frame's end: say where it really ends
            bar.getStyleClass().add("roadmap-bar-cut");
            bar.setText(p.name() + " → " + Messages.get("roadmap.chart.planYear", p.to()));
        }
        Tooltip.install(bar, new Tooltip(Messages.get("roadmap.chart.barTooltip", ref, p.name(), p.from(), p.to())));
        bars.put(p.id(), bar);
        if (vm != null) {
            drag(bar, p, track);
        }
        return bar;
    }

    /** Press on the middle to move, near an end to stretch; the bar follows by whole years and is written on release. */
    private void drag(Label bar, RoadmapPhase p, YearTrack track) {
        Grip[] grip = {Grip.MOVE};
        double[] start = {0};
        Span origin = new Span(p.from(), p.to());
        Span[] now = {origin};
        bar.setOnMouseMoved(e -> bar.setCursor(gripAt(bar, e) == Grip.MOVE ? Cursor.MOVE : Cursor.H_RESIZE));
        bar.setOnMousePressed(e -> {
            e.consume();
            vm.selectedPhaseProperty().set(p.id());
            root.requestFocus();
            grip[0] = gripAt(bar, e);
            start[0] = e.getSceneX();
            now[0] = origin;
        });
        bar.setOnMouseDragged(e -> {
            e.consume();
            int delta = (int) Math.round((e.getSceneX() - start[0]) / track.yearWidth());
            int years = track.years();
            Span s = switch (grip[0]) {
                case MOVE -> origin.move(delta, years);
                case START -> origin.stretchStart(delta, years);
                case END -> origin.stretchEnd(delta, years);
            };
            if (!s.equals(now[0])) {
                now[0] = s;
                track.reposition(bar, s.from(), s.to());
            }
        });
        bar.setOnMouseReleased(e -> {
            e.consume();
            if (!now[0].equals(origin)) {
                vm.setSpan(p.id(), now[0]);
            }
        });
    }

    private static Grip gripAt(Region bar, MouseEvent e) {
        double w = bar.getWidth();
        double edge = Math.min(EDGE, w / 4);
        if (e.getX() <= edge) {
            return Grip.START;
        }
        return e.getX() >= w - edge ? Grip.END : Grip.MOVE;
    }

    /** Marks the selected programme and bar and scrolls them into view. */
    void select(String programmeId, String phaseId) {
        programmeRows.forEach((id, n) -> n.pseudoClassStateChanged(SELECTED, id.equals(programmeId) && phaseId == null));
        bars.forEach((id, n) -> n.pseudoClassStateChanged(SELECTED, id.equals(phaseId)));
        Node target = programmeId == null ? null : programmeRows.get(programmeId);
        if (target != null) {
            ensureVisible(target);
        }
    }

    private void ensureVisible(Node n) {
        double content = rows.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view || view <= 0) {
            return;
        }
        double top = scroll.getVvalue() * (content - view);
        if (n.getLayoutY() < top) {
            scroll.setVvalue(n.getLayoutY() / (content - view));
        } else if (bottom(n) > top + view) {
            scroll.setVvalue((bottom(n) - view) / (content - view));
        }
    }

    /** Programmes whose rows are not wholly in the visible part: the room's screen counts them. */
    int hidden() {
        double view = scroll.getViewportBounds().getHeight();
        double top = scroll.getVvalue() * Math.max(0, rows.getHeight() - view);
        return (int) programmeRows.values().stream().filter(n -> bottom(n) > top + view + 1 || n.getLayoutY() < top - 1)
                .count();
    }

    /** Where a row ends, without the glow of a selected bar (bounds in parent would include it). */
    private static double bottom(Node n) {
        return n.getLayoutY() + n.getLayoutBounds().getHeight();
    }

    VBox rows() {
        return rows;
    }

    Node bar(String phaseId) {
        return bars.get(phaseId);
    }
}

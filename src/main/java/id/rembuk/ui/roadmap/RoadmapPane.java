package id.rembuk.ui.roadmap;

import id.rembuk.plan.RoadmapPlan;
import atlantafx.base.theme.Styles;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.RoadmapPhase;
import id.rembuk.domain.RoadmapSetup;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The "Peta jalan" tab: the frame (first year, five or ten years), the chart, and under it the
 * selected programme's yearly budgets and the name field for a phase. The chart takes the
 * keyboard: ↑/↓ choose, Alt+←/→ move, Shift+Alt+←/→ stretch, Insert add, F2 rename, Delete.
 */
final class RoadmapPane {
    private final RoadmapViewModel vm;
    private final Runnable project;
    private final RoadmapChart chart;
    private final List<TextField> budgetFields = new ArrayList<>();
    private final HBox budgets = new HBox(6);
    private final TextField name = new TextField();
    private String budgetsFor;
    private RoadmapSetup budgetsSetup;
    private boolean updatingSetup;

    RoadmapPane(RoadmapViewModel vm, Runnable project) {
        this.vm = vm;
        this.project = project;
        this.chart = new RoadmapChart(vm, RoadmapChart.Metrics.LAPTOP, this::focusBudget);
    }

    Node root() {
        VBox chartNode = chart.root();
        VBox.setVgrow(chartNode, Priority.ALWAYS);
        chartNode.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        VBox page = new VBox(8, setupBar(), chartNode, detail());
        page.getStyleClass().add("roadmap-pane");
        Observe.whileAlive(page, () -> chart.show(vm.planProperty().get()), vm.planProperty());
        Observe.whileAlive(page, () -> chart.select(vm.selectedProgrammeProperty().get(),
                vm.selectedPhaseProperty().get()), vm.selectedProgrammeProperty(), vm.selectedPhaseProperty());
        Platform.runLater(chartNode::requestFocus);
        return page;
    }

    RoadmapChart chart() {
        return chart;
    }

    private void key(KeyEvent e) {
        String phase = vm.selectedPhaseProperty().get();
        KeyCode c = e.getCode();
        boolean horizontal = c == KeyCode.LEFT || c == KeyCode.RIGHT;
        int dir = c == KeyCode.RIGHT ? 1 : -1;
        if (horizontal && e.isAltDown() && !e.isShortcutDown()) {
            if (phase != null) {
                if (e.isShiftDown()) {
                    vm.stretch(phase, dir);
                } else {
                    vm.move(phase, dir);
                }
            }
        } else if ((c == KeyCode.UP || c == KeyCode.DOWN) && !e.isAltDown() && !e.isShortcutDown()) {
            vm.selectNext(c == KeyCode.DOWN ? 1 : -1);
        } else if (c == KeyCode.INSERT) {
            if (vm.startNew()) {
                focusName();
            }
        } else if (c == KeyCode.F2) {
            if (vm.startRename()) {
                focusName();
            }
        } else if (c == KeyCode.DELETE && phase != null) {
            vm.delete(phase);
        } else if (c == KeyCode.ENTER && vm.selectedProgrammeProperty().get() != null) {
            focusBudget(vm.selectedProgrammeProperty().get(), 1);
        } else if (c == KeyCode.ESCAPE && vm.selectedProgrammeProperty().get() != null) {
            vm.selectedPhaseProperty().set(null);
            vm.selectedProgrammeProperty().set(null);
        } else {
            return;
        }
        e.consume();
    }

    private void focusName() {
        Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        });
    }

    private Node setupBar() {
        Label first = new Label(Messages.get("roadmap.setup.firstYear"));
        first.setMinWidth(Region.USE_PREF_SIZE);
        Spinner<Integer> year = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(2000, 2100, 2025));
        year.setId("roadmapFirstYear");
        year.setEditable(true);
        year.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        year.setPrefWidth(130);
        year.setMinWidth(Region.USE_PREF_SIZE);
        year.getEditor().setAlignment(Pos.CENTER);
        first.setLabelFor(year);
        ToggleGroup span = new ToggleGroup();
        ToggleButton five = new ToggleButton(Messages.get("roadmap.setup.years", 5));
        five.setId("roadmapYears5");
        five.setUserData(5);
        five.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton ten = new ToggleButton(Messages.get("roadmap.setup.years", 10));
        ten.setId("roadmapYears10");
        ten.setUserData(10);
        ten.getStyleClass().add(Styles.RIGHT_PILL);
        five.setToggleGroup(span);
        ten.setToggleGroup(span);
        HBox pills = new HBox(five, ten);
        pills.setMinWidth(Region.USE_PREF_SIZE);
        Label fallback = new Label(Messages.get("roadmap.setup.default"));
        fallback.setId("roadmapSetupDefault");
        fallback.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        fallback.setTooltip(new Tooltip(Messages.get("roadmap.setup.default.tooltip")));
        fallback.setMinWidth(Region.USE_PREF_SIZE);

        Observe.whileAlive(year, () -> {
            RoadmapPlan p = vm.planProperty().get();
            updatingSetup = true;
            year.getValueFactory().setValue(p.setup().firstYear());
            span.selectToggle(p.setup().years() == 10 ? ten : five);
            updatingSetup = false;
            fallback.setVisible(!p.stored());
        }, vm.planProperty());
        year.valueProperty().addListener((o, old, v) -> {
            if (!updatingSetup && v != null) {
                vm.setSetup(v, vm.planProperty().get().setup().years());
            }
        });
        span.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else if (!updatingSetup) {
                vm.setSetup(vm.planProperty().get().setup().firstYear(), (Integer) t.getUserData());
            }
        });

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        Button add = new Button(Messages.get("roadmap.addPhase"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("roadmapAddPhase");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip(Messages.get("roadmap.addPhase.tooltip")));
        add.setOnAction(e -> {
            if (vm.startNew()) {
                focusName();
            }
        });
        HBox bar = new HBox(10, first, year, pills, fallback, grow, add);
        if (project != null) {
            Button show = new Button(Messages.get("roadmap.project"), new FontIcon(Material2OutlinedMZ.PRESENT_TO_ALL));
            show.setId("roadmapProject");
            show.setMinWidth(Region.USE_PREF_SIZE);
            show.setTooltip(new Tooltip(Messages.get("roadmap.project.tooltip")));
            show.setOnAction(e -> project.run());
            bar.getChildren().add(show);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("roadmap-setup");
        return bar;
    }

    static String summary(RoadmapPlan p) {
        long phases = p.lines().stream().mapToLong(l -> l.phases().size()).sum();
        long total = p.totals().values().stream().mapToLong(Long::longValue).sum();
        return p.totals().isEmpty() ? Messages.get("roadmap.summary", p.programmeCount(), phases)
                : Messages.get("roadmap.summaryBudget", p.programmeCount(), phases, IndonesianFormat.rupiahShort(total));
    }

    // ---- under the chart: what is selected, its budgets, the name field

    private Node detail() {
        Label what = new Label();
        what.setId("roadmapSelection");
        what.getStyleClass().add("roadmap-selection");
        what.setMinWidth(0);
        Observe.whileAlive(what, () -> {
            what.setText(selectionText());
            what.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("chosen"),
                    vm.selectedProgrammeProperty().get() != null);
        }, vm.planProperty(), vm.selectedProgrammeProperty(), vm.selectedPhaseProperty());

        Label budgetLabel = new Label(Messages.get("roadmap.budgets"));
        budgetLabel.getStyleClass().add("roadmap-detail-label");
        budgetLabel.setMinWidth(Region.USE_PREF_SIZE);
        budgets.setAlignment(Pos.CENTER_LEFT);
        budgets.setId("roadmapBudgets");
        HBox budgetRow = new HBox(10, budgetLabel, budgets);
        budgetRow.setAlignment(Pos.CENTER_LEFT);
        Observe.whileAlive(budgets, this::updateBudgets, vm.planProperty(), vm.selectedProgrammeProperty());
        budgetRow.visibleProperty().bind(vm.selectedProgrammeProperty().isNotNull());
        budgetRow.managedProperty().bind(budgetRow.visibleProperty());

        Label nameLabel = new Label();
        nameLabel.setMinWidth(Region.USE_PREF_SIZE);
        nameLabel.getStyleClass().add("roadmap-detail-label");
        name.setId("roadmapPhaseName");
        name.setPromptText(Messages.get("roadmap.name.prompt"));
        name.setPrefColumnCount(28);
        name.textProperty().bindBidirectional(vm.draftNameProperty());
        name.setOnAction(e -> {
            vm.commitName();
            chart.root().requestFocus();
        });
        name.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                vm.cancelName();
                chart.root().requestFocus();
            }
        });
        Label keys = new Label(Messages.get("roadmap.name.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox nameRow = new HBox(10, nameLabel, name, keys);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        nameRow.setId("roadmapNameRow");
        Observe.whileAlive(nameRow, () -> {
            RoadmapViewModel.Naming n = vm.namingProperty().get();
            nameRow.setVisible(n != RoadmapViewModel.Naming.NONE);
            String ref = vm.planProperty().get().line(vm.selectedProgrammeProperty().get())
                    .map(RoadmapPlan.Line::ref).orElse("");
            nameLabel.setText(Messages.get(n == RoadmapViewModel.Naming.RENAME ? "roadmap.name.rename"
                    : "roadmap.name.new", ref));
        }, vm.namingProperty(), vm.selectedProgrammeProperty());
        nameRow.managedProperty().bind(nameRow.visibleProperty());

        Label hint = new Label();
        hint.setId("roadmapHint");
        hint.getStyleClass().addAll("roadmap-hint", Styles.DANGER);
        hint.textProperty().bind(vm.hintProperty());
        hint.setWrapText(true);
        hint.visibleProperty().bind(vm.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        VBox box = new VBox(6, what, budgetRow, nameRow, hint);
        box.getStyleClass().add("roadmap-detail");
        return box;
    }

    private String selectionText() {
        RoadmapPlan p = vm.planProperty().get();
        Optional<RoadmapPlan.Line> line = p.line(vm.selectedProgrammeProperty().get());
        if (line.isEmpty()) {
            return Messages.get("roadmap.selection.none");
        }
        RoadmapPlan.Line l = line.get();
        Optional<RoadmapPhase> phase = p.phase(vm.selectedPhaseProperty().get());
        if (phase.isPresent()) {
            RoadmapPhase ph = phase.get();
            RoadmapSetup s = p.setup();
            return Messages.get("roadmap.selection.phase", l.ref(), ph.name(),
                    Integer.toString(s.calendarYear(ph.from())), Integer.toString(s.calendarYear(ph.to())), ph.years());
        }
        String lead = l.entry().programme().leadOpd();
        return Messages.get("roadmap.selection.programme", l.ref(), l.name(),
                Messages.get(l.entry().programme().horizon().messageKey()), lead.isEmpty() ? "–" : lead);
    }

    /** One field per plan year for the selected programme; made again only when the programme or frame changes. */
    private void updateBudgets() {
        RoadmapPlan p = vm.planProperty().get();
        String id = vm.selectedProgrammeProperty().get();
        Optional<RoadmapPlan.Line> line = p.line(id);
        if (line.isEmpty()) {
            budgets.getChildren().clear();
            budgetFields.clear();
            budgetsFor = null;
            return;
        }
        if (!id.equals(budgetsFor) || !p.setup().equals(budgetsSetup)) {
            budgetsFor = id;
            budgetsSetup = p.setup();
            budgets.getChildren().clear();
            budgetFields.clear();
            for (int y = 1; y <= p.setup().years(); y++) {
                int year = y;
                Label cal = new Label(Integer.toString(p.setup().calendarYear(y)));
                cal.getStyleClass().add("roadmap-budget-year");
                TextField f = new TextField();
                f.setId("roadmapBudget-" + y);
                f.setPrefColumnCount(p.setup().years() == 10 ? 5 : 8);
                f.setPromptText("–");
                cal.setLabelFor(f);
                f.setOnAction(e -> commitBudget(f, year));
                f.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        commitBudget(f, year);
                    }
                });
                f.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        e.consume();
                        f.setText((String) f.getUserData());
                        vm.clearHint();
                        chart.root().requestFocus();
                    }
                });
                budgetFields.add(f);
                VBox cell = new VBox(1, cal, f);
                budgets.getChildren().add(cell);
            }
        }
        for (int y = 1; y <= budgetFields.size(); y++) {
            TextField f = budgetFields.get(y - 1);
            String text = line.get().budget(y).map(RoadmapPane::amount).orElse("");
            if (!f.isFocused() || text.equals(f.getUserData())) {
                f.setText(text);
            }
            f.setUserData(text);
            f.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), false);
        }
    }

    /** "Rp 1,25 M" where that is exact, else the whole amount: a field left untouched must read back the same. */
    static String amount(long b) {
        String s = IndonesianFormat.rupiahShort(b);
        try {
            if (IndonesianFormat.parseRupiah(s) == b) {
                return s;
            }
        } catch (InvalidValue e) {
            // the whole amount below
        }
        return IndonesianFormat.rupiah(b);
    }

    private void commitBudget(TextField f, int year) {
        String id = budgetsFor;
        if (id == null || f.getText().strip().equals(((String) f.getUserData()).strip())) {
            return;
        }
        boolean ok = vm.setBudget(id, year, f.getText());
        f.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), !ok);
    }

    /** A budget figure in the chart was clicked, or Enter pressed on a programme. */
    private void focusBudget(String programmeId, int year) {
        vm.selectedPhaseProperty().set(null);
        vm.selectedProgrammeProperty().set(programmeId);
        Platform.runLater(() -> {
            if (year >= 1 && year <= budgetFields.size()) {
                budgetFields.get(year - 1).requestFocus();
                budgetFields.get(year - 1).selectAll();
            }
        });
    }
}

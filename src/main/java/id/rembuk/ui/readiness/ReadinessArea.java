package id.rembuk.ui.readiness;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.ReadinessScale;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The facilitator's readiness area: the six dimensions to choose from, and three tabs — the
 * worksheet, the gap table and all dimensions at once. One area rather than two in the sidebar:
 * the gap table continues the worksheet of the same dimension (a low line becomes a gap row), so
 * both share the dimension chosen, and the sidebar stays short for the boards that follow.
 */
final class ReadinessArea {
    static final String CSS = ReadinessArea.class.getResource("/id/rembuk/ui/readiness/readiness.css")
            .toExternalForm();

    private final ReadinessViewModel vm;
    private final GapViewModel gaps;
    private final ObservableValue<SessionState> state;
    private final Consumer<Supplier<Node>> projector;

    ReadinessArea(ReadinessViewModel vm, GapViewModel gaps, ObservableValue<SessionState> state,
                  Consumer<Supplier<Node>> projector) {
        this.vm = vm;
        this.gaps = gaps;
        this.state = state;
        this.projector = projector;
    }

    Node root() {
        Label title = new Label(Messages.get("readiness.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Node chooser = dimensionChooser(vm.dimensionProperty());
        HBox head = new HBox(20, title, chooser);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(chooser, Priority.ALWAYS);

        TabPane tabs = new TabPane();
        tabs.setId("readinessTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab sheet = new Tab(Messages.get("readiness.tab.sheet"), sheetTab());
        sheet.setId("readinessTabSheet");
        Tab gap = new Tab(Messages.get("readiness.tab.gap"), gapTab());
        gap.setId("readinessTabGap");
        Tab all = new Tab(Messages.get("readiness.tab.all"), new OverallView(vm, d -> {
            vm.dimensionProperty().set(d);
            tabs.getSelectionModel().select(0);
        }, projector == null ? null : () -> projector.accept(() -> new PlenoView(state, Optional.empty()).root()))
                .root());
        all.setId("readinessTabAll");
        tabs.getTabs().addAll(sheet, gap, all);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        // a gap row made from a line is seen where it went
        Observe.whileAlive(tabs, () -> {
            Notice n = vm.noticeProperty().get();
            if (n != null && n.key().equals("readiness.notice.gapMade")) {
                tabs.getSelectionModel().select(gap);
            }
        }, vm.noticeProperty());

        VBox page = new VBox(10, head, tabs);
        page.setId("readiness");
        page.getStyleClass().addAll("readiness-root", "readiness-area");
        page.getStylesheets().add(CSS);
        Observe.whileAlive(page, () -> {
            page.getStyleClass().removeIf(c -> c.startsWith("dim-"));
            page.getStyleClass().add("dim-" + vm.dimensionProperty().get().code());
        }, vm.dimensionProperty());
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // Alt+1..6 chooses the dimension from anywhere in the area
            if (e.isAltDown() && !e.isShortcutDown() && e.getCode().isDigitKey()) {
                int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
                if (n >= 0 && n < Dimension.values().length) {
                    vm.dimensionProperty().set(Dimension.values()[n]);
                    e.consume();
                }
            }
        });
        return page;
    }

    private Node sheetTab() {
        WorksheetView sheet = new WorksheetView(vm, projector == null ? null
                : () -> {
                    Dimension d = vm.dimensionProperty().get();
                    projector.accept(() -> new PlenoView(state, Optional.of(d)).root());
                });
        Node content = sheet.root();
        VBox.setVgrow(content, Priority.ALWAYS);
        // indicators whose values do not read stay in the file; say so rather than hide them
        Label unreadable = new Label();
        unreadable.setId("readinessUnreadable");
        unreadable.setWrapText(true);
        unreadable.getStyleClass().addAll("readiness-unreadable", Styles.WARNING);
        Observe.whileAlive(unreadable, () -> {
            int n = vm.unreadableProperty().get();
            unreadable.setText(n == 0 ? "" : Messages.get("readiness.unreadable", n));
            unreadable.setVisible(n > 0);
            unreadable.setManaged(n > 0);
        }, vm.unreadableProperty());
        VBox box = new VBox(8, setupBar(sheet), notice(vm.noticeProperty(), vm::clearNotice), unreadable, content);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private Node gapTab() {
        Node content = new GapView(gaps, 1, false).root();
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox box = new VBox(8, notice(gaps.noticeProperty(), gaps::clearNotice), content);
        box.getStyleClass().add("tab-body");
        return box;
    }

    /** Filling in the defaults, the scale and the optional elements: the session's setup, the facilitator's. */
    private Node setupBar(WorksheetView sheet) {
        ComboBox<ReadinessScale> scale = new ComboBox<>();
        scale.setId("readinessScale");
        scale.getItems().setAll(ReadinessScale.values());
        scale.setButtonCell(scaleCell());
        scale.setCellFactory(l -> scaleCell());
        scale.setAccessibleText(Messages.get("readiness.scale"));
        scale.setTooltip(new Tooltip(Messages.get("readiness.scale.hint")));
        Observe.whileAlive(scale, () -> scale.setValue(vm.setupProperty().get().scale()), vm.setupProperty());
        scale.valueProperty().addListener((o, old, s) -> vm.setScale(s));
        Label scaleLabel = new Label(Messages.get("readiness.scale"));
        scaleLabel.setLabelFor(scale);
        scaleLabel.setMinWidth(Region.USE_PREF_SIZE);

        ToggleSwitch alam = toggle("readinessAlam", "readiness.alam", () -> vm.setupProperty().get().alam(),
                vm::setAlam);
        ToggleSwitch budaya = toggle("readinessBudaya", "readiness.budaya", () -> vm.setupProperty().get().budaya(),
                vm::setBudaya);
        var defaults = sheet.defaultsButton();
        defaults.setId("readinessDefaults");
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox bar = new HBox(12, defaults, new Separator(Orientation.VERTICAL), scaleLabel, scale,
                new Separator(Orientation.VERTICAL), alam, budaya, push);
        if (sheet.projectorButton() != null) {
            bar.getChildren().add(sheet.projectorButton());
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("setup-bar");
        return bar;
    }

    private ToggleSwitch toggle(String id, String key, Supplier<Boolean> now, Consumer<Boolean> set) {
        ToggleSwitch t = new ToggleSwitch(Messages.get(key));
        t.setId(id);
        t.setMinWidth(Region.USE_PREF_SIZE);
        t.setTooltip(new Tooltip(Messages.get("readiness.optional.hint")));
        Observe.whileAlive(t, () -> t.setSelected(now.get()), vm.setupProperty());
        t.selectedProperty().addListener((o, was, on) -> {
            if (on != now.get()) {
                set.accept(on);
            }
        });
        return t;
    }

    private static ListCell<ReadinessScale> scaleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ReadinessScale s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Messages.get(s.messageKey()));
            }
        };
    }

    /** The six dimensions as toggle keys in their colours; Alt+1..6 from the keyboard. */
    static Node dimensionChooser(ObjectProperty<Dimension> dimension) {
        FlowPane bar = new FlowPane(6, 6);
        bar.setId("readinessDimensions");
        bar.getStyleClass().add("dimension-bar");
        ToggleGroup group = new ToggleGroup();
        int n = 1;
        for (Dimension d : Dimension.values()) {
            ToggleButton b = new ToggleButton(d.defaultLabel().replace("Smart ", ""));
            b.setId("readinessDimension-" + d.code());
            b.getStyleClass().addAll("dimension-key", "dim-" + d.code());
            b.setToggleGroup(group);
            b.setMnemonicParsing(false);
            b.setTooltip(new Tooltip(Messages.get("readiness.dimension.hint", d.defaultLabel(), n++)));
            b.setOnAction(e -> {
                dimension.set(d);
                b.setSelected(true);
            });
            bar.getChildren().add(b);
        }
        Observe.whileAlive(bar, () -> group.getToggles().forEach(t -> t.setSelected(
                ((ToggleButton) t).getId().equals("readinessDimension-" + dimension.get().code()))), dimension);
        return bar;
    }

    /** A notice line that shows while there is something to say; Esc or a click dismisses it. */
    static Node notice(ObservableValue<Notice> notice, Runnable clear) {
        Label l = new Label();
        l.getStyleClass().add("readiness-notice");
        l.setWrapText(true);
        l.setOnMouseClicked(e -> clear.run());
        StackPane box = new StackPane(l);
        box.setAlignment(Pos.CENTER_LEFT);
        Observe.whileAlive(box, () -> {
            Notice n = notice.getValue();
            l.setText(n == null ? "" : n.text());
            box.setVisible(n != null);
            box.setManaged(n != null);
        }, notice);
        return box;
    }
}

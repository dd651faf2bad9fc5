package id.rembuk.ui.readiness;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The worksheet and the gap table as a group's laptop shows them: its own dimension only (an element
 * group chooses the dimension and sees its element), no session setup, no projector.
 */
final class GroupViews {
    /** The breakout screen's type against the facilitator's (breakout.css). */
    static final double GROUP_SCALE = 1.3;

    private GroupViews() {
    }

    static Node worksheet(ReadinessViewModel vm) {
        WorksheetView sheet = new WorksheetView(vm, null);
        sheet.compact();
        Node content = sheet.root();
        VBox.setVgrow(content, Priority.ALWAYS);
        var defaults = sheet.defaultsButton();
        defaults.setId("readinessDefaults");
        VBox root = new VBox(8, head(vm.dimensionFixedProperty().get(), title("readiness.tab.sheet", vm),
                vm.dimensionProperty(), defaults), ReadinessArea.notice(vm.noticeProperty(), vm::clearNotice), content);
        return style(root, "groupReadiness", vm);
    }

    static Node gaps(GapViewModel gaps, ReadinessViewModel titleFrom) {
        Node content = new GapView(gaps, GROUP_SCALE, true).root();
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox root = new VBox(8, head(gaps.dimensionFixedProperty().get(), title("readiness.gap.title", titleFrom),
                gaps.dimensionProperty(), null), ReadinessArea.notice(gaps.noticeProperty(), gaps::clearNotice),
                content);
        return style(root, "groupGaps", titleFrom);
    }

    /** The band above already names the group: the tool says what it is, and for an element group which element. */
    private static javafx.beans.value.ObservableValue<String> title(String key, ReadinessViewModel vm) {
        return new javafx.beans.property.SimpleStringProperty(Messages.get(key)
                + vm.onlyElement().map(e -> " · " + ReadinessViewModel.elementLabel(e)).orElse(""));
    }

    private static Node head(boolean fixed, javafx.beans.value.ObservableValue<String> title,
                             javafx.beans.property.ObjectProperty<id.rembuk.domain.Dimension> dimension, Node action) {
        Label t = new Label();
        t.getStyleClass().add(Styles.TITLE_4);
        t.textProperty().bind(title);
        t.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(14, t);
        if (!fixed) {
            Node chooser = ReadinessArea.dimensionChooser(dimension);
            HBox.setHgrow(chooser, Priority.ALWAYS);
            head.getChildren().add(chooser);
        } else {
            Region push = new Region();
            HBox.setHgrow(push, Priority.ALWAYS);
            head.getChildren().add(push);
        }
        if (action != null) {
            head.getChildren().add(action);
        }
        head.setAlignment(Pos.CENTER_LEFT);
        return head;
    }

    private static Node style(VBox root, String id, ReadinessViewModel vm) {
        root.setId(id);
        root.getStyleClass().addAll("readiness-root", "readiness-group");
        root.getStylesheets().add(ReadinessArea.CSS);
        Observe.whileAlive(root, () -> {
            root.getStyleClass().removeIf(c -> c.startsWith("dim-"));
            root.getStyleClass().add("dim-" + vm.dimensionProperty().get().code());
        }, vm.dimensionProperty());
        return root;
    }
}

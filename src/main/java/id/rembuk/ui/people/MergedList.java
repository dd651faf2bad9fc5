package id.rembuk.ui.people;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The registrations confirmed as one person ("Digabung"), each with "Pisahkan lagi"; and the two
 * lines a merged person's name shows in the table. Opened by the "Digabung (n)" toggle.
 */
final class MergedList {
    private MergedList() {
    }

    static Node of(ParticipantsViewModel vm, ToggleButton open) {
        Label title = new Label(Messages.get("people.merged.title"), new FontIcon(Material2OutlinedAL.CALL_MERGE));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox pairs = new VBox(2);
        VBox box = new VBox(4, title, pairs);
        box.setId("mergedList");
        box.getStyleClass().add("people-merged");
        Runnable shown = () -> {
            boolean visible = open.isSelected() && !vm.merged().isEmpty();
            box.setVisible(visible);
            box.setManaged(visible);
        };
        Observe.whileAlive(box, () -> {
            pairs.getChildren().clear();
            int[] at = {0};
            vm.merged().forEach(m -> pairs.getChildren().add(row(vm, m, at[0]++)));
            if (vm.merged().isEmpty()) {
                open.setSelected(false);
            }
            shown.run();
        }, vm.merged());
        open.selectedProperty().addListener((o, was, is) -> shown.run());
        shown.run();
        return box;
    }

    private static Node row(ParticipantsViewModel vm, ParticipantsViewModel.MergedPair m, int index) {
        Label text = new Label(m.text());
        text.setWrapText(true);
        Button split = new Button(Messages.get("people.merged.unmerge"), new FontIcon(Material2OutlinedAL.CALL_SPLIT));
        split.setId("mergedSplit" + index);
        split.getStyleClass().addAll(Styles.SMALL);
        split.setAccessibleText(Messages.get("people.merged.unmerge") + ": " + m.text());
        split.setOnAction(e -> vm.unmerge(m));
        HBox row = new HBox(8, text, new Spacer(), split);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A merged person's name with a mark, and beneath it what the other registrations say. */
    static final class NameLines {
        private final Label name = new Label();
        private final Label also = new Label();
        private final HBox top = new HBox(4, name);
        private final VBox box = new VBox(0, top, also);

        NameLines() {
            FontIcon mark = new FontIcon(Material2OutlinedAL.CALL_MERGE);
            mark.getStyleClass().add("people-merged-mark");
            top.getChildren().add(mark);
            top.setAlignment(Pos.CENTER_LEFT);
            also.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.setAccessibleText(Messages.get("people.merged.mark"));
        }

        Node show(String text, String alsoText, Node conflict) {
            name.setText(text);
            also.setText(alsoText);
            top.getChildren().removeIf(n -> n != name && !n.getStyleClass().contains("people-merged-mark"));
            if (conflict != null) {
                top.getChildren().add(conflict);
            }
            return box;
        }
    }
}

package id.rembuk.ui.swot;

import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/** The writer and voter pickers: a combo box of choices, each with its group's colour dot. */
final class Choices {
    private Choices() {
    }

    static ComboBox<SwotBoardViewModel.Choice> box(ObservableList<SwotBoardViewModel.Choice> items, String id) {
        ComboBox<SwotBoardViewModel.Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setVisibleRowCount(12);
        box.setCellFactory(v -> new ChoiceCell());
        box.setButtonCell(new ChoiceCell());
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPrefWidth(180);
        return box;
    }

    static void select(ComboBox<SwotBoardViewModel.Choice> box, String id) {
        SwotBoardViewModel.Choice c = box.getItems().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (box.getValue() != c) {
            box.setValue(c);
        }
    }

    /** A writer or voter with the group's colour chip. */
    private static final class ChoiceCell extends ListCell<SwotBoardViewModel.Choice> {
        @Override
        protected void updateItem(SwotBoardViewModel.Choice c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(c.label());
            Region dot = new Region();
            dot.getStyleClass().addAll("swot-choice-dot", c.style());
            setGraphic(dot);
        }
    }
}

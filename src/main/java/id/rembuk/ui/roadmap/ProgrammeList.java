package id.rembuk.ui.roadmap;

import id.rembuk.domain.Dimension;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The programmes to choose an action plan from: a search field and one list with each dimension's
 * name above its programmes. The names are rows of their own, one line high like the programmes,
 * and the selection steps over them.
 */
final class ProgrammeList {
    /** A dimension's name in the list. */
    private record Heading(Dimension dimension, String label) {
    }

    private final ActionPlanViewModel vm;
    private final Runnable toTable;
    private final ObservableList<Object> rows = FXCollections.observableArrayList();
    private final ListView<Object> list = new ListView<>(rows);
    private boolean choosing;

    /** @param toTable gives the keyboard to the steps (Enter or → on a programme) */
    ProgrammeList(ActionPlanViewModel vm, Runnable toTable) {
        this.vm = vm;
        this.toTable = toTable;
    }

    Node root() {
        TextField search = new TextField();
        search.setId("planSearch");
        search.setPromptText(Messages.get("roadmap.plan.search"));
        search.textProperty().bindBidirectional(vm.filterProperty());
        list.setId("planProgrammes");
        list.getStyleClass().add("roadmap-plan-list");
        list.setFixedCellSize(26);
        list.setCellFactory(v -> new Cell());
        VBox.setVgrow(list, Priority.ALWAYS);
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                e.consume();
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    step(-1, 1);
                }
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (choosing) {
                return;
            }
            Object row = list.getSelectionModel().getSelectedItem();
            if (row instanceof Heading) {
                // passing over a dimension's name: go on in the same direction
                step(now.intValue(), now.intValue() >= old.intValue() ? 1 : -1);
            } else if (row instanceof ActionPlanViewModel.Choice c) {
                vm.programmeProperty().set(c.id());
            }
        });
        Observe.whileAlive(list, this::update, vm.choices());
        Observe.whileAlive(list, this::sync, vm.programmeProperty());
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.RIGHT)
                    && list.getSelectionModel().getSelectedItem() instanceof ActionPlanViewModel.Choice) {
                e.consume();
                toTable.run();
            }
        });
        VBox box = new VBox(6, search, list);
        box.setMinWidth(250);
        box.setPrefWidth(250);
        box.setMaxWidth(250);
        return box;
    }

    private void update() {
        List<Object> next = new ArrayList<>();
        for (ActionPlanViewModel.Choice c : vm.choices()) {
            if (c.firstOfDimension()) {
                next.add(new Heading(c.entry().dimension(), c.dimensionLabel()));
            }
            next.add(c);
        }
        if (!rows.equals(next)) {
            choosing = true;
            rows.setAll(next);
            choosing = false;
        }
        sync();
    }

    private void sync() {
        choosing = true;
        String id = vm.programmeProperty().get();
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof ActionPlanViewModel.Choice c && c.id().equals(id)) {
                at = i;
            }
        }
        if (at < 0) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().clearAndSelect(at);
        }
        choosing = false;
    }

    /** Selects the first programme after (or before) {@code from}; stays put at either end. */
    private void step(int from, int dir) {
        for (int i = from + dir; i >= 0 && i < rows.size(); i += dir) {
            if (rows.get(i) instanceof ActionPlanViewModel.Choice c) {
                list.getSelectionModel().clearAndSelect(i);
                list.scrollTo(Math.max(0, i - 1));
                vm.programmeProperty().set(c.id());
                return;
            }
        }
        sync();
    }

    private static final class Cell extends ListCell<Object> {
        Cell() {
            // as wide as the list, never wider: a long name ends in "…" instead of a side scroll bar
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.equals("roadmap-plan-dimension") || c.startsWith("dim-"));
            setGraphic(null);
            setTooltip(null);
            setMouseTransparent(false);
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof Heading h) {
                setText(h.label());
                getStyleClass().addAll("roadmap-plan-dimension", "dim-" + h.dimension().code());
                setMouseTransparent(true);
            } else if (item instanceof ActionPlanViewModel.Choice c) {
                setText(c.text());
                setTooltip(new Tooltip(c.text()));
                if (c.entry().chosen()) {
                    FontIcon star = new FontIcon(Material2MZ.STAR);
                    star.getStyleClass().add("roadmap-star");
                    setGraphic(star);
                }
            }
        }
    }
}

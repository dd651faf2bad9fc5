package id.rembuk.ui.people;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The registration desk in large type, readable on a projector: the day, one big search field
 * that has the cursor when the screen opens, the people it finds, and the counts. Typing
 * searches, the arrows choose, Enter checks in and empties the field for the next person.
 */
public final class AttendanceView {
    private final AttendanceViewModel vm;
    private TextField search;

    public AttendanceView(AttendanceViewModel vm) {
        this.vm = vm;
    }

    public Node root() {
        BorderPane pane = new BorderPane();
        pane.setId("attendanceView");
        pane.getStyleClass().addAll("people-view", "attendance-view");
        pane.getStylesheets().add(ParticipantsView.CSS);
        pane.setTop(top());
        pane.setCenter(desk());
        pane.setRight(counts());
        // the cursor waits in the search as soon as the screen is shown
        search.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                Platform.runLater(search::requestFocus);
            }
        });
        return pane;
    }

    /** Puts the cursor in the search field. */
    public void focusSearch() {
        search.requestFocus();
    }

    private Node top() {
        Label title = new Label(Messages.get("people.attendance.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        // an area's name reads whole; at a projector's size the tools beside it give way or scroll
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox days = new HBox(4);
        days.setId("attendanceDays");
        ToggleGroup group = new ToggleGroup();
        Observe.whileAlive(days, () -> {
            days.getChildren().clear();
            for (AttendanceViewModel.DayChoice d : vm.days()) {
                ToggleButton b = new ToggleButton(d.label());
                b.setId("attendanceDay" + d.day());
                b.setToggleGroup(group);
                b.setSelected(vm.dayProperty().get() == d.day());
                b.setFocusTraversable(false); // the cursor stays in the search
                b.setOnAction(e -> {
                    vm.chooseDay(d.day());
                    b.setSelected(true);
                    search.requestFocus();
                });
                days.getChildren().add(b);
            }
            if (!days.getChildren().isEmpty()) {
                days.getChildren().get(0).getStyleClass().add(Styles.LEFT_PILL);
                days.getChildren().get(days.getChildren().size() - 1).getStyleClass().add(Styles.RIGHT_PILL);
            }
        }, vm.days(), vm.dayProperty());
        Label lateAfter = new Label();
        lateAfter.setId("attendanceLateAfter");
        lateAfter.getStyleClass().add(Styles.TEXT_MUTED);
        lateAfter.setGraphic(new FontIcon(Material2OutlinedAL.ACCESS_TIME));
        lateAfter.textProperty().bind(vm.lateAfterProperty());
        HBox bar = new HBox(14, title, days, new Spacer(), lateAfter);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label notice = hintLabel("attendanceDayNotice", vm.dayNoticeProperty());
        notice.getStyleClass().add("people-day-notice");
        notice.setGraphic(new FontIcon(Material2OutlinedMZ.WARNING));
        VBox top = new VBox(8, bar, notice);
        top.getStyleClass().add("people-top");
        return top;
    }

    private Node desk() {
        CustomTextField field = new CustomTextField();
        search = field;
        field.setId("checkInSearch");
        field.getStyleClass().add("checkin-search");
        field.setLeft(new FontIcon(Material2MZ.SEARCH));
        field.setPromptText(Messages.get("people.checkin.search"));
        field.setAccessibleText(Messages.get("people.checkin.search"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case ENTER -> vm.checkIn();
                case DOWN -> vm.moveSelection(1);
                case UP -> vm.moveSelection(-1);
                case PAGE_DOWN -> vm.moveSelection(10);
                case PAGE_UP -> vm.moveSelection(-10);
                case ESCAPE -> {
                    if (field.getText().isEmpty()) {
                        return;
                    }
                    field.clear();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
        Keys.passUndoToWindow(field);

        Label hint = hintLabel("checkInHint", vm.hintProperty());
        hint.getStyleClass().add("checkin-hint");
        FontIcon hintIcon = new FontIcon(Material2AL.INFO);
        hint.setGraphic(hintIcon);
        // a check-in done shows green; "nobody found" or "already here" stays neutral
        Observe.whileAlive(hint, () -> {
            boolean done = vm.hintProperty().get() != null
                    && vm.hintProperty().get().key().startsWith("people.checkin.done");
            hintIcon.setIconCode(done ? Material2AL.CHECK_CIRCLE : Material2AL.INFO);
            hint.getStyleClass().removeAll("hint-done", "hint-info");
            hint.getStyleClass().add(done ? "hint-done" : "hint-info");
        }, vm.hintProperty());

        ListView<AttendanceViewModel.CheckInRow> list = new ListView<>(vm.rows());
        list.setId("checkInList");
        list.getStyleClass().add("checkin-list");
        list.setFocusTraversable(false); // typing always goes to the search
        list.setAccessibleText(Messages.get("people.attendance.title"));
        list.setPlaceholder(new Label(Messages.get("people.checkin.empty")));
        list.setCellFactory(v -> new CheckInCell());
        followSelection(list);
        list.setOnMouseClicked(e -> {
            AttendanceViewModel.CheckInRow r = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && r != null && !r.present()) {
                vm.checkIn(r.id());
            }
            search.requestFocus();
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label keys = new Label(Messages.get("people.checkin.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox desk = new VBox(10, field, hint, list, keys);
        desk.getStyleClass().add("checkin-desk");
        return desk;
    }

    /** The list shows the view model's selection (the person Enter checks in); a click chooses another. */
    private void followSelection(ListView<AttendanceViewModel.CheckInRow> list) {
        boolean[] syncing = {false};
        Runnable show = () -> {
            String id = vm.selectedIdProperty().get();
            int at = -1;
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(id)) {
                    at = i;
                    break;
                }
            }
            syncing[0] = true;
            try {
                if (at < 0) {
                    list.getSelectionModel().clearSelection();
                } else if (list.getSelectionModel().getSelectedIndex() != at) {
                    list.getSelectionModel().clearAndSelect(at);
                    int index = at;
                    Platform.runLater(() -> list.scrollTo(Math.max(0, index - 2)));
                }
            } finally {
                syncing[0] = false;
            }
        };
        Observe.whileAlive(list, show, vm.selectedIdProperty(), vm.rows());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, r) -> {
            if (!syncing[0] && r != null) {
                vm.selectedIdProperty().set(r.id());
            }
        });
    }

    /** One person: present or not, name, position and office, unsur and group; the time and "batalkan" once present. */
    private final class CheckInCell extends ListCell<AttendanceViewModel.CheckInRow> {
        private final FontIcon status = new FontIcon();
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Label unsur = new Label();
        private final Label group = new Label();
        private final Label time = new Label();
        private final Label late = new Label(Messages.get("people.checkin.late"));
        private final Button undo = new Button(Messages.get("people.checkin.cancel"));
        private final Button checkIn = new Button(Messages.get("people.checkin.button"));
        private final HBox box;

        CheckInCell() {
            status.getStyleClass().add("checkin-status");
            name.getStyleClass().add("checkin-name");
            detail.getStyleClass().add("checkin-detail");
            unsur.getStyleClass().add("unsur-tag");
            group.getStyleClass().add("checkin-group");
            time.getStyleClass().add("checkin-time");
            late.getStyleClass().add("late-tag");
            undo.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "checkin-undo");
            undo.setFocusTraversable(false);
            undo.setTooltip(new Tooltip(Messages.get("people.checkin.cancelTip")));
            checkIn.getStyleClass().addAll(Styles.SMALL, "checkin-button");
            checkIn.setFocusTraversable(false);
            // the name and office give way on a narrow screen; the tags, the time and the buttons keep their size
            for (Region r : new Region[] {unsur, group, time, late, undo, checkIn}) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
            VBox who = new VBox(1, name, detail);
            who.setMinWidth(0);
            HBox.setHgrow(who, Priority.ALWAYS);
            HBox tags = new HBox(6, unsur, group);
            tags.setAlignment(Pos.CENTER_LEFT);
            tags.setMinWidth(HBox.USE_PREF_SIZE);
            box = new HBox(12, status, who, tags, time, late, undo, checkIn);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            getStyleClass().add("checkin-cell");
        }

        @Override
        protected void updateItem(AttendanceViewModel.CheckInRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            boolean present = r.present();
            status.setIconCode(present ? Material2AL.CHECK_CIRCLE : Material2MZ.RADIO_BUTTON_UNCHECKED);
            status.getStyleClass().removeAll("status-present", "status-absent");
            status.getStyleClass().add(present ? "status-present" : "status-absent");
            name.setText(r.participant().name());
            detail.setText(r.detail());
            detail.setVisible(!r.detail().isEmpty());
            detail.setManaged(!r.detail().isEmpty());
            unsur.setText(r.unsur());
            unsur.getStyleClass().removeIf(c -> c.startsWith("unsur-") && !c.equals("unsur-tag"));
            unsur.getStyleClass().add(ParticipantsView.unsurClass(r.participant().unsur()));
            group.setText(r.group());
            group.setVisible(!r.group().isEmpty());
            group.setManaged(!r.group().isEmpty());
            time.setText(r.time());
            show(time, present);
            show(late, r.late());
            show(undo, present);
            show(checkIn, !present);
            undo.setId("cancel-" + r.id());
            undo.setOnAction(e -> {
                vm.cancelCheckIn(r.id());
                search.requestFocus();
            });
            checkIn.setOnAction(e -> {
                vm.checkIn(r.id());
                search.requestFocus();
            });
            setGraphic(box);
            setAccessibleText(present ? Messages.get(r.late() ? "people.checkin.rowLate" : "people.checkin.rowPresent",
                    r.participant().name(), r.time()) : Messages.get("people.checkin.rowAbsent", r.participant().name()));
        }

        private static void show(Node n, boolean visible) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    // ---- counts ----

    private Node counts() {
        HBox big = new HBox(10,
                stat("countPresent", "people.count.present", vm.presentProperty(), "stat-present"),
                stat("countAbsent", "people.count.absent", vm.absentProperty(), "stat-absent"),
                stat("countLate", "people.count.late", vm.lateProperty(), "stat-late"));
        Label of = new Label();
        of.setId("countTotal");
        of.getStyleClass().add(Styles.TEXT_MUTED);
        of.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("people.count.ofTotal",
                vm.presentProperty().get(), vm.totalProperty().get()), vm.presentProperty(), vm.totalProperty()));
        VBox box = new VBox(12, big, of,
                section("people.count.byUnsur", tallies("unsurCounts", "tally-unsur-", vm.byUnsur())),
                section("people.count.byGroup", tallies("groupCounts", "tally-group-", vm.byGroup())));
        box.getStyleClass().add("checkin-counts");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("page-scroll", "checkin-counts-scroll");
        return scroll;
    }

    private static Node stat(String id, String key, ObservableValue<Number> value, String style) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("checkin-stat-number");
        number.textProperty().bind(Bindings.createStringBinding(() -> Integer.toString(value.getValue().intValue()),
                value));
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("checkin-stat-label");
        VBox box = new VBox(0, number, name);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("checkin-stat", style);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Node tallies(String id, String prefix, ObservableList<AttendanceCounts.Tally> tallies) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("tally-grid");
        grid.setHgap(10);
        grid.setVgap(3);
        ColumnConstraints label = new ColumnConstraints();
        label.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, new ColumnConstraints());
        Runnable fill = () -> {
            grid.getChildren().clear();
            int r = 0;
            for (AttendanceCounts.Tally t : tallies) {
                Label name = new Label(t.label());
                name.setWrapText(true);
                Label count = new Label(Messages.get("people.count.tally", t.present(), t.total()));
                count.setId(prefix + (t.key().isEmpty() ? "none" : t.key()));
                count.getStyleClass().add("tally-count");
                if (t.present() == t.total()) {
                    count.getStyleClass().add("tally-full");
                }
                grid.add(name, 0, r);
                grid.add(count, 1, r);
                r++;
            }
        };
        Observe.whileAlive(grid, fill, tallies);
        return grid;
    }

    private static Node section(String key, Node body) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add("checkin-section-title");
        return new VBox(6, title, body);
    }

    private static Label hintLabel(String id, ObservableValue<Hint> hint) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(Bindings.createStringBinding(() -> hint.getValue() == null ? ""
                : hint.getValue().text(), hint));
        l.visibleProperty().bind(Bindings.createBooleanBinding(() -> hint.getValue() != null, hint));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}

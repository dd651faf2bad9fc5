package id.rembuk.ui.overview;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.conflicts.ConflictsFeature;
import id.rembuk.ui.shell.ShellViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The session at a glance: facts, counts, the six dimensions, open conflicts. */
public final class OverviewView {
    private final OverviewViewModel vm;
    private final ShellViewModel shell;

    public OverviewView(OverviewViewModel vm, ShellViewModel shell) {
        this.vm = vm;
        this.shell = shell;
    }

    public Node root() {
        Label title = new Label(Messages.get("ui.overview.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Button edit = new Button(Messages.get("ui.overview.edit"), new FontIcon(Material2OutlinedAL.EDIT));
        edit.setId("overviewEdit");
        edit.setAccessibleText(Messages.get("ui.overview.edit"));
        edit.setOnAction(e -> shell.editSessionInfo());
        HBox head = new HBox(12, title, new Spacer(), edit);
        head.setAlignment(Pos.CENTER_LEFT);

        Message sample = new Message(Messages.get("ui.overview.sampleTitle"), Messages.get("ui.overview.sampleText"),
                new FontIcon(Material2OutlinedMZ.SCHOOL));
        sample.setId("overviewSample");
        sample.getStyleClass().add(Styles.ACCENT);
        sample.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.infoProperty().get() != null && vm.infoProperty().get().sample(), vm.infoProperty()));
        sample.managedProperty().bind(sample.visibleProperty());

        Message missing = new Message(Messages.get("ui.overview.missingTitle"), Messages.get("ui.overview.missingText"),
                new FontIcon(Material2AL.INFO));
        missing.setId("overviewMissing");
        missing.getStyleClass().add(Styles.WARNING);
        missing.visibleProperty().bind(vm.infoProperty().isNull());
        missing.managedProperty().bind(missing.visibleProperty());

        Node facts = facts();
        facts.visibleProperty().bind(vm.infoProperty().isNotNull());
        facts.managedProperty().bind(facts.visibleProperty());

        Node attendance = section("people.overview.attendance", attendanceTable());
        attendance.visibleProperty().bind(Bindings.isNotEmpty(vm.attendance()));
        attendance.managedProperty().bind(attendance.visibleProperty());
        VBox page = new VBox(20, head, sample, missing, facts, section("ui.overview.counts", counts()),
                attendance, section("ui.overview.dimensions", dimensionTable()));
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("overview");
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    private Node facts() {
        GridPane grid = new GridPane();
        grid.setId("overviewFacts");
        grid.getStyleClass().add("facts");
        grid.setHgap(28);
        grid.setVgap(14);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, half);
        grid.add(fact("overviewRegion", Material2OutlinedMZ.PLACE, "ui.overview.region", vm.regionProperty()), 0, 0);
        grid.add(fact("overviewProvince", Material2OutlinedMZ.MAP, "ui.overview.province", vm.provinceProperty()), 1, 0);
        grid.add(fact("overviewStage", Material2OutlinedAL.LAYERS, "ui.overview.stage", vm.stageProperty()), 0, 1);
        grid.add(fact("overviewDates", Material2AL.EVENT, "ui.overview.dates", vm.datesProperty()), 1, 1);
        grid.add(fact("overviewVenue", Material2OutlinedAL.APARTMENT, "ui.overview.venue", vm.venueProperty()), 0, 2);
        grid.add(fact("overviewFacilitators", Material2OutlinedMZ.PERSON, "ui.overview.facilitators",
                vm.facilitatorsProperty()), 0, 3);
        grid.add(fact("overviewExperts", Material2OutlinedMZ.SCHOOL, "ui.overview.experts", vm.expertsProperty()), 1, 3);
        GridPane.setColumnSpan(grid.getChildren().get(4), 2);
        return grid;
    }

    private static Node fact(String id, Ikon icon, String key, ObservableValue<String> value) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("fact-name");
        Label text = new Label();
        text.setId(id);
        text.getStyleClass().add("fact-value");
        text.setWrapText(true);
        text.textProperty().bind(value);
        text.setAccessibleHelp(Messages.get(key));
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("fact-icon");
        HBox box = new HBox(12, i, new VBox(2, name, text));
        box.getStyleClass().add("fact");
        return box;
    }

    private Node counts() {
        FlowPane tiles = new FlowPane(12, 12);
        tiles.setId("overviewCounts");
        Runnable fill = () -> {
            tiles.getChildren().setAll(
                    stat("countParticipants", Material2OutlinedMZ.PEOPLE, vm.participantsProperty().get(),
                            Messages.get("ui.overview.participants"), false),
                    conflictsLink(stat("countConflicts", vm.conflictsProperty().get() > 0 ? Material2OutlinedMZ.WARNING
                                    : Material2OutlinedAL.CHECK_CIRCLE, vm.conflictsProperty().get(),
                            Messages.get("ui.overview.conflicts"), vm.conflictsProperty().get() > 0)));
            vm.kindCounts().stream().filter(c -> c.kind() != id.rembuk.domain.EntityKind.PARTICIPANT)
                    .forEach(c -> tiles.getChildren().add(stat("count-" + c.kind().code(),
                            KindIcons.of(c.kind()), c.count(), c.label(), false)));
        };
        Observe.whileAlive(tiles, fill, vm.kindCounts(), vm.participantsProperty(), vm.conflictsProperty());
        return tiles;
    }

    /** Open conflicts are a way into the conflicts area: the tile opens it as its sidebar row does. */
    private Node conflictsLink(Node tile) {
        if (vm.conflictsProperty().get() == 0) {
            return tile;
        }
        Button open = new Button(null, tile);
        open.setId("overviewOpenConflicts");
        open.getStyleClass().addAll(Styles.FLAT, "stat-link");
        open.setPadding(javafx.geometry.Insets.EMPTY);
        open.setTooltip(new javafx.scene.control.Tooltip(Messages.get("conflicts.overview.open")));
        open.setAccessibleText(Messages.get("conflicts.overview.open"));
        open.setOnAction(e -> {
            // the sidebar row's id is "nav-" + the area's id (see NavArea)
            Node row = open.getScene() == null ? null
                    : open.getScene().lookup("#nav-" + ConflictsFeature.AREA);
            if (row instanceof javafx.scene.control.ButtonBase b) {
                b.fire();
            }
        });
        return open;
    }

    private static Node stat(String id, Ikon icon, long count, String label, boolean warn) {
        Label number = new Label(Long.toString(count));
        number.setId(id);
        number.getStyleClass().add("stat-number");
        Label name = new Label(label);
        name.getStyleClass().add("stat-label");
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("stat-icon");
        HBox box = new HBox(12, i, new VBox(0, number, name));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("stat");
        if (warn) {
            box.getStyleClass().add("stat-warning");
        }
        box.setAccessibleText(label + ": " + count);
        return box;
    }

    private Node dimensionTable() {
        GridPane table = new GridPane();
        table.setId("dimensionTable");
        table.getStyleClass().add("simple-table");
        ColumnConstraints label = new ColumnConstraints();
        label.setPercentWidth(22);
        ColumnConstraints description = new ColumnConstraints();
        description.setPercentWidth(26);
        ColumnConstraints total = new ColumnConstraints();
        total.setPercentWidth(14);
        ColumnConstraints detail = new ColumnConstraints();
        detail.setHgrow(Priority.ALWAYS);
        detail.setPercentWidth(38);
        table.getColumnConstraints().setAll(label, description, total, detail);
        Runnable fill = () -> {
            table.getChildren().clear();
            String[] heads = {"ui.overview.col.dimension", "ui.overview.col.description", "ui.overview.col.total",
                "ui.overview.col.detail"};
            for (int c = 0; c < heads.length; c++) {
                table.add(cell(Messages.get(heads[c]), "table-head", c == 2), c, 0);
            }
            int r = 1;
            for (OverviewViewModel.DimensionRow row : vm.dimensions()) {
                String style = r % 2 == 0 ? "table-cell-even" : "table-cell-odd";
                Label name = cell(row.label(), style, false);
                name.setId("dim-" + row.dimension().code());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                table.add(name, 0, r);
                table.add(cell(row.description(), style, false), 1, r);
                Label count = cell(Long.toString(row.total()), style, true);
                count.setId("dimTotal-" + row.dimension().code());
                table.add(count, 2, r);
                table.add(cell(row.detail().isEmpty() ? "—" : row.detail(), style, false), 3, r);
                r++;
            }
        };
        Observe.whileAlive(table, fill, vm.dimensions());
        return table;
    }

    /** Per day: present of registered, late arrivals, and the same per unsur and per group. */
    private Node attendanceTable() {
        GridPane table = new GridPane();
        table.setId("attendanceTable");
        table.getStyleClass().add("simple-table");
        double[] widths = {20, 10, 10, 30, 30};
        for (double w : widths) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(w);
            table.getColumnConstraints().add(c);
        }
        Runnable fill = () -> {
            table.getChildren().clear();
            String[] heads = {"people.overview.col.day", "people.overview.col.present", "people.overview.col.late",
                "people.overview.col.byUnsur", "people.overview.col.byGroup"};
            for (int c = 0; c < heads.length; c++) {
                table.add(cell(Messages.get(heads[c]), "table-head", c == 1 || c == 2), c, 0);
            }
            int r = 1;
            for (OverviewViewModel.AttendanceRow row : vm.attendance()) {
                String style = r % 2 == 0 ? "table-cell-even" : "table-cell-odd";
                Label day = cell(row.label(), style, false);
                day.getStyleClass().add(Styles.TEXT_BOLD);
                table.add(day, 0, r);
                Label present = cell(Messages.get("people.count.tally", row.present(), row.total()), style, true);
                present.setId("attendancePresent-" + row.day());
                table.add(present, 1, r);
                Label late = cell(Integer.toString(row.late()), style, true);
                late.setId("attendanceLate-" + row.day());
                table.add(late, 2, r);
                table.add(cell(row.byUnsur(), style, false), 3, r);
                table.add(cell(row.byGroup(), style, false), 4, r);
                r++;
            }
        };
        Observe.whileAlive(table, fill, vm.attendance());
        return table;
    }

    private static Label cell(String text, String style, boolean number) {
        Label l = new Label(text);
        l.getStyleClass().addAll("table-cell-label", style);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setWrapText(true);
        if (number) {
            l.setAlignment(Pos.CENTER_RIGHT);
        }
        return l;
    }

    private static Node section(String key, Node body) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add(Styles.TITLE_4);
        return new VBox(10, title, body);
    }
}

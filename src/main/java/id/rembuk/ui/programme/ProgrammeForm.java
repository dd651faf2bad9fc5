package id.rembuk.ui.programme;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.conflicts.ProvenanceLine;
import id.rembuk.ui.programme.ProgrammeRow.StrategyLink;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The long fields of one programme beside the table: the strategies it carries out (ticked from
 * its dimension's TOWS strategies, their words in full), its activities and its partners, a line
 * each. Ctrl+Enter writes the three as one action, Esc closes without writing.
 */
final class ProgrammeForm {
    private final ProgrammeViewModel vm;
    private final Runnable closed;
    private final VBox root = new VBox(10);
    private final Label title = new Label();
    /** Which group's laptop created the programme and which changed it last. */
    private final Label origin = ProvenanceLine.label();
    private final VBox strategies = new VBox(4);
    private final Label noStrategies = new Label(Messages.get("programme.form.noStrategies"));
    private final TextArea activities = new TextArea();
    private final TextArea supporting = new TextArea();
    private final List<CheckBox> ticks = new ArrayList<>();
    private String programmeId;

    /** @param closed gives the keyboard back to the table */
    ProgrammeForm(ProgrammeViewModel vm, Runnable closed) {
        this.vm = vm;
        this.closed = closed;
        root.setId("programmeForm");
        root.getStyleClass().add("programme-form");
        root.setPrefWidth(360);
        root.setMaxWidth(360);
        root.setMinWidth(300);
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        noStrategies.setWrapText(true);
        noStrategies.getStyleClass().add(Styles.TEXT_MUTED);
        ScrollPane strategyScroll = new ScrollPane(new VBox(4, noStrategies, strategies));
        strategyScroll.setFitToWidth(true);
        strategyScroll.setPrefViewportHeight(180);
        strategyScroll.getStyleClass().add("programme-form-strategies");
        activities.setId("programmeFormActivities");
        activities.setWrapText(true);
        activities.setPrefRowCount(5);
        activities.setPromptText(Messages.get("programme.form.linesHint"));
        supporting.setId("programmeFormSupporting");
        supporting.setWrapText(true);
        supporting.setPrefRowCount(4);
        supporting.setPromptText(Messages.get("programme.form.linesHint"));
        VBox.setVgrow(activities, Priority.ALWAYS);

        Button save = new Button(Messages.get("programme.form.save"), new FontIcon(Material2AL.CHECK));
        save.setId("programmeFormSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        Button cancel = new Button(Messages.get("programme.form.cancel"));
        cancel.setId("programmeFormCancel");
        cancel.setOnAction(e -> close());
        HBox buttons = new HBox(8, save, cancel);
        origin.setId("programmeFormOrigin");
        root.getChildren().addAll(title, origin, heading("programme.col.strategies"), strategyScroll,
                heading("programme.col.activities"), activities, heading("programme.col.supporting"), supporting,
                buttons);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        root.setVisible(false);
        root.setManaged(false);
    }

    private static Node heading(String key) {
        Label l = new Label(Messages.get(key).replace("\n", " "));
        l.getStyleClass().add("programme-form-heading");
        return l;
    }

    Node root() {
        return root;
    }

    boolean isOpen() {
        return root.isVisible();
    }

    /** Shows a programme's long fields, the keyboard at the one asked for. */
    void open(ProgrammeRow row, ProgrammeColumn at) {
        programmeId = row.id();
        title.setText(Messages.get("programme.form.title", row.ref(), row.programme().name()));
        origin.setText(vm.provenance(programmeId));
        ticks.clear();
        strategies.getChildren().clear();
        List<String> linked = row.programme().strategies();
        for (StrategyLink s : vm.strategyChoices(row.dimension())) {
            CheckBox box = new CheckBox(s.ref() + "  " + s.text());
            box.setId("programmeFormStrategy-" + s.ref());
            box.setUserData(s.id());
            box.setWrapText(true);
            box.setSelected(linked.contains(s.id()));
            box.setMaxWidth(Double.MAX_VALUE);
            ticks.add(box);
            strategies.getChildren().add(box);
        }
        noStrategies.setVisible(ticks.isEmpty());
        noStrategies.setManaged(ticks.isEmpty());
        activities.setText(row.typed(ProgrammeColumn.ACTIVITIES));
        supporting.setText(row.typed(ProgrammeColumn.SUPPORTING));
        root.setVisible(true);
        root.setManaged(true);
        Node focus = at == ProgrammeColumn.ACTIVITIES ? activities : at == ProgrammeColumn.SUPPORTING ? supporting
                : ticks.isEmpty() ? activities : ticks.get(0);
        focus.requestFocus();
    }

    /** Writes the three fields; the strategies keep the order they were linked in, new ones after. */
    void save() {
        if (programmeId == null) {
            return;
        }
        List<String> before = vm.row(programmeId).map(r -> r.programme().strategies()).orElse(List.of());
        List<String> ticked = ticks.stream().filter(CheckBox::isSelected).map(b -> (String) b.getUserData()).toList();
        List<String> ids = new ArrayList<>(before.stream().filter(id -> ticked.contains(id)
                || ticks.stream().noneMatch(b -> id.equals(b.getUserData()))).toList());
        ticked.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        if (vm.editLong(programmeId, ids, activities.getText(), supporting.getText())) {
            close();
        }
    }

    void close() {
        programmeId = null;
        root.setVisible(false);
        root.setManaged(false);
        closed.run();
    }
}

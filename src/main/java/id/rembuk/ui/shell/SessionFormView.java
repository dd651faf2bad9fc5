package id.rembuk.ui.shell;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import id.rembuk.domain.Stage;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The session form as three short steps, one page each, with what to fix shown above the buttons. */
final class SessionFormView {
    private static final List<String> STEP_KEYS = List.of("ui.form.step.region", "ui.form.step.schedule",
            "ui.form.step.team");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SessionFormViewModel vm;
    private final ShellViewModel shell;
    private final DatePicker firstDay = datePicker("formFirstDay");
    private final DatePicker lastDay = datePicker("formLastDay");

    SessionFormView(SessionFormViewModel vm, ShellViewModel shell) {
        this.vm = vm;
        this.shell = shell;
    }

    Node root() {
        Label title = new Label(Messages.get(vm.editing() ? "ui.form.editTitle" : "ui.form.newTitle"));
        title.getStyleClass().add(Styles.TITLE_2);
        HBox steps = new HBox(8);
        steps.getStyleClass().add("form-steps");
        for (int i = 0; i < STEP_KEYS.size(); i++) {
            steps.getChildren().add(stepMarker(i));
        }

        List<Node> pages = List.of(regionPage(), schedulePage(), teamPage());
        StackPane page = new StackPane();
        page.getStyleClass().add("form-page");
        // the form's view model outlives this view (a language switch rebuilds it): listen weakly
        Observe.whileAlive(page, () -> page.getChildren().setAll(pages.get(vm.stepProperty().get())),
                vm.stepProperty());

        VBox errors = new VBox(4);
        errors.setId("formErrors");
        errors.getStyleClass().add("form-errors");
        Runnable showErrors = () -> {
            errors.getChildren().setAll(vm.errors().stream().map(SessionFormView::errorLine).toList());
            errors.setVisible(!vm.errors().isEmpty());
            errors.setManaged(!vm.errors().isEmpty());
        };
        Observe.whileAlive(errors, showErrors, vm.errors());

        Button cancel = button("formCancel", "ui.form.cancel", shell::cancelForm);
        cancel.setCancelButton(true);
        Button back = button("formBack", "ui.form.back", vm::back);
        back.setGraphic(new FontIcon(Material2AL.ARROW_BACK));
        back.disableProperty().bind(vm.stepProperty().isEqualTo(0));
        Button next = button("formNext", "ui.form.next", () -> {
            commitDates();
            vm.next();
        });
        next.setGraphic(new FontIcon(Material2AL.ARROW_FORWARD));
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        Button finish = button("formFinish", vm.editing() ? "ui.form.save" : "ui.form.create", () -> {
            commitDates();
            shell.submitForm();
        });
        finish.getStyleClass().add(Styles.ACCENT);
        finish.setGraphic(new FontIcon(Material2AL.CHECK));
        next.visibleProperty().bind(vm.lastStep().not());
        next.managedProperty().bind(next.visibleProperty());
        next.defaultButtonProperty().bind(next.visibleProperty());
        finish.visibleProperty().bind(vm.lastStep().or(javafx.beans.binding.Bindings.createBooleanBinding(
                vm::editing)));
        finish.managedProperty().bind(finish.visibleProperty());
        finish.defaultButtonProperty().bind(vm.lastStep());
        HBox buttons = new HBox(10, cancel, new Spacer(), back, next, finish);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(18, title, steps, page, errors, buttons);
        card.getStyleClass().add("form-card");
        card.setMaxWidth(760);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane outer = new StackPane(card);
        outer.setAlignment(Pos.TOP_CENTER);
        outer.setId("sessionForm");
        outer.getStyleClass().add("form-outer");
        return outer;
    }

    private Node stepMarker(int index) {
        Label number = new Label(Integer.toString(index + 1));
        number.getStyleClass().add("step-number");
        Label name = new Label(Messages.get(STEP_KEYS.get(index)));
        HBox marker = new HBox(8, number, name);
        marker.setAlignment(Pos.CENTER_LEFT);
        marker.getStyleClass().add("step");
        Runnable mark = () -> {
            int s = vm.stepProperty().get();
            marker.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), s == index);
            marker.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("done"), s > index);
        };
        Observe.whileAlive(marker, mark, vm.stepProperty());
        HBox box = new HBox(8, marker);
        if (index < STEP_KEYS.size() - 1) {
            Label line = new Label("›");
            line.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(line);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node regionPage() {
        TextField region = text("formRegion", vm.regionProperty(), "ui.form.regionPrompt");
        TextField province = text("formProvince", vm.provinceProperty(), "ui.form.provincePrompt");
        ComboBox<Stage> stage = new ComboBox<>();
        stage.getItems().setAll(Stage.values());
        stage.setId("formStage");
        stage.valueProperty().bindBidirectional(vm.stageProperty());
        stage.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stage s) {
                return s == null ? "" : Messages.get("ui.stage", s.name()) + " — " + Messages.get("ui.form.stageHint." + s.name());
            }

            @Override
            public Stage fromString(String s) {
                return null;
            }
        });
        stage.setMaxWidth(Double.MAX_VALUE);
        return grid(row("ui.form.region", region, true), row("ui.form.province", province, false),
                row("ui.form.stage", stage, true));
    }

    private Node schedulePage() {
        firstDay.valueProperty().bindBidirectional(vm.firstDayProperty());
        lastDay.valueProperty().bindBidirectional(vm.lastDayProperty());
        TextField venue = text("formVenue", vm.venueProperty(), "ui.form.venuePrompt");
        return grid(row("ui.form.firstDay", firstDay, true), row("ui.form.lastDay", lastDay, true),
                row("ui.form.venue", venue, false));
    }

    private Node teamPage() {
        TextArea facilitators = area("formFacilitators", vm.facilitatorsProperty(), "ui.form.namesPrompt");
        TextArea experts = area("formExperts", vm.expertsProperty(), "ui.form.namesPrompt");
        Label hint = new Label(Messages.get("ui.form.namesHint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(12, grid(row("ui.form.facilitators", facilitators, false),
                row("ui.form.experts", experts, false)), hint);
        return box;
    }

    private record Row(Label label, Node field) {
    }

    private static Row row(String key, Node field, boolean required) {
        Label label = new Label(Messages.get(key) + (required ? " *" : ""));
        label.setLabelFor(field);
        label.getStyleClass().add("form-label");
        if (field instanceof javafx.scene.control.Control c) {
            c.setAccessibleText(Messages.get(key));
        }
        return new Row(label, field);
    }

    private static GridPane grid(Row... rows) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        for (int i = 0; i < rows.length; i++) {
            grid.add(rows[i].label(), 0, i);
            grid.add(rows[i].field(), 1, i);
            GridPane.setValignment(rows[i].label(), javafx.geometry.VPos.TOP);
        }
        return grid;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, String promptKey) {
        TextField f = new TextField();
        bind(f, id, value, promptKey);
        return f;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value, String promptKey) {
        TextArea a = new TextArea();
        a.setPrefRowCount(4);
        a.setWrapText(true);
        bind(a, id, value, promptKey);
        return a;
    }

    private static void bind(TextInputControl c, String id, javafx.beans.property.StringProperty value,
                             String promptKey) {
        c.setId(id);
        c.textProperty().bindBidirectional(value);
        c.setPromptText(Messages.get(promptKey));
    }

    private static DatePicker datePicker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPromptText(Messages.get("ui.form.datePrompt"));
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DATE.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return s == null || s.isBlank() ? null : LocalDate.parse(s.strip(), DATE);
            }
        });
        p.setMaxWidth(Double.MAX_VALUE);
        return p;
    }

    /** A typed date counts even when the user did not press Enter in the field. */
    private void commitDates() {
        for (DatePicker p : List.of(firstDay, lastDay)) {
            if (p.getScene() == null || p.getSkin() == null) {
                continue; // never shown: its editor holds no typing, only what the skin has not filled in yet
            }
            String typed = p.getEditor().getText();
            try {
                LocalDate d = p.getConverter().fromString(typed);
                if (d == null ? p.getValue() != null : !d.equals(p.getValue())) {
                    p.setValue(d);
                }
            } catch (DateTimeParseException e) {
                p.setValue(null);
            }
        }
    }

    private static Label errorLine(String text) {
        Label l = new Label(text, new FontIcon(Material2AL.ERROR_OUTLINE));
        l.setWrapText(true);
        l.getStyleClass().add("form-error");
        return l;
    }

    private static Button button(String id, String key, Runnable run) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> run.run());
        return b;
    }
}

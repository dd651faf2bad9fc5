package id.rembuk.ui.people;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import id.rembuk.domain.Participant;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.conflicts.ProvenanceLine;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The side form of the participant list: one person's fields, each with its rule's message
 * beneath. Enter saves (from any field), Esc cancels; after a save the cursor is back in the name
 * for the next person, after a refusal in the first field that needs fixing.
 */
final class PersonForm {
    private final ParticipantsViewModel vm;
    private TextField nameField;

    PersonForm(ParticipantsViewModel vm) {
        this.vm = vm;
    }

    /** Puts the cursor in the name, e.g. after Insert. */
    void focusName() {
        nameField.requestFocus();
        nameField.end();
    }

    Node root() {
        Label title = new Label();
        title.setId("personFormTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(vm.editingProperty().get() == null
                ? "people.form.newTitle" : "people.form.editTitle"), vm.editingProperty()));

        nameField = field("personName", "people.col.name", vm.nameProperty());
        TextField nip = field("personNip", "people.col.nip", vm.nipProperty());
        nip.setPromptText(Messages.get("people.form.nipPrompt"));
        TextField jabatan = field("personJabatan", "people.col.jabatan", vm.jabatanProperty());
        TextField institution = field("personInstitution", "people.col.institution", vm.institutionProperty());
        TextField phone = field("personPhone", "people.col.phone", vm.phoneProperty());
        TextField email = field("personEmail", "people.form.email", vm.emailProperty());

        ComboBox<Participant.Unsur> unsur = new ComboBox<>();
        unsur.setId("personUnsur");
        unsur.getItems().setAll(Participant.Unsur.values());
        unsur.setConverter(new StringConverter<>() {
            @Override
            public String toString(Participant.Unsur u) {
                return u == null ? "" : PeopleText.unsur(u);
            }

            @Override
            public Participant.Unsur fromString(String s) {
                return null;
            }
        });
        unsur.valueProperty().bindBidirectional(vm.unsurProperty());
        unsur.setMaxWidth(Double.MAX_VALUE);
        unsur.setAccessibleText(Messages.get("people.col.unsur"));

        ComboBox<ParticipantsViewModel.GroupChoice> group = new ComboBox<>(vm.groupChoices());
        group.setId("personGroup");
        group.setMaxWidth(Double.MAX_VALUE);
        group.setAccessibleText(Messages.get("people.col.group"));
        // the view model holds the group's id; the box shows the choice with that id
        Observe.whileAlive(group, () -> group.getItems().stream()
                .filter(c -> c.id().equals(vm.groupProperty().get())).findFirst()
                .ifPresentOrElse(c -> {
                    if (group.getValue() != c) {
                        group.setValue(c);
                    }
                }, () -> group.setValue(null)), vm.groupProperty(), vm.groupChoices());
        group.valueProperty().addListener((o, old, c) -> {
            if (c != null) {
                vm.groupProperty().set(c.id());
            }
        });

        Button save = new Button(Messages.get("people.form.save"), new FontIcon(Material2AL.CHECK));
        save.setId("personSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setTooltip(new Tooltip(Messages.get("people.form.save") + " (Enter)"));
        save.setOnAction(e -> save());
        Button cancel = new Button(Messages.get("people.form.cancel"));
        cancel.setId("personCancel");
        cancel.setTooltip(new Tooltip(Messages.get("people.form.cancel") + " (Esc)"));
        cancel.setOnAction(e -> vm.cancel());
        Button delete = new Button(Messages.get("people.form.delete"), new FontIcon(Material2OutlinedAL.DELETE));
        delete.setId("personDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setTooltip(new Tooltip(Messages.get("people.form.delete") + " (Delete)"));
        delete.setOnAction(e -> {
            if (vm.editingProperty().get() != null) {
                vm.delete(vm.editingProperty().get().id());
            }
        });
        delete.visibleProperty().bind(vm.editingProperty().isNotNull());
        delete.managedProperty().bind(delete.visibleProperty());
        HBox buttons = new HBox(8, save, cancel, new Spacer(), delete);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label formHint = new Label();
        formHint.setId("personFormHint");
        formHint.setWrapText(true);
        formHint.getStyleClass().add("people-field-error");
        formHint.textProperty().bind(Bindings.createStringBinding(() -> vm.formHintProperty().get() == null ? ""
                : vm.formHintProperty().get().text(), vm.formHintProperty()));
        formHint.visibleProperty().bind(vm.formHintProperty().isNotNull());
        formHint.managedProperty().bind(formHint.visibleProperty());

        Label privacy = new Label(Messages.get("people.form.privacy"), new FontIcon(Material2OutlinedAL.LOCK));
        privacy.setWrapText(true);
        privacy.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        // which group's laptop registered the person being edited, and which changed the record last
        Label origin = ProvenanceLine.of(() -> vm.editingProperty().get() == null ? ""
                : vm.provenance(vm.editingProperty().get().id()), vm.editingProperty());
        origin.setId("personOrigin");

        VBox form = new VBox(6, title, origin, formHint,
                row("people.col.name", nameField, Participant.F_NAME),
                row("people.col.nip", nip, Participant.F_NIP),
                row("people.col.jabatan", jabatan, Participant.F_JABATAN),
                row("people.col.institution", institution, Participant.F_INSTITUTION),
                row("people.col.unsur", unsur, null),
                row("people.col.group", group, null),
                row("people.col.phone", phone, Participant.F_PHONE),
                row("people.form.email", email, Participant.F_EMAIL),
                buttons, privacy);
        form.setId("personForm");
        form.getStyleClass().add("person-form");
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean popup = unsur.isShowing() || group.isShowing();
            if (e.getCode() == KeyCode.ESCAPE && !popup) {
                vm.cancel();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && Keys.plain(e) && !popup
                    && !(e.getTarget() instanceof Button)) {
                save();
                e.consume();
            }
        });
        Keys.passUndoToWindow(nameField, nip, jabatan, institution, phone, email);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("page-scroll", "person-form-scroll");
        return scroll;
    }

    private void save() {
        if (vm.save()) {
            nameField.requestFocus();
        } else {
            // the cursor goes to the first field that needs fixing
            for (String f : ParticipantsViewModel.FIELDS) {
                if (vm.errorProperty(f).get() != null) {
                    Node n = nameField.getScene() == null ? null : nameField.getScene().lookup("#" + fieldId(f));
                    if (n != null) {
                        n.requestFocus();
                    }
                    return;
                }
            }
        }
    }

    private static String fieldId(String field) {
        return switch (field) {
            case Participant.F_NAME -> "personName";
            case Participant.F_NIP -> "personNip";
            case Participant.F_JABATAN -> "personJabatan";
            case Participant.F_INSTITUTION -> "personInstitution";
            case Participant.F_PHONE -> "personPhone";
            default -> "personEmail";
        };
    }

    private static TextField field(String id, String key, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(Messages.get(key));
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private Node row(String key, Node control, String field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(control);
        label.getStyleClass().add("person-form-label");
        VBox box = new VBox(2, label, control);
        if (field != null) {
            Label error = new Label();
            error.setId(fieldId(field) + "Error");
            error.setWrapText(true);
            error.getStyleClass().add("people-field-error");
            ObservableValue<Hint> hint = vm.errorProperty(field);
            error.textProperty().bind(Bindings.createStringBinding(() -> hint.getValue() == null ? ""
                    : hint.getValue().text(), hint));
            error.visibleProperty().bind(Bindings.createBooleanBinding(() -> hint.getValue() != null, hint));
            error.managedProperty().bind(error.visibleProperty());
            Observe.whileAlive(control, () -> control.pseudoClassStateChanged(Styles.STATE_DANGER,
                    hint.getValue() != null), hint);
            box.getChildren().add(error);
        }
        return box;
    }
}

package id.rembuk.ui.groups;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.groups.GroupsViewModel.Card;
import id.rembuk.ui.groups.GroupsViewModel.Member;
import java.util.function.BiPredicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * One group's card: its colour, name, size, balance hint, leader and note-taker, and its members.
 * Built once per group and updated in place, so a field being typed in or a selected person
 * survives every change of the session.
 */
final class GroupCard {
    private static final PseudoClass UNEVEN = PseudoClass.getPseudoClass("uneven");

    private final String groupId;
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label size = new Label();
    private final Label hint = new Label();
    private final CustomTextField leader = new CustomTextField();
    private final CustomTextField noteTaker = new CustomTextField();
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ListView<Member> list = new ListView<>(members);
    private Card card;

    /**
     * @param commitRole writes a role: (isLeader, text) for this group; false when nothing changed
     */
    GroupCard(GroupsViewModel vm, Card first, BiPredicate<Boolean, String> commitRole) {
        this.groupId = first.groupId();
        root.setId("group-" + groupId);
        root.getStyleClass().addAll("group-card", first.style());
        root.setMinWidth(0);

        title.setId("groupTitle-" + groupId);
        title.getStyleClass().add("group-title");
        title.setMinWidth(0);
        // six cards side by side at a projector's size: the names take a second line, not "..."
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        subtitle.getStyleClass().addAll("group-subtitle", Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Label.USE_PREF_SIZE);
        size.setId("groupSize-" + groupId);
        size.getStyleClass().add("group-size");
        size.setMinWidth(Label.USE_PREF_SIZE);
        size.setGraphic(new FontIcon(Material2OutlinedMZ.PERSON_OUTLINE));
        Label chip = new Label();
        chip.getStyleClass().add("group-chip");
        VBox names = new VBox(0, title, subtitle);
        names.setMinWidth(0);
        HBox head = new HBox(8, chip, names, new Spacer(), size);
        head.setAlignment(Pos.CENTER_LEFT);

        hint.setId("groupHint-" + groupId);
        hint.getStyleClass().add("group-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);

        role(vm, leader, "groupLeader-" + groupId, "groups.field.leader", "groups.field.leaderTooltip", true,
                commitRole);
        role(vm, noteTaker, "groupNoteTaker-" + groupId, "groups.field.noteTaker", "groups.field.noteTakerTooltip",
                false, commitRole);
        leader.setLeft(new FontIcon(Material2OutlinedMZ.STAR_OUTLINE));
        noteTaker.setLeft(new FontIcon(Material2OutlinedAL.EDIT));
        HBox roles = new HBox(6, leader, noteTaker);
        HBox.setHgrow(leader, Priority.ALWAYS);
        HBox.setHgrow(noteTaker, Priority.ALWAYS);

        list.setId("groupList-" + groupId);
        list.getStyleClass().addAll("member-list", Styles.DENSE);
        list.setCellFactory(v -> new MemberCell());
        list.setMinHeight(90);
        list.setPrefHeight(200);
        Label empty = new Label(Messages.get("groups.card.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        root.getChildren().setAll(head, hint, roles, list);
        update(first);
    }

    private void role(GroupsViewModel vm, TextField field, String id, String key, String tooltipKey, boolean isLeader,
                      BiPredicate<Boolean, String> commit) {
        field.setId(id);
        field.setPromptText(Messages.get(key));
        field.setAccessibleText(Messages.get(key));
        field.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        field.setMinWidth(60);
        field.setPrefWidth(100);
        field.getStyleClass().add(Styles.SMALL);
        TextFields.bindAutoCompletion(field, r -> vm.memberNames(groupId, r.getUserText()));
        field.setOnAction(e -> commit.test(isLeader, field.getText()));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.test(isLeader, field.getText());
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && card != null) {
                field.setText(isLeader ? card.leader() : card.noteTaker());
                list.requestFocus();
                e.consume();
            }
        });
    }

    void update(Card c) {
        card = c;
        title.setText(c.title());
        subtitle.setText(c.subtitle());
        size.setText(Integer.toString(c.members().size()));
        size.setAccessibleText(Messages.get("groups.card.size", c.members().size()));
        size.setTooltip(new Tooltip(size.getAccessibleText()));
        String text = c.hints().isEmpty() ? Messages.get("groups.hint.spread") : String.join(" · ", c.hints());
        hint.setText(text);
        hint.setTooltip(new Tooltip(text));
        root.pseudoClassStateChanged(UNEVEN, c.uneven());
        if (!leader.isFocused()) {
            leader.setText(c.leader());
        }
        if (!noteTaker.isFocused()) {
            noteTaker.setText(c.noteTaker());
        }
        if (!members.equals(c.members())) {
            Member selected = list.getSelectionModel().getSelectedItem();
            members.setAll(c.members());
            if (selected != null) {
                select(selected.id());
            }
        }
        root.setAccessibleText(c.title() + ", " + size.getAccessibleText());
    }

    /** Selects the person if listed here; true if so. */
    boolean select(String participantId) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).id().equals(participantId)) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                return true;
            }
        }
        return false;
    }

    String groupId() {
        return groupId;
    }

    VBox root() {
        return root;
    }

    ListView<Member> list() {
        return list;
    }

    TextField leaderField() {
        return leader;
    }

    TextField noteTakerField() {
        return noteTaker;
    }
}

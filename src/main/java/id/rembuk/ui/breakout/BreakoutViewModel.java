package id.rembuk.ui.breakout;

import id.rembuk.agenda.RunOfShow;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.BlockRun;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Group;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Participant;
import id.rembuk.domain.People;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One group's workstation: its dimension, its people, and the FGD blocks it works in today with
 * what each must produce. The block on the room's clock comes from the run-of-show; a group
 * laptop with its own copy of the session shows the plan until the files are merged.
 */
public final class BreakoutViewModel {
    /** A block the group works in. */
    public record Task(AgendaItem block, BlockRun.Status status, boolean current, String time) {
    }

    private final ObservableValue<SessionState> state;
    private final ObservableValue<String> runningBlock;
    private final ObjectProperty<String> groupId = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty leader = new SimpleStringProperty("");
    private final StringProperty noteTaker = new SimpleStringProperty("");
    private final ObservableList<String> members = FXCollections.observableArrayList();
    private final ObservableList<Task> tasks = FXCollections.observableArrayList();
    private final ObjectProperty<Task> focus = new SimpleObjectProperty<>();
    private final ObjectProperty<String> notesBlockId = new SimpleObjectProperty<>();
    private final IntegerProperty day = new SimpleIntegerProperty(1);

    /**
     * @param runningBlock the agenda item on the room's clock, null when none
     */
    public BreakoutViewModel(ObservableValue<SessionState> state, ObservableValue<String> runningBlock) {
        this.state = state;
        this.runningBlock = runningBlock;
        state.addListener((o, old, s) -> refresh());
        runningBlock.addListener((o, old, b) -> refresh());
        groupId.addListener((o, old, g) -> refresh());
    }

    public void show(String group) {
        groupId.set(group);
    }

    private void refresh() {
        SessionState s = state.getValue();
        String g = groupId.get();
        if (s == null || g == null) {
            title.set("");
            members.clear();
            tasks.clear();
            focus.set(null);
            notesBlockId.set(null);
            return;
        }
        title.set(groupTitle(s, g));
        Group group = Records.read(s, EntityKind.GROUP, Group::from).records().stream()
                .filter(x -> x.id().equals(g)).findFirst().orElse(null);
        leader.set(group == null ? "" : group.leader());
        noteTaker.set(group == null ? "" : group.noteTaker());
        Collator collator = Collator.getInstance(Messages.INDONESIAN);
        members.setAll(People.participants(s).stream()
                .filter(p -> g.equals(p.group())).map(Participant::name).sorted(collator).toList());

        String running = runningBlock.getValue();
        int active = RunOfShow.activeDay(s);
        // the room's day if the group works in it, else the next day it does (day 1 is often talks only)
        List<Integer> days = RunOfShow.days(s).stream().sorted(Comparator.comparingInt(d -> d < active ? 1 : 0))
                .toList();
        List<Task> found = List.of();
        for (int d : days) {
            found = tasksOf(RunOfShow.of(s, d), g, running);
            if (!found.isEmpty()) {
                day.set(d);
                break;
            }
        }
        List<Task> list = found;
        if (!list.equals(tasks)) {
            tasks.setAll(list);
        }
        // the task on the clock, else the next one still to come, else the last one
        Optional<Task> f = list.stream().filter(Task::current).findFirst()
                .or(() -> list.stream().filter(t -> t.status() == BlockRun.Status.PLANNED).findFirst())
                .or(() -> list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1)));
        focus.set(f.orElse(null));
        String notes = f.map(t -> t.block().id()).orElse(null);
        if (!Objects.equals(notes, notesBlockId.get())) {
            notesBlockId.set(notes);
        }
    }

    private static List<Task> tasksOf(RunOfShow show, String g, String running) {
        return show.blocks().stream()
                .filter(b -> b.type() == AgendaItem.Kind.FGD && (b.groups().isEmpty() || b.groups().contains(g)))
                .map(b -> new Task(b, show.run(b.id()).status(), b.id().equals(running),
                        IndonesianFormat.timeRange(b.start(), b.end())))
                .toList();
    }

    static String groupTitle(SessionState s, String groupId) {
        Optional<Dimension> d = Dimension.ofCode(groupId);
        if (d.isPresent()) {
            return Labels.of(s).dimension(d.get(), Messages.locale());
        }
        return java.util.Arrays.stream(Element.values()).filter(e -> Group.idFor(e).equals(groupId)).findFirst()
                .map(e -> Messages.get(e.messageKey())).orElse(groupId);
    }

    /** The day whose tasks are listed. */
    public ReadOnlyIntegerProperty dayProperty() {
        return day;
    }

    public ReadOnlyObjectProperty<String> groupIdProperty() {
        return groupId;
    }

    /** "Smart Economy", or the name the session gave the dimension. */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty leaderProperty() {
        return leader;
    }

    public ReadOnlyStringProperty noteTakerProperty() {
        return noteTaker;
    }

    public ObservableList<String> members() {
        return members;
    }

    public ObservableList<Task> tasks() {
        return tasks;
    }

    /** The task to show large: on the clock, or the next. */
    public ReadOnlyObjectProperty<Task> focusProperty() {
        return focus;
    }

    /** The block the group's notes go to. */
    public ObjectProperty<String> notesBlockIdProperty() {
        return notesBlockId;
    }

}

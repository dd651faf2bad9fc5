package id.rembuk.ui.shell;

import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The facts of a session, asked for in three steps (region and stage, schedule and venue, the
 * team). Used to create a session and to edit the facts of the open one. Each step is checked
 * before the next, with messages that say what to fix.
 */
public final class SessionFormViewModel {
    public static final int STEPS = 3;
    static final int REGION_MAX = 120;
    static final int VENUE_MAX = 300;
    static final int NAME_MAX = 200;
    static final int MAX_DAYS = 14;

    private final boolean editing;
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty province = new SimpleStringProperty("");
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.I);
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty facilitators = new SimpleStringProperty("");
    private final StringProperty experts = new SimpleStringProperty("");
    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final boolean sample;

    private SessionFormViewModel(boolean editing, boolean sample) {
        this.editing = editing;
        this.sample = sample;
        // a changed day usually means the second day follows: keep the pair consistent
        firstDay.addListener((o, old, day) -> {
            if (day != null && (lastDay.get() == null || lastDay.get().isBefore(day)
                    || (old != null && lastDay.get().equals(old.plusDays(1))))) {
                lastDay.set(day.plusDays(1));
            }
        });
    }

    public static SessionFormViewModel forNewSession(LocalDate today) {
        SessionFormViewModel vm = new SessionFormViewModel(false, false);
        vm.firstDay.set(today);
        return vm;
    }

    public static SessionFormViewModel forEditing(SessionInfo info) {
        SessionFormViewModel vm = new SessionFormViewModel(true, info.sample());
        vm.region.set(info.region());
        vm.province.set(info.province());
        vm.stage.set(info.stage());
        vm.firstDay.set(info.firstDay());
        vm.lastDay.set(info.lastDay());
        vm.venue.set(info.venue());
        vm.facilitators.set(String.join("\n", info.facilitators()));
        vm.experts.set(String.join("\n", info.experts()));
        return vm;
    }

    public boolean editing() {
        return editing;
    }

    /** Goes to the next step when this one is complete; otherwise lists what to fix. */
    public boolean next() {
        if (!validate(step.get())) {
            return false;
        }
        if (step.get() < STEPS - 1) {
            step.set(step.get() + 1);
        }
        return true;
    }

    public void back() {
        errors.clear();
        if (step.get() > 0) {
            step.set(step.get() - 1);
        }
    }

    /** The session facts when every step is complete; otherwise shows the first step with problems. */
    public Optional<SessionInfo> finish() {
        for (int s = 0; s < STEPS; s++) {
            if (!validate(s)) {
                step.set(s);
                return Optional.empty();
            }
        }
        return Optional.of(new SessionInfo(region.get(), province.get(), stage.get(), firstDay.get(), lastDay.get(),
                venue.get(), lines(facilitators.get()), lines(experts.get()), sample));
    }

    private boolean validate(int s) {
        List<String> problems = switch (s) {
            case 0 -> regionProblems();
            case 1 -> scheduleProblems();
            default -> teamProblems();
        };
        errors.setAll(problems);
        return problems.isEmpty();
    }

    private List<String> regionProblems() {
        List<String> p = new ArrayList<>();
        String r = strip(region.get());
        if (r.isEmpty()) {
            p.add(Messages.get("ui.form.error.regionRequired"));
        } else if (r.length() > REGION_MAX) {
            p.add(Messages.get("ui.form.error.tooLong", Messages.get("ui.form.region"), REGION_MAX));
        }
        if (strip(province.get()).length() > REGION_MAX) {
            p.add(Messages.get("ui.form.error.tooLong", Messages.get("ui.form.province"), REGION_MAX));
        }
        if (stage.get() == null) {
            p.add(Messages.get("ui.form.error.stageRequired"));
        }
        return p;
    }

    private List<String> scheduleProblems() {
        List<String> p = new ArrayList<>();
        LocalDate first = firstDay.get();
        LocalDate last = lastDay.get();
        if (first == null) {
            p.add(Messages.get("ui.form.error.firstDayRequired"));
        }
        if (last == null) {
            p.add(Messages.get("ui.form.error.lastDayRequired"));
        }
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                p.add(Messages.get("ui.form.error.lastBeforeFirst"));
            } else if (first.plusDays(MAX_DAYS - 1).isBefore(last)) {
                p.add(Messages.get("ui.form.error.tooManyDays", MAX_DAYS));
            }
        }
        if (strip(venue.get()).length() > VENUE_MAX) {
            p.add(Messages.get("ui.form.error.tooLong", Messages.get("ui.form.venue"), VENUE_MAX));
        }
        return p;
    }

    private List<String> teamProblems() {
        List<String> p = new ArrayList<>();
        if (lines(facilitators.get()).stream().anyMatch(n -> n.length() > NAME_MAX)) {
            p.add(Messages.get("ui.form.error.nameTooLong", Messages.get("ui.form.facilitators"), NAME_MAX));
        }
        if (lines(experts.get()).stream().anyMatch(n -> n.length() > NAME_MAX)) {
            p.add(Messages.get("ui.form.error.nameTooLong", Messages.get("ui.form.experts"), NAME_MAX));
        }
        return p;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<LocalDate> firstDayProperty() {
        return firstDay;
    }

    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty facilitatorsProperty() {
        return facilitators;
    }

    public StringProperty expertsProperty() {
        return experts;
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public ObservableList<String> errors() {
        return errors;
    }

    public BooleanBinding lastStep() {
        return Bindings.createBooleanBinding(() -> step.get() == STEPS - 1, step);
    }
}

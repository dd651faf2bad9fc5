package id.rembuk.ui.people;

import id.rembuk.ui.shell.NavArea;
import id.rembuk.ui.shell.NavigationRegistry;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.shell.Shortcut;
import java.time.Clock;
import java.util.List;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The participant list and the registration desk as two sidebar areas. The view models live as
 * long as the app, the views are built each time an area is shown.
 */
public final class PeopleFeature {
    public static final String PARTICIPANTS = "participants";
    public static final String ATTENDANCE = "attendance";

    private final ParticipantsViewModel participants;
    private final AttendanceViewModel attendance;

    /**
     * @param importAction opens the import from Excel/CSV; null hides its button
     */
    public PeopleFeature(ShellViewModel shell, Clock clock, Runnable importAction) {
        this.participants = new ParticipantsViewModel(shell, importAction);
        this.attendance = new AttendanceViewModel(shell, clock);
    }

    /** Adds both areas to the sidebar, in this order, and their keys to the F1 list. */
    public void register(NavigationRegistry navigation) {
        navigation.register(new NavArea(PARTICIPANTS, "people.nav.participants", Material2OutlinedMZ.PEOPLE,
                () -> new ParticipantsView(participants).root()));
        navigation.register(new NavArea(ATTENDANCE, "people.nav.attendance", Material2OutlinedAL.HOW_TO_REG,
                () -> new AttendanceView(attendance).root()));
        navigation.addShortcuts("people.nav.participants", List.of(
                new Shortcut("Insert", "people.key.insert"), new Shortcut("Enter", "people.key.save"),
                new Shortcut("Esc", "people.key.cancel"), new Shortcut("Enter / F2", "people.key.edit"),
                new Shortcut("Delete", "people.key.delete"),
                new Shortcut("people.keycap.tabSpace", "people.key.same"), new Shortcut("↓", "people.key.sameOther")));
        navigation.addShortcuts("people.nav.attendance", List.of(
                new Shortcut("Enter", "people.key.checkIn"), new Shortcut("↑ / ↓", "people.key.choose"),
                new Shortcut("Esc", "people.key.clear")));
    }

    /** Words formatted by the view models are made again in the new language. */
    public void languageChanged() {
        participants.refresh();
        attendance.refresh();
    }

    public ParticipantsViewModel participants() {
        return participants;
    }

    public AttendanceViewModel attendance() {
        return attendance;
    }
}

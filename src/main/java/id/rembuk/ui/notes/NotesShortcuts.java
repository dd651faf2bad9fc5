package id.rembuk.ui.notes;

import id.rembuk.ui.shell.Shortcut;
import java.util.List;

/** The notes panel's keys, for the F1 overlay. */
public final class NotesShortcuts {
    public static final String TITLE = "notes.keys.title";

    private NotesShortcuts() {
    }

    public static List<Shortcut> all() {
        return List.of(new Shortcut("Enter", "notes.keys.add"), new Shortcut("Alt+1 / 2 / 3", "notes.keys.kind"),
                new Shortcut("F2", "notes.keys.edit"), new Shortcut("Delete", "notes.keys.delete"),
                new Shortcut("Alt+↑ / ↓", "notes.keys.move"));
    }
}

package id.rembuk.domain;

import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Turns edits into changes the way the store does (each supersedes the field's current heads). */
public final class ChangeLog {
    private final List<Change> changes = new ArrayList<>();
    private final UUID replica = UUID.randomUUID();
    private long hlc;

    public ChangeLog apply(List<Edit> edits) {
        SessionState before = state();
        for (Edit e : edits) {
            changes.add(new Change(UUID.randomUUID(), e.kind(), e.entityId(), e.field(), e.value(),
                    before.headIds(e.fieldKey()), ++hlc, replica));
        }
        return this;
    }

    public ChangeLog apply(SessionRecord r) {
        return apply(r.toEdits());
    }

    public SessionState state() {
        return SessionState.fold(changes);
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }
}

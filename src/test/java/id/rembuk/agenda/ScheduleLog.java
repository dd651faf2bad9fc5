package id.rembuk.agenda;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A change set built the way the store builds it: each edit supersedes what it names, or the field's heads. */
final class ScheduleLog {
    private final List<Change> changes = new ArrayList<>();
    private final UUID replica = UUID.randomUUID();
    private long hlc;

    static ScheduleLog of(AgendaItem... items) {
        ScheduleLog log = new ScheduleLog();
        for (AgendaItem i : items) {
            log.apply(i.toEdits());
        }
        return log;
    }

    ScheduleLog apply(List<Edit> edits) {
        SessionState before = state();
        for (Edit e : edits) {
            changes.add(new Change(UUID.randomUUID(), e.kind(), e.entityId(), e.field(), e.value(),
                    e.replaces() != null ? e.replaces() : before.headIds(e.fieldKey()), ++hlc, replica));
        }
        return this;
    }

    /** A value written on another laptop that did not see the current one: the field is now in conflict. */
    ScheduleLog concurrent(Edit e) {
        changes.add(new Change(UUID.randomUUID(), e.kind(), e.entityId(), e.field(), e.value(), java.util.Set.of(),
                ++hlc, UUID.randomUUID()));
        return this;
    }

    SessionState state() {
        return SessionState.fold(changes);
    }

    Schedule schedule() {
        return Schedule.read(state());
    }
}

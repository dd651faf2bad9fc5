package id.rembuk.ui.people;

import id.rembuk.domain.Attendance;
import id.rembuk.domain.Participant;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.SessionState;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The facilitator's session file and a group laptop's copy of it (same session, its own replica),
 * each a real file in a temporary folder. The registration desk typed Budi on the facilitator's
 * laptop, the group typed him again on theirs with his phone written another way and checked him in.
 */
final class TwoLaptops implements AutoCloseable {
    final UUID sessionId = UUID.randomUUID();
    final SessionFile master;
    final SessionFile group;
    /** The master's state, as the shell publishes it. */
    final SimpleObjectProperty<SessionState> state = new SimpleObjectProperty<>();

    final Participant budiAtDesk = new Participant(UUID.randomUUID().toString(), "Budi Santoso", "", "", "Bappeda",
            Participant.Unsur.OPD, "", "0812 3456 7890", "");
    final Participant budiInGroup = new Participant(UUID.randomUUID().toString(), "Budi Santoso, S.T.",
            "197805122003121004", "Kepala Bidang Infrastruktur", "Bappeda Kabupaten Banggai", Participant.Unsur.OPD,
            "", "+62 812-3456-7890", "budi@banggaikab.go.id");
    final Participant siti = new Participant(UUID.randomUUID().toString(), "Siti Aminah", "", "", "Universitas Tompotika",
            Participant.Unsur.AKADEMISI, "", "0853 1111 2222", "");

    TwoLaptops(Path dir) {
        try {
            master = SessionFile.create(dir.resolve("master" + SessionFile.SUFFIX), sessionId, "Fasilitator");
            master.apply(new Action("Tambah peserta", siti.toEdits()));
            group = SessionFile.create(dir.resolve("gov" + SessionFile.SUFFIX), sessionId, "Kelompok GOV · Laptop B");
            group.importChanges(master.changes(), master.replicas());
            master.apply(new Action("Tambah peserta", budiAtDesk.toEdits()));
            group.apply(new Action("Tambah peserta", budiInGroup.toEdits()));
            group.apply(new Action("Hadir", Attendance.of(budiInGroup.id(), 1, LocalTime.of(8, 5)).toEdits()));
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
        state.set(master.state());
    }

    /** Brings the group laptop's edits into the master, as the merge does. */
    void mergeGroupIntoMaster() {
        merge(group, master);
        state.set(master.state());
    }

    static void merge(SessionFile from, SessionFile into) {
        try {
            into.importChanges(from.changes(), from.replicas());
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes one action into the master, as the shell does. */
    Consumer<Action> applyToMaster() {
        return a -> {
            try {
                master.apply(a);
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
            state.set(master.state());
        };
    }

    void undoOnMaster() {
        try {
            master.undo();
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
        state.set(master.state());
    }

    static void applyTo(SessionFile f, Action a) {
        try {
            f.apply(a);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        master.close();
        group.close();
    }
}

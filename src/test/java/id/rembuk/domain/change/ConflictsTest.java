package id.rembuk.domain.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Delete-vs-edit conflicts: derived from what the deleter saw, never from clocks. */
class ConflictsTest {
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private final List<Change> log = new ArrayList<>();
    private long stamp = 1_000;

    private Change write(UUID replica, String field, String value, Set<UUID> supersedes) {
        Change c = new Change(UUID.randomUUID(), "swot_item", "card", field, value, supersedes, stamp++, replica);
        log.add(c);
        return c;
    }

    private Change delete(UUID replica, Set<UUID> supersedes, Change... seen) {
        List<UUID> ids = java.util.Arrays.stream(seen).map(Change::id).toList();
        write(replica, Change.DELETED_SEEN, Conflicts.formatSeen(ids), Set.of());
        return write(replica, Change.DELETED, "1", supersedes);
    }

    private List<Conflicts.Conflict> conflicts() {
        return Conflicts.of(SessionState.fold(log));
    }

    @Test
    void aDeletionThatSawEveryValueIsNoConflict() {
        Change text = write(A, "text", "Jaringan internet belum merata", Set.of());
        delete(A, Set.of(), text);
        assertThat(conflicts()).isEmpty();
        assertThat(SessionState.fold(log).live("swot_item")).isEmpty();
    }

    @Test
    void anEditTheDeleterDidNotSeeIsADeleteConflict() {
        Change text = write(A, "text", "Jaringan internet belum merata", Set.of());
        // laptop B edits the card it got from A; laptop A deletes it meanwhile, never seeing B's edit
        Change edit = write(B, "text", "Jaringan internet belum merata di 4 kecamatan", Set.of(text.id()));
        Change deletion = delete(A, Set.of(), text);
        assertThat(conflicts()).singleElement().isInstanceOfSatisfying(Conflicts.DeleteConflict.class, d -> {
            assertThat(d.deletions()).containsExactly(deletion);
            assertThat(d.unseenEdits()).containsExactly(edit);
        });
    }

    @Test
    void deletingAgainWithTheEditSeenSettlesIt() {
        Change text = write(A, "text", "x", Set.of());
        Change edit = write(B, "text", "y", Set.of(text.id()));
        Change first = delete(A, Set.of(), text);
        Change seen = log.get(log.size() - 2);
        write(A, Change.DELETED_SEEN, Conflicts.formatSeen(List.of(edit.id())), Set.of(seen.id()));
        write(A, Change.DELETED, "1", Set.of(first.id()));
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void restoringSettlesItAndKeepsTheEdit() {
        Change text = write(A, "text", "x", Set.of());
        write(B, "text", "y", Set.of(text.id()));
        Change deletion = delete(A, Set.of(), text);
        write(A, Change.DELETED, null, Set.of(deletion.id()));
        assertThat(conflicts()).isEmpty();
        assertThat(SessionState.fold(log).get("swot_item", "card").orElseThrow().get("text")).contains("y");
    }

    @Test
    void twoLaptopsDeletingIndependentlyMergeTheirRecordsWithoutAFieldConflict() {
        Change text = write(A, "text", "x", Set.of());
        delete(A, Set.of(), text);
        Change edit = write(B, "title", "z", Set.of());
        delete(B, Set.of(), text, edit);
        // the two seen-lists differ, but they are bookkeeping: their union says both edits were seen
        assertThat(conflicts()).isEmpty();
        assertThat(SessionState.fold(log).conflicts()).isEmpty();
    }

    @Test
    void aDeletionFromAnOlderFileWithoutASeenListRaisesNone() {
        Change text = write(A, "text", "x", Set.of());
        write(B, "text", "y", Set.of(text.id()));
        write(A, Change.DELETED, "1", Set.of());
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void fieldConflictsAreListedToo() {
        Change text = write(A, "text", "x", Set.of());
        write(A, "text", "y", Set.of(text.id()));
        write(B, "text", "z", Set.of(text.id()));
        assertThat(conflicts()).singleElement().isInstanceOf(Conflicts.FieldConflict.class);
    }

    @Test
    void aDamagedSeenListCountsItsUnreadableIdsAsUnseen() {
        Change text = write(A, "text", "x", Set.of());
        write(A, Change.DELETED_SEEN, "not-an-id," + UUID.randomUUID(), Set.of());
        write(A, Change.DELETED, "1", Set.of());
        assertThat(conflicts()).singleElement().isInstanceOfSatisfying(Conflicts.DeleteConflict.class,
                d -> assertThat(d.unseenEdits()).containsExactly(text));
    }

    @Test
    void provenanceNamesTheFirstAndTheLastWriterWhateverTheOrderOfArrival() {
        Change first = write(A, "text", "x", Set.of());
        Change last = write(B, "text", "y", Set.of(first.id()));
        List<Change> reversed = new ArrayList<>(log);
        java.util.Collections.reverse(reversed);
        ChangeIndex index = new ChangeIndex();
        index.addAll(reversed);
        for (SessionState s : List.of(SessionState.fold(log), index.snapshot())) {
            Provenance p = s.get("swot_item", "card").orElseThrow().origin().orElseThrow();
            assertThat(p.created()).isEqualTo(first);
            assertThat(p.lastChanged()).isEqualTo(last);
            assertThat(p.changes()).isEqualTo(2);
        }
    }
}

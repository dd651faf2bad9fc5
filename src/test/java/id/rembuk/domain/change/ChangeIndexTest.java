package id.rembuk.domain.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeIndexTest {
    private static final UUID LAPTOP = UUID.randomUUID();

    private static Change change(String field, String value, Set<UUID> supersedes, long hlc) {
        return new Change(UUID.randomUUID(), "note", "n1", field, value, supersedes, hlc, LAPTOP);
    }

    /** A merged file is not trusted to supersede only within a field; the index must still equal the fold. */
    @Test
    void aChangeSupersedingAnotherFieldsChangeMatchesTheFoldInEitherOrder() {
        Change x = change("b", "x", Set.of(), 1);
        Change c = change("a", "c", Set.of(x.id()), 2);
        for (List<Change> order : List.of(List.of(x, c), List.of(c, x))) {
            ChangeIndex index = new ChangeIndex();
            index.addAll(order);
            assertThat(index.snapshot()).isEqualTo(SessionState.fold(order));
            assertThat(index.isHead(x)).isFalse();
        }
    }

    /** The file's columns bound these; a change that would not fit is refused before it reaches SQL. */
    @Test
    void changesThatWouldNotFitTheFileAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Change(UUID.randomUUID(), "k".repeat(65), "e", "f",
                "v", Set.of(), 1, LAPTOP)).isInstanceOf(IllegalArgumentException.class);
        Set<UUID> many = new java.util.HashSet<>();
        for (int i = 0; i <= Change.MAX_SUPERSEDES; i++) {
            many.add(UUID.randomUUID());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> change("a", "v", many, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

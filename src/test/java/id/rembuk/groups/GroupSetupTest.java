package id.rembuk.groups;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.ChangeLog;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Group;
import id.rembuk.domain.Participant;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which groups a session shows and what creating or removing them writes. */
class GroupSetupTest {
    @Test
    void anEmptySessionShowsTheSixDimensionGroupsWithoutHavingWrittenThem() {
        SessionState empty = SessionState.empty();

        assertThat(GroupSetup.groups(empty)).extracting(Group::id).containsExactly("GOV", "BRD", "ECO", "LIV", "SOC",
                "ENV");
        assertThat(GroupSetup.stored(empty, "GOV")).isFalse();
        assertThat(GroupSetup.ensure(empty, List.of("GOV", "STRUKTUR"))).extracting(Edit::entityId)
                .containsOnly("GOV", "STRUKTUR");
    }

    @Test
    void theSampleHoldsItsSixGroupsAndNeedsNoneWritten() {
        SessionState sample = GroupSample.state();

        assertThat(GroupSetup.groups(sample)).extracting(Group::id).containsExactly("GOV", "BRD", "ECO", "LIV", "SOC",
                "ENV");
        assertThat(GroupSetup.ensure(sample, GroupSetup.dimensionGroupIds())).isEmpty();
        assertThat(GroupSetup.hasElementGroups(sample)).isFalse();
    }

    @Test
    void elementGroupsAreAddedAfterTheDimensionsAndRemovedWithTheirMembersSentBackToThePool() {
        ChangeLog log = new ChangeLog();
        log.apply(new Participant("p1", "Budi", "", "", "Bappeda", Participant.Unsur.OPD, "", "", "").toEdits());
        log.apply(GroupSetup.addElementGroups(log.state()));
        assertThat(GroupSetup.groups(log.state())).extracting(Group::id).containsExactly("GOV", "BRD", "ECO", "LIV",
                "SOC", "ENV", "STRUKTUR", "INFRASTRUKTUR", "SUPRASTRUKTUR");
        assertThat(GroupSetup.addElementGroups(log.state())).isEmpty();
        log.apply(List.of(Edit.set(EntityKind.PARTICIPANT.code(), "p1", Participant.F_GROUP, "STRUKTUR")));

        List<Edit> removal = GroupSetup.removeElementGroups(log.state());
        log.apply(removal);

        assertThat(removal).filteredOn(e -> e.field().equals(Change.DELETED)).hasSize(3);
        assertThat(GroupSetup.hasElementGroups(log.state())).isFalse();
        assertThat(log.state().get(EntityKind.PARTICIPANT.code(), "p1").orElseThrow().get(Participant.F_GROUP))
                .isEmpty();

        // added again: the deleted groups come back
        log.apply(GroupSetup.addElementGroups(log.state()));
        assertThat(GroupSetup.elementGroupIds(log.state())).containsExactly("STRUKTUR", "INFRASTRUKTUR",
                "SUPRASTRUKTUR");
    }
}

package id.rembuk.groups;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Participant;
import id.rembuk.domain.change.Action;
import id.rembuk.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample's 80 people (30 OPD, 20 Dewan Smart City, 30 from outside the government) in six groups. */
class GroupAssignmentSampleTest {
    private final List<Participant> people = GroupSample.people();
    private final List<String> six = GroupSetup.dimensionGroupIds();

    @BeforeEach
    void indonesian() {
        Messages.setLocale(Messages.INDONESIAN);
    }

    @Test
    void theSampleHoldsEightyPeople() {
        assertThat(people).hasSize(80);
        assertThat(people.stream().filter(p -> p.unsur() == Participant.Unsur.OPD)).hasSize(30);
        assertThat(people.stream().filter(p -> p.unsur() == Participant.Unsur.DEWAN_SMART_CITY)).hasSize(20);
    }

    @Test
    void eightyPeopleMakeSixGroupsOfThirteenOrFourteenEachMirroringTheRoom() {
        Assignment a = GroupAssignment.assign(people, six, AssignOptions.reassignAll());
        Balance b = a.balance();

        assertThat(b.groups()).extracting(Balance.GroupBalance::size).containsOnly(13, 14);
        assertThat(b.people()).isEqualTo(80);
        assertThat(b.unassigned()).isZero();
        for (Participant.Unsur u : Participant.Unsur.values()) {
            List<Integer> counts = b.groups().stream().map(g -> g.count(u)).toList();
            assertThat(counts.stream().mapToInt(Integer::intValue).max().orElse(0)
                    - counts.stream().mapToInt(Integer::intValue).min().orElse(0)).as(u.name()).isLessThanOrEqualTo(1);
        }
        // five OPD people in every group, three or four of the Dewan
        assertThat(b.groups()).extracting(g -> g.count(Participant.Unsur.OPD)).containsOnly(5);
        assertThat(b.groups()).extracting(g -> g.count(Participant.Unsur.DEWAN_SMART_CITY)).containsOnly(3, 4);
        // the five from Diskominfo and the five from the Sekretariat and the four of the university are spread
        b.groups().forEach(g -> assertThat(g.institutions()).allSatisfy(s -> assertThat(s.aboveShare()).isFalse()));
    }

    @Test
    void theActionWritesOnlyTheGroupsThatChangeAndSaysWhatItDoes() {
        Assignment a = GroupAssignment.assign(people, six, AssignOptions.reassignAll());
        Action action = a.toAction(List.of()).orElseThrow();

        assertThat(action.label()).isEqualTo("Bagi 80 peserta ke 6 kelompok");
        assertThat(action.edits()).hasSize(a.changed().size());
        assertThat(action.edits()).allSatisfy(e -> assertThat(e.field()).isEqualTo(Participant.F_GROUP));
        Map<String, Participant> byId = people.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
        assertThat(action.edits()).allSatisfy(e -> assertThat(e.value()).isNotEqualTo(byId.get(e.entityId()).group()));
        assertThat(action.edits().size()).isLessThan(80);
    }

    @Test
    void keepingTheSamplesGroupsMovesOnlyTwoFromTheGroupOfSixteen() {
        // the sample seats 16 in GOV, 12 in BRD and 13 in the others: GOV keeps 14, two move to BRD
        assertThat(people.stream().filter(p -> p.group().equals("GOV"))).hasSize(16);
        Assignment a = GroupAssignment.assign(people, six, AssignOptions.reassignAll().withKeepExisting(true));

        assertThat(a.balance().groups()).extracting(Balance.GroupBalance::size).containsOnly(13, 14);
        assertThat(a.moved()).hasSize(2).allSatisfy(p -> assertThat(p.group()).isEqualTo("GOV"));
        assertThat(a.moved()).allSatisfy(p -> assertThat(a.groupOf().get(p.id())).isEqualTo("BRD"));
        assertThat(a.toAction(List.of()).orElseThrow().edits()).hasSize(2);
    }

    @Test
    void nearTheirDimensionEveryGovernmentPersonWithAKnownOpdSitsWithItsDimension() {
        NaturalDimensions table = NaturalDimensions.standard();
        Assignment a = GroupAssignment.assign(people, six,
                AssignOptions.reassignAll().withNearNaturalDimension(true));
        Map<String, String> groupOf = a.groupOf();

        assertThat(a.balance().groups()).extracting(Balance.GroupBalance::size).containsOnly(13, 14);
        Participant health = people.stream().filter(p -> p.institution().equals("Dinas Kesehatan")).findFirst()
                .orElseThrow();
        assertThat(groupOf.get(health.id())).isEqualTo("LIV");
        // 47 of the 50 government people have an OPD the table knows (the three camats do not), and no
        // dimension is asked for by more than 14 of them, so all fit
        List<Participant> natural = people.stream().filter(p -> table.of(p).isPresent()).toList();
        assertThat(natural).hasSize(47);
        assertThat(natural).allSatisfy(p -> assertThat(groupOf.get(p.id())).isEqualTo(table.of(p).get().code()));
        // the rest still spread: the four lecturers of one university sit in four groups
        assertThat(a.balance().groups()).allSatisfy(g -> assertThat(g.institutions())
                .noneMatch(s -> s.institution().equals("Universitas Tompotika Luwuk")));
    }

    @Test
    void theSameInputGivesTheSameGroupsAndAnotherSeedAnotherArrangement() {
        Assignment a = GroupAssignment.assign(people, six, AssignOptions.reassignAll());
        List<Participant> reversed = new java.util.ArrayList<>(people);
        java.util.Collections.reverse(reversed);
        Assignment again = GroupAssignment.assign(reversed, six, AssignOptions.reassignAll());
        Assignment other = GroupAssignment.assign(people, six, AssignOptions.reassignAll().withSeed(2));

        assertThat(again.groupOf()).isEqualTo(a.groupOf());
        assertThat(other.groupOf()).isNotEqualTo(a.groupOf());
        assertThat(other.balance().groups()).extracting(Balance.GroupBalance::size).containsOnly(13, 14);
    }
}

package id.rembuk.groups;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Participant;
import id.rembuk.domain.change.Edit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The rules of {@link GroupAssignment}, for any room: any people, any number of groups, any options. */
class GroupAssignmentPropertyTest {
    private static final List<String> ALL_TARGETS = List.of("GOV", "BRD", "ECO", "LIV", "SOC", "ENV", "STRUKTUR",
            "INFRASTRUKTUR", "SUPRASTRUKTUR");
    /** Government names the table knows, a few it does not, and people of no institution. */
    private static final List<String> INSTITUTIONS = List.of("Bappeda", "Inspektorat Daerah", "Dinas Pariwisata",
            "Dinas Perdagangan", "Dinas Kesehatan", "Dinas Sosial", "Dinas Lingkungan Hidup", "BPBD",
            "Kecamatan Luwuk", "Universitas Tompotika", "KADIN", "", "");
    private static final NaturalDimensions TABLE = NaturalDimensions.standard();

    /** A room: the people and the groups to share them over. */
    record Room(List<Participant> people, List<String> targets) {
        @Override
        public String toString() {
            return targets + " " + people.stream().map(p -> p.unsur().ordinal() + "/" + p.institution() + "/"
                    + p.group()).toList();
        }
    }

    @Provide
    Arbitrary<Room> rooms() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.integers().between(0, 70),
                Arbitraries.longs()).as((g, n, seed) -> room(g, n, seed, false));
    }

    /** Rooms where each institution belongs to one unsur, so every rule can hold at once. */
    @Provide
    Arbitrary<Room> separableRooms() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.integers().between(0, 70),
                Arbitraries.longs()).as((g, n, seed) -> room(g, n, seed, true));
    }

    private static Room room(int g, int n, long seed, boolean separable) {
        Random r = new Random(seed);
        List<String> targets = new ArrayList<>(ALL_TARGETS);
        Collections.shuffle(targets, r);
        targets = List.copyOf(targets.subList(0, g));
        Participant.Unsur[] unsurs = {Participant.Unsur.OPD, Participant.Unsur.DEWAN_SMART_CITY,
            Participant.Unsur.AKADEMISI, Participant.Unsur.BISNIS, Participant.Unsur.MEDIA};
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // skewed: many OPD people, few from the media
            Participant.Unsur u = unsurs[Math.min(r.nextInt(7), 4)];
            String institution = INSTITUTIONS.get(r.nextInt(INSTITUTIONS.size()));
            if (separable && !institution.isEmpty()) {
                institution = institution + " " + u.name();
            }
            String group = switch (r.nextInt(4)) {
                case 0 -> "";
                case 1 -> ALL_TARGETS.get(r.nextInt(ALL_TARGETS.size()));
                default -> targets.get(Math.min(r.nextInt(g), r.nextInt(g)));
            };
            people.add(new Participant("p" + r.nextInt(1_000_000) + "-" + i, "Orang " + i, "", "", institution, u,
                    group, "", ""));
        }
        return new Room(people, targets);
    }

    @Property(tries = 300)
    void groupSizesDifferByAtMostOneAndEveryoneHasAGroup(@ForAll("rooms") Room room, @ForAll boolean keep,
                                                          @ForAll boolean near) {
        Assignment a = GroupAssignment.assign(room.people(), room.targets(), new AssignOptions(keep, near, 7),
                TABLE);

        assertThat(a.groupOf()).hasSize(room.people().size());
        assertThat(a.groupOf().values()).allSatisfy(gid -> assertThat(room.targets()).contains(gid));
        Balance b = a.balance();
        assertThat(b.maxSize() - b.minSize()).isLessThanOrEqualTo(1);
        assertThat(b.unassigned()).isZero();
    }

    @Property(tries = 300)
    void noInstitutionPilesIntoOneGroup(@ForAll("rooms") Room room) {
        Assignment a = GroupAssignment.assign(room.people(), room.targets(), AssignOptions.reassignAll(), TABLE);

        int g = room.targets().size();
        Map<String, Long> total = room.people().stream().filter(p -> !p.institution().isEmpty())
                .collect(Collectors.groupingBy(Participant::institution, Collectors.counting()));
        for (String gid : room.targets()) {
            Map<String, Long> here = room.people().stream()
                    .filter(p -> !p.institution().isEmpty() && a.groupOf().get(p.id()).equals(gid))
                    .collect(Collectors.groupingBy(Participant::institution, Collectors.counting()));
            here.forEach((inst, c) -> assertThat(c).as(inst + " in " + gid)
                    .isLessThanOrEqualTo((total.get(inst) + g - 1) / g));
        }
    }

    @Property(tries = 300)
    void everyUnsurIsSpreadEvenlyWhenInstitutionsAllowIt(@ForAll("separableRooms") Room room) {
        Assignment a = GroupAssignment.assign(room.people(), room.targets(), AssignOptions.reassignAll(), TABLE);

        for (Participant.Unsur u : Participant.Unsur.values()) {
            assertThat(spread(a, room, p -> p.unsur() == u)).as(u.name()).isLessThanOrEqualTo(1);
        }
    }

    @Property(tries = 300)
    void nearTheirDimensionAsManyGovernmentPeopleAsFitSitInTheirNaturalGroup(@ForAll("rooms") Room room) {
        Assignment a = GroupAssignment.assign(room.people(), room.targets(),
                AssignOptions.reassignAll().withNearNaturalDimension(true), TABLE);

        int n = room.people().size();
        int g = room.targets().size();
        int base = n / g;
        Map<String, Integer> demand = new HashMap<>();
        room.people().forEach(p -> GroupAssignment.naturalGroup(p, room.targets(), TABLE)
                .ifPresent(gid -> demand.merge(gid, 1, Integer::sum)));
        // the best any arrangement can do: each group seats base people, n mod g of them one more
        long best = demand.values().stream().mapToInt(d -> Math.min(d, base)).sum()
                + Math.min(n % g, demand.values().stream().filter(d -> d > base).count());
        long seated = room.people().stream().filter(p -> GroupAssignment.naturalGroup(p, room.targets(), TABLE)
                .map(gid -> gid.equals(a.groupOf().get(p.id()))).orElse(false)).count();
        assertThat(seated).isEqualTo(best);
    }

    @Property(tries = 300)
    void keepingAssignmentsMovesOnlyWhomTheSizeRuleForces(@ForAll("rooms") Room room, @ForAll boolean near) {
        Assignment a = GroupAssignment.assign(room.people(), room.targets(), new AssignOptions(true, near, 3), TABLE);

        int n = room.people().size();
        int g = room.targets().size();
        int base = n / g;
        Map<String, Integer> kept = new HashMap<>();
        room.people().stream().filter(p -> room.targets().contains(p.group()))
                .forEach(p -> kept.merge(p.group(), 1, Integer::sum));
        // over the base size a group must shed its surplus, except the n mod g groups that may keep one more
        int forced = kept.values().stream().mapToInt(k -> Math.max(0, k - base)).sum()
                - (int) Math.min(n % g, kept.values().stream().filter(k -> k > base).count());
        assertThat(a.moved()).hasSize(forced);
        assertThat(a.moved()).allSatisfy(p -> assertThat(kept.get(p.group())).isGreaterThan(base));
    }

    @Property(tries = 200)
    void theSamePeopleInAnyOrderGiveTheSameGroups(@ForAll("rooms") Room room, @ForAll boolean keep,
                                                  @ForAll boolean near, @ForAll @IntRange(max = 1000) int shuffle) {
        AssignOptions options = new AssignOptions(keep, near, 11);
        Assignment a = GroupAssignment.assign(room.people(), room.targets(), options, TABLE);
        List<Participant> other = new ArrayList<>(room.people());
        Collections.shuffle(other, new Random(shuffle));

        assertThat(GroupAssignment.assign(other, room.targets(), options, TABLE).groupOf()).isEqualTo(a.groupOf());
    }

    @Property(tries = 200)
    void onlyPeopleWhoseGroupChangesAreWritten(@ForAll("rooms") Room room, @ForAll boolean keep) {
        Assignment a = GroupAssignment.assign(room.people(), room.targets(), new AssignOptions(keep, false, 5),
                TABLE);

        Map<String, String> before = room.people().stream().collect(Collectors.toMap(Participant::id,
                Participant::group));
        List<Edit> edits = a.edits();
        assertThat(edits).extracting(Edit::entityId).doesNotHaveDuplicates();
        assertThat(edits).allSatisfy(e -> assertThat(e.value()).isNotEqualTo(before.get(e.entityId()))
                .isEqualTo(a.groupOf().get(e.entityId())));
        long changed = room.people().stream().filter(p -> !p.group().equals(a.groupOf().get(p.id()))).count();
        assertThat(edits).hasSize((int) changed);
    }

    private static int spread(Assignment a, Room room, java.util.function.Predicate<Participant> which) {
        List<Long> counts = room.targets().stream().map(gid -> room.people().stream()
                .filter(which).filter(p -> a.groupOf().get(p.id()).equals(gid)).count()).toList();
        return (int) (Collections.max(counts) - Collections.min(counts));
    }

}

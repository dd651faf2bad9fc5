package id.rembuk.groups;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Participant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Small rooms checked against every possible arrangement: whenever some arrangement has sizes
 * within one, no institution above its share and every unsur spread within one, the assignment
 * has them too. This is where a local search could get stuck, so it is checked by brute force.
 */
class GroupAssignmentExhaustiveTest {
    private static final Participant.Unsur[] UNSUR = {Participant.Unsur.OPD, Participant.Unsur.DEWAN_SMART_CITY,
        Participant.Unsur.AKADEMISI};
    private static final String[] INSTITUTIONS = {"A", "B", "C", "D", ""};

    @Test
    void inSmallRoomsEveryUnsurIsSpreadWheneverAnyArrangementCan() {
        Random r = new Random(42);
        int feasible = 0;
        List<String> misses = new ArrayList<>();
        for (int room = 0; room < 3000; room++) {
            int g = 2 + r.nextInt(2);
            int n = 2 + r.nextInt(g == 2 ? 10 : 7);
            List<String> targets = List.of("GOV", "BRD", "ECO").subList(0, g);
            List<Participant> people = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                people.add(new Participant("p" + i, "Orang " + i, "", "", INSTITUTIONS[r.nextInt(INSTITUTIONS.length)],
                        UNSUR[r.nextInt(UNSUR.length)], "", "", ""));
            }
            Assignment a = GroupAssignment.assign(people, targets, AssignOptions.reassignAll(),
                    NaturalDimensions.standard());
            int[] got = new int[n];
            for (int i = 0; i < n; i++) {
                got[i] = targets.indexOf(a.groupOf().get("p" + i));
            }
            if (anyGood(people, g)) {
                feasible++;
                if (!good(people, got, g)) {
                    misses.add(people.stream().map(p -> p.unsur().ordinal() + p.institution()).toList() + " in " + g);
                }
            }
        }
        assertThat(feasible).isGreaterThan(2500);
        assertThat(misses).isEmpty();
    }

    private static boolean anyGood(List<Participant> people, int g) {
        int n = people.size();
        int[] groups = new int[n];
        int total = (int) Math.pow(g, n);
        for (int code = 0; code < total; code++) {
            int x = code;
            for (int i = 0; i < n; i++) {
                groups[i] = x % g;
                x /= g;
            }
            if (good(people, groups, g)) {
                return true;
            }
        }
        return false;
    }

    private static boolean good(List<Participant> people, int[] groups, int g) {
        int[] size = new int[g];
        Map<String, int[]> perInstitution = new HashMap<>();
        Map<Participant.Unsur, int[]> perUnsur = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Participant p = people.get(i);
            size[groups[i]]++;
            if (!p.institution().isEmpty()) {
                perInstitution.computeIfAbsent(p.institution(), k -> new int[g])[groups[i]]++;
            }
            perUnsur.computeIfAbsent(p.unsur(), k -> new int[g])[groups[i]]++;
        }
        if (spread(size) > 1) {
            return false;
        }
        for (int[] counts : perInstitution.values()) {
            int share = (Arrays.stream(counts).sum() + g - 1) / g;
            if (Arrays.stream(counts).max().orElse(0) > share) {
                return false;
            }
        }
        return perUnsur.values().stream().allMatch(c -> spread(c) <= 1);
    }

    private static int spread(int[] counts) {
        return Arrays.stream(counts).max().orElse(0) - Arrays.stream(counts).min().orElse(0);
    }
}

package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TallyTest {
    private static Vote dot(String id, String item, String voter, int round) {
        return new Vote(id, item, voter, round);
    }

    @Test
    void dotsPerItemMostFirstWithSharedRanks() {
        List<Vote> votes = List.of(dot("1", "s2", "GOV", 1), dot("2", "s1", "GOV", 1), dot("3", "s2", "ENV", 1),
                dot("4", "s3", "ENV", 1), dot("5", "s3", "gov", 1), dot("6", "s1", "ECO", 2));

        assertThat(VoteTally.tally(votes, 1)).containsExactly(
                new VoteTally.Line("s2", 2, 1), new VoteTally.Line("s3", 2, 1), new VoteTally.Line("s1", 1, 3));
        assertThat(VoteTally.tally(votes, 2)).containsExactly(new VoteTally.Line("s1", 1, 1));
        assertThat(VoteTally.tally(votes, 3)).isEmpty();
        assertThat(VoteTally.dotsPerVoter(votes, 1)).containsExactly(entry("env", 2L), entry("gov", 3L));
    }

    @Test
    void dotsFromTwoLaptopsAddUpInsteadOfConflicting() {
        ChangeLog a = new ChangeLog().apply(dot("v1", "s1", "GOV", 1));
        ChangeLog merged = new ChangeLog().apply(dot("v2", "s1", "ENV", 1));
        List<id.rembuk.domain.change.Change> all = new java.util.ArrayList<>(a.changes());
        all.addAll(merged.changes());
        var state = id.rembuk.domain.change.SessionState.fold(all);
        List<Vote> votes = Records.read(state, EntityKind.VOTE, Vote::from).records();
        assertThat(VoteTally.tally(votes, 1)).containsExactly(new VoteTally.Line("s1", 2, 1));
        assertThat(state.conflicts()).isEmpty();
    }

    @Test
    void roadmapBudgetPerYearAndProgramme() {
        List<RoadmapCell> cells = List.of(RoadmapCell.of("p1", 1, "Kajian", 100_000_000L),
                RoadmapCell.of("p1", 2, "Pembangunan", 1_250_000_000L), RoadmapCell.of("p2", 1, "Pelatihan", 50_000_000L),
                RoadmapCell.of("p2", 3, "", 0));

        assertThat(RoadmapTotals.perYear(cells)).containsExactly(entry(1, 150_000_000L), entry(2, 1_250_000_000L),
                entry(3, 0L));
        assertThat(RoadmapTotals.perYear(cells, Set.of("p2"))).containsExactly(entry(1, 50_000_000L), entry(3, 0L));
        assertThat(RoadmapTotals.perProgramme(cells)).containsExactly(entry("p1", 1_350_000_000L),
                entry("p2", 50_000_000L));
        assertThatThrownBy(() -> RoadmapTotals.perYear(List.of(RoadmapCell.of("a", 1, "", Long.MAX_VALUE),
                RoadmapCell.of("b", 1, "", 1)))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void duplicatePeopleAreSuggestedWithTheStrongestReason() {
        List<Participant> ps = List.of(
                new Participant("a", "Siti Rahma", "197805122003121004", "", "Diskominfo", Participant.Unsur.OPD, "",
                        "0812 3456 7890", ""),
                new Participant("b", "Siti Rahmawati", "197805122003121004", "", "Diskominfo",
                        Participant.Unsur.OPD, "", "+62 812-3456-7890", ""),
                new Participant("c", "Budi", "", "", "Bappeda", Participant.Unsur.OPD, "", "6281234567890", ""),
                new Participant("d", "budi", "", "", "BAPPEDA ", Participant.Unsur.OPD, "", "", ""),
                new Participant("e", "Budi", "", "", "Dinas Kesehatan", Participant.Unsur.OPD, "", "", ""));

        assertThat(Duplicates.suggest(ps)).containsExactly(
                new Duplicates.Suggestion("a", "b", Duplicates.Reason.NIP),
                new Duplicates.Suggestion("a", "c", Duplicates.Reason.PHONE),
                new Duplicates.Suggestion("b", "c", Duplicates.Reason.PHONE),
                new Duplicates.Suggestion("c", "d", Duplicates.Reason.NAME_AND_INSTITUTION));
    }
}

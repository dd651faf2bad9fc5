package id.rembuk.groups;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The balance report the groups screen shows. */
class GroupBalanceTest {
    private static Participant p(String id, String institution, Participant.Unsur u, String group) {
        return new Participant(id, "Orang " + id, "", "", institution, u, group, "", "");
    }

    @Test
    void countsSizesUnsurAndInstitutionsThatShareAGroup() {
        List<Participant> people = List.of(
                p("1", "Badan Perencanaan Pembangunan Daerah (Bappeda)", Participant.Unsur.OPD, "GOV"),
                p("2", "badan perencanaan pembangunan daerah (BAPPEDA)", Participant.Unsur.OPD, "GOV"),
                p("3", "Bappeda", Participant.Unsur.DEWAN_SMART_CITY, "GOV"),
                p("4", "KADIN", Participant.Unsur.BISNIS, "ECO"),
                p("5", "", Participant.Unsur.AKADEMISI, "ECO"),
                p("6", "", Participant.Unsur.AKADEMISI, ""));

        Balance b = Balance.of(people, List.of("GOV", "ECO"));

        assertThat(b.people()).isEqualTo(5);
        assertThat(b.unassigned()).isEqualTo(1);
        assertThat(b.minSize()).isEqualTo(2);
        assertThat(b.maxSize()).isEqualTo(3);
        Balance.GroupBalance gov = b.group("GOV");
        assertThat(gov.count(Participant.Unsur.OPD)).isEqualTo(2);
        assertThat(gov.count(Participant.Unsur.BISNIS)).isZero();
        // two spellings of one institution are one; "Bappeda" alone is another name
        assertThat(gov.institutions()).containsExactly(new Balance.Shared(
                "Badan Perencanaan Pembangunan Daerah (Bappeda)", "Bappeda", 2, 1));
        assertThat(gov.institutions().get(0).aboveShare()).isTrue();
        // size 3 against 2.5; OPD 2 against 1; Dewan 1 against 0.5; Bisnis 0 against 0.5; Akademisi 0 against 0.5;
        // one Bappeda person beyond its share
        assertThat(gov.imbalance()).isEqualTo(0.5 + 1 + 0.5 + 0.5 + 0.5 + 1);
        assertThat(b.score()).isEqualTo(gov.imbalance() + b.group("ECO").imbalance());
    }

    @Test
    void aGroupThatMirrorsTheRoomScoresZero() {
        List<Participant> people = List.of(p("1", "A", Participant.Unsur.OPD, "GOV"),
                p("2", "B", Participant.Unsur.OPD, "ECO"), p("3", "C", Participant.Unsur.MEDIA, "GOV"),
                p("4", "D", Participant.Unsur.MEDIA, "ECO"));

        assertThat(Balance.of(people, List.of("GOV", "ECO")).score()).isZero();
    }
}

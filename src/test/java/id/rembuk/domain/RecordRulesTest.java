package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RecordRulesTest {

    private static void rejects(ThrowingCallable c, String key) {
        assertThatThrownBy(c).isInstanceOf(InvalidValue.class)
                .satisfies(e -> assertThat(((InvalidValue) e).key()).isEqualTo(key));
    }

    private static Participant participant(String nip, String phone, String email) {
        return new Participant("p", "Siti", nip, "", "", Participant.Unsur.OPD, "", phone, email);
    }

    @Test
    void nipIsEighteenDigitsKeptAsText() {
        assertThat(participant("19780512 200312 1 004", "", "").nip()).isEqualTo("197805122003121004");
        assertThat(participant("001234567890123456", "", "").nip()).startsWith("00");
        assertThat(participant(null, "", "").nip()).isEmpty();
        assertThat(participant("197805122003121004", "", "").nipDisplay()).isEqualTo("19780512 200312 1 004");
        assertThat(participant("", "", "").nipDisplay()).isEmpty();
        rejects(() -> participant("12345", "", ""), "domain.invalid.nip");
        rejects(() -> participant("19780512200312100X", "", ""), "domain.invalid.nip");
    }

    @Test
    void phoneAndEmailAreChecked() {
        assertThat(participant("", "0812-3456-7890", "siti@banggaikab.go.id").phone()).isEqualTo("0812-3456-7890");
        rejects(() -> participant("", "nomor saya", ""), "domain.invalid.phone");
        rejects(() -> participant("", "", "siti@"), "domain.invalid.email");
    }

    @Test
    void phonesNormaliseToTheSameNumber() {
        assertThat(Participant.normalisePhone("0812 3456 7890")).isEqualTo("6281234567890");
        assertThat(Participant.normalisePhone("+62 812-3456-7890")).isEqualTo("6281234567890");
        assertThat(Participant.normalisePhone("6281234567890")).isEqualTo("6281234567890");
        assertThat(Participant.normaliseName("Dr.  Siti   Rahma, M.Si")).isEqualTo("dr siti rahma m si");
    }

    @Test
    void groupsHaveDeterministicIds() {
        assertThat(Group.idFor(Dimension.SOC)).isEqualTo("SOC");
        assertThat(Group.idFor(Element.STRUKTUR)).isEqualTo("STRUKTUR");
        assertThat(Group.of(Dimension.SOC).dimension()).contains(Dimension.SOC);
        assertThat(Group.of(Element.BUDAYA).element()).contains(Element.BUDAYA);
        assertThat(Group.of(Element.BUDAYA).dimension()).isEmpty();
        rejects(() -> new Group("soc", "", "", ""), "domain.invalid.group");
        rejects(() -> new Group("Kelompok 7", "", "", ""), "domain.invalid.group");
    }

    @Test
    void derivedIdsMeetOnEveryLaptop() {
        assertThat(Attendance.of("p1", 1, LocalTime.of(8, 0)).id())
                .isEqualTo(Attendance.of("p1", 1, LocalTime.of(9, 0)).id())
                .isNotEqualTo(Attendance.of("p1", 2, LocalTime.of(8, 0)).id());
        assertThat(RoadmapCell.of("prog", 3, "", 0).id()).isEqualTo(RoadmapCell.idFor("prog", 3))
                .isNotEqualTo(RoadmapCell.idFor("prog", 4));
        assertThat(ReadinessScore.of("i1", 50, "").id()).isEqualTo(ReadinessScore.idFor("i1"));
        rejects(() -> new Attendance("x", "p1", 1, LocalTime.NOON), "domain.invalid.id");
        rejects(() -> RoadmapCell.of("prog", 11, "", 0), "domain.invalid.year");
    }

    @Test
    void subDimensionMustBelongToTheDimension() {
        rejects(() -> new Programme("p", Dimension.GOV, Optional.of(SubDimension.ENV_ENERGI), List.of(), "Program",
                List.of(), Programme.Horizon.SHORT, "", List.of(), FundingSource.APBD, 0, "", 0),
                "domain.invalid.sub_dimension");
        rejects(() -> new GapItem("g", Dimension.LIV, Optional.of(SubDimension.GOV_LAYANAN), Optional.empty(), "a", "",
                "", "", GapItem.Priority.HIGH, 0), "domain.invalid.sub_dimension");
    }

    @Test
    void otherRules() {
        rejects(() -> new AgendaItem("a", 0, LocalTime.of(8, 0), 30, "Registrasi", AgendaItem.Kind.REGISTRATION, "",
                List.of(), "", 0), "domain.invalid.day");
        rejects(() -> new AgendaItem("a", 1, LocalTime.of(8, 0), 0, "Registrasi", AgendaItem.Kind.REGISTRATION, "",
                List.of(), "", 0), "domain.invalid.duration");
        rejects(() -> new AgendaItem("a", 1, LocalTime.of(23, 0), 61, "Malam", AgendaItem.Kind.BREAK, "",
                List.of(), "", 0), "domain.invalid.duration");
        assertThat(new AgendaItem("a", 1, LocalTime.of(23, 0), 60, "Malam", AgendaItem.Kind.BREAK, "", List.of(), "", 0)
                .end()).isEqualTo(LocalTime.MIDNIGHT);
        rejects(() -> new SwotItem("s", Optional.empty(), Optional.empty(), SwotItem.Quadrant.S, "x", "", "", 0),
                "domain.invalid.swot_scope");
        rejects(() -> new GapItem("g", Dimension.LIV, Optional.empty(), Optional.empty(), " ", "", "", "",
                GapItem.Priority.HIGH, 0), "domain.invalid.empty_gap");
        rejects(() -> new Vote("v", "s", "GOV", 0), "domain.invalid.round");
        rejects(() -> new ReadinessScore(ReadinessScore.idFor("i"), "i", 101, ""), "domain.invalid.percent");
        rejects(() -> new Indicator("i", "", "Indikator", "", "", java.util.Collections.nCopies(11, "1"), 0),
                "domain.invalid.years");
        rejects(() -> new Mission(" m", "Misi", 0), "domain.invalid.id");
        rejects(() -> new Mission("m", "  ", 0), "domain.invalid.required");
        rejects(() -> new Mission("m", "x".repeat(1001), 0), "domain.invalid.text_too_long");
        rejects(() -> new Vision("v", "Visi", java.util.Collections.nCopies(600, "k".repeat(119)), false, 0),
                "domain.invalid.too_long");
    }

    @Test
    void agendaItemsEndAfterTheirDuration() {
        AgendaItem a = new AgendaItem("a", 1, LocalTime.of(10, 45, 30), 75, "Paparan 2", AgendaItem.Kind.TALK,
                "Tenaga ahli", List.of(), "", 0);
        assertThat(a.start()).isEqualTo(LocalTime.of(10, 45));
        assertThat(a.end()).isEqualTo(LocalTime.of(12, 0));
    }

    @Test
    void aFollowUpBelongsToItsBlockAndAnOlderFileReadsWithoutOne() {
        ActionItem f = ActionItem.followUp("f", "blok-1", " Susun draf perbup ", "Bagian Hukum",
                Optional.of(java.time.LocalDate.of(2022, 6, 30)), 2);
        assertThat(f.agendaItemId()).isEqualTo("blok-1");
        assertThat(f.step()).isEqualTo("Susun draf perbup");
        assertThat(f.programmeId()).isEmpty();
        assertThat(ActionItem.from(new ChangeLog().apply(f).state().get("action_item", "f").orElseThrow()))
                .isEqualTo(f);

        // written by a version that did not know the block: the field is simply absent
        ChangeLog old = new ChangeLog().apply(f.toEdits().stream()
                .filter(e -> !e.field().equals(ActionItem.F_AGENDA_ITEM)).toList());
        ActionItem read = ActionItem.from(old.state().get("action_item", "f").orElseThrow());
        assertThat(read.agendaItemId()).isEmpty();
        assertThat(read.step()).isEqualTo("Susun draf perbup");
        rejects(() -> ActionItem.followUp("f", "blok\n1", "Aksi", "", Optional.empty(), 0), "domain.invalid.id");
    }

    @Test
    void indicatorKeepsEmptyYearsInPlaceButDropsTrailingOnes() {
        Indicator i = new Indicator("i", "", "Layanan online", "layanan", "3", List.of("5", "", "12", "", ""), 0);
        assertThat(i.yearly()).containsExactly("5", "", "12");
        assertThat(i.targetFor(1)).contains("5");
        assertThat(i.targetFor(2)).isEmpty();
        assertThat(i.targetFor(3)).contains("12");
        assertThat(i.targetFor(9)).isEmpty();
    }

    @Test
    void strategyReportsLinksThatDoNotFit() {
        SwotItem s = new SwotItem("s", Optional.of(Dimension.GOV), Optional.empty(), SwotItem.Quadrant.S, "SDM", "", "", 0);
        SwotItem o = new SwotItem("o", Optional.of(Dimension.GOV), Optional.empty(), SwotItem.Quadrant.O, "Dana", "", "", 0);
        SwotItem t = new SwotItem("t", Optional.of(Dimension.GOV), Optional.empty(), SwotItem.Quadrant.T, "Hoaks", "", "", 0);
        SwotItem other = new SwotItem("x", Optional.of(Dimension.ENV), Optional.empty(), SwotItem.Quadrant.O, "Dana", "",
                "", 0);
        Strategy so = new Strategy("st", Dimension.GOV, Strategy.Type.SO, "Manfaatkan SDM", List.of("s", "o", "t", "x",
                "gone", "s"), 0);
        assertThat(so.swotItems()).containsExactly("s", "o", "t", "x", "gone");
        assertThat(so.misfits(Map.of("s", s, "o", o, "t", t, "x", other))).containsExactly("t", "x", "gone");
    }
}

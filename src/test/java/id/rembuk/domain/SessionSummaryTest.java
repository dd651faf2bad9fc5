package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionSummaryTest {
    private final UUID session = UUID.randomUUID();

    private static Participant person(String id, Participant.Unsur unsur, String group) {
        return new Participant(id, "Peserta " + id, "", "", "Diskominfo", unsur, group, "", "");
    }

    @Test
    void countsLiveEntitiesPerKindDimensionUnsurGroupAndDay() {
        ChangeLog log = new ChangeLog()
                .apply(new SessionInfo("Kabupaten Banggai", "Sulawesi Tengah", Stage.II, LocalDate.of(2022, 6, 16),
                        LocalDate.of(2022, 6, 17), "Luwuk", List.of(), List.of(), false).toEdits(session))
                .apply(person("p1", Participant.Unsur.OPD, "GOV"))
                .apply(person("p2", Participant.Unsur.OPD, "ENV"))
                .apply(person("p3", Participant.Unsur.AKADEMISI, ""))
                .apply(person("p4", Participant.Unsur.MEDIA, "GOV"))
                .apply(Attendance.of("p1", 1, LocalTime.of(8, 5)))
                .apply(Attendance.of("p1", 2, LocalTime.of(8, 10)))
                .apply(Attendance.of("p2", 1, LocalTime.of(8, 15)))
                .apply(Group.of(Dimension.GOV))
                .apply(Group.of(Element.STRUKTUR))
                .apply(swot("s1", Dimension.GOV)).apply(swot("s2", Dimension.GOV)).apply(swot("s3", Dimension.ECO))
                .apply(new SwotItem("s4", Optional.empty(), Optional.of(Element.BUDAYA), SwotItem.Quadrant.O, "Tari",
                        "", "", 0));
        log.apply(List.of(Edit.delete("participant", "p4"), Edit.delete("swot_item", "s2")));

        SessionSummary s = SessionSummary.of(log.state(), session);

        assertThat(s.info()).map(SessionInfo::region).contains("Kabupaten Banggai");
        assertThat(s.count(EntityKind.SESSION)).isEqualTo(1);
        assertThat(s.count(EntityKind.PARTICIPANT)).isEqualTo(3);
        assertThat(s.count(EntityKind.SWOT_ITEM)).isEqualTo(3);
        assertThat(s.count(EntityKind.PROGRAMME)).isZero();
        assertThat(s.counts()).containsOnlyKeys(EntityKind.values());
        assertThat(s.count(EntityKind.SWOT_ITEM, Dimension.GOV)).isEqualTo(1);
        assertThat(s.count(EntityKind.SWOT_ITEM, Dimension.ECO)).isEqualTo(1);
        assertThat(s.perDimension().get(EntityKind.SWOT_ITEM)).containsOnlyKeys(Dimension.values());
        assertThat(s.count(EntityKind.GROUP, Dimension.GOV)).isEqualTo(1);
        assertThat(s.perDimension()).doesNotContainKey(EntityKind.PARTICIPANT);
        assertThat(s.perUnsur().get(Participant.Unsur.OPD)).isEqualTo(2);
        assertThat(s.perUnsur().get(Participant.Unsur.AKADEMISI)).isEqualTo(1);
        assertThat(s.perUnsur().get(Participant.Unsur.MEDIA)).isZero();
        assertThat(s.perGroup()).containsExactly(
                org.assertj.core.api.Assertions.entry("", 1L),
                org.assertj.core.api.Assertions.entry("ENV", 1L),
                org.assertj.core.api.Assertions.entry("GOV", 1L));
        assertThat(s.attendancePerDay()).containsEntry(1, 2L).containsEntry(2, 1L);
        assertThat(s.conflicts()).isZero();
    }

    @Test
    void registrationsConfirmedAsOnePersonCountOnceAndTheirCheckInsForTheKeptOne() {
        ChangeLog log = new ChangeLog()
                .apply(person("p1", Participant.Unsur.OPD, "GOV"))
                .apply(person("p2", Participant.Unsur.AKADEMISI, ""))
                .apply(person("p3", Participant.Unsur.OPD, "GOV"))
                .apply(Attendance.of("p1", 1, LocalTime.of(8, 5)))
                .apply(Attendance.of("p2", 1, LocalTime.of(8, 7)))
                .apply(Attendance.of("p2", 2, LocalTime.of(8, 10)))
                .apply(SamePerson.of("p1", "p2", Duplicates.Reason.PHONE, SamePerson.Status.CONFIRMED));

        SessionSummary s = SessionSummary.of(log.state(), session);

        assertThat(s.count(EntityKind.PARTICIPANT)).isEqualTo(3);
        assertThat(s.people()).isEqualTo(2);
        assertThat(s.perUnsur().get(Participant.Unsur.OPD)).isEqualTo(2);
        assertThat(s.perUnsur().get(Participant.Unsur.AKADEMISI)).isZero();
        assertThat(s.perGroup()).containsExactly(org.assertj.core.api.Assertions.entry("GOV", 2L));
        assertThat(s.attendancePerDay()).containsEntry(1, 1L).containsEntry(2, 1L);

        log.apply(List.of(Edit.set("same_person", SamePerson.idFor("p1", "p2"), SamePerson.F_STATUS, "SEPARATE")));
        SessionSummary apart = SessionSummary.of(log.state(), session);
        assertThat(apart.people()).isEqualTo(3);
        assertThat(apart.perUnsur().get(Participant.Unsur.AKADEMISI)).isEqualTo(1);
        assertThat(apart.attendancePerDay()).containsEntry(1, 2L).containsEntry(2, 1L);
    }

    @Test
    void countsConflictsAndToleratesUnreadableValues() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID base = UUID.randomUUID();
        UUID replica = UUID.randomUUID();
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(base, "participant", "p1", "name", "Siti", Set.of(), 1, replica));
        changes.add(new Change(a, "participant", "p1", "unsur", "OPD", Set.of(), 2, replica));
        // two laptops rename the same person without seeing each other's edit
        changes.add(new Change(UUID.randomUUID(), "participant", "p1", "name", "Siti R.", Set.of(base), 3, replica));
        changes.add(new Change(UUID.randomUUID(), "participant", "p1", "name", "Siti Rahma", Set.of(base), 3,
                UUID.randomUUID()));
        changes.add(new Change(b, "participant", "p2", "name", "Budi", Set.of(), 4, replica));
        changes.add(new Change(UUID.randomUUID(), "participant", "p2", "unsur", "ALIEN", Set.of(), 5, replica));
        changes.add(new Change(UUID.randomUUID(), "swot_item", "s9", "dimension", "XYZ", Set.of(), 6, replica));
        changes.add(new Change(UUID.randomUUID(), "session", session.toString(), "stage", "V", Set.of(), 7, replica));

        SessionSummary s = SessionSummary.of(SessionState.fold(changes), session);

        assertThat(s.conflicts()).isEqualTo(1);
        assertThat(s.count(EntityKind.PARTICIPANT)).isEqualTo(2);
        assertThat(s.perUnsur().get(Participant.Unsur.OPD)).isEqualTo(1);
        assertThat(s.perUnsur().get(Participant.Unsur.LAINNYA)).isEqualTo(1);
        assertThat(s.count(EntityKind.SWOT_ITEM)).isEqualTo(1);
        assertThat(s.perDimension().get(EntityKind.SWOT_ITEM).values()).containsOnly(0L);
        assertThat(s.info()).isEmpty();
        assertThat(s.count(EntityKind.SESSION)).isEqualTo(1);
    }

    @Test
    void emptySession() {
        SessionSummary s = SessionSummary.of(SessionState.empty(), session);
        assertThat(s.info()).isEmpty();
        assertThat(s.counts().values()).containsOnly(0L);
        assertThat(s.perDimension()).containsOnlyKeys(SessionSummary.WITH_DIMENSION);
        assertThat(s.perDimension().get(EntityKind.PROGRAMME)).containsOnlyKeys(Dimension.values());
        assertThat(s.perGroup()).isEmpty();
        assertThat(s.conflicts()).isZero();
    }

    private static SwotItem swot(String id, Dimension d) {
        return new SwotItem(id, Optional.of(d), Optional.empty(), SwotItem.Quadrant.S, "Jaringan fiber", d.code(), "", 0);
    }
}

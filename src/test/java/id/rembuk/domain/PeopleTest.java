package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who is who after the facilitator's decisions about registrations of the same person. */
class PeopleTest {
    private static final Duplicates.Reason PHONE = Duplicates.Reason.PHONE;

    private static SamePerson same(String keep, String other) {
        return SamePerson.of(keep, other, PHONE, SamePerson.Status.CONFIRMED);
    }

    private static SamePerson separate(String keep, String other) {
        return SamePerson.of(keep, other, PHONE, SamePerson.Status.SEPARATE);
    }

    @Test
    void withoutDecisionsEveryRegistrationIsItsOwnPerson() {
        People p = People.of(List.of("a", "b"), List.of());
        assertThat(p.kept("a")).isEqualTo("a");
        assertThat(p.registrations("b")).containsExactly("b");
        assertThat(p.samePerson("a", "b")).isFalse();
        assertThat(p.kept("unknown")).isEqualTo("unknown");
    }

    @Test
    void aConfirmedPairIsOnePersonShownByTheKeptRegistrationWhicheverWayRound() {
        People ab = People.of(List.of("a", "b"), List.of(same("b", "a")));
        assertThat(ab.kept("a")).isEqualTo("b");
        assertThat(ab.kept("b")).isEqualTo("b");
        assertThat(ab.registrations("a")).containsExactly("b", "a");
        assertThat(ab.isKept("a")).isFalse();
        People ba = People.of(List.of("a", "b"), List.of(same("a", "b")));
        assertThat(ba.kept("b")).isEqualTo("a");
        assertThat(ba.registrations("b")).containsExactly("a", "b");
        assertThat(ab.samePerson("a", "b")).isTrue();
        assertThat(SamePerson.idFor("a", "b")).isEqualTo(SamePerson.idFor("b", "a"));
    }

    @Test
    void chainsResolveToTheirEndInAnyOrderOfLinks() {
        List<SamePerson> links = List.of(same("b", "a"), same("c", "b"));
        for (List<SamePerson> order : List.of(links, List.of(links.get(1), links.get(0)))) {
            People p = People.of(List.of("c", "a", "b", "d"), order);
            assertThat(p.kept("a")).isEqualTo("c");
            assertThat(p.kept("b")).isEqualTo("c");
            assertThat(p.registrations("a")).containsExactly("c", "a", "b");
            assertThat(p.kept("d")).isEqualTo("d");
        }
    }

    @Test
    void aCycleIsBrokenTheSameWayWhateverTheOrder() {
        List<SamePerson> links = new ArrayList<>(List.of(same("b", "a"), same("c", "b"), same("a", "c")));
        People first = People.of(List.of("a", "b", "c"), links);
        java.util.Collections.reverse(links);
        People second = People.of(List.of("c", "b", "a"), links);
        assertThat(first.kept("b")).isEqualTo("a").isEqualTo(second.kept("b"));
        assertThat(first.registrations("c")).containsExactly("a", "b", "c");
    }

    @Test
    void aDeletedRegistrationStillJoinsItsNeighboursButIsNeverShown() {
        People p = People.of(List.of("a", "c"), List.of(same("b", "a"), same("c", "b")));
        assertThat(p.kept("a")).isEqualTo("c");
        People keptGone = People.of(List.of("a"), List.of(same("b", "a")));
        assertThat(keptGone.kept("a")).isEqualTo("a");
        assertThat(keptGone.registrations("a")).containsExactly("a");
    }

    @Test
    void separatingAgainOrDeletingTheDecisionGivesBothRegistrationsBack() {
        ChangeLog log = new ChangeLog().apply(person("a", "0812 3456 7890")).apply(person("b", "+62 812-3456-7890"))
                .apply(same("a", "b"));
        assertThat(People.of(log.state()).kept("b")).isEqualTo("a");
        log.apply(List.of(Edit.set(EntityKind.SAME_PERSON.code(), SamePerson.idFor("a", "b"), SamePerson.F_STATUS,
                SamePerson.Status.SEPARATE.name())));
        People separated = People.of(log.state());
        assertThat(separated.kept("b")).isEqualTo("b");
        assertThat(separated.decision("b", "a")).map(SamePerson::status).contains(SamePerson.Status.SEPARATE);
        log.apply(same("b", "a"));
        assertThat(People.of(log.state()).kept("a")).isEqualTo("b");
        log.apply(List.of(Edit.delete(EntityKind.SAME_PERSON.code(), SamePerson.idFor("a", "b"))));
        People deleted = People.of(log.state());
        assertThat(deleted.kept("a")).isEqualTo("a");
        assertThat(deleted.decisions()).isEmpty();
        // the registrations themselves were never touched
        assertThat(Records.read(log.state(), EntityKind.PARTICIPANT, Participant::from).records())
                .containsExactlyInAnyOrder(person("a", "0812 3456 7890"), person("b", "+62 812-3456-7890"));
        assertThat(separated.samePerson("a", "b")).isFalse();
        assertThat(People.of(List.of("a", "b"), List.of(separate("a", "b"))).kept("b")).isEqualTo("b");
    }

    @Test
    void twoLaptopsConfirmingTheSamePairConcurrentlyWriteOneRecord() {
        List<Change> base = new ChangeLog().apply(person("a", "0812 3456 7890"))
                .apply(person("b", "+62 812-3456-7890")).changes();
        List<Change> all = new ArrayList<>(base);
        all.addAll(on(base, same("a", "b"), 100));
        all.addAll(on(base, same("a", "b"), 200));
        SessionState merged = SessionState.fold(all);
        assertThat(merged.count(EntityKind.SAME_PERSON.code())).isEqualTo(1);
        assertThat(merged.conflicts()).isEmpty();
        assertThat(People.of(merged).kept("b")).isEqualTo("a");
    }

    @Test
    void twoLaptopsKeepingDifferentRegistrationsStayOnePersonWithAConflictToSettle() {
        List<Change> base = new ChangeLog().apply(person("a", "")).apply(person("b", "")).changes();
        List<Change> all = new ArrayList<>(base);
        all.addAll(on(base, same("a", "b"), 100));
        all.addAll(on(base, same("b", "a"), 200));
        SessionState merged = SessionState.fold(all);
        assertThat(merged.count(EntityKind.SAME_PERSON.code())).isEqualTo(1);
        assertThat(merged.conflicts()).isNotEmpty();
        SamePerson read = Records.read(merged, EntityKind.SAME_PERSON, SamePerson::from).records().get(0);
        assertThat(Set.of(read.keep(), read.other())).containsExactlyInAnyOrder("a", "b");
        People p = People.of(merged);
        assertThat(p.samePerson("a", "b")).isTrue();
        // the same answer whichever order the files came in
        List<Change> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertThat(People.of(SessionState.fold(reversed)).kept("a")).isEqualTo(p.kept("a"));
    }

    private static Participant person(String id, String phone) {
        return new Participant(id, "Budi Santoso", "", "", "Diskominfo", Participant.Unsur.OPD, "", phone, "");
    }

    /** The record written on another laptop holding {@code base}: each field sees the base's values only. */
    private static List<Change> on(List<Change> base, SessionRecord r, long stamp) {
        SessionState seen = SessionState.fold(base);
        UUID replica = UUID.randomUUID();
        List<Change> out = new ArrayList<>();
        for (Edit e : r.toEdits()) {
            out.add(new Change(UUID.randomUUID(), e.kind(), e.entityId(), e.field(), e.value(),
                    seen.headIds(e.fieldKey()), stamp++, replica));
        }
        return out;
    }
}

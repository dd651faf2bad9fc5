package id.rembuk.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Duplicates;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Records;
import id.rembuk.domain.SamePerson;
import id.rembuk.domain.SessionSummary;
import id.rembuk.domain.change.Action;
import id.rembuk.i18n.Messages;
import id.rembuk.store.SessionFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Budi registered on two laptops, merged into the facilitator's file: suggested, confirmed as one
 * person, counted once, separated again; on real session files, without a toolkit.
 */
class DuplicatePeopleTest {
    @TempDir
    Path dir;

    private TwoLaptops laptops;
    private ParticipantsViewModel vm;
    private final List<Action> written = new ArrayList<>();

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.INDONESIAN);
        laptops = new TwoLaptops(dir);
        vm = new ParticipantsViewModel(laptops.state, a -> {
            written.add(a);
            laptops.applyToMaster().accept(a);
        }, null);
    }

    @AfterEach
    void close() {
        laptops.close();
    }

    private List<String> names() {
        return vm.rows().stream().map(r -> r.participant().name()).toList();
    }

    private SessionSummary summary() {
        return SessionSummary.of(laptops.master.state(), laptops.sessionId);
    }

    private int presentOnDayOne() {
        return AttendanceCounts.of(laptops.master.state(), 1).present();
    }

    @Test
    void theSamePersonFromTwoLaptopsIsSuggestedConfirmedCountedOnceAndSeparatedAgain() {
        assertThat(names()).containsExactly("Budi Santoso", "Siti Aminah");
        assertThat(vm.duplicates()).isEmpty();

        laptops.mergeGroupIntoMaster();
        assertThat(names()).containsExactly("Budi Santoso", "Budi Santoso, S.T.", "Siti Aminah");
        assertThat(summary().people()).isEqualTo(3);
        // 0812… and +62 812… are one number
        ParticipantsViewModel.DuplicateHint d = vm.duplicates().get(0);
        assertThat(vm.duplicates()).hasSize(1);
        assertThat(d.reason()).isEqualTo(Duplicates.Reason.PHONE);
        // the group's entry says more about him: it is the one kept unless the facilitator chooses
        assertThat(d.keep()).isEqualTo(laptops.budiInGroup);
        assertThat(d.other()).isEqualTo(laptops.budiAtDesk);
        assertThat(d.text()).isEqualTo("Budi Santoso, S.T. dan Budi Santoso: Nomor HP sama");

        // the facilitator keeps the desk's entry; Budi was checked in on the group's laptop only
        assertThat(vm.confirm(d, laptops.budiAtDesk.id())).isTrue();
        assertThat(written).extracting(Action::label)
                .containsExactly("Sama orang: Budi Santoso dan Budi Santoso, S.T.");
        assertThat(vm.duplicates()).isEmpty();
        assertThat(names()).containsExactly("Budi Santoso", "Siti Aminah");
        ParticipantsViewModel.PersonRow budi = vm.rows().get(0);
        assertThat(budi.merged()).isTrue();
        assertThat(budi.others()).containsExactly(laptops.budiInGroup);
        assertThat(budi.also()).isEqualTo("Juga: Budi Santoso, S.T. · Kepala Bidang Infrastruktur"
                + " · Bappeda Kabupaten Banggai · NIP 19780512 200312 1 004 · budi@banggaikab.go.id");
        assertThat(vm.totalProperty().get()).isEqualTo(2);
        assertThat(vm.countsProperty().get()).isEqualTo("2 peserta · 1 OPD · 1 Akademisi");
        assertThat(vm.merged()).singleElement().satisfies(m -> {
            assertThat(m.keep()).isEqualTo(laptops.budiAtDesk);
            assertThat(m.text()).isEqualTo("Budi Santoso dan Budi Santoso, S.T. (Nomor HP sama) · yang ditampilkan: Budi Santoso");
        });
        assertThat(summary().people()).isEqualTo(2);
        assertThat(summary().perUnsur().get(Participant.Unsur.OPD)).isEqualTo(1);
        assertThat(summary().attendancePerDay()).containsEntry(1, 1L);
        // the check-in under his other registration counts for the person shown
        AttendanceCounts.Day day = AttendanceCounts.of(laptops.master.state(), 1);
        assertThat(day.total()).isEqualTo(2);
        assertThat(day.of(laptops.budiAtDesk.id())).isPresent();
        // the group's registration is found by what it says, under the kept row
        vm.queryProperty().set("kabupaten banggai");
        assertThat(names()).containsExactly("Budi Santoso");
        vm.queryProperty().set("");

        // Ctrl+Z: two people again, the suggestion is back
        laptops.undoOnMaster();
        assertThat(names()).hasSize(3);
        assertThat(vm.duplicates()).hasSize(1);
        assertThat(summary().people()).isEqualTo(3);

        // confirmed again, then "Pisahkan lagi": both registrations exactly as they were, not suggested again
        vm.confirm(vm.duplicates().get(0), vm.duplicates().get(0).keep().id());
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.rows().get(0).participant()).isEqualTo(laptops.budiInGroup);
        assertThat(vm.unmerge(vm.merged().get(0))).isTrue();
        assertThat(written.get(written.size() - 1).label())
                .isEqualTo("Pisahkan lagi: Budi Santoso, S.T. dan Budi Santoso");
        assertThat(names()).containsExactly("Budi Santoso", "Budi Santoso, S.T.", "Siti Aminah");
        assertThat(vm.duplicates()).isEmpty();
        assertThat(vm.merged()).isEmpty();
        assertThat(Records.read(laptops.master.state(), EntityKind.PARTICIPANT, Participant::from).records())
                .containsExactlyInAnyOrder(laptops.budiAtDesk, laptops.budiInGroup, laptops.siti);
        assertThat(summary().people()).isEqualTo(3);
        assertThat(presentOnDayOne()).isEqualTo(1);
        assertThat(AttendanceCounts.of(laptops.master.state(), 1).of(laptops.budiInGroup.id())).isPresent();
    }

    @Test
    void notTheSamePersonStaysDismissedAfterReopeningAndOnTheOtherLaptop() throws Exception {
        laptops.mergeGroupIntoMaster();
        ParticipantsViewModel.DuplicateHint d = vm.duplicates().get(0);
        assertThat(vm.separate(d)).isTrue();
        assertThat(written).extracting(Action::label)
                .containsExactly("Bukan orang yang sama: Budi Santoso, S.T. dan Budi Santoso");
        assertThat(vm.duplicates()).isEmpty();
        assertThat(vm.rows()).hasSize(3);

        // the group's laptop gets the decision with the facilitator's file
        TwoLaptops.merge(laptops.master, laptops.group);
        ParticipantsViewModel onGroup = new ParticipantsViewModel(
                new SimpleObjectProperty<>(laptops.group.state()), a -> { }, null);
        assertThat(onGroup.duplicates()).isEmpty();
        assertThat(onGroup.rows()).hasSize(3);

        // and the facilitator's file, closed and opened again, still knows
        Path file = laptops.master.file();
        laptops.master.close();
        try (SessionFile again = SessionFile.open(file)) {
            ParticipantsViewModel reopened = new ParticipantsViewModel(
                    new SimpleObjectProperty<>(again.state()), a -> { }, null);
            assertThat(reopened.duplicates()).isEmpty();
            assertThat(reopened.rows()).hasSize(3);
        }
    }

    @Test
    void bothLaptopsConfirmingThePairMeetInOneRecord() {
        laptops.mergeGroupIntoMaster();
        TwoLaptops.merge(laptops.master, laptops.group);
        ParticipantsViewModel onGroup = new ParticipantsViewModel(
                new SimpleObjectProperty<>(laptops.group.state()), a -> TwoLaptops.applyTo(laptops.group, a), null);
        // neither has seen the other's decision; both keep the entry with more details
        onGroup.confirm(onGroup.duplicates().get(0), onGroup.duplicates().get(0).keep().id());
        vm.confirm(vm.duplicates().get(0), vm.duplicates().get(0).keep().id());
        laptops.mergeGroupIntoMaster();

        assertThat(laptops.master.state().count(EntityKind.SAME_PERSON.code())).isEqualTo(1);
        assertThat(laptops.master.state().conflicts()).isEmpty();
        assertThat(Records.read(laptops.master.state(), EntityKind.SAME_PERSON, SamePerson::from).records())
                .singleElement().satisfies(s -> assertThat(s.keep()).isEqualTo(laptops.budiInGroup.id()));
        assertThat(names()).containsExactly("Budi Santoso, S.T.", "Siti Aminah");
        assertThat(summary().people()).isEqualTo(2);
    }

    @Test
    void theRegistrationDeskSeesOnePersonPresentAndTakesBackEitherCheckIn() {
        laptops.mergeGroupIntoMaster();
        vm.confirm(vm.duplicates().get(0), laptops.budiAtDesk.id());
        AttendanceViewModel desk = new AttendanceViewModel(laptops.state, new SimpleObjectProperty<>(),
                laptops.applyToMaster(), java.time.Clock.fixed(java.time.Instant.parse("2022-06-16T00:10:00Z"),
                java.time.ZoneId.of("Asia/Makassar")));
        desk.chooseDay(1);
        assertThat(desk.rows()).extracting(r -> r.participant().name()).containsExactly("Budi Santoso", "Siti Aminah");
        assertThat(desk.rows().get(0).present()).isTrue();
        assertThat(desk.presentProperty().get()).isEqualTo(1);
        // checked in already, under his other registration
        assertThat(desk.checkIn(laptops.budiAtDesk.id())).isFalse();
        assertThat(desk.cancelCheckIn(laptops.budiAtDesk.id())).isTrue();
        assertThat(desk.presentProperty().get()).isZero();
        assertThat(presentOnDayOne()).isZero();
        assertThat(desk.checkIn(laptops.budiAtDesk.id())).isTrue();
        assertThat(desk.presentProperty().get()).isEqualTo(1);
        // separated again, the check-in belongs to the registration it was made for
        vm.unmerge(vm.merged().get(0));
        assertThat(desk.rows()).hasSize(3);
        assertThat(AttendanceCounts.of(laptops.master.state(), 1).of(laptops.budiAtDesk.id())).isPresent();
        assertThat(AttendanceCounts.of(laptops.master.state(), 1).of(laptops.budiInGroup.id())).isEmpty();
    }

    @Test
    void deletingAMergedPersonDeletesEveryRegistrationAndUndoBringsThemBack() {
        laptops.mergeGroupIntoMaster();
        vm.confirm(vm.duplicates().get(0), laptops.budiInGroup.id());
        assertThat(vm.delete(laptops.budiInGroup.id())).isTrue();
        assertThat(names()).containsExactly("Siti Aminah");
        assertThat(vm.duplicates()).isEmpty();
        laptops.undoOnMaster();
        assertThat(names()).containsExactly("Budi Santoso, S.T.", "Siti Aminah");
    }
}

package id.rembuk.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.Attendance;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Participant;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registration desk on the sample's real session file, without a toolkit, on a clock the test moves. */
class AttendanceViewModelTest {
    @TempDir
    Path home;

    private PeopleSession session;
    private AttendanceViewModel vm;
    private final List<Action> written = new ArrayList<>();

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new PeopleSession(home);
        vm = new AttendanceViewModel(session.shell.stateProperty(), session.shell.infoProperty(), a -> {
            written.add(a);
            session.shell.apply(a);
        }, session.clock);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private AttendanceViewModel.CheckInRow row(String name) {
        return vm.rows().stream().filter(r -> r.participant().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDaysComeFromTheSessionAndTodayIsChosen() {
        assertThat(vm.days()).extracting(AttendanceViewModel.DayChoice::label)
                .containsExactly("Hari 1 · Kamis, 16 Juni 2022", "Hari 2 · Jumat, 17 Juni 2022");
        assertThat(vm.dayProperty().get()).isEqualTo(1);
        assertThat(vm.dayNoticeProperty().get()).isNull();
        assertThat(vm.totalProperty().get()).isEqualTo(80);
        assertThat(vm.presentProperty().get()).isZero();
        assertThat(vm.absentProperty().get()).isEqualTo(80);

        session.at(2, 7, 45);
        AttendanceViewModel dayTwo = new AttendanceViewModel(session.shell, session.clock);
        assertThat(dayTwo.dayProperty().get()).isEqualTo(2);
        session.at(1, 7, 58);

        // the desk may look at another day; checking in then stamps today's time, and it says so
        vm.chooseDay(2);
        assertThat(vm.dayProperty().get()).isEqualTo(2);
        assertThat(vm.dayNoticeProperty().get().text())
                .isEqualTo("Hari 2 bukan hari ini: jam hadir dicatat menurut jam sekarang.");
        vm.chooseDay(3); // no such day
        assertThat(vm.dayProperty().get()).isEqualTo(2);
    }

    @Test
    void enterChecksInTheTopMatchAtTheClocksTimeAndEmptiesTheSearch() {
        vm.queryProperty().set("andriani hus");
        assertThat(vm.rows()).extracting(r -> r.participant().name()).containsExactly("Andriani Husain, S.Kom.");
        assertThat(vm.checkIn()).isTrue();

        Participant andriani = session.named("Andriani Husain, S.Kom.");
        assertThat(session.attendance()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(Attendance.idFor(andriani.id(), 1));
            assertThat(a.participantId()).isEqualTo(andriani.id());
            assertThat(a.day()).isEqualTo(1);
            assertThat(a.time()).isEqualTo(LocalTime.of(7, 58));
        });
        assertThat(vm.queryProperty().get()).isEmpty();
        assertThat(vm.rows()).hasSize(80);
        assertThat(vm.hintProperty().get().text()).isEqualTo("Andriani Husain, S.Kom. hadir pukul 07.58.");
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Hadir: Andriani Husain, S.Kom. (hari 1)");
        AttendanceViewModel.CheckInRow r = row("Andriani Husain, S.Kom.");
        assertThat(r.present()).isTrue();
        assertThat(r.time()).isEqualTo("07.58");
        assertThat(r.late()).isFalse();
        assertThat(vm.presentProperty().get()).isEqualTo(1);
        assertThat(vm.absentProperty().get()).isEqualTo(79);

        // again: already here, nothing written
        vm.queryProperty().set("andriani hus");
        assertThat(vm.checkIn()).isFalse();
        assertThat(vm.hintProperty().get().text()).isEqualTo("Andriani Husain, S.Kom. sudah hadir pukul 07.58.");
        assertThat(written).hasSize(1);
        assertThat(vm.queryProperty().get()).isEqualTo("andriani hus");

        vm.queryProperty().set("zzz");
        assertThat(vm.checkIn()).isFalse();
        assertThat(vm.hintProperty().get().text()).isEqualTo("Tidak ada peserta yang cocok dengan \"zzz\".");
        assertThat(written).hasSize(1);
    }

    @Test
    void theArrowsChooseAnotherMatchAndThoseNotYetHereComeFirst() {
        vm.queryProperty().set("ratna");
        List<String> found = vm.rows().stream().map(r -> r.participant().name()).toList();
        assertThat(found).containsExactlyInAnyOrder("Ratna Baso", "Ratna Husain", "Ratna Lahamu", "Ratna Lapasila",
                "Ratna Mangge");
        assertThat(vm.selectedIdProperty().get()).isEqualTo(vm.rows().get(0).id());
        vm.moveSelection(1);
        vm.moveSelection(1);
        vm.moveSelection(-1);
        String second = vm.rows().get(1).participant().name();
        assertThat(vm.checkIn()).isTrue();
        assertThat(session.attendance()).singleElement()
                .satisfies(a -> assertThat(a.participantId()).isEqualTo(session.named(second).id()));

        // searching again: the one already here goes below the others
        vm.queryProperty().set("ratna");
        assertThat(vm.rows().get(4).participant().name()).isEqualTo(second);
        assertThat(vm.selectedIdProperty().get()).isNotEqualTo(session.named(second).id());
        vm.moveSelection(-5);
        assertThat(vm.selectedIdProperty().get()).isEqualTo(vm.rows().get(0).id());
        vm.moveSelection(99);
        assertThat(vm.selectedIdProperty().get()).isEqualTo(vm.rows().get(4).id());
    }

    @Test
    void aCheckInAfterTheFirstBlockOfTheDayIsLate() {
        // day 1: registration 08.00–08.30, then the opening: late after 08.30
        assertThat(vm.lateAfterProperty().get()).isEqualTo("Terlambat setelah 08.30");
        session.at(1, 8, 30);
        vm.queryProperty().set("Nurhayati");
        vm.checkIn();
        session.at(1, 8, 31);
        vm.queryProperty().set("Taufik Husain");
        vm.checkIn();
        assertThat(vm.hintProperty().get().text()).isEqualTo("Taufik Husain hadir pukul 08.31 (terlambat).");
        assertThat(row("Nurhayati Tumanggor").late()).isFalse();
        assertThat(row("Taufik Husain").late()).isTrue();
        assertThat(vm.lateProperty().get()).isEqualTo(1);

        // day 2 starts with registration at 08.00 and the first FGD at 08.30
        vm.chooseDay(2);
        assertThat(vm.lateAfterProperty().get()).isEqualTo("Terlambat setelah 08.30");
        assertThat(vm.presentProperty().get()).isZero();
        assertThat(vm.lateProperty().get()).isZero();
    }

    @Test
    void whenTheProgrammeStarts() {
        AgendaItem reg = new AgendaItem("r", 1, LocalTime.of(7, 30), 45, "Registrasi", AgendaItem.Kind.REGISTRATION, "",
                List.of(), "", 0);
        AgendaItem talk = new AgendaItem("t", 1, LocalTime.of(9, 0), 60, "Materi", AgendaItem.Kind.TALK, "",
                List.of(), "", 1);
        AgendaItem opening = new AgendaItem("o", 1, LocalTime.of(8, 15), 30, "Pembukaan", AgendaItem.Kind.CEREMONY, "",
                List.of(), "", 2);
        AgendaItem otherDay = new AgendaItem("x", 2, LocalTime.of(7, 0), 30, "Materi", AgendaItem.Kind.TALK, "",
                List.of(), "", 0);
        assertThat(AttendanceCounts.lateAfter(List.of(talk, reg, opening, otherDay), 1)).isEqualTo(LocalTime.of(8, 15));
        assertThat(AttendanceCounts.lateAfter(List.of(reg, otherDay), 1)).isEqualTo(LocalTime.of(8, 15));
        assertThat(AttendanceCounts.lateAfter(List.of(otherDay), 1)).isEqualTo(LocalTime.of(8, 0));
        assertThat(AttendanceCounts.lateAfter(List.of(), 3)).isEqualTo(AttendanceCounts.DEFAULT_START);
    }

    @Test
    void undoAndBatalkanTakeACheckInBackAndItCanBeMadeAgain() {
        vm.queryProperty().set("marten baso");
        vm.checkIn();
        assertThat(vm.presentProperty().get()).isEqualTo(1);
        session.shell.undo();
        assertThat(session.attendance()).isEmpty();
        assertThat(vm.presentProperty().get()).isZero();
        assertThat(row("Marten Baso, S.Sos., M.Si.").present()).isFalse();

        session.at(1, 8, 5);
        vm.queryProperty().set("marten baso");
        assertThat(vm.checkIn()).isTrue();
        assertThat(session.attendance()).singleElement()
                .satisfies(a -> assertThat(a.time()).isEqualTo(LocalTime.of(8, 5)));

        String id = session.named("Marten Baso, S.Sos., M.Si.").id();
        assertThat(vm.cancelCheckIn(id)).isTrue();
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Batalkan hadir: Marten Baso, S.Sos., M.Si. (hari 1)");
        assertThat(vm.hintProperty().get().text()).isEqualTo("Kehadiran Marten Baso, S.Sos., M.Si. dibatalkan.");
        assertThat(session.attendance()).isEmpty();
        assertThat(vm.cancelCheckIn(id)).isFalse();

        // the record was deleted: checking in again brings it back with the new time
        session.at(1, 8, 40);
        assertThat(vm.checkIn(id)).isTrue();
        assertThat(session.attendance()).singleElement().satisfies(a -> {
            assertThat(a.time()).isEqualTo(LocalTime.of(8, 40));
            assertThat(a.id()).isEqualTo(Attendance.idFor(id, 1));
        });
        assertThat(row("Marten Baso, S.Sos., M.Si.").late()).isTrue();
        session.shell.undo();
        assertThat(session.attendance()).isEmpty();
        session.shell.undo();
        assertThat(session.attendance()).singleElement()
                .satisfies(a -> assertThat(a.time()).isEqualTo(LocalTime.of(8, 5)));
        assertThat(session.dialogs.errors).isEmpty();
    }

    @Test
    void countsPerUnsurAndPerGroupFollowTheCheckIns() {
        for (String name : List.of("Nurhayati Tumanggor", "Andi Rauf", "Arif Umasangadji", "Wahyu Saleh")) {
            vm.queryProperty().set(name);
            assertThat(vm.checkIn()).as(name).isTrue();
        }
        assertThat(vm.byUnsur()).extracting(AttendanceCounts.Tally::label, AttendanceCounts.Tally::present,
                AttendanceCounts.Tally::total).containsExactly(
                org.assertj.core.groups.Tuple.tuple("OPD", 2, 30),
                org.assertj.core.groups.Tuple.tuple("Dewan Smart City", 1, 20),
                org.assertj.core.groups.Tuple.tuple("Akademisi", 0, 6),
                org.assertj.core.groups.Tuple.tuple("Bisnis", 0, 5),
                org.assertj.core.groups.Tuple.tuple("Pemuda", 0, 4),
                org.assertj.core.groups.Tuple.tuple("Seniman/Budayawan", 0, 4),
                org.assertj.core.groups.Tuple.tuple("Relawan TIK", 0, 4),
                org.assertj.core.groups.Tuple.tuple("Komunitas", 0, 4),
                org.assertj.core.groups.Tuple.tuple("Media", 1, 3));
        // Nurhayati and Arif are in Smart Governance, Andi Rauf in Environment, Wahyu Saleh in Branding
        assertThat(vm.byGroup()).extracting(AttendanceCounts.Tally::key, AttendanceCounts.Tally::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GOV", 2),
                        org.assertj.core.groups.Tuple.tuple("BRD", 1),
                        org.assertj.core.groups.Tuple.tuple("ECO", 0),
                        org.assertj.core.groups.Tuple.tuple("LIV", 0),
                        org.assertj.core.groups.Tuple.tuple("SOC", 0),
                        org.assertj.core.groups.Tuple.tuple("ENV", 1));
        assertThat(vm.byGroup().stream().mapToInt(AttendanceCounts.Tally::total).sum()).isEqualTo(80);
        assertThat(vm.byGroup().get(0).label()).isEqualTo("Smart Governance");

        // a participant deleted after checking in no longer counts; someone without a group is counted apart
        String wahyu = session.named("Wahyu Saleh").id();
        Participant andi = session.named("Andi Rauf");
        session.shell.apply(new Action("test", List.of(Edit.delete(EntityKind.PARTICIPANT.code(), wahyu),
                Edit.set(EntityKind.PARTICIPANT.code(), andi.id(), Participant.F_GROUP, null))));
        assertThat(vm.presentProperty().get()).isEqualTo(3);
        assertThat(vm.totalProperty().get()).isEqualTo(79);
        assertThat(vm.byGroup().get(vm.byGroup().size() - 1)).isEqualTo(
                new AttendanceCounts.Tally("", "Belum berkelompok", 1, 1));
    }

    @Test
    void theSamplesEightyParticipantsAreCheckedInOnBothDays() {
        List<Participant> everyone = session.participants();
        assertThat(everyone).hasSize(80);
        for (int day = 1; day <= 2; day++) {
            vm.chooseDay(day);
            session.at(day, 7, 50);
            long start = System.nanoTime();
            for (Participant p : everyone) {
                // what the desk types: the name as the person says it, then Enter
                vm.queryProperty().set(p.name());
                assertThat(vm.checkIn()).as(p.name()).isTrue();
                assertThat(vm.hintProperty().get().args().get(0)).isEqualTo(p.name());
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            // a sanity figure for the log, not a limit: the room's pace is set by people, not by this
            System.out.printf("check-in of %d participants on day %d: %d ms (%.1f ms each)%n", everyone.size(), day, ms,
                    ms / (double) everyone.size());
            assertThat(vm.presentProperty().get()).isEqualTo(80);
            assertThat(vm.absentProperty().get()).isZero();
        }
        assertThat(session.attendance()).hasSize(160);
        assertThat(session.attendance().stream().filter(a -> a.day() == 2)).hasSize(80);
        assertThat(written).hasSize(160);
        assertThat(AttendanceCounts.of(session.state(), 1).present()).isEqualTo(80);
        assertThat(session.dialogs.errors).isEmpty();
    }

    @Test
    void theWordsFollowTheLanguage() {
        try {
            Messages.setLocale(java.util.Locale.ENGLISH);
            vm.refresh();
            assertThat(vm.days().get(0).label()).startsWith("Day 1 · ");
            assertThat(vm.lateAfterProperty().get()).isEqualTo("Late after 08:30");
            assertThat(PeopleText.group("BRD", Labels.defaults())).isEqualTo("Smart Branding");
            assertThat(PeopleText.group("STRUKTUR", Labels.defaults())).isEqualTo("Structure");
        } finally {
            Messages.setLocale(Messages.INDONESIAN);
        }
    }
}

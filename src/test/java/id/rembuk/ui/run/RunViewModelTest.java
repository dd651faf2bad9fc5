package id.rembuk.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.HandClock;
import id.rembuk.agenda.DayTiming;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.BlockRun;
import id.rembuk.domain.ChangeLog;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Group;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run screen's model with a hand-moved clock; every command goes through a change log as the file would. */
class RunViewModelTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    final HandClock clock = new HandClock(LocalDate.of(2026, 6, 16).atTime(7, 55).atZone(WIB).toInstant(), WIB);
    final ChangeLog log = new ChangeLog();
    final SimpleObjectProperty<SessionState> state = new SimpleObjectProperty<>();
    final List<Action> actions = new ArrayList<>();
    final List<String> sounds = new ArrayList<>();
    RunViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        List<String> all = Arrays.stream(Dimension.values()).map(Group::idFor).toList();
        log.apply(new AgendaItem("reg", 1, LocalTime.of(8, 0), 30, "Registrasi peserta", AgendaItem.Kind.REGISTRATION,
                "", List.of(), "", 0));
        log.apply(new AgendaItem("fgd", 1, LocalTime.of(8, 30), 90, "FGD kelompok: SWOT per elemen",
                AgendaItem.Kind.FGD, "Dr. Rina", all, "Matriks SWOT per elemen", 0));
        log.apply(new AgendaItem("d2", 2, LocalTime.of(8, 0), 60, "Presentasi", AgendaItem.Kind.PLENARY, "", List.of(),
                "", 0));
        state.set(log.state());
        vm = new RunViewModel(state, new SimpleObjectProperty<SessionInfo>(), a -> {
            actions.add(a);
            log.apply(a.edits());
            state.set(log.state());
        }, clock, new Sounds() {
            @Override
            public void warning() {
                sounds.add("warning");
            }

            @Override
            public void chime() {
                sounds.add("chime");
            }
        });
    }

    void at(int h, int m, int s) {
        clock.set(LocalDate.of(2026, 6, 16).atTime(h, m, s).atZone(WIB).toInstant());
        vm.tick();
    }

    @Test
    void beforeTheStartTheScreenShowsWhatComesFirst() {
        assertThat(vm.days()).containsExactly(1, 2);
        assertThat(vm.dayProperty().get()).isEqualTo(1);
        assertThat(vm.titleProperty().get()).isEqualTo("Berikutnya: Registrasi peserta");
        assertThat(vm.countdownProperty().get()).isEqualTo("30:00");
        assertThat(vm.phaseProperty().get()).isEqualTo(DayTiming.Phase.IDLE);
        assertThat(vm.scheduleProperty().get()).isEqualTo("Sesuai jadwal");
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.rows().get(0).next()).isTrue();
        assertThat(vm.currentIdProperty().get()).isNull();
    }

    @Test
    void startPauseAndNextAreUndoableActionsWithClearNames() {
        at(8, 3, 0);
        vm.toggle();
        assertThat(actions).extracting(Action::label).containsExactly("Mulai: Registrasi peserta");
        at(8, 13, 30);
        assertThat(vm.countdownProperty().get()).isEqualTo("19:30");
        assertThat(vm.scheduleProperty().get()).isEqualTo("Terlambat 3 menit");
        assertThat(vm.paceProperty().get()).isEqualTo(RunViewModel.Pace.BEHIND);
        assertThat(vm.projectionProperty().get()).isEqualTo("Perkiraan selesai 10.03 (rencana 10.00)");
        assertThat(vm.nextTextProperty().get()).isEqualTo("Berikutnya 08.30 · FGD kelompok: SWOT per elemen");
        vm.toggle();
        assertThat(vm.pausedProperty().get()).isTrue();
        at(8, 20, 0);
        assertThat(vm.countdownProperty().get()).isEqualTo("19:30");
        vm.toggle();
        vm.next();
        assertThat(actions).extracting(Action::label).containsExactly("Mulai: Registrasi peserta",
                "Jeda: Registrasi peserta", "Lanjutkan: Registrasi peserta",
                "Blok berikutnya: FGD kelompok: SWOT per elemen");
        assertThat(vm.currentIdProperty().get()).isEqualTo("fgd");
        assertThat(vm.metaProperty().get()).isEqualTo("08.30–10.00 · Diskusi kelompok (FGD) · Dr. Rina · Semua kelompok");
        assertThat(vm.instructionProperty().get()).isEqualTo("Matriks SWOT per elemen");
        // 10 min 30 s of run time, the pause left out
        assertThat(vm.rows().get(0).actual()).isEqualTo("08.03–08.20 · 11 mnt");
        assertThat(vm.rows().get(1).current()).isTrue();
    }

    @Test
    void aSecondKeyPressActsOnTheFirstBeforeTheFileAnswers() {
        List<Action> pending = new ArrayList<>();
        RunViewModel slow = new RunViewModel(state, new SimpleObjectProperty<>(), pending::add, clock, new Sounds() {
            @Override
            public void warning() {
            }

            @Override
            public void chime() {
            }
        });
        slow.next();
        slow.next();
        assertThat(pending).hasSize(2);
        assertThat(pending.get(1).label()).isEqualTo("Blok berikutnya: FGD kelompok: SWOT per elemen");
        assertThat(slow.currentIdProperty().get()).isEqualTo("fgd");
    }

    @Test
    void theWarningSoundsOnceAtTwoMinutesAndTheChimeAtZeroUnlessMuted() {
        at(8, 0, 0);
        vm.toggle();
        at(8, 27, 59);
        at(8, 28, 0);
        at(8, 28, 1);
        assertThat(sounds).containsExactly("warning");
        assertThat(vm.phaseProperty().get()).isEqualTo(DayTiming.Phase.WARNING);
        at(8, 30, 0);
        at(8, 31, 5);
        assertThat(sounds).containsExactly("warning", "chime");
        assertThat(vm.countdownProperty().get()).isEqualTo("+01:05");
        vm.addMinutes(5);
        // five more minutes: two minutes before the new end it warns again
        at(8, 33, 0);
        assertThat(sounds).containsExactly("warning", "chime", "warning");
        vm.mutedProperty().set(true);
        at(8, 35, 0);
        assertThat(sounds).containsExactly("warning", "chime", "warning");
        assertThat(vm.phaseProperty().get()).isEqualTo(DayTiming.Phase.OVERTIME);
    }

    @Test
    void reopeningInOvertimeDoesNotChimeAgain() {
        at(8, 0, 0);
        vm.toggle();
        clock.advance(Duration.ofMinutes(45));
        List<String> heard = new ArrayList<>();
        RunViewModel reopened = new RunViewModel(state, new SimpleObjectProperty<>(), a -> { }, clock, new Sounds() {
            @Override
            public void warning() {
                heard.add("warning");
            }

            @Override
            public void chime() {
                heard.add("chime");
            }
        });
        reopened.tick();
        assertThat(reopened.countdownProperty().get()).isEqualTo("+15:00");
        assertThat(heard).isEmpty();
    }

    @Test
    void theDayFollowsTheRoomUntilTheFacilitatorPicksOne() {
        vm.chooseDay(2);
        assertThat(vm.titleProperty().get()).isEqualTo("Berikutnya: Presentasi");
        state.set(log.apply(List.of()).state());
        assertThat(vm.dayProperty().get()).isEqualTo(2);
        vm.toggle();
        assertThat(vm.currentIdProperty().get()).isEqualTo("d2");
        assertThat(new RunViewModel(state, new SimpleObjectProperty<>(), a -> { }, clock, new Sounds() {
            @Override
            public void warning() {
            }

            @Override
            public void chime() {
            }
        }).dayProperty().get()).isEqualTo(2);
    }

    @Test
    void aDayPreparedAheadIsNotLateAndTheDateOfTheDayIsShown() {
        SimpleObjectProperty<SessionInfo> info = new SimpleObjectProperty<>(new SessionInfo("Kabupaten Banggai",
                "Sulawesi Tengah", id.rembuk.domain.Stage.I, LocalDate.of(2026, 6, 18), LocalDate.of(2026, 6, 19),
                "", List.of(), List.of(), false));
        RunViewModel ahead = new RunViewModel(state, info, a -> { }, clock, new Sounds() {
            @Override
            public void warning() {
            }

            @Override
            public void chime() {
            }
        });
        at(14, 0, 0);
        ahead.tick();
        assertThat(ahead.dayTitleProperty().get()).isEqualTo("Hari ke-1 · Kamis, 18 Juni 2026");
        assertThat(ahead.scheduleProperty().get()).isEqualTo("Belum dimulai");
        assertThat(ahead.projectionProperty().get()).isEqualTo("Rencana 08.00–10.00");
        // on the day itself the same hour is late
        assertThat(vm.scheduleProperty().get()).isEqualTo("Terlambat 360 menit");
    }

    @Test
    void skippedBlocksCanBeTakenBackAndCountdownsReadAsClockFaces() {
        vm.skipNext();
        assertThat(vm.rows().get(0).run().status()).isEqualTo(BlockRun.Status.SKIPPED);
        vm.toggleSkip("reg");
        assertThat(vm.rows().get(0).run().status()).isEqualTo(BlockRun.Status.PLANNED);
        assertThat(actions).extracting(Action::label).containsExactly("Lewati: Registrasi peserta",
                "Batal lewati: Registrasi peserta");
        assertThat(RunViewModel.countdown(7199)).isEqualTo("119:59");
        assertThat(RunViewModel.countdown(-59)).isEqualTo("+00:59");
        assertThat(RunViewModel.countdown(0)).isEqualTo("00:00");
    }
}

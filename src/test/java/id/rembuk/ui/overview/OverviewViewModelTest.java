package id.rembuk.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.Attendance;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Label;
import id.rembuk.domain.Participant;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.store.SessionFile;
import id.rembuk.ui.conflicts.ConflictSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewViewModelTest {
    @TempDir
    Path dir;

    @BeforeEach
    void indonesian() {
        Messages.setLocale(Messages.INDONESIAN);
    }

    @Test
    void summarisesFactsCountsDimensionsAndConflicts() throws Exception {
        UUID id = UUID.randomUUID();
        SimpleObjectProperty<SessionState> state = new SimpleObjectProperty<>();
        SimpleObjectProperty<UUID> sessionId = new SimpleObjectProperty<>();
        OverviewViewModel vm = new OverviewViewModel(state, sessionId);
        assertThat(vm.infoProperty().get()).isNull();
        assertThat(vm.dimensions()).hasSize(6).allMatch(r -> r.total() == 0);

        try (SessionFile file = SessionFile.create(dir.resolve("s.mv.db"), id, "test")) {
            SessionInfo info = new SessionInfo("Kota Palu", "", Stage.II, LocalDate.of(2026, 3, 5),
                    LocalDate.of(2026, 3, 6), "Hotel Santika", List.of("Rina"), List.of(), false);
            file.apply(new Action("Buat sesi", info.toEdits(id)));
            String p = EntityKind.PARTICIPANT.code();
            String swot = EntityKind.SWOT_ITEM.code();
            file.apply(Action.of("Tambah peserta", Edit.set(p, "p1", "name", "Siti"), Edit.set(p, "p2", "name", "Budi"),
                    Edit.set(p, "p3", "name", "Ani")));
            file.apply(Action.of("Hapus peserta", Edit.delete(p, "p3")));
            file.apply(Action.of("SWOT", Edit.set(swot, "s1", "dimension", "GOV"), Edit.set(swot, "s2", "dimension", "GOV"),
                    Edit.set(swot, "s3", "dimension", "ENV"),
                    Edit.set(EntityKind.PROGRAMME.code(), "g1", "dimension", "GOV")));
            // two laptops wrote the same name without seeing each other: a conflict
            UUID replica = UUID.randomUUID();
            file.importChanges(List.of(
                    new Change(UUID.randomUUID(), p, "p1", "name", "Siti Aminah", Set.of(), 1, replica)),
                    Map.of(replica, "laptop 2"));
            sessionId.set(id);
            state.set(file.state());
        }

        assertThat(vm.regionProperty().get()).isEqualTo("Kota Palu");
        assertThat(vm.provinceProperty().get()).isEqualTo("—");
        assertThat(vm.stageProperty().get()).isEqualTo("Tahap II");
        assertThat(vm.datesProperty().get()).isEqualTo("Kamis, 5 Maret 2026 – Jumat, 6 Maret 2026");
        assertThat(vm.participantsProperty().get()).isEqualTo(2);
        assertThat(vm.conflictsProperty().get()).isEqualTo(1);
        assertThat(vm.kindCounts()).extracting(OverviewViewModel.KindCount::label, OverviewViewModel.KindCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Peserta", 2L),
                        org.assertj.core.groups.Tuple.tuple("Butir SWOT", 3L),
                        org.assertj.core.groups.Tuple.tuple("Program", 1L));
        List<String> rows = new ArrayList<>();
        vm.dimensions().forEach(r -> rows.add(r.dimension() + " " + r.total() + " " + r.detail()));
        assertThat(rows).containsExactly("GOV 3 Butir SWOT 2 · Program 1", "BRD 0 ", "ECO 0 ", "LIV 0 ", "SOC 0 ",
                "ENV 1 Butir SWOT 1");
        assertThat(vm.dimensions().get(0).label()).isEqualTo(Dimension.GOV.defaultLabel());
    }

    @Test
    void theConflictCountIncludesItemsDeletedOnOneLaptopAndEditedOnAnother() throws Exception {
        SimpleObjectProperty<SessionState> state = new SimpleObjectProperty<>();
        OverviewViewModel vm = new OverviewViewModel(state, new SimpleObjectProperty<>(UUID.randomUUID()));
        ConflictSession files = new ConflictSession(dir.resolve("merged"));
        try (SessionFile master = SessionFile.open(files.master, true)) {
            state.set(master.state());
            // two fields written on two laptops, and a participant deleted on one while edited on another
            assertThat(master.state().conflicts()).hasSize(2);
            assertThat(vm.conflictsProperty().get()).isEqualTo(3);
        }
    }

    @Test
    void dimensionsUseTheSessionsOwnWordingAndTheCurrentLanguage() throws Exception {
        UUID id = UUID.randomUUID();
        SimpleObjectProperty<SessionState> state = new SimpleObjectProperty<>();
        SimpleObjectProperty<UUID> sessionId = new SimpleObjectProperty<>(id);
        OverviewViewModel vm = new OverviewViewModel(state, sessionId);
        try (SessionFile file = SessionFile.create(dir.resolve("s.mv.db"), id, "test")) {
            file.apply(new Action("Label", Label.of(Dimension.GOV, "Tata Kelola Cerdas", "Smart Gov").toEdits()));
            state.set(file.state());
        }
        assertThat(vm.dimensions().get(0).label()).isEqualTo("Tata Kelola Cerdas");
        assertThat(vm.dimensions().get(0).description()).isEqualTo("Tata kelola pemerintahan");
        try {
            Messages.setLocale(java.util.Locale.ENGLISH);
            vm.refresh();
            assertThat(vm.dimensions().get(0).label()).isEqualTo("Smart Gov");
            assertThat(vm.dimensions().get(0).description()).isEqualTo("Government and governance");
            assertThat(vm.dimensions().get(1).label()).isEqualTo("Smart Branding");
            assertThat(vm.dimensions().get(1).description()).isEqualTo("Regional branding");
        } finally {
            Messages.setLocale(Messages.INDONESIAN);
        }
    }

    @Test
    void factsThatContradictEachOtherShowAsNoneAndTheRestStillShows() throws Exception {
        UUID id = UUID.randomUUID();
        SimpleObjectProperty<SessionState> state = new SimpleObjectProperty<>();
        SimpleObjectProperty<UUID> sessionId = new SimpleObjectProperty<>(id);
        OverviewViewModel vm = new OverviewViewModel(state, sessionId);
        String s = EntityKind.SESSION.code();
        try (SessionFile file = SessionFile.create(dir.resolve("s.mv.db"), id, "test")) {
            file.apply(Action.of("merged", Edit.set(s, id.toString(), SessionInfo.F_REGION, "Kota Palu"),
                    Edit.set(s, id.toString(), SessionInfo.F_FIRST_DAY, "2026-03-06"),
                    Edit.set(s, id.toString(), SessionInfo.F_LAST_DAY, "2026-03-05"),
                    Edit.set(EntityKind.PARTICIPANT.code(), "p1", "name", "Siti")));
            state.set(file.state());
        }
        assertThat(vm.infoProperty().get()).isNull();
        assertThat(vm.regionProperty().get()).isEmpty();
        assertThat(vm.participantsProperty().get()).isEqualTo(1);
    }

    @Test
    void attendanceIsCountedPerDayPerUnsurAndPerGroup() throws Exception {
        UUID id = UUID.randomUUID();
        SimpleObjectProperty<SessionState> state = new SimpleObjectProperty<>();
        SimpleObjectProperty<UUID> sessionId = new SimpleObjectProperty<>(id);
        OverviewViewModel vm = new OverviewViewModel(state, sessionId);
        try (SessionFile file = SessionFile.create(dir.resolve("s.mv.db"), id, "test")) {
            file.apply(new Action("Buat sesi", new SessionInfo("Kabupaten Banggai", "", Stage.I,
                    LocalDate.of(2022, 6, 16), LocalDate.of(2022, 6, 17), "", List.of(), List.of(), false).toEdits(id)));
            state.set(file.state());
            assertThat(vm.attendance()).as("no participants, no attendance section").isEmpty();
            List<Edit> edits = new ArrayList<>();
            edits.addAll(person("p1", Participant.Unsur.OPD, "GOV").toEdits());
            edits.addAll(person("p2", Participant.Unsur.OPD, "ECO").toEdits());
            edits.addAll(person("p3", Participant.Unsur.DEWAN_SMART_CITY, "GOV").toEdits());
            edits.addAll(person("p4", Participant.Unsur.MEDIA, "").toEdits());
            edits.addAll(new AgendaItem("a1", 1, LocalTime.of(8, 0), 30, "Registrasi", AgendaItem.Kind.REGISTRATION, "",
                    List.of(), "", 0).toEdits());
            edits.addAll(new AgendaItem("a2", 1, LocalTime.of(8, 30), 30, "Pembukaan", AgendaItem.Kind.CEREMONY, "",
                    List.of(), "", 1).toEdits());
            edits.addAll(Attendance.of("p1", 1, LocalTime.of(8, 10)).toEdits());
            edits.addAll(Attendance.of("p3", 1, LocalTime.of(8, 45)).toEdits());
            edits.addAll(Attendance.of("p4", 1, LocalTime.of(8, 20)).toEdits());
            edits.addAll(Attendance.of("p2", 2, LocalTime.of(7, 55)).toEdits());
            // checked in, then deleted from the list: not counted
            edits.addAll(person("p5", Participant.Unsur.OPD, "GOV").toEdits());
            edits.addAll(Attendance.of("p5", 1, LocalTime.of(8, 0)).toEdits());
            file.apply(new Action("Peserta dan hadir", edits));
            file.apply(Action.of("Hapus", Edit.delete(EntityKind.PARTICIPANT.code(), "p5")));
            state.set(file.state());
        }
        assertThat(vm.attendance()).hasSize(2);
        OverviewViewModel.AttendanceRow day1 = vm.attendance().get(0);
        assertThat(day1.label()).isEqualTo("Hari 1 · Kamis, 16 Juni 2022");
        assertThat(day1.present()).isEqualTo(3);
        assertThat(day1.total()).isEqualTo(4);
        assertThat(day1.late()).isEqualTo(1);
        assertThat(day1.byUnsur().replace('\u00a0', ' ')).isEqualTo("OPD 1/2 · Dewan Smart City 1/1 · Media 1/1");
        assertThat(day1.byGroup().replace('\u00a0', ' '))
                .isEqualTo("Smart Governance 2/2 · Smart Economy 0/1 · Belum berkelompok 1/1");
        OverviewViewModel.AttendanceRow day2 = vm.attendance().get(1);
        assertThat(day2.label()).isEqualTo("Hari 2 · Jumat, 17 Juni 2022");
        assertThat(List.of(day2.present(), day2.late())).containsExactly(1, 0);
        assertThat(day2.byUnsur().replace('\u00a0', ' ')).isEqualTo("OPD 1/2 · Dewan Smart City 0/1 · Media 0/1");
        // the overview's own count of kinds counts check-ins as they are stored (one per person and day)
        assertThat(vm.kindCounts()).extracting(OverviewViewModel.KindCount::label).contains("Kehadiran");
    }

    private static Participant person(String id, Participant.Unsur unsur, String group) {
        return new Participant(id, "Peserta " + id, "", "", "Dinas", unsur, group, "", "");
    }
}

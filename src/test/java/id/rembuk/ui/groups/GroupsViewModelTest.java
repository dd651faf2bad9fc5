package id.rembuk.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Group;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Records;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.groups.GroupsViewModel.Card;
import id.rembuk.ui.groups.GroupsViewModel.Member;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The groups screen's view model on the sample's real session file, undo included. */
class GroupsViewModelTest {
    @TempDir
    Path home;

    private GroupsSession session;
    private GroupsViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new GroupsSession(home);
        vm = new GroupsViewModel(session.shell);
    }

    @AfterEach
    void close() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    private Card card(String id) {
        return vm.cards().stream().filter(c -> c.groupId().equals(id)).findFirst().orElseThrow();
    }

    private Map<String, String> groupsInFile() {
        return Records.read(session.shell.stateProperty().get(), EntityKind.PARTICIPANT, Participant::from).records()
                .stream().collect(Collectors.toMap(Participant::id, Participant::group));
    }

    @Test
    void showsTheSixDimensionGroupsOfTheSampleWithTheirPeopleAndBalance() {
        assertThat(vm.cards()).extracting(Card::groupId).containsExactly("GOV", "BRD", "ECO", "LIV", "SOC", "ENV");
        assertThat(vm.cards()).extracting(Card::title).containsExactly("Smart Governance", "Smart Branding",
                "Smart Economy", "Smart Living", "Smart Society", "Smart Environment");
        assertThat(card("GOV").subtitle()).isEqualTo("Kelompok 1 · GOV");
        assertThat(card("GOV").style()).isEqualTo("group-GOV");
        assertThat(vm.cards()).extracting(c -> c.members().size()).containsExactly(16, 12, 13, 13, 13, 13);
        assertThat(card("GOV").uneven()).isTrue();
        assertThat(card("GOV").hints()).contains("2 orang dari BKPSDM");
        assertThat(vm.pool()).isEmpty();
        assertThat(vm.summaryProperty().get())
                .isEqualTo("80 peserta · 6 kelompok berisi · 12–16 orang per kelompok · 0 belum berkelompok");
        assertThat(vm.elementGroupsProperty().get()).isFalse();
        Member first = card("GOV").members().get(0);
        assertThat(first.unsurLabel()).isIn("OPD", "Dewan Smart City", "Akademisi", "Relawan TIK");
    }

    @Test
    void autoAssignPreviewsSixGroupsOfThirteenOrFourteenAndAppliesAsOneUndoableAction() {
        Map<String, String> before = groupsInFile();
        vm.startAutoAssign();
        GroupsViewModel.Preview preview = vm.previewProperty().get();

        assertThat(preview.people()).isEqualTo(80);
        assertThat(preview.minSize()).isEqualTo(13);
        assertThat(preview.maxSize()).isEqualTo(14);
        assertThat(preview.after()).isLessThan(preview.before());
        assertThat(preview.rows()).extracting(GroupsViewModel.PreviewRow::opd).containsOnly(5);
        assertThat(preview.rows()).allSatisfy(r -> assertThat(r.shared()).isEmpty());
        // nothing is written before "Terapkan"
        assertThat(groupsInFile()).isEqualTo(before);

        assertThat(vm.applyAutoAssign()).isTrue();

        assertThat(vm.cards()).extracting(c -> c.members().size()).containsOnly(13, 14);
        assertThat(vm.cards()).allSatisfy(c -> assertThat(c.uneven()).isFalse());
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Bagi 80 peserta ke 6 kelompok");
        assertThat(vm.previewProperty().get()).isNull();

        session.shell.undo();
        assertThat(groupsInFile()).isEqualTo(before);
        assertThat(vm.cards()).extracting(c -> c.members().size()).containsExactly(16, 12, 13, 13, 13, 13);
        session.shell.redo();
        assertThat(vm.cards()).extracting(c -> c.members().size()).containsOnly(13, 14);
    }

    @Test
    void keepingAssignmentsMovesTwoAndAnotherArrangementCanBeAsked() {
        vm.autoKeepProperty().set(true);
        vm.startAutoAssign();
        assertThat(vm.previewProperty().get().changed()).isEqualTo(2);

        vm.autoKeepProperty().set(false);
        GroupsViewModel.Preview first = vm.previewProperty().get();
        vm.otherArrangement();
        GroupsViewModel.Preview other = vm.previewProperty().get();
        assertThat(other.assignment().groupOf()).isNotEqualTo(first.assignment().groupOf());
        assertThat(other.maxSize() - other.minSize()).isLessThanOrEqualTo(1);

        vm.cancelAutoAssign();
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.applyAutoAssign()).isFalse();
    }

    @Test
    void aMoveIsOneActionNamedAfterTheGroupAndThePersonAndUndoPutsThemBack() {
        Member budi = card("GOV").members().get(0);

        assertThat(vm.move(budi.id(), "ECO")).isTrue();

        assertThat(card("ECO").members()).extracting(Member::id).contains(budi.id());
        assertThat(card("GOV").members()).extracting(Member::id).doesNotContain(budi.id());
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Pindah ke Kelompok Smart Economy: "
                + budi.name());
        assertThat(vm.move(budi.id(), "ECO")).as("already there").isFalse();

        session.shell.undo();
        assertThat(card("GOV").members()).extracting(Member::id).contains(budi.id());
        assertThat(card("ECO").members()).extracting(Member::id).doesNotContain(budi.id());
    }

    @Test
    void altArrowsStepThroughTheGroupsWithThePoolBeforeTheFirst() {
        Member m = card("BRD").members().get(0);

        assertThat(vm.moveBy(m.id(), 1)).contains("ECO");
        assertThat(vm.moveBy(m.id(), -1)).contains("BRD");
        assertThat(vm.moveBy(m.id(), -1)).contains("GOV");
        assertThat(vm.moveBy(m.id(), -1)).contains("");
        assertThat(vm.pool()).extracting(Member::id).containsExactly(m.id());
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Keluarkan dari kelompok: " + m.name());
        assertThat(vm.moveBy(m.id(), -1)).as("nothing before the pool").isEmpty();
        assertThat(vm.summaryProperty().get()).endsWith("1 belum berkelompok");
    }

    @Test
    void leaderAndNoteTakerAreSetWithCompletionFromTheGroupAndUndone() {
        Member a = card("LIV").members().get(0);
        String typed = a.name().substring(0, 3).toLowerCase();
        assertThat(vm.memberNames("LIV", typed)).contains(a.name());
        assertThat(vm.memberNames("LIV", typed)).allSatisfy(n -> assertThat(card("LIV").members())
                .extracting(Member::name).contains(n));

        assertThat(vm.setLeader("LIV", "  " + a.name() + " ")).isTrue();
        assertThat(card("LIV").leader()).isEqualTo(a.name());
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Ketua Kelompok Smart Living: " + a.name());
        assertThat(vm.setLeader("LIV", a.name())).as("unchanged").isFalse();
        assertThat(vm.setNoteTaker("LIV", "Notulis Satu")).isTrue();
        assertThat(card("LIV").noteTaker()).isEqualTo("Notulis Satu");

        Group stored = Records.read(session.shell.stateProperty().get(), EntityKind.GROUP, Group::from).records()
                .stream().filter(g -> g.id().equals("LIV")).findFirst().orElseThrow();
        assertThat(stored.leader()).isEqualTo(a.name());

        session.shell.undo();
        assertThat(card("LIV").noteTaker()).isEmpty();
        assertThat(card("LIV").leader()).isEqualTo(a.name());
        assertThat(vm.setLeader("LIV", "")).isTrue();
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Kosongkan ketua Kelompok Smart Living");
    }

    @Test
    void elementGroupsAreAddedForTahapOneFilledAutomaticallyAndRemovedUndoably() {
        vm.setElementGroups(true);
        assertThat(vm.elementGroupsProperty().get()).isTrue();
        assertThat(vm.cards()).extracting(Card::groupId).endsWith("STRUKTUR", "INFRASTRUKTUR", "SUPRASTRUKTUR");
        assertThat(card("STRUKTUR").title()).isEqualTo("Struktur");
        assertThat(card("STRUKTUR").subtitle()).isEqualTo("Kelompok 7 · Elemen");

        vm.autoTargetsProperty().set(GroupsViewModel.Targets.ELEMENTS);
        vm.autoNearProperty().set(true);
        vm.startAutoAssign();
        assertThat(vm.previewProperty().get().rows()).extracting(GroupsViewModel.PreviewRow::groupId)
                .containsExactly("STRUKTUR", "INFRASTRUKTUR", "SUPRASTRUKTUR");
        assertThat(vm.previewProperty().get().rows()).extracting(GroupsViewModel.PreviewRow::size)
                .containsOnly(26, 27);
        vm.applyAutoAssign();
        assertThat(card("GOV").members()).isEmpty();
        assertThat(card("INFRASTRUKTUR").members()).hasSizeBetween(26, 27);

        vm.setElementGroups(false);
        assertThat(vm.cards()).extracting(Card::groupId).containsExactly("GOV", "BRD", "ECO", "LIV", "SOC", "ENV");
        assertThat(vm.pool()).hasSize(80);
        assertThat(vm.autoTargetsProperty().get()).isEqualTo(GroupsViewModel.Targets.DIMENSIONS);

        session.shell.undo();
        assertThat(vm.pool()).isEmpty();
        assertThat(card("STRUKTUR").members()).hasSizeBetween(26, 27);
    }

    @Test
    void aDimensionGroupMissingFromTheFileIsShownAndWrittenWithTheFirstMoveIntoIt() {
        // a session whose groups were never written: delete the sample's GOV group
        session.shell.apply(id.rembuk.domain.change.Action.of("x",
                id.rembuk.domain.change.Edit.delete(EntityKind.GROUP.code(), "GOV")));
        assertThat(vm.cards()).extracting(Card::groupId).startsWith("GOV");
        Member m = card("BRD").members().get(0);

        vm.move(m.id(), "GOV");

        assertThat(id.rembuk.groups.GroupSetup.stored(session.shell.stateProperty().get(), "GOV")).isTrue();
        assertThat(card("GOV").members()).extracting(Member::id).contains(m.id());
    }

    @Test
    void withoutASessionNothingIsShownOrWritten() {
        javafx.beans.property.SimpleObjectProperty<id.rembuk.domain.change.SessionState> none =
                new javafx.beans.property.SimpleObjectProperty<>();
        List<id.rembuk.domain.change.Action> applied = new java.util.ArrayList<>();
        GroupsViewModel empty = new GroupsViewModel(none, applied::add);

        assertThat(empty.hasSessionProperty().get()).isFalse();
        assertThat(empty.move("x", "GOV")).isFalse();
        assertThat(empty.setLeader("GOV", "A")).isFalse();
        empty.startAutoAssign();
        assertThat(empty.previewProperty().get()).isNull();
        assertThat(applied).isEmpty();
        assertThat(empty.summaryProperty().get()).isEqualTo("Belum ada peserta. Tambahkan peserta dulu di daftar hadir.");
    }
}

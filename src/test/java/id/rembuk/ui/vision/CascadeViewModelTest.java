package id.rembuk.ui.vision;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Indicator;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.tows.BoardSession;
import id.rembuk.ui.vision.CascadeViewModel.Level;
import id.rembuk.ui.vision.CascadeViewModel.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missions, goals, targets and indicators on a real session, without a toolkit. */
class CascadeViewModelTest {
    @TempDir
    Path home;

    private BoardSession session;
    private final List<Action> applied = new ArrayList<>();
    private CascadeViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new BoardSession(home, Stage.II);
        vm = new CascadeViewModel(session.shell.stateProperty(), a -> {
            applied.add(a);
            session.shell.apply(a);
        });
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    private Node node(String id) {
        return vm.node(id).orElseThrow();
    }

    private List<String> texts(List<Node> nodes) {
        return nodes.stream().map(Node::text).toList();
    }

    @Test
    void missionGoalTargetIndicatorWithYearlyTargets() {
        String m1 = vm.addMission("Meningkatkan tata kelola pemerintahan berbasis data").orElseThrow();
        String g = vm.addChild(m1, "Mewujudkan layanan publik digital yang terpadu").orElseThrow();
        String t = vm.addChild(g, "Meningkatnya indeks SPBE").orElseThrow();
        String i = vm.addChild(t, "Indeks SPBE").orElseThrow();
        assertThat(vm.addChild(i, "tidak ada level di bawah indikator")).isEmpty();

        assertThat(applied).extracting(Action::label).containsExactly("Tambah misi 1", "Tambah tujuan 1.1",
                "Tambah sasaran 1.1.1", "Tambah indikator 1.1.1.1");
        assertThat(vm.roots()).singleElement().satisfies(m -> {
            assertThat(m.number()).isEqualTo("1");
            assertThat(m.children()).singleElement().satisfies(goal -> assertThat(goal.children())
                    .singleElement().satisfies(target -> assertThat(target.children()).extracting(Node::id)
                            .containsExactly(i)));
        });
        assertThat(vm.selectedProperty().get()).isEqualTo(i);

        applied.clear();
        assertThat(vm.setUnit(i, "indeks")).isTrue();
        assertThat(vm.setBaseline(i, "2,1")).isTrue();
        assertThat(vm.setYear(i, 1, "2,4")).isTrue();
        assertThat(vm.setYear(i, 3, "3,0")).isTrue();
        assertThat(vm.setYear(i, 7, "4,0")).as("years 6–10 too").isTrue();
        assertThat(vm.setYear(i, 3, "3,0")).as("the same value writes nothing").isFalse();
        assertThat(applied).allSatisfy(a -> assertThat(a.edits()).hasSize(1));
        assertThat(applied.get(2).label()).isEqualTo("Ubah target tahun ke-1 indikator 1.1.1.1");
        Indicator ind = node(i).indicator().orElseThrow();
        assertThat(ind.unit()).isEqualTo("indeks");
        assertThat(ind.baseline()).isEqualTo("2,1");
        assertThat(ind.yearly()).containsExactly("2,4", "", "3,0", "", "", "", "4,0");
        assertThat(ind.targetFor(2)).isEmpty();

        vm.setYear(i, 7, "");
        assertThat(node(i).indicator().orElseThrow().yearly()).containsExactly("2,4", "", "3,0");
        assertThat(vm.setDimension(t, Optional.of(Dimension.GOV))).isTrue();
        assertThat(node(t).target().orElseThrow().dimension()).contains(Dimension.GOV);
        assertThat(vm.summaryProperty().get()).isEqualTo("1 misi · 1 tujuan · 1 sasaran · 1 indikator");
    }

    @Test
    void editingTextWritesOnlyThatField() {
        String m = vm.addMission("Misi lama").orElseThrow();
        String i = vm.addChild(vm.addChild(vm.addChild(m, "Tujuan").orElseThrow(), "Sasaran").orElseThrow(),
                "Indikator lama").orElseThrow();
        applied.clear();
        assertThat(vm.editText(m, "Misi baru")).isTrue();
        assertThat(vm.editText(i, "Persentase OPD terhubung jaringan intra")).isTrue();
        assertThat(applied).extracting(a -> a.edits().get(0).field()).containsExactly("text", "name");
        assertThat(applied.get(0).label()).isEqualTo("Ubah misi 1");
        assertThat(vm.editText(m, "  ")).isFalse();
        assertThat(vm.hintProperty().get()).isEqualTo("Tulis dulu teks Misi.");
    }

    @Test
    void aSiblingGoesRightAfterAndTheOthersMoveDown() {
        String a = vm.addMission("Satu").orElseThrow();
        String c = vm.addMission("Tiga").orElseThrow();
        applied.clear();
        String b = vm.addSibling(a, "Dua").orElseThrow();
        assertThat(texts(vm.roots())).containsExactly("Satu", "Dua", "Tiga");
        assertThat(applied.get(0).label()).isEqualTo("Tambah misi 2");
        assertThat(node(c).number()).isEqualTo("3");

        assertThat(vm.move(c, -1)).isTrue();
        assertThat(texts(vm.roots())).containsExactly("Satu", "Tiga", "Dua");
        assertThat(vm.move(a, -1)).isFalse();
        assertThat(node(b).number()).isEqualTo("3");
    }

    @Test
    void deletingAMissionTakesItsBranchAndUndoBringsItBack() {
        String m = vm.addMission("Misi").orElseThrow();
        String g = vm.addChild(m, "Tujuan").orElseThrow();
        String t = vm.addChild(g, "Sasaran").orElseThrow();
        vm.addChild(t, "Indikator 1");
        vm.addChild(t, "Indikator 2");
        applied.clear();

        assertThat(vm.delete(m)).isTrue();
        assertThat(applied).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("Hapus misi 1 beserta 4 turunannya");
            assertThat(a.edits()).hasSize(5);
        });
        assertThat(vm.roots()).isEmpty();

        session.shell.undo();
        assertThat(vm.roots()).singleElement().satisfies(x -> assertThat(x.children().get(0).children().get(0)
                .children()).extracting(Node::text).containsExactly("Indikator 1", "Indikator 2"));
    }

    @Test
    void aNodeWhoseParentIsGoneStillShowsAtTheEnd() {
        String m = vm.addMission("Misi").orElseThrow();
        String g = vm.addChild(m, "Tujuan yatim").orElseThrow();
        // another laptop deleted only the mission
        session.shell.apply(Action.of("Hapus", Edit.delete("mission", m)));
        assertThat(vm.roots()).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(g);
            assertThat(n.orphan()).isTrue();
            assertThat(n.number()).isEqualTo("?");
        });
    }

    @Test
    void aGroupLaptopSeesItsDimensionsTargetsAndWritesOnlyTargetsAndIndicators() {
        String m = vm.addMission("Misi").orElseThrow();
        String g = vm.addChild(m, "Tujuan").orElseThrow();
        String gov = vm.addChild(g, "Sasaran tata kelola").orElseThrow();
        vm.setDimension(gov, Optional.of(Dimension.GOV));
        vm.addChild(gov, "Indeks SPBE");
        String eco = vm.addChild(g, "Sasaran ekonomi").orElseThrow();
        vm.setDimension(eco, Optional.of(Dimension.ECO));

        CascadeViewModel group = new CascadeViewModel(session.shell.stateProperty(), session.shell::apply);
        group.dimensionProperty().set(Dimension.GOV);
        Node goal = group.node(g).orElseThrow();
        assertThat(goal.children()).extracting(Node::text).containsExactly("Sasaran tata kelola");
        assertThat(group.roots()).hasSize(1).as("the other dimension's indicators are no orphans");
        assertThat(group.writable(Level.MISSION)).isFalse();
        assertThat(group.addSibling(m, "Misi dari kelompok")).isEmpty();
        assertThat(group.editText(g, "Tujuan lain")).isFalse();

        String added = group.addChild(g, "Sasaran kedua").orElseThrow();
        assertThat(group.node(added).orElseThrow().target().orElseThrow().dimension()).contains(Dimension.GOV);
        // the plenary sees all three; the new one follows the sibling it was typed after
        assertThat(texts(node(g).children())).containsExactly("Sasaran tata kelola", "Sasaran ekonomi",
                "Sasaran kedua");
        String next = vm.addSibling(eco, "Sasaran ekonomi kedua").orElseThrow();
        assertThat(node(next).target().orElseThrow().dimension()).contains(Dimension.ECO);
    }
}

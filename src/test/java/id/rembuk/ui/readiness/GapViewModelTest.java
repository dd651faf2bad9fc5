package id.rembuk.ui.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.GapItem;
import id.rembuk.domain.Records;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SubDimension;
import id.rembuk.domain.SwotItem;
import id.rembuk.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapViewModelTest {
    @TempDir
    Path home;

    private ReadinessSession session;
    private GapViewModel vm;

    private void open(Stage stage) {
        Messages.setLocale(Messages.INDONESIAN);
        session = new ReadinessSession(home, stage);
        vm = new GapViewModel(session.shell);
    }

    @AfterEach
    void close() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    private List<SwotItem> cards() {
        return Records.read(session.shell.stateProperty().get(), EntityKind.SWOT_ITEM, SwotItem::from).records();
    }

    private GapItem item(int i) {
        return vm.rows().get(i).item();
    }

    @Test
    void rowsAreAddedEditedCellByCellMovedAndDeletedWithUndo() {
        open(Stage.II);
        assertThat(vm.add("  ")).isEmpty();
        String a = vm.add("Baru 6 titik wifi publik").orElseThrow();
        String b = vm.add("Belum ada perda smart city").orElseThrow();

        assertThat(vm.set(a, GapViewModel.Column.EXPECTED, "Wifi di 23 kecamatan")).isTrue();
        assertThat(vm.set(a, GapViewModel.Column.GAP, "17 kecamatan tanpa wifi")).isTrue();
        assertThat(vm.set(a, GapViewModel.Column.RECOMMENDATION, "Bangun 17 titik")).isTrue();
        assertThat(vm.setPriority(a, GapItem.Priority.HIGH)).isTrue();
        assertThat(vm.setSubDimension(a, Optional.of(SubDimension.GOV_LAYANAN))).isTrue();
        assertThat(vm.setSubDimension(a, Optional.of(SubDimension.ECO_INDUSTRI))).isFalse();
        assertThat(vm.setElement(a, Optional.of(Element.INFRASTRUKTUR))).isTrue();
        assertThat(item(0)).isEqualTo(new GapItem(a, Dimension.GOV, Optional.of(SubDimension.GOV_LAYANAN),
                Optional.of(Element.INFRASTRUKTUR), "Baru 6 titik wifi publik", "Wifi di 23 kecamatan",
                "17 kecamatan tanpa wifi", "Bangun 17 titik", GapItem.Priority.HIGH, 0));

        // the only text of a row cannot be emptied
        assertThat(vm.set(b, GapViewModel.Column.CURRENT, "")).isFalse();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("domain.invalid.empty_gap");

        assertThat(vm.move(b, -1)).isTrue();
        assertThat(vm.rows()).extracting(GapViewModel.GapRow::id).containsExactly(b, a);
        vm.delete(a);
        assertThat(vm.rows()).extracting(GapViewModel.GapRow::id).containsExactly(b);
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Hapus baris kesenjangan");
        session.shell.undo();
        assertThat(vm.rows()).extracting(GapViewModel.GapRow::id).containsExactly(b, a);
        assertThat(item(1).priority()).isEqualTo(GapItem.Priority.HIGH);

        // another dimension has its own table
        vm.dimensionProperty().set(Dimension.ENV);
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void aRowGoesToTheDimensionsSwotBoardAsAWeaknessOnce() {
        open(Stage.II);
        String a = vm.add("Baru 6 titik wifi publik").orElseThrow();
        vm.set(a, GapViewModel.Column.GAP, "17 kecamatan tanpa wifi");
        vm.setElement(a, Optional.of(Element.INFRASTRUKTUR));

        assertThat(vm.sendToSwot(a)).isEqualTo(GapViewModel.Sent.SENT);
        assertThat(vm.rows().get(0).sent()).isTrue();
        assertThat(vm.sendToSwot(a)).isEqualTo(GapViewModel.Sent.ALREADY);
        assertThat(vm.noticeProperty().get().text()).contains("sudah di papan SWOT");

        assertThat(cards()).hasSize(1);
        SwotItem card = cards().get(0);
        assertThat(card.quadrant()).isEqualTo(SwotItem.Quadrant.W);
        // Tahap II: the dimension's board, even though the row names an element
        assertThat(card.dimension()).contains(Dimension.GOV);
        assertThat(card.element()).isEmpty();
        assertThat(card.text()).isEqualTo("17 kecamatan tanpa wifi");
        assertThat(card.group()).isEqualTo("GOV");
        assertThat(card.source()).isEqualTo(a);
        assertThat(session.shell.undoLabelProperty().get()).isEqualTo("Kirim kesenjangan ke papan SWOT");

        // undo takes the card back: the row can be sent again
        session.shell.undo();
        assertThat(cards()).isEmpty();
        assertThat(vm.rows().get(0).sent()).isFalse();
        assertThat(vm.sendToSwot(a)).isEqualTo(GapViewModel.Sent.SENT);
    }

    @Test
    void inTahapOneARowWithAnElementGoesToTheElementsBoardAndWithoutOneToTheDimensions() {
        open(Stage.I);
        vm.setGroup("SOC");
        String a = vm.add("CCTV baru 9 titik").orElseThrow();
        vm.setElement(a, Optional.of(Element.INFRASTRUKTUR));
        String b = vm.add("Komunitas TIK belum dilibatkan").orElseThrow();

        vm.sendToSwot(a);
        vm.sendToSwot(b);

        SwotItem fromA = cards().stream().filter(c -> c.source().equals(a)).findFirst().orElseThrow();
        assertThat(fromA.element()).contains(Element.INFRASTRUKTUR);
        assertThat(fromA.dimension()).isEmpty();
        assertThat(fromA.text()).isEqualTo("CCTV baru 9 titik");
        assertThat(fromA.group()).isEqualTo("SOC");
        SwotItem fromB = cards().stream().filter(c -> c.source().equals(b)).findFirst().orElseThrow();
        assertThat(fromB.dimension()).contains(Dimension.SOC);
    }
}

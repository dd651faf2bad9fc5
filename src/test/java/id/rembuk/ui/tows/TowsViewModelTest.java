package id.rembuk.ui.tows;

import static id.rembuk.ui.tows.BoardSession.ECO_S;
import static id.rembuk.ui.tows.BoardSession.O_KAMPUS;
import static id.rembuk.ui.tows.BoardSession.O_PUSAT;
import static id.rembuk.ui.tows.BoardSession.S_DATA;
import static id.rembuk.ui.tows.BoardSession.S_PERDA;
import static id.rembuk.ui.tows.BoardSession.T_SERANGAN;
import static id.rembuk.ui.tows.BoardSession.W_SDM;
import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Stage;
import id.rembuk.domain.Strategy;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.tows.TowsMatrix.Card;
import id.rembuk.ui.tows.TowsMatrix.Entry;
import id.rembuk.ui.tows.TowsMatrix.Link;
import id.rembuk.ui.tows.TowsMatrix.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.SessionState;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TOWS matrix on a real session, without a toolkit: every write goes through the shell. */
class TowsViewModelTest {
    @TempDir
    Path home;

    private BoardSession session;
    private final List<Action> applied = new ArrayList<>();
    private TowsViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new BoardSession(home, Stage.II);
        vm = new TowsViewModel(session.shell.stateProperty(), session.shell.infoProperty(), a -> {
            applied.add(a);
            session.shell.apply(a);
        });
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    private Entry write(Strategy.Type type, String text, String... cards) {
        vm.startNew(type);
        vm.draftTextProperty().set(text);
        for (String c : cards) {
            vm.toggleLink(c);
        }
        assertThat(vm.save()).isTrue();
        return vm.cell(type).get(vm.cell(type).size() - 1);
    }

    private Entry entry(String id) {
        return vm.matrixProperty().get().strategy(id).orElseThrow();
    }

    @Test
    void theBoardsCardsAreListedPerQuadrantMostDotsFirstAndOnlyThisDimensions() {
        List<Card> o = vm.cards(SwotItem.Quadrant.O);
        assertThat(o).extracting(Card::id).containsExactly(O_KAMPUS, O_PUSAT);
        assertThat(o).extracting(Card::ref).containsExactly("O1", "O2");
        assertThat(o).extracting(Card::dots).containsExactly(2L, 1L);
        assertThat(vm.cards(SwotItem.Quadrant.S)).extracting(Card::id).containsExactly(S_DATA, S_PERDA)
                .doesNotContain(ECO_S);
        assertThat(vm.cards(SwotItem.Quadrant.W)).hasSize(2);
        assertThat(vm.cards(SwotItem.Quadrant.S)).allMatch(Card::unused);

        vm.dimensionProperty().set(Dimension.ECO);
        assertThat(vm.cards(SwotItem.Quadrant.S)).extracting(Card::id).containsExactly(ECO_S);
        assertThat(vm.cards(SwotItem.Quadrant.O)).isEmpty();
    }

    @Test
    void aStrategyIsWrittenWithItsCardsInOneActionAndUndoTakesItBack() {
        Entry so = write(Strategy.Type.SO, "Bangun satu data daerah bersama kampus", S_DATA, O_KAMPUS);

        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).label()).isEqualTo("Tambah strategi SO1");
        assertThat(so.ref()).isEqualTo("SO1");
        assertThat(so.strategy().dimension()).isEqualTo(Dimension.GOV);
        assertThat(so.strategy().swotItems()).containsExactly(S_DATA, O_KAMPUS);
        assertThat(so.links()).extracting(Link::ref).containsExactly("S1", "O1");
        assertThat(so.misfits()).isEmpty();
        assertThat(vm.editingProperty().get()).isFalse();
        assertThat(vm.strategies()).containsExactly(so);

        session.shell.undo();
        assertThat(vm.cell(Strategy.Type.SO)).isEmpty();
        assertThat(vm.strategies()).isEmpty();
    }

    @Test
    void linksAreReadBothWays() {
        Entry so = write(Strategy.Type.SO, "Bangun satu data daerah bersama kampus", S_DATA, O_KAMPUS);
        Entry wo = write(Strategy.Type.WO, "Latih ASN TIK lewat program kampus", W_SDM, O_KAMPUS);
        Entry st = write(Strategy.Type.ST, "Amankan pusat data dari serangan", S_DATA, T_SERANGAN);

        vm.selectedStrategyProperty().set(so.id());
        assertThat(vm.litCards()).containsExactlyInAnyOrder(S_DATA, O_KAMPUS);
        assertThat(vm.selectionTextProperty().get()).isEqualTo("SO1 memadukan S1, O1");

        vm.selectedCardProperty().set(O_KAMPUS);
        assertThat(vm.selectedStrategyProperty().get()).isNull();
        assertThat(vm.litStrategies()).containsExactlyInAnyOrder(so.id(), wo.id());
        assertThat(vm.selectionTextProperty().get()).isEqualTo("O1 dipakai oleh SO1, WO1");
        Card kampus = vm.matrixProperty().get().card(O_KAMPUS).orElseThrow();
        assertThat(kampus.usedBy()).containsExactly(so.id(), wo.id());

        vm.selectedCardProperty().set(O_PUSAT);
        assertThat(vm.litStrategies()).isEmpty();
        assertThat(vm.selectionTextProperty().get()).isEqualTo("O2 belum dipakai strategi mana pun");
        assertThat(vm.matrixProperty().get().card(O_PUSAT).orElseThrow().unused()).isTrue();
        assertThat(vm.matrixProperty().get().usingCard(S_DATA)).containsExactly(so, st);
        assertThat(vm.summaryProperty().get()).isEqualTo("3 strategi · 8 kartu, 4 belum dipakai · 0 tautan perlu dicek");
    }

    @Test
    void aCardMergedOrDeletedOnTheBoardIsFlaggedAndMendingFollowsTheMerge() {
        Entry so = write(Strategy.Type.SO, "Bangun satu data daerah bersama kampus", S_DATA, O_KAMPUS);
        // the board merges "Perbup SPBE" into "Pusat data" and deletes the campus card
        session.shell.apply(Action.of("Gabungkan kartu",
                Edit.set(EntityKind.SWOT_ITEM.code(), S_DATA, SwotItem.F_MERGED_INTO, S_PERDA)));
        session.shell.apply(Action.of("Hapus kartu", Edit.delete(EntityKind.SWOT_ITEM.code(), O_KAMPUS)));

        Entry now = entry(so.id());
        assertThat(now.misfits()).hasSize(2);
        Link merged = now.links().get(0);
        assertThat(merged.problem()).contains(Problem.MERGED);
        assertThat(merged.mergedInto()).isEqualTo(S_PERDA);
        assertThat(merged.text()).isEqualTo("Pusat data daerah sudah beroperasi");
        Link deleted = now.links().get(1);
        assertThat(deleted.problem()).contains(Problem.DELETED);
        assertThat(deleted.quadrant()).isEmpty();
        assertThat(deleted.text()).isEqualTo("Kerja sama dengan Universitas Tompotika");
        assertThat(vm.summaryProperty().get()).endsWith("2 tautan perlu dicek");

        applied.clear();
        assertThat(vm.mendLinks(so.id())).isTrue();
        assertThat(applied).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("Perbaiki tautan strategi SO1");
            assertThat(a.edits()).extracting(Edit::field).containsExactly(Strategy.F_SWOT_ITEMS);
        });
        assertThat(entry(so.id()).strategy().swotItems()).containsExactly(S_PERDA);
        assertThat(entry(so.id()).misfits()).isEmpty();

        session.shell.undo();
        assertThat(entry(so.id()).strategy().swotItems()).containsExactly(S_DATA, O_KAMPUS);
    }

    @Test
    void aLinkToAQuadrantTheTypeDoesNotCombineOrToAnotherDimensionIsFlagged() {
        Strategy odd = new Strategy("0dd00000-0000-4000-8000-000000000001", Dimension.GOV, Strategy.Type.WT,
                "Kurangi ketergantungan pada anggaran pusat", List.of(S_DATA, ECO_S, T_SERANGAN), 1);
        session.shell.apply(new Action("Strategi dari laptop lain", odd.toEdits()));

        Entry e = entry(odd.id());
        assertThat(e.links()).extracting(l -> l.problem().orElse(null))
                .containsExactly(Problem.QUADRANT, Problem.DIMENSION, null);
        assertThat(vm.mendLinks(odd.id())).isTrue();
        assertThat(entry(odd.id()).strategy().swotItems()).containsExactly(T_SERANGAN);
    }

    @Test
    void editingWritesOnlyTheFieldsThatChanged() {
        Entry so = write(Strategy.Type.SO, "Bangun satu data", S_DATA, O_KAMPUS);
        applied.clear();

        assertThat(vm.startEdit(so.id())).isTrue();
        assertThat(vm.draftLinks()).containsExactly(S_DATA, O_KAMPUS);
        vm.draftTextProperty().set("Bangun satu data daerah bersama Universitas Tompotika");
        assertThat(vm.save()).isTrue();
        assertThat(applied).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("Ubah strategi SO1");
            assertThat(a.edits()).extracting(Edit::field).containsExactly(Strategy.F_TEXT);
        });

        applied.clear();
        vm.startEdit(so.id());
        vm.toggleLink(O_KAMPUS);
        vm.toggleLink(O_PUSAT);
        assertThat(vm.save()).isTrue();
        assertThat(applied).singleElement().satisfies(a ->
                assertThat(a.edits()).extracting(Edit::field).containsExactly(Strategy.F_SWOT_ITEMS));
        assertThat(entry(so.id()).strategy().swotItems()).containsExactly(S_DATA, O_PUSAT);

        applied.clear();
        vm.startEdit(so.id());
        assertThat(vm.save()).isTrue();
        assertThat(applied).as("nothing changed, nothing written").isEmpty();
    }

    @Test
    void anotherTypeDropsTheLinksItDoesNotCombineAndMovesTheStrategyToTheEndOfItsCell() {
        write(Strategy.Type.WO, "Latih ASN TIK lewat program kampus", W_SDM, O_KAMPUS);
        Entry so = write(Strategy.Type.SO, "Bangun satu data daerah", S_DATA, O_KAMPUS);

        vm.startEdit(so.id());
        assertThat(vm.draftInternal()).extracting(Card::id).containsExactly(S_DATA, S_PERDA);
        vm.draftTypeProperty().set(Strategy.Type.WO);
        assertThat(vm.draftLinks()).containsExactly(O_KAMPUS);
        assertThat(vm.draftInternal()).extracting(Card::id).startsWith(W_SDM);
        assertThat(vm.draftExternal()).extracting(Card::id).containsExactly(O_KAMPUS, O_PUSAT);
        assertThat(vm.save()).isTrue();

        assertThat(vm.cell(Strategy.Type.SO)).isEmpty();
        assertThat(vm.cell(Strategy.Type.WO)).extracting(Entry::id).endsWith(so.id());
        assertThat(entry(so.id()).ref()).isEqualTo("WO2");
    }

    @Test
    void aStrategyNeedsItsTextAndTheTextStaysWhenRefused() {
        vm.startNew(Strategy.Type.ST);
        vm.toggleLink(S_DATA);
        assertThat(vm.save()).isFalse();
        assertThat(vm.hintProperty().get()).isEqualTo("Tulis dulu bunyi strateginya.");
        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(vm.draftLinks()).containsExactly(S_DATA);
        assertThat(applied).isEmpty();
    }

    @Test
    void aSelectedCardIsTheFirstLinkOfANewStrategyOfATypeThatCombinesIt() {
        vm.selectedCardProperty().set(T_SERANGAN);
        vm.startNew(Strategy.Type.WT);
        assertThat(vm.draftLinks()).containsExactly(T_SERANGAN);
        vm.cancel();
        vm.startNew(Strategy.Type.SO);
        assertThat(vm.draftLinks()).isEmpty();
    }

    @Test
    void strategiesMoveInTheirCellAndDeleteWithUndo() {
        Entry a = write(Strategy.Type.SO, "Satu", S_DATA);
        Entry b = write(Strategy.Type.SO, "Dua", S_PERDA);
        Entry c = write(Strategy.Type.SO, "Tiga", O_PUSAT);
        applied.clear();

        assertThat(vm.move(c.id(), -1)).isTrue();
        assertThat(vm.cell(Strategy.Type.SO)).extracting(Entry::id).containsExactly(a.id(), c.id(), b.id());
        assertThat(applied.get(0).label()).isEqualTo("Pindahkan strategi SO3");
        assertThat(vm.move(a.id(), -1)).as("the first stays first").isFalse();

        vm.delete(c.id());
        assertThat(vm.cell(Strategy.Type.SO)).extracting(Entry::id).containsExactly(a.id(), b.id());
        assertThat(applied.get(applied.size() - 1).label()).isEqualTo("Hapus strategi SO2");
        session.shell.undo();
        assertThat(vm.cell(Strategy.Type.SO)).extracting(Entry::id).containsExactly(a.id(), c.id(), b.id());
        assertThat(entry(c.id()).strategy().swotItems()).containsExactly(O_PUSAT);

        Entry d = write(Strategy.Type.SO, "Empat", S_DATA);
        assertThat(vm.cell(Strategy.Type.SO)).extracting(Entry::id).endsWith(d.id());
    }

    @Test
    void inTahapOneTheScreenKnowsTheBoardsArePerElement(@TempDir Path other) {
        BoardSession first = new BoardSession(other, Stage.I);
        try {
            TowsViewModel one = new TowsViewModel(first.shell);
            assertThat(one.elementStageProperty().get()).isTrue();
            assertThat(vm.elementStageProperty().get()).isFalse();
        } finally {
            first.close();
        }
    }

    @Test
    void withoutASessionTheMatrixIsEmptyAndNothingIsWritten() {
        List<Action> none = new ArrayList<>();
        TowsViewModel closed = new TowsViewModel(new SimpleObjectProperty<SessionState>(),
                new SimpleObjectProperty<SessionInfo>(), none::add);
        assertThat(closed.hasSessionProperty().get()).isFalse();
        assertThat(closed.strategies()).isEmpty();
        closed.startNew(Strategy.Type.SO);
        closed.draftTextProperty().set("Bangun satu data");
        assertThat(closed.save()).isFalse();
        assertThat(none).isEmpty();
        assertThat(closed.summaryProperty().get()).isEmpty();
    }
}

package id.rembuk.ui.vision;

import static id.rembuk.ui.tows.BoardSession.ECO_S;
import static id.rembuk.ui.tows.BoardSession.INFRA_W;
import static id.rembuk.ui.tows.BoardSession.O_KAMPUS;
import static id.rembuk.ui.tows.BoardSession.O_PUSAT;
import static id.rembuk.ui.tows.BoardSession.S_DATA;
import static id.rembuk.ui.tows.BoardSession.W_SDM;
import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Keyword;
import id.rembuk.domain.Records;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Vision;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.tows.BoardSession;
import id.rembuk.ui.vision.SourceCards.Board;
import id.rembuk.ui.vision.SourceCards.Card;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyword board on a real session, without a toolkit. */
class KeywordBoardViewModelTest {
    @TempDir
    Path home;

    private BoardSession session;
    private final List<Action> applied = new ArrayList<>();
    private KeywordBoardViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new BoardSession(home, Stage.I);
        vm = new KeywordBoardViewModel(session.shell.stateProperty(), a -> {
            applied.add(a);
            session.shell.apply(a);
        });
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    private List<String> words() {
        return vm.keywords().stream().map(Keyword::text).toList();
    }

    @Test
    void theCardsOfEveryBoardAreListedMostDotsFirstAndFilterByBoardAndQuadrant() {
        assertThat(vm.cards()).hasSize(10);
        assertThat(vm.cards().get(0).id()).isEqualTo(O_KAMPUS);
        assertThat(vm.cards().get(0).dots()).isEqualTo(2);
        assertThat(vm.boards()).containsExactly(Board.ALL,
                new Board(Optional.of(Dimension.GOV), Optional.empty()),
                new Board(Optional.of(Dimension.ECO), Optional.empty()),
                new Board(Optional.empty(), Optional.of(Element.INFRASTRUKTUR)));

        vm.boardProperty().set(new Board(Optional.empty(), Optional.of(Element.INFRASTRUKTUR)));
        assertThat(vm.cards()).extracting(Card::id).containsExactly(INFRA_W);
        vm.boardProperty().set(new Board(Optional.of(Dimension.GOV), Optional.empty()));
        vm.quadrantProperty().set(SwotItem.Quadrant.O);
        assertThat(vm.cards()).extracting(Card::id).containsExactly(O_KAMPUS, O_PUSAT);
        vm.quadrantProperty().set(null);
        vm.boardProperty().set(Board.ALL);
        assertThat(vm.cards()).extracting(Card::id).contains(ECO_S, INFRA_W);
    }

    @Test
    void aKeywordIsMadeFromChosenCardsOrTypedFreely() {
        vm.choose(List.of(S_DATA, O_PUSAT));
        vm.keywordTextProperty().set("satu data");
        assertThat(vm.add()).isTrue();
        assertThat(applied.get(0).label()).isEqualTo("Tambah kata kunci \"satu data\"");
        Keyword k = vm.keywords().get(0);
        assertThat(k.swotItems()).containsExactly(S_DATA, O_PUSAT);
        assertThat(vm.keywordTextProperty().get()).isEmpty();
        assertThat(vm.cards().stream().filter(c -> c.id().equals(S_DATA)).findFirst().orElseThrow().keywords())
                .containsExactly(k.id());
        assertThat(vm.selectedKeywordProperty().get()).isEqualTo(k.id());
        assertThat(vm.litCards()).containsExactlyInAnyOrder(S_DATA, O_PUSAT);

        vm.choose(List.of());
        vm.keywordTextProperty().set("berdaya saing");
        assertThat(vm.add()).isTrue();
        assertThat(vm.keywords().get(1).swotItems()).isEmpty();

        // nothing typed: the first chosen card's opening words
        vm.choose(List.of(W_SDM));
        assertThat(vm.add()).isTrue();
        assertThat(words()).containsExactly("satu data", "berdaya saing", "SDM TIK di OPD masih sedikit");

        // the same word again adds its cards to the one there
        vm.choose(List.of(O_KAMPUS));
        vm.keywordTextProperty().set("Satu Data");
        assertThat(vm.add()).isTrue();
        assertThat(vm.keywords()).hasSize(3);
        assertThat(vm.keywords().get(0).swotItems()).containsExactly(S_DATA, O_PUSAT, O_KAMPUS);

        vm.choose(List.of());
        assertThat(vm.add()).isFalse();
        assertThat(vm.hintProperty().get()).startsWith("Ketik kata kuncinya");
        assertThat(vm.summaryProperty().get()).isEqualTo("3 kata kunci · 10 kartu SWOT, 4 sudah diambil");
    }

    @Test
    void aLongCardGivesItsOpeningWordsCutAtAWord() {
        assertThat(KeywordBoardViewModel.drawn("Program SPBE nasional dan Satu Data Indonesia membuka peluang "
                + "integrasi layanan.")).isEqualTo("Program SPBE nasional dan Satu Data Indonesia membuka");
        assertThat(KeywordBoardViewModel.drawn("Pusat data.")).isEqualTo("Pusat data");
    }

    private String add(String text, String... cards) {
        vm.choose(List.of(cards));
        vm.keywordTextProperty().set(text);
        assertThat(vm.add()).isTrue();
        return vm.selectedKeywordProperty().get();
    }

    private Vision vision(String text, List<String> words) {
        Vision v = new Vision(id.rembuk.domain.Ids.random(), text, words, false, 1);
        session.shell.apply(new Action("Draf", v.toEdits()));
        return v;
    }

    private Vision read(Vision v) {
        return Records.read(session.shell.stateProperty().get(), EntityKind.VISION, Vision::from).records().stream()
                .filter(x -> x.id().equals(v.id())).findFirst().orElseThrow();
    }

    @Test
    void renamingAndMergingRewriteTheDraftsThatCarryTheWordInTheSameAction() {
        String data = add("satu data", S_DATA);
        String terpadu = add("data terpadu", O_PUSAT);
        String saing = add("berdaya saing");
        Vision v = vision("Banggai berdaya saing dengan satu data", List.of("satu data", "berdaya saing"));
        applied.clear();

        assertThat(vm.rename(saing, "daya saing")).isTrue();
        assertThat(applied).singleElement().satisfies(a -> assertThat(a.edits()).hasSize(2));
        assertThat(read(v).keywords()).containsExactly("satu data", "daya saing");

        assertThat(vm.merge(List.of(terpadu, data))).isTrue();
        assertThat(words()).containsExactly("satu data", "daya saing");
        assertThat(vm.keywords().get(0).swotItems()).containsExactly(S_DATA, O_PUSAT);
        assertThat(applied.get(applied.size() - 1).label()).isEqualTo("Gabungkan 2 kata kunci menjadi \"satu data\"");

        session.shell.undo();
        assertThat(words()).containsExactly("satu data", "data terpadu", "daya saing");
        session.shell.undo();
        assertThat(words()).containsExactly("satu data", "data terpadu", "berdaya saing");
        assertThat(read(v).keywords()).containsExactly("satu data", "berdaya saing");
    }

    @Test
    void aMergeIntoADraftThatCarriesBothLeavesTheWordOnce() {
        String a = add("satu data");
        String b = add("data terpadu");
        Vision v = vision("x", List.of("satu data", "data terpadu"));
        vm.merge(List.of(a, b));
        assertThat(read(v).keywords()).containsExactly("satu data");
    }

    @Test
    void keywordsMoveAndDeleteWithUndo() {
        String a = add("satu data");
        String b = add("berdaya saing");
        String c = add("sejahtera");
        applied.clear();

        assertThat(vm.move(c, -1)).isTrue();
        assertThat(words()).containsExactly("satu data", "sejahtera", "berdaya saing");
        assertThat(vm.move(a, -1)).isFalse();
        vm.delete(b);
        assertThat(words()).containsExactly("satu data", "sejahtera");
        assertThat(applied.get(applied.size() - 1).label()).isEqualTo("Hapus kata kunci \"berdaya saing\"");
        session.shell.undo();
        assertThat(words()).containsExactly("satu data", "sejahtera", "berdaya saing");
    }

    @Test
    void aCardMergedAwayOnItsBoardLeavesTheList() {
        session.shell.apply(Action.of("Gabung", Edit.set(EntityKind.SWOT_ITEM.code(), S_DATA, SwotItem.F_MERGED_INTO,
                BoardSession.S_PERDA)));
        assertThat(vm.cards()).extracting(Card::id).doesNotContain(S_DATA);
    }
}

package id.rembuk.ui.vision;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Ids;
import id.rembuk.domain.Keyword;
import id.rembuk.domain.Stage;
import id.rembuk.domain.Vision;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.tows.BoardSession;
import id.rembuk.ui.vision.VisionDraftsViewModel.Draft;
import id.rembuk.ui.vision.VisionDraftsViewModel.KeywordUse;
import id.rembuk.ui.vision.VisionDraftsViewModel.Use;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vision drafts and the adopted vision on a real session, without a toolkit. */
class VisionDraftsViewModelTest {
    @TempDir
    Path home;

    private BoardSession session;
    private final List<Action> applied = new ArrayList<>();
    private VisionDraftsViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new BoardSession(home, Stage.II);
        List<Edit> edits = new ArrayList<>();
        int i = 1;
        for (String w : List.of("sejahtera", "berdaya saing", "satu data", "religius")) {
            edits.addAll(new Keyword(Ids.random(), w, List.of(), i++).toEdits());
        }
        session.shell.apply(new Action("Kata kunci", edits));
        vm = new VisionDraftsViewModel(session.shell.stateProperty(), a -> {
            applied.add(a);
            session.shell.apply(a);
        });
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    private Draft add(String text) {
        vm.newTextProperty().set(text);
        assertThat(vm.add()).isTrue();
        return vm.drafts().get(vm.drafts().size() - 1);
    }

    private Draft draft(String id) {
        return vm.drafts().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aDraftShowsTheKeywordsItCarriesAndMisses() {
        Draft d = add("Terwujudnya Banggai yang sejahtera dan berdaya saing");

        assertThat(applied.get(0).label()).isEqualTo("Tambah draf visi");
        assertThat(d.ref()).isEqualTo("Draf 1");
        assertThat(d.vision().keywords()).as("the words it says are ticked").containsExactly("sejahtera",
                "berdaya saing");
        assertThat(d.uses()).extracting(KeywordUse::use)
                .containsExactly(Use.CARRIED, Use.CARRIED, Use.MISSED, Use.MISSED);
        assertThat(d.missed()).containsExactly("satu data", "religius");
        assertThat(d.carried()).isEqualTo(2);

        vm.toggleKeyword(d.id(), "religius");
        assertThat(draft(d.id()).uses().get(3).use()).isEqualTo(Use.TICKED);
        vm.toggleKeyword(d.id(), "sejahtera");
        assertThat(draft(d.id()).uses().get(0).use()).as("said, not ticked").isEqualTo(Use.SAID);

        applied.clear();
        assertThat(vm.editText(d.id(), "Terwujudnya Banggai yang sejahtera, religius, berbasis satu data"))
                .isTrue();
        assertThat(applied).singleElement().satisfies(a -> assertThat(a.edits()).extracting(Edit::field)
                .containsExactly(Vision.F_TEXT));
        assertThat(draft(d.id()).uses()).extracting(KeywordUse::use)
                .containsExactly(Use.SAID, Use.TICKED, Use.SAID, Use.CARRIED);
    }

    @Test
    void affixesDoNotHideAKeyword() {
        assertThat(KeywordMatch.says("Mewujudkan kesejahteraan masyarakat", "sejahtera")).isTrue();
        assertThat(KeywordMatch.says("Daerah yang berdaya-saing tinggi", "berdaya saing")).isTrue();
        assertThat(KeywordMatch.says("Daerah yang berdaya", "berdaya saing")).isFalse();
    }

    @Test
    void onlyOneDraftIsAdopted() {
        Draft a = add("Banggai sejahtera");
        Draft b = add("Banggai berdaya saing");

        vm.adopt(a.id());
        assertThat(vm.adoptedProperty().get().id()).isEqualTo(a.id());
        assertThat(applied.get(applied.size() - 1).label()).isEqualTo("Tetapkan Draf 1 sebagai visi");

        applied.clear();
        vm.adopt(b.id());
        assertThat(applied).singleElement().satisfies(x -> assertThat(x.edits()).hasSize(2));
        assertThat(vm.drafts()).filteredOn(d -> d.vision().adopted()).extracting(Draft::id).containsExactly(b.id());
        assertThat(vm.adoptedProperty().get().id()).isEqualTo(b.id());

        session.shell.undo();
        assertThat(vm.adoptedProperty().get().id()).isEqualTo(a.id());
        vm.unadopt(a.id());
        assertThat(vm.adoptedProperty().get()).isNull();
    }

    @Test
    void twoAdoptedFromTwoLaptopsAreSaidAndAdoptingOneAgainSettlesIt() {
        Draft a = add("Banggai sejahtera");
        Draft b = add("Banggai berdaya saing");
        session.shell.apply(new Action("Dua laptop", List.of(
                Edit.set("vision", a.id(), Vision.F_ADOPTED, "1"), Edit.set("vision", b.id(), Vision.F_ADOPTED, "1"))));
        assertThat(vm.warningProperty().get()).contains("Draf 1, Draf 2");

        vm.adopt(b.id());
        assertThat(vm.warningProperty().get()).isEmpty();
        assertThat(vm.adoptedProperty().get().id()).isEqualTo(b.id());
    }

    @Test
    void draftsMoveAndDeleteWithUndo() {
        Draft a = add("Satu");
        Draft b = add("Dua");
        assertThat(vm.move(b.id(), -1)).isTrue();
        assertThat(vm.drafts()).extracting(Draft::id).containsExactly(b.id(), a.id());
        vm.delete(a.id());
        assertThat(vm.drafts()).extracting(Draft::id).containsExactly(b.id());
        session.shell.undo();
        assertThat(vm.drafts()).extracting(Draft::id).containsExactly(b.id(), a.id());

        vm.newTextProperty().set("  ");
        assertThat(vm.add()).isFalse();
        assertThat(vm.hintProperty().get()).isEqualTo("Tulis dulu bunyi visinya.");
    }
}

package id.rembuk.ui.conflicts;

import static id.rembuk.ui.conflicts.ConflictSession.CARD;
import static id.rembuk.ui.conflicts.ConflictSession.CARD_GOV;
import static id.rembuk.ui.conflicts.ConflictSession.CARD_MASTER;
import static id.rembuk.ui.conflicts.ConflictSession.ECO_LABEL;
import static id.rembuk.ui.conflicts.ConflictSession.FACILITATOR_LABEL;
import static id.rembuk.ui.conflicts.ConflictSession.GOV_LABEL;
import static id.rembuk.ui.conflicts.ConflictSession.NAME_ECO;
import static id.rembuk.ui.conflicts.ConflictSession.NAME_GOV;
import static id.rembuk.ui.conflicts.ConflictSession.NAME_MASTER;
import static id.rembuk.ui.conflicts.ConflictSession.PERSON;
import static id.rembuk.ui.conflicts.ConflictSession.PHONE_GOV;
import static id.rembuk.ui.conflicts.ConflictSession.PROGRAMME;
import static id.rembuk.ui.conflicts.ConflictSession.WITA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Conflicts;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityKey;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.store.ReplicaLabel;
import id.rembuk.store.SessionFile;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.conflicts.ConflictItem.Choice;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.tows.BoardSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conflicts area's model on a master file that took in two groups' conflicting edits. */
class ConflictsViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Action> applied = new ArrayList<>();
    private ConflictSession files;
    private ShellViewModel shell;
    private ConflictsViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        Messages.setLocale(Messages.INDONESIAN);
        files = new ConflictSession(dir.resolve("files"));
        shell = BoardSession.shell(dir.resolve("home"), dialogs);
        shell.openFile(files.master);
        assertThat(dialogs.errors).isEmpty();
        vm = new ConflictsViewModel(shell.stateProperty(), shell.replicasProperty(), a -> {
            applied.add(a);
            shell.apply(a);
        }, WITA);
    }

    @AfterEach
    void tearDown() {
        Messages.setLocale(Messages.INDONESIAN);
        shell.close();
        assertThat(dialogs.errors).isEmpty();
    }

    private ConflictItem item(String entityId) {
        return vm.items().stream().filter(i -> i.entity().id().equals(entityId)).findFirst().orElseThrow();
    }

    private EntityState entity(String kind, String id) {
        return shell.stateProperty().get().get(kind, id).orElseThrow();
    }

    private long openOn(String id) {
        return Conflicts.of(shell.stateProperty().get()).stream().filter(c -> c.entity().id().equals(id)).count();
    }

    @Test
    void everyOpenConflictIsListedWithItsValuesSideBySideAndWhoWroteThemWhen() {
        assertThat(vm.items()).extracting(ConflictItem::key).containsExactly(
                "participant:" + PERSON + ":_deleted", "programme:" + PROGRAMME + ":name", "swot_item:" + CARD + ":text");
        assertThat(vm.countProperty().get()).isEqualTo(3).isEqualTo(Conflicts.of(shell.stateProperty().get()).size());

        ConflictItem name = item(PROGRAMME);
        assertThat(name.kindLabel()).isEqualTo("Program");
        assertThat(name.fieldLabel()).isEqualTo("Nama");
        assertThat(name.deletion()).isFalse();
        // newest first, as every laptop shows a conflict
        assertThat(name.choices()).extracting(Choice::value).containsExactly(NAME_ECO, NAME_GOV, NAME_MASTER);
        assertThat(name.choices()).extracting(Choice::writers).containsExactly(
                List.of(ECO_LABEL + ", Sen 7 Des 09.50"), List.of(GOV_LABEL + ", Sen 7 Des 09.45"),
                List.of(FACILITATOR_LABEL + ", Sen 7 Des 09.30"));
        assertThat(name.title()).isEqualTo(NAME_ECO);

        ConflictItem card = item(CARD);
        assertThat(card.kindLabel()).isEqualTo("Butir SWOT");
        assertThat(card.fieldLabel()).isEqualTo("Teks");
        assertThat(card.choices()).extracting(Choice::text).containsExactly(CARD_GOV, CARD_MASTER);
        assertThat(card.provenance()).isEqualTo("Dibuat: " + GOV_LABEL + ", Sen 7 Des 08.14 · Diubah terakhir: "
                + GOV_LABEL + ", 09.45");

        ConflictItem person = item(PERSON);
        assertThat(person.deletion()).isTrue();
        assertThat(person.title()).isEqualTo("Budi Santoso");
        assertThat(person.kindLabel()).isEqualTo("Peserta");
        assertThat(person.choices()).extracting(Choice::text).containsExactly("Dihapus", "No. HP: " + PHONE_GOV);
        assertThat(person.choices()).extracting(Choice::removal).containsExactly(true, false);
        assertThat(person.choices()).extracting(Choice::writers).containsExactly(
                List.of(FACILITATOR_LABEL + ", Sen 7 Des 10.00"), List.of(GOV_LABEL + ", Sen 7 Des 10.02"));
    }

    @Test
    void pickingOneValueSettlesTheFieldInOneUndoableActionAndUndoBringsTheConflictBack() {
        vm.pick(item(PROGRAMME), 2);

        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).label()).isEqualTo("Pilih nilai untuk Nama · " + NAME_ECO);
        assertThat(entity("programme", PROGRAMME).get("name")).contains(NAME_MASTER);
        assertThat(openOn(PROGRAMME)).isZero();
        assertThat(vm.items()).extracting(i -> i.entity().id()).containsExactly(PERSON, CARD);
        assertThat(vm.countProperty().get()).isEqualTo(2);
        assertThat(shell.undoLabelProperty().get()).isEqualTo(applied.get(0).label());

        shell.undo();
        assertThat(openOn(PROGRAMME)).isEqualTo(1);
        assertThat(item(PROGRAMME).choices()).extracting(Choice::value)
                .containsExactlyInAnyOrder(NAME_ECO, NAME_GOV, NAME_MASTER);
        assertThat(vm.countProperty().get()).isEqualTo(3);
    }

    @Test
    void combiningStartsFromTheValuesJoinedAndWritesWhatTheFacilitatorMadeOfThem() {
        ConflictItem card = item(CARD);
        assertThat(vm.combined(card)).isEqualTo(CARD_GOV + "\n" + CARD_MASTER);

        vm.combine(card, "Pusat data daerah beroperasi penuh sejak 2021");
        assertThat(applied.get(0).label()).isEqualTo("Gabungkan nilai untuk Teks · " + CARD_GOV);
        assertThat(entity("swot_item", CARD).get("text")).contains("Pusat data daerah beroperasi penuh sejak 2021");
        assertThat(openOn(CARD)).isZero();

        shell.undo();
        assertThat(item(CARD).choices()).extracting(Choice::value).containsExactlyInAnyOrder(CARD_GOV, CARD_MASTER);
    }

    @Test
    void aNewValueReplacesEveryCompetingOne() {
        vm.rewrite(item(PROGRAMME), "Satu Data Indonesia tingkat kabupaten");
        assertThat(applied.get(0).label()).startsWith("Tulis nilai baru untuk Nama");
        assertThat(entity("programme", PROGRAMME).fields().get("name").heads()).hasSize(1);
        assertThat(entity("programme", PROGRAMME).get("name")).contains("Satu Data Indonesia tingkat kabupaten");
        assertThat(vm.countProperty().get()).isEqualTo(2);
    }

    @Test
    void keepingADeletionDeletesAgainHavingSeenTheEditAndUndoBringsTheConflictBack() {
        vm.pick(item(PERSON), 0);

        assertThat(applied.get(0).label()).isEqualTo("Tetap hapus Peserta · Budi Santoso");
        assertThat(entity("participant", PERSON).deleted()).isTrue();
        assertThat(openOn(PERSON)).isZero();
        assertThat(shell.stateProperty().get().live("participant").map(e -> e.key().id())).doesNotContain(PERSON);

        shell.undo();
        assertThat(openOn(PERSON)).isEqualTo(1);
        assertThat(item(PERSON).choices()).extracting(Choice::text).containsExactly("Dihapus", "No. HP: " + PHONE_GOV);
    }

    @Test
    void restoringBringsThePersonBackWithTheOtherLaptopsChange() {
        vm.pick(item(PERSON), 1);

        assertThat(applied.get(0).label()).isEqualTo("Pulihkan Peserta · Budi Santoso dengan perubahan");
        EntityState p = entity("participant", PERSON);
        assertThat(p.live()).isTrue();
        assertThat(p.get("phone")).contains(PHONE_GOV);
        assertThat(p.get("name")).contains("Budi Santoso");
        assertThat(openOn(PERSON)).isZero();

        shell.undo();
        assertThat(entity("participant", PERSON).deleted()).isTrue();
        assertThat(openOn(PERSON)).isEqualTo(1);
    }

    @Test
    void aDeletedItemIsNeverOverwrittenWithAFieldValue() {
        assertThatThrownBy(() -> vm.combine(item(PERSON), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(applied).isEmpty();
    }

    @Test
    void settlingEverythingLeavesAnEmptyList() {
        vm.pick(item(PERSON), 1);
        vm.pick(item(PROGRAMME), 0);
        vm.pick(item(CARD), 1);
        assertThat(vm.items()).isEmpty();
        assertThat(vm.countProperty().get()).isZero();
        assertThat(Conflicts.of(shell.stateProperty().get())).isEmpty();
    }

    @Test
    void theListFollowsTheSessionWhenAMergeBringsNewConflicts() throws Exception {
        SimpleObjectProperty<SessionState> state = new SimpleObjectProperty<>();
        SimpleObjectProperty<Map<UUID, String>> names = new SimpleObjectProperty<>(Map.of());
        try (SessionFile before = SessionFile.open(files.govBefore, true);
             SessionFile after = SessionFile.open(files.gov, true)) {
            state.set(before.state());
            names.set(before.replicas());
            ConflictsViewModel live = new ConflictsViewModel(state, names, a -> { }, WITA);
            assertThat(live.items()).isEmpty();

            state.set(after.state());
            assertThat(live.items()).extracting(i -> i.entity().id()).containsExactly(PERSON, PROGRAMME, CARD);
            // the ECO laptop is known only once its file came in: until then it is named by its id
            assertThat(item(live, PROGRAMME).choices().get(0).writers().get(0)).startsWith("Laptop ec000000");
            names.set(after.replicas());
            assertThat(item(live, PROGRAMME).choices().get(0).writers().get(0)).startsWith(ECO_LABEL);
        }
    }

    @Test
    void aDeletionTakenBackOnOneLaptopWhileAnotherDeletedAgainReadsAsWordsAndSettles() throws Exception {
        UUID session = UUID.randomUUID();
        try (SessionFile a = SessionFile.create(dir.resolve("a.mv.db"), session, "Laptop Fasilitator");
             SessionFile b = SessionFile.create(dir.resolve("b.mv.db"), session, "Kelompok ECO · Laptop B")) {
            a.apply(Action.of("Tambah", Edit.set("swot_item", "k", "text", "Pasar digital")));
            a.apply(Action.of("Hapus", Edit.delete("swot_item", "k")));
            b.importChanges(a.changes(), a.replicas());
            b.apply(Action.of("Pulihkan", Edit.restore("swot_item", "k")));
            a.apply(Action.of("Hapus lagi", Edit.delete("swot_item", "k")));
            a.importChanges(b.changes(), b.replicas());

            SimpleObjectProperty<SessionState> state = new SimpleObjectProperty<>(a.state());
            ConflictsViewModel m = new ConflictsViewModel(state, new SimpleObjectProperty<>(a.replicas()), action -> {
                try {
                    a.apply(action);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                state.set(a.state());
            }, WITA);
            ConflictItem mark = m.items().stream().filter(i -> "_deleted".equals(i.field())).findFirst().orElseThrow();
            assertThat(mark.fieldLabel()).isEqualTo("Dihapus atau tidak");
            assertThat(mark.choices()).extracting(Choice::text).containsExactlyInAnyOrder("Dihapus", "Ada (dipulihkan)");

            m.pick(mark, mark.choices().stream().map(Choice::value).toList().indexOf(null));
            assertThat(Conflicts.of(a.state())).isEmpty();
            assertThat(a.state().get("swot_item", "k").orElseThrow().live()).isTrue();
            assertThat(m.items()).isEmpty();
        }
    }

    private static ConflictItem item(ConflictsViewModel m, String id) {
        return m.items().stream().filter(i -> i.entity().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void provenanceSaysWhichLaptopCreatedAndLastChangedAnItemAndWhen() {
        SessionState s = shell.stateProperty().get();
        Map<UUID, String> names = shell.replicasProperty().get();
        assertThat(ProvenanceLine.text(s, names, new EntityKey("participant", PERSON), WITA)).isEqualTo(
                "Dibuat: " + FACILITATOR_LABEL + ", Sen 7 Des 08.00 · Diubah terakhir: " + GOV_LABEL + ", 10.02");
        assertThat(ProvenanceLine.text(s, names, new EntityKey("participant", "nobody"), WITA)).isEmpty();
        assertThat(ProvenanceLine.text(null, names, new EntityKey("participant", PERSON), WITA)).isEmpty();

        Messages.setLocale(java.util.Locale.ENGLISH);
        assertThat(ProvenanceLine.text(s, names, new EntityKey("swot_item", CARD), WITA)).isEqualTo(
                "Created: " + GOV_LABEL + ", Mon 7 Dec 08:14 · Last changed: " + GOV_LABEL + ", 09:45");
        Messages.setLocale(Messages.INDONESIAN);

        // a settlement is written by this laptop, by its own clock
        vm.pick(item(CARD), 1);
        String after = ProvenanceLine.text(shell.stateProperty().get(), shell.replicasProperty().get(),
                new EntityKey("swot_item", CARD), WITA);
        assertThat(after).startsWith("Dibuat: " + GOV_LABEL + ", Sen 7 Des 08.14 · Diubah terakhir: "
                + ReplicaLabel.thisLaptop() + ", ");
        assertThat(after).doesNotEndWith(", 09.45");
    }
}

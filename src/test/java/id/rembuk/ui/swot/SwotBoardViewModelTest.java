package id.rembuk.ui.swot;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.ReadinessScale;
import id.rembuk.domain.ReadinessSetup;
import id.rembuk.domain.Records;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.SwotItem.Quadrant;
import id.rembuk.domain.Vote;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Board operations on a real session file, through the real shell, without a toolkit. */
class SwotBoardViewModelTest {
    @TempDir
    Path home;

    private SwotSession session;
    private ShellViewModel shell;
    private final List<Action> applied = new ArrayList<>();
    private SwotBoardViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        open(Stage.II);
    }

    private void open(Stage stage) {
        if (session != null) {
            session.close();
        }
        session = new SwotSession(home.resolve(stage.name()), stage);
        shell = session.shell;
        vm = facilitator();
        applied.clear();
    }

    private SwotBoardViewModel facilitator() {
        return new SwotBoardViewModel(shell.stateProperty(), shell.infoProperty(), a -> {
            applied.add(a);
            shell.apply(a);
        }, null);
    }

    private SwotBoardViewModel group(String id) {
        return new SwotBoardViewModel(shell.stateProperty(), shell.infoProperty(), a -> {
            applied.add(a);
            shell.apply(a);
        }, id);
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertThat(session.dialogs.errors).isEmpty();
    }

    private SwotCard add(Quadrant q, String text) {
        assertThat(vm.add(q, text)).isTrue();
        return vm.cards(q).stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow();
    }

    private List<String> texts(Quadrant q) {
        return vm.cards(q).stream().map(SwotCard::text).toList();
    }

    private SwotCard card(String id) {
        return vm.card(id).orElseThrow();
    }

    private Action last() {
        return applied.get(applied.size() - 1);
    }

    private List<SwotItem> stored() {
        return Records.read(shell.stateProperty().get(), EntityKind.SWOT_ITEM, SwotItem::from).records();
    }

    private void undo() {
        shell.undo();
    }

    // ---- boards ----

    @Test
    void tahapTwoHasADimensionBoardEachAndStartsOnGovernance() {
        assertThat(vm.scopes()).extracting(SwotScope::code).containsExactly("GOV", "BRD", "ECO", "LIV", "SOC", "ENV");
        assertThat(vm.scopeProperty().get()).isEqualTo(SwotScope.of(Dimension.GOV));
        assertThat(vm.titleProperty().get()).isEqualTo("Smart Governance");
        for (Quadrant q : Quadrant.values()) {
            assertThat(vm.cards(q)).isEmpty();
        }
    }

    @Test
    void tahapOneHasAnElementBoardEachAndTheOptionalOnesWhenTheSetupSaysSo() {
        open(Stage.I);
        assertThat(vm.scopes()).extracting(SwotScope::code).containsExactly("STRUKTUR", "INFRASTRUKTUR", "SUPRASTRUKTUR");
        shell.apply(new Action("Elemen", new ReadinessSetup(ReadinessScale.FIVE, true, false).toEdits()));
        assertThat(vm.scopes()).extracting(SwotScope::code)
                .containsExactly("STRUKTUR", "INFRASTRUKTUR", "SUPRASTRUKTUR", "ALAM");
        // a dimension group works on the element boards in Tahap I, writing as itself
        SwotBoardViewModel gov = group("GOV");
        assertThat(gov.scopes()).extracting(SwotScope::code)
                .containsExactly("STRUKTUR", "INFRASTRUKTUR", "SUPRASTRUKTUR", "ALAM");
        assertThat(gov.add(Quadrant.W, "SDM TIK di OPD masih sedikit")).isTrue();
        SwotItem written = stored().get(0);
        assertThat(written.element()).contains(Element.STRUKTUR);
        assertThat(written.dimension()).isEmpty();
        assertThat(written.group()).isEqualTo("GOV");
        assertThat(texts(Quadrant.W)).containsExactly("SDM TIK di OPD masih sedikit");
        assertThat(group("SOC").scopes()).extracting(SwotScope::code).doesNotContain("SOC");
        shell.apply(new Action("Kartu", new SwotItem("c1", java.util.Optional.of(Dimension.SOC),
                java.util.Optional.empty(), Quadrant.O, "Program BTS BAKTI untuk desa 3T", "SOC", "", 0).toEdits()));
        assertThat(group("SOC").scopes()).extracting(SwotScope::code).endsWith("SOC");
    }

    @Test
    void aGroupInTahapTwoHasOnlyItsOwnBoard() {
        SwotBoardViewModel eco = group("ECO");
        assertThat(eco.scopes()).containsExactly(SwotScope.of(Dimension.ECO));
        assertThat(eco.writers()).extracting(SwotBoardViewModel.Choice::id).containsExactly("ECO");
        assertThat(eco.openRound(3, SwotBoard.BudgetPer.GROUP)).as("only the facilitator opens a round").isFalse();
    }

    // ---- cards ----

    @Test
    void aCardAddedOnTheFacilitatorsScreenIsThePlenarysOrTheChosenGroups() {
        SwotCard pleno = add(Quadrant.S, "Jaringan fiber optik sampai kecamatan");
        assertThat(pleno.group()).isEmpty();
        assertThat(pleno.groupLabel()).isEqualTo("Pleno");
        assertThat(last().label()).isEqualTo("Tambah Kekuatan (S): Jaringan fiber optik sampai kecamatan");
        assertThat(last().edits()).allMatch(e -> e.value() != null);

        vm.writerProperty().set("ECO");
        SwotCard eco = add(Quadrant.S, "Sentra UMKM aktif di Luwuk");
        assertThat(eco.group()).isEqualTo("ECO");
        assertThat(eco.groupLabel()).isEqualTo("ECO");
        assertThat(eco.groupStyle()).isEqualTo("group-ECO");
        assertThat(texts(Quadrant.S)).containsExactly("Jaringan fiber optik sampai kecamatan",
                "Sentra UMKM aktif di Luwuk");
        assertThat(stored()).allMatch(i -> i.dimension().equals(Optional.of(Dimension.GOV)));

        SwotBoardViewModel gov = group("GOV");
        assertThat(gov.add(Quadrant.O, "Program nasional GMSC")).isTrue();
        assertThat(vm.cards(Quadrant.O)).singleElement().extracting(SwotCard::group).isEqualTo("GOV");
    }

    @Test
    void blankTextIsNotACardAndTooLongTextIsRefusedWithAReason() {
        assertThat(vm.add(Quadrant.S, "   ")).isFalse();
        assertThat(vm.add(Quadrant.S, "x".repeat(501))).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Teks kartu paling panjang 500 huruf.");
        assertThat(applied).isEmpty();
    }

    @Test
    void editingTheTextWritesThatFieldOnly() {
        SwotCard c = add(Quadrant.W, "Aplikasi OPD belum terintegrasi");
        assertThat(vm.edit(c.id(), "  Aplikasi OPD belum terintegrasi satu data ")).isTrue();
        assertThat(last().edits()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(SwotItem.F_TEXT);
            assertThat(e.value()).isEqualTo("Aplikasi OPD belum terintegrasi satu data");
        });
        assertThat(card(c.id()).text()).isEqualTo("Aplikasi OPD belum terintegrasi satu data");
        assertThat(vm.edit(c.id(), "Aplikasi OPD belum terintegrasi satu data")).as("unchanged").isFalse();
    }

    @Test
    void movingToAnotherQuadrantWritesTheQuadrantAndUndoBringsItBack() {
        SwotCard c = add(Quadrant.S, "Anggaran TIK naik");
        add(Quadrant.W, "SDM terbatas");
        assertThat(vm.move(c.id(), Quadrant.W, 1, "")).isTrue();
        assertThat(texts(Quadrant.W)).containsExactly("SDM terbatas", "Anggaran TIK naik");
        assertThat(texts(Quadrant.S)).isEmpty();
        assertThat(last().label()).isEqualTo("Pindah ke Kelemahan (W): Anggaran TIK naik");
        assertThat(last().edits()).extracting(Edit::field).containsExactly(SwotItem.F_QUADRANT, SwotItem.F_ORDER);

        undo();
        assertThat(texts(Quadrant.S)).containsExactly("Anggaran TIK naik");
        assertThat(texts(Quadrant.W)).containsExactly("SDM terbatas");
    }

    @Test
    void reorderingWritesTheOrderOfTheMovedCardOnly() {
        add(Quadrant.O, "Satu");
        add(Quadrant.O, "Dua");
        SwotCard three = add(Quadrant.O, "Tiga");
        assertThat(vm.move(three.id(), Quadrant.O, 0, "")).isTrue();
        assertThat(texts(Quadrant.O)).containsExactly("Tiga", "Satu", "Dua");
        assertThat(last().edits()).singleElement().extracting(Edit::field).isEqualTo(SwotItem.F_ORDER);
        assertThat(last().label()).isEqualTo("Urutkan kartu: Tiga");

        assertThat(vm.move(three.id(), Quadrant.O, 1, "")).isTrue();
        assertThat(texts(Quadrant.O)).containsExactly("Satu", "Tiga", "Dua");
        assertThat(vm.move(three.id(), Quadrant.O, 1, "")).as("already there").isFalse();
    }

    @Test
    void cardsWithTheSameOrderAreNumberedAfreshWhenOneMovesBetweenThem() {
        String id = "0a000000-0000-4000-8000-000000000001";
        List<Edit> edits = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            edits.addAll(new SwotItem(id.replace("01", "0" + i), Optional.of(Dimension.GOV), Optional.empty(),
                    Quadrant.T, "Ancaman " + i, "", "", 0).toEdits());
        }
        shell.apply(new Action("Contoh", edits));
        assertThat(texts(Quadrant.T)).containsExactly("Ancaman 1", "Ancaman 2", "Ancaman 3");
        String third = vm.cards(Quadrant.T).get(2).id();
        assertThat(vm.move(third, Quadrant.T, 1, "")).isTrue();
        assertThat(texts(Quadrant.T)).containsExactly("Ancaman 1", "Ancaman 3", "Ancaman 2");
        assertThat(last().edits()).extracting(Edit::field).containsOnly(SwotItem.F_ORDER);
    }

    @Test
    void clusteringGathersCardsUnderATitleWhichCanBeRenamedLeftAndDissolved() {
        SwotCard a = add(Quadrant.W, "Server OPD tersebar");
        add(Quadrant.W, "Website kecamatan mati");
        SwotCard c = add(Quadrant.W, "Tidak ada pusat data");
        assertThat(vm.cluster(List.of(a.id(), c.id()), "  Infrastruktur data ")).isTrue();
        assertThat(last().label()).isEqualTo("Klaster Infrastruktur data: 2 kartu");
        assertThat(last().edits()).extracting(Edit::field).containsOnly(SwotItem.F_CLUSTER);
        // the cluster is gathered where its first card is
        assertThat(texts(Quadrant.W)).containsExactly("Server OPD tersebar", "Tidak ada pusat data",
                "Website kecamatan mati");
        assertThat(card(a.id()).cluster()).isEqualTo("Infrastruktur data");

        assertThat(vm.renameCluster(Quadrant.W, "Infrastruktur data", "Pusat data")).isTrue();
        assertThat(card(c.id()).cluster()).isEqualTo("Pusat data");
        assertThat(vm.removeFromCluster(List.of(c.id()))).isTrue();
        assertThat(card(c.id()).cluster()).isEmpty();
        assertThat(card(a.id()).cluster()).isEqualTo("Pusat data");
        assertThat(vm.dissolveCluster(Quadrant.W, "Pusat data")).isTrue();
        assertThat(vm.cards(Quadrant.W)).allMatch(x -> x.cluster().isEmpty());
        assertThat(vm.cluster(List.of(a.id()), " ")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Beri judul klaster dulu.");
    }

    @Test
    void droppingIntoAClusterJoinsIt() {
        SwotCard a = add(Quadrant.S, "A");
        SwotCard b = add(Quadrant.S, "B");
        SwotCard x = add(Quadrant.S, "X");
        vm.cluster(List.of(a.id(), b.id()), "Kluster");
        // between A and B, in their cluster
        assertThat(vm.move(x.id(), Quadrant.S, 1, "Kluster")).isTrue();
        assertThat(texts(Quadrant.S)).containsExactly("A", "X", "B");
        assertThat(card(x.id()).cluster()).isEqualTo("Kluster");
        assertThat(last().label()).isEqualTo("Masuk klaster Kluster: X");
    }

    @Test
    void mergedCardsLeaveTheBoardKeepTheirTextAndComeBackOnUndo() {
        SwotCard a = add(Quadrant.W, "Data belum terpadu");
        SwotCard b = add(Quadrant.W, "Satu data belum jalan");
        SwotCard c = add(Quadrant.W, "Data tiap OPD beda-beda");
        add(Quadrant.W, "SDM kurang");

        assertThat(vm.merge(List.of(a.id(), b.id(), c.id()))).isTrue();
        assertThat(last().label()).isEqualTo("Gabungkan 3 kartu: Data belum terpadu");
        assertThat(last().edits()).extracting(Edit::field).containsOnly(SwotItem.F_MERGED_INTO);
        assertThat(texts(Quadrant.W)).containsExactly("Data belum terpadu", "SDM kurang");
        assertThat(card(a.id()).merged()).containsExactly("Satu data belum jalan", "Data tiap OPD beda-beda");
        // still in the file, with their own text
        assertThat(stored()).extracting(SwotItem::text).contains("Satu data belum jalan");

        undo();
        assertThat(texts(Quadrant.W)).containsExactly("Data belum terpadu", "Satu data belum jalan",
                "Data tiap OPD beda-beda", "SDM kurang");
        assertThat(card(a.id()).merged()).isEmpty();

        assertThat(vm.merge(List.of(a.id()))).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Pilih dua kartu atau lebih");
    }

    @Test
    void unmergePutsTheCardsBackAndAChainOfMergesCountsForTheLastCard() {
        SwotCard a = add(Quadrant.O, "Dana DAK TIK");
        SwotCard b = add(Quadrant.O, "DAK bidang TIK");
        SwotCard c = add(Quadrant.O, "Ada DAK untuk TIK");
        vm.merge(List.of(b.id(), c.id()));
        vm.merge(List.of(a.id(), b.id()));
        assertThat(texts(Quadrant.O)).containsExactly("Dana DAK TIK");
        assertThat(card(a.id()).merged()).containsExactly("DAK bidang TIK", "Ada DAK untuk TIK");

        assertThat(vm.unmerge(a.id())).isTrue();
        assertThat(texts(Quadrant.O)).containsExactly("Dana DAK TIK", "DAK bidang TIK");
        assertThat(card(b.id()).merged()).containsExactly("Ada DAK untuk TIK");
    }

    @Test
    void deletingTakesTheMergedCardsAlongAndUndoBringsAllBack() {
        SwotCard a = add(Quadrant.T, "Serangan siber");
        SwotCard b = add(Quadrant.T, "Peretasan situs pemda");
        add(Quadrant.T, "Hoaks");
        vm.merge(List.of(a.id(), b.id()));

        assertThat(vm.delete(List.of(a.id()))).isTrue();
        assertThat(last().label()).isEqualTo("Hapus kartu: Serangan siber");
        assertThat(texts(Quadrant.T)).containsExactly("Hoaks");
        assertThat(stored()).extracting(SwotItem::text).containsExactly("Hoaks");

        undo();
        assertThat(texts(Quadrant.T)).containsExactly("Serangan siber", "Hoaks");
        assertThat(card(a.id()).merged()).containsExactly("Peretasan situs pemda");
    }

    // ---- voting ----

    @Test
    void aGroupCannotPlaceMoreDotsThanItsBudget() {
        SwotCard a = add(Quadrant.S, "Komitmen bupati kuat");
        SwotCard b = add(Quadrant.S, "Jaringan fiber");
        assertThat(vm.openRound(3, SwotBoard.BudgetPer.GROUP)).isTrue();
        assertThat(last().label()).isEqualTo("Buka voting putaran 1: 3 titik per kelompok");
        assertThat(vm.votingStatusProperty().get()).isEqualTo("Putaran 1 · 3 titik per kelompok");
        assertThat(vm.voters()).extracting(SwotBoardViewModel.Choice::id).startsWith("GOV", "BRD");

        vm.voterProperty().set("GOV");
        assertThat(vm.remainingProperty().get()).isEqualTo(3);
        assertThat(vm.vote(a.id())).isTrue();
        assertThat(vm.vote(a.id())).isTrue();
        assertThat(vm.vote(b.id())).isTrue();
        assertThat(vm.remainingProperty().get()).isZero();
        assertThat(vm.remainingTextProperty().get()).isEqualTo("Sisa 0 dari 3 titik");

        assertThat(vm.vote(b.id())).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Smart Governance sudah memakai semua 3 titik.");
        assertThat(card(a.id()).dots()).isEqualTo(2);
        assertThat(card(a.id()).mine()).isEqualTo(2);
        // one vote entity per dot
        assertThat(Records.read(shell.stateProperty().get(), EntityKind.VOTE, Vote::from).records()).hasSize(3)
                .allMatch(v -> v.voter().equals("GOV") && v.round() == 1);

        // another group has its own budget
        vm.voterProperty().set("ECO");
        assertThat(vm.remainingProperty().get()).isEqualTo(3);
        assertThat(card(a.id()).mine()).isZero();
        assertThat(vm.vote(b.id())).isTrue();
        assertThat(vm.voterDots()).filteredOn(d -> d.voter().equals("GOV")).singleElement()
                .extracting(SwotBoardViewModel.VoterDots::left).isEqualTo(0);
        assertThat(vm.voterDots()).filteredOn(d -> d.voter().equals("ECO")).singleElement()
                .extracting(SwotBoardViewModel.VoterDots::left).isEqualTo(2);

        // taking a dot back frees it
        vm.voterProperty().set("GOV");
        assertThat(vm.unvote(a.id())).isTrue();
        assertThat(vm.remainingProperty().get()).isEqualTo(1);
        assertThat(card(a.id()).dots()).isEqualTo(1);
        assertThat(vm.unvote(a.id())).isTrue();
        assertThat(vm.unvote(a.id())).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Smart Governance belum memberi titik pada kartu ini.");
    }

    @Test
    void perParticipantEachPersonHasTheBudgetAndAGroupLaptopOffersItsMembers() {
        SwotCard a = add(Quadrant.O, "Bandwidth murah dari Palapa Ring");
        assertThat(vm.openRound(2, SwotBoard.BudgetPer.PARTICIPANT)).isTrue();
        assertThat(vm.voters()).extracting(SwotBoardViewModel.Choice::id)
                .containsExactly(SwotSession.ANDI, SwotSession.DEWI, SwotSession.RAHMAT, SwotSession.SITI);
        assertThat(vm.voters().get(0).label()).isEqualTo("Andi Pratama · GOV");
        assertThat(vm.vote(a.id())).as("nobody chosen").isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Pilih dulu siapa yang memberi titik.");

        vm.voterProperty().set(SwotSession.SITI);
        assertThat(vm.vote(a.id())).isTrue();
        assertThat(vm.vote(a.id())).isTrue();
        assertThat(vm.vote(a.id())).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Siti Rahmawati · GOV sudah memakai semua 2 titik.");
        assertThat(Records.read(shell.stateProperty().get(), EntityKind.VOTE, Vote::from).records())
                .allMatch(v -> v.voter().equals(SwotSession.SITI));

        SwotBoardViewModel gov = group("GOV");
        assertThat(gov.voters()).extracting(SwotBoardViewModel.Choice::id)
                .containsExactly(SwotSession.ANDI, SwotSession.SITI);
        assertThat(gov.voterProperty().get()).isEmpty();
        gov.voterProperty().set(SwotSession.ANDI);
        assertThat(gov.remainingProperty().get()).isEqualTo(2);
        assertThat(gov.vote(a.id())).isTrue();
        assertThat(vm.card(a.id()).orElseThrow().dots()).isEqualTo(3);
        assertThat(vm.voterSummaryProperty().get()).isEqualTo("2 peserta sudah memberi titik · 3 titik");
    }

    @Test
    void dotsClickedFasterThanTheFileWritesStillKeepToTheBudget() {
        SwotCard a = add(Quadrant.S, "A");
        vm.openRound(2, SwotBoard.BudgetPer.GROUP);
        // the writes wait, as they do on the shell's background thread
        List<Action> waiting = new ArrayList<>();
        SwotBoardViewModel slow = new SwotBoardViewModel(shell.stateProperty(), shell.infoProperty(), waiting::add,
                null);
        slow.voterProperty().set("GOV");
        assertThat(slow.vote(a.id())).isTrue();
        assertThat(slow.vote(a.id())).isTrue();
        assertThat(slow.remainingProperty().get()).as("before the state comes back").isZero();
        assertThat(slow.vote(a.id())).isFalse();
        assertThat(slow.messageProperty().get()).isEqualTo("Smart Governance sudah memakai semua 2 titik.");
        waiting.forEach(shell::apply);
        assertThat(slow.card(a.id()).orElseThrow().dots()).isEqualTo(2);
        assertThat(slow.remainingProperty().get()).isZero();
        assertThat(slow.vote(a.id())).isFalse();

        // two cards typed before the first is written still come in the order typed
        waiting.clear();
        slow.add(Quadrant.O, "Pertama");
        slow.add(Quadrant.O, "Kedua");
        waiting.forEach(shell::apply);
        assertThat(texts(Quadrant.O)).containsExactly("Pertama", "Kedua");
    }

    @Test
    void aGroupLaptopVotesAsItsGroup() {
        SwotCard a = add(Quadrant.T, "Cuaca ekstrem memutus jaringan");
        vm.openRound(1, SwotBoard.BudgetPer.GROUP);
        SwotBoardViewModel gov = group("GOV");
        assertThat(gov.voterProperty().get()).isEqualTo("GOV");
        assertThat(gov.vote(a.id())).isTrue();
        assertThat(gov.vote(a.id())).isFalse();
        assertThat(gov.remainingProperty().get()).isZero();
        assertThat(vm.card(a.id()).orElseThrow().dots()).isEqualTo(1);
    }

    @Test
    void closingTheRoundStopsDotsAndKeepsTheRankingANewRoundStartsEmpty() {
        SwotCard a = add(Quadrant.S, "A");
        SwotCard b = add(Quadrant.S, "B");
        SwotCard c = add(Quadrant.S, "C");
        assertThat(vm.vote(a.id())).as("no round yet").isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Voting belum dibuka. Fasilitator membuka putaran dulu.");
        vm.openRound(5, SwotBoard.BudgetPer.GROUP);
        vm.voterProperty().set("GOV");
        vm.vote(b.id());
        vm.vote(b.id());
        vm.vote(c.id());
        vm.voterProperty().set("SOC");
        vm.vote(c.id());
        vm.vote(a.id());
        vm.vote(b.id());

        assertThat(vm.closeRound()).isTrue();
        assertThat(last().label()).isEqualTo("Tutup voting putaran 1");
        assertThat(vm.votingStatusProperty().get()).isEqualTo("Putaran 1 ditutup · 6 titik diberikan");
        assertThat(vm.vote(a.id())).isFalse();
        assertThat(vm.results()).extracting(r -> r.card().text(), SwotBoardViewModel.Ranked::dots,
                SwotBoardViewModel.Ranked::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", 3L, 1),
                        org.assertj.core.groups.Tuple.tuple("C", 2L, 2), org.assertj.core.groups.Tuple.tuple("A", 1L, 3));
        assertThat(card(b.id()).rank()).isEqualTo(1);

        vm.sortByVotesProperty().set(true);
        assertThat(texts(Quadrant.S)).containsExactly("B", "C", "A");
        // while sorted, the dots decide the order
        assertThat(vm.move(a.id(), Quadrant.S, 0, "")).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Urutan mengikuti jumlah titik");
        vm.sortByVotesProperty().set(false);
        assertThat(texts(Quadrant.S)).containsExactly("A", "B", "C");

        assertThat(vm.openRound(2, SwotBoard.BudgetPer.GROUP)).isTrue();
        assertThat(vm.roundProperty().get()).isEqualTo(2);
        assertThat(vm.cards(Quadrant.S)).allMatch(x -> x.dots() == 0);
        assertThat(vm.remainingProperty().get()).isEqualTo(2);
        // the board's settings: changed fields only, once the board is stored
        assertThat(last().edits()).extracting(Edit::field)
                .containsExactlyInAnyOrder(SwotBoard.F_ROUND, SwotBoard.F_ROUND_OPEN, SwotBoard.F_BUDGET);
    }

    @Test
    void dotsOnMergedCardsCountForTheCardTheyWereMergedInto() {
        SwotCard a = add(Quadrant.W, "Regulasi SPBE belum ada");
        SwotCard b = add(Quadrant.W, "Belum ada perbup SPBE");
        vm.openRound(3, SwotBoard.BudgetPer.GROUP);
        vm.voterProperty().set("GOV");
        vm.vote(a.id());
        vm.vote(b.id());
        vm.vote(b.id());
        vm.voterProperty().set("LIV");
        vm.vote(b.id());

        vm.merge(List.of(a.id(), b.id()));
        assertThat(card(a.id()).dots()).isEqualTo(4);
        vm.voterProperty().set("GOV");
        assertThat(card(a.id()).mine()).isEqualTo(3);
        // the merged dots are still the voter's: taking one back works on the card they now count for
        assertThat(vm.unvote(a.id())).isTrue();
        assertThat(card(a.id()).dots()).isEqualTo(3);
        assertThat(vm.results()).singleElement().extracting(SwotBoardViewModel.Ranked::dots).isEqualTo(3L);

        undo(); // the dot back
        undo(); // the merge
        assertThat(card(a.id()).dots()).isEqualTo(1);
        assertThat(card(b.id()).dots()).isEqualTo(3);
    }

    @Test
    void aDeletedCardGivesItsDotsBack() {
        SwotCard a = add(Quadrant.S, "A");
        vm.openRound(2, SwotBoard.BudgetPer.GROUP);
        vm.voterProperty().set("GOV");
        vm.vote(a.id());
        vm.vote(a.id());
        assertThat(vm.remainingProperty().get()).isZero();
        vm.delete(List.of(a.id()));
        assertThat(vm.remainingProperty().get()).isEqualTo(2);
        undo();
        assertThat(vm.remainingProperty().get()).isZero();
    }

    // ---- private writing ----

    @Test
    void privateWritingHidesTheCardsUntilRevealed() {
        add(Quadrant.S, "A");
        assertThat(vm.concealedProperty().get()).isFalse();
        assertThat(vm.setConcealed(true)).isTrue();
        assertThat(last().label()).isEqualTo("Tulis tertutup di papan Smart Governance");
        // a board not stored yet is written whole, so it can be read back
        assertThat(last().edits()).extracting(Edit::field).contains(SwotBoard.F_CONCEALED, SwotBoard.F_BUDGET);
        assertThat(vm.concealedProperty().get()).isTrue();

        assertThat(vm.reveal()).isTrue();
        assertThat(last().label()).isEqualTo("Tampilkan kartu papan Smart Governance");
        assertThat(last().edits()).singleElement().extracting(Edit::field).isEqualTo(SwotBoard.F_CONCEALED);
        assertThat(vm.concealedProperty().get()).isFalse();
        assertThat(vm.reveal()).isFalse();

        // each board has its own setting
        vm.setConcealed(true);
        vm.scopeProperty().set(SwotScope.of(Dimension.ECO));
        assertThat(vm.concealedProperty().get()).isFalse();
        assertThat(vm.cards(Quadrant.S)).isEmpty();
    }
}

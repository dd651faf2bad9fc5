package id.rembuk.ui.merge;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.change.Conflicts;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.merge.MergeReport;
import id.rembuk.merge.MergeReport.Outcome;
import id.rembuk.ui.merge.MergeViewModel.Phase;
import id.rembuk.ui.tows.BoardSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group files out to the laptops, edited there, merged back through the merge window's model. */
class MergeViewModelTest {
    private static final String NEW_GOV = "5a000000-0000-4000-8000-0000000000a1";
    private static final String NEW_ECO_1 = "5a000000-0000-4000-8000-0000000000b1";
    private static final String NEW_ECO_2 = "5a000000-0000-4000-8000-0000000000b2";

    @TempDir
    Path dir;
    private MergeSession master;
    private Path gov;
    private Path eco;

    @BeforeEach
    void groupsWorkOnTheirCopies() throws Exception {
        Messages.setLocale(Messages.INDONESIAN);
        master = new MergeSession(dir.resolve("master"), "Kabupaten Banggai");
        GroupFilesViewModel files = master.groupFiles(dir.resolve("usb"));
        files.write();
        assertThat(files.written()).allMatch(GroupFilesViewModel.Written::ok);
        Path usb = dir.resolve("usb");
        // both groups rewrite the same card without seeing each other's change: a conflict
        gov = MergeSession.laptop(usb.resolve("Kabupaten-Banggai-Tahap-III-GOV.rembuk"), dir.resolve("laptop-gov"),
                "Kelompok GOV · Laptop A", "hasil-gov", withCard(List.of(Edit.set(EntityKind.SWOT_ITEM.code(),
                        BoardSession.S_DATA, SwotItem.F_TEXT, "Pusat data dipakai semua OPD")),
                        NEW_GOV, Dimension.GOV, "Forum data OPD rutin tiap bulan"));
        List<Edit> ecoEdits = withCard(List.of(Edit.set(EntityKind.SWOT_ITEM.code(), BoardSession.S_DATA,
                SwotItem.F_TEXT, "Pusat data daerah belum dipakai UMKM")), NEW_ECO_1, Dimension.ECO, "Pasar digital desa");
        eco = MergeSession.laptop(usb.resolve("Kabupaten-Banggai-Tahap-III-ECO.rembuk"), dir.resolve("laptop-eco"),
                "Kelompok ECO · Laptop B", "hasil-eco", withCard(ecoEdits, NEW_ECO_2, Dimension.ECO, "Koperasi aktif"));
    }

    private static List<Edit> cardEdits(String id, Dimension d, String text) {
        return new SwotItem(id, Optional.of(d), Optional.empty(), SwotItem.Quadrant.S, text, d.code(), "", 5).toEdits();
    }

    private static List<Edit> withCard(List<Edit> before, String id, Dimension d, String text) {
        List<Edit> all = new ArrayList<>(before);
        all.addAll(cardEdits(id, d, text));
        return all;
    }

    private SessionState state() {
        return master.shell.stateProperty().get();
    }

    private static boolean live(SessionState s, String id) {
        return s.get(EntityKind.SWOT_ITEM.code(), id).map(e -> e.live()).orElse(false);
    }

    @Test
    void theDryRunShowsWhatEachFileBringsAndChangesNothing() throws Exception {
        int before = master.changeCount();
        MergeViewModel vm = master.merge();
        vm.start(List.of(gov, eco));

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.PREVIEW);
        assertThat(vm.canMergeProperty().get()).isTrue();
        assertThat(vm.rows()).extracting(MergeRow::name).containsExactly("hasil-gov.rembuk", "hasil-eco.rembuk");
        assertThat(vm.rows()).allMatch(r -> r.status() == MergeRow.Status.NEW);
        MergeRow govRow = vm.rows().get(0);
        assertThat(govRow.outcome()).isEqualTo("Akan digabung");
        assertThat(govRow.items()).isEqualTo("Butir baru: Butir SWOT (1)");
        assertThat(govRow.writers()).startsWith("Ditulis oleh: Kelompok GOV · Laptop A (");
        assertThat(vm.rows().get(1).items()).isEqualTo("Butir baru: Butir SWOT (2)");
        assertThat(vm.totalsProperty().get()).isEqualTo("2 berkas: 2 berisi yang baru · 0 tanpa yang baru · 0 ditolak · 0 dilewati");
        MergeReport.FileReport ecoReport = vm.report().files().get(1);
        assertThat(ecoReport.conflicts()).isEqualTo(1);
        assertThat(vm.rows().get(1).counts()).endsWith("konflik yang akan terbuka: 1");
        assertThat(vm.summaryProperty().get()).contains("dari 2 berkas akan digabungkan; konflik terbuka bertambah 1");
        // a dry run: nothing in the master yet
        assertThat(master.changeCount()).isEqualTo(before);
        assertThat(live(state(), NEW_GOV)).isFalse();
    }

    @Test
    void theMergeBacksUpFirstThenBringsEverythingAndTheConflict() throws Exception {
        MergeViewModel vm = master.merge();
        vm.start(List.of(eco, gov));
        vm.merge();

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(vm.rows()).extracting(MergeRow::outcome).containsOnly("Digabung");
        assertThat(vm.report().added()).isPositive();
        Path backup = vm.report().backup().orElseThrow();
        assertThat(backup).exists().startsWith(master.home.resolve("backups"));
        assertThat(vm.backupProperty().get()).isEqualTo("Cadangan sebelum penggabungan: " + backup);
        assertThat(vm.summaryProperty().get()).contains("dari 2 berkas sudah digabungkan. Konflik terbuka sekarang: 1.");
        // the shell shows the merged session at once: new cards, the conflict, the laptops' names
        assertThat(live(state(), NEW_GOV)).isTrue();
        assertThat(live(state(), NEW_ECO_1)).isTrue();
        assertThat(live(state(), NEW_ECO_2)).isTrue();
        assertThat(Conflicts.of(state())).hasSize(1);
        assertThat(master.shell.replicasProperty().get().values())
                .contains("Kelompok GOV · Laptop A", "Kelompok ECO · Laptop B");
        assertThat(master.dialogs.errors).isEmpty();
    }

    @Test
    void theSameFilesAgainBringNothingNew() throws Exception {
        MergeViewModel first = master.merge();
        first.start(List.of(gov, eco));
        first.merge();
        int after = master.changeCount();

        MergeViewModel again = master.merge();
        again.start(List.of(eco, gov, gov));
        assertThat(again.phaseProperty().get()).isEqualTo(Phase.PREVIEW);
        assertThat(again.rows()).hasSize(2).allMatch(r -> r.status() == MergeRow.Status.NOTHING_NEW);
        assertThat(again.rows().get(0).counts()).startsWith("Semua ").endsWith(" suntingan sudah ada di sesi ini.");
        assertThat(again.canMergeProperty().get()).isFalse();
        assertThat(again.summaryProperty().get()).isEqualTo("Tidak ada yang baru untuk digabungkan.");
        again.merge();
        assertThat(again.phaseProperty().get()).isEqualTo(Phase.PREVIEW);
        assertThat(master.changeCount()).isEqualTo(after);
    }

    @Test
    void aDamagedFileIsRefusedWholeAndTheOthersStillMerge() throws Exception {
        Path cut = dir.resolve("terpotong.rembuk");
        byte[] bytes = Files.readAllBytes(eco);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        MergeViewModel vm = master.merge();
        vm.start(List.of(gov, cut));
        MergeRow refused = vm.rows().get(1);
        assertThat(refused.status()).isEqualTo(MergeRow.Status.REFUSED);
        assertThat(refused.outcome()).isEqualTo("Ditolak");
        assertThat(refused.problem()).isNotBlank().doesNotContain("Exception");
        assertThat(refused.details()).last().isEqualTo(
                "Tidak ada isinya yang digabungkan.");
        assertThat(vm.report().files().get(1).outcome()).isEqualTo(Outcome.REJECTED);
        vm.merge();

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(vm.rows()).extracting(MergeRow::status).containsExactly(MergeRow.Status.NEW, MergeRow.Status.REFUSED);
        assertThat(live(state(), NEW_GOV)).isTrue();
        assertThat(live(state(), NEW_ECO_1)).isFalse();
        assertThat(Files.readAllBytes(eco)).isEqualTo(bytes);
    }

    @Test
    void aFileOfAnotherSessionIsAskedAboutAndSkipped() throws Exception {
        Path other = otherSessionFile();
        master.dialogs.answer = false;
        MergeViewModel vm = master.merge();
        vm.start(List.of(other, gov));
        // the GOV file alone rewrites a card nobody else touched: nothing to settle
        assertThat(vm.summaryProperty().get()).endsWith("; tidak ada konflik baru. Sesi dicadangkan lebih dulu.");

        assertThat(master.dialogs.questions).hasSize(1);
        assertThat(master.dialogs.questions.get(0)).contains("lain.rembuk").contains("sesi lain");
        assertThat(vm.rows().get(0).status()).isEqualTo(MergeRow.Status.SKIPPED);
        assertThat(vm.rows().get(0).problem()).isEqualTo("Berkas ini dari sesi lain.");
        vm.merge();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(vm.rows()).extracting(MergeRow::status).containsExactly(MergeRow.Status.SKIPPED, MergeRow.Status.NEW);
        assertThat(vm.totalsProperty().get()).isEqualTo("2 berkas: 1 berisi yang baru · 0 tanpa yang baru · 0 ditolak · 1 dilewati");
        assertThat(state().get(EntityKind.SESSION.code(), master.shell.sessionIdProperty().get().toString())
                .flatMap(s -> s.get("region"))).contains("Kabupaten Banggai");
    }

    @Test
    void aFileOfAnotherSessionMergesWhenTheUserSaysSo() throws Exception {
        Path other = otherSessionFile();
        master.dialogs.answer = true;
        MergeViewModel vm = master.merge();
        vm.start(List.of(other));

        assertThat(master.dialogs.questions).hasSize(1);
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(MergeRow.Status.NEW));
        vm.merge();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(vm.report().files().get(0).outcome()).isEqualTo(Outcome.MERGED);
        assertThat(vm.report().added()).isPositive();
    }

    private Path otherSessionFile() throws Exception {
        MergeSession elsewhere = new MergeSession(dir.resolve("elsewhere"), "Kota Palu");
        Path[] saved = new Path[1];
        elsewhere.shell.onSession(w -> elsewhere.sessions.saveAs(w, dir.resolve("lain.rembuk")), p -> saved[0] = p,
                e -> {
                    throw new AssertionError(e);
                });
        elsewhere.shell.close();
        return saved[0];
    }

    @Test
    void cancelledBeforeWritingLeavesTheSessionAsItWas() throws Exception {
        int before = master.changeCount();
        long backups = countBackups(master.home.resolve("backups"));
        MergeViewModel[] holder = new MergeViewModel[1];
        // the user presses Cancel while the second file is being read
        MergeViewModel vm = new MergeViewModel(MergeRunner.on(master.shell, master.sessions), master.dialogs, r -> {
            r.run();
            if (holder[0].phaseProperty().get() == Phase.MERGING
                    && holder[0].progressTextProperty().get().startsWith("Membaca hasil-eco")) {
                holder[0].cancel();
            }
        });
        holder[0] = vm;
        vm.start(List.of(gov, eco));
        vm.merge();

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.CANCELLED);
        assertThat(master.changeCount()).isEqualTo(before);
        assertThat(live(state(), NEW_GOV)).isFalse();
        assertThat(countBackups(master.home.resolve("backups"))).isEqualTo(backups);
        assertThat(master.dialogs.errors).isEmpty();
    }

    private static long countBackups(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @Test
    void withoutASessionTheMergeSaysWhatToDo() {
        MergeViewModel vm = new MergeViewModel((files, options, progress, done, failed) -> false, master.dialogs,
                Runnable::run);
        vm.start(List.of(gov));
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(vm.errorProperty().get()).isEqualTo("Buka sesi induk lebih dulu.");
    }

    @Test
    void aFailureIsToldInTheUsersLanguage() {
        Messages.setLocale(java.util.Locale.ENGLISH);
        try {
            MergeViewModel vm = new MergeViewModel((files, options, progress, done, failed) -> {
                failed.accept(new id.rembuk.store.StoreException(id.rembuk.store.Problem.IO, "x"));
                return true;
            }, master.dialogs, Runnable::run);
            vm.start(List.of(gov));
            assertThat(vm.phaseProperty().get()).isEqualTo(Phase.FAILED);
            assertThat(vm.errorProperty().get()).isEqualTo(
                    new id.rembuk.store.StoreException(id.rembuk.store.Problem.IO, "x").userMessage());
            assertThat(vm.errorProperty().get()).doesNotContain("!");
        } finally {
            Messages.setLocale(Messages.INDONESIAN);
        }
    }
}

package id.rembuk.ui.merge;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.i18n.Messages;
import id.rembuk.store.SessionFile;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.merge.GroupFilesViewModel.Phase;
import id.rembuk.ui.shell.Screen;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.tows.BoardSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Siapkan berkas kelompok…" on a real master, and a group file opened on a group's laptop. */
class GroupFilesViewModelTest {
    @TempDir
    Path dir;
    private MergeSession master;
    private Path usb;

    @BeforeEach
    void master() {
        Messages.setLocale(Messages.INDONESIAN);
        master = new MergeSession(dir.resolve("master"), "Kabupaten Banggai (CONTOH)");
        usb = dir.resolve("usb");
    }

    /** What a group file holds, read from a private copy (H2 wants its own file ending). */
    private record Held(Optional<String> group, java.util.Collection<String> laptops, java.util.UUID session) {
    }

    private Held read(Path file) throws Exception {
        Path copy = dir.resolve("look-" + System.nanoTime() + SessionFile.SUFFIX);
        Files.copy(file, copy);
        try (SessionFile s = SessionFile.open(copy, true)) {
            return new Held(s.group(), s.replicas().values(), s.sessionId());
        }
    }

    @Test
    void everyGroupGetsItsOwnFileMarkedWithTheGroup() throws Exception {
        GroupFilesViewModel vm = new GroupFilesViewModel(master.shell, master.sessions, master.dialogs,
                () -> Optional.of(usb));
        assertThat(vm.choices()).extracting(GroupFilesViewModel.Choice::code)
                .containsExactly("GOV", "BRD", "ECO", "LIV", "SOC", "ENV");
        assertThat(vm.choices()).allMatch(c -> c.selectedProperty().get());
        assertThat(vm.canWriteProperty().get()).isFalse();
        vm.chooseFolder();
        assertThat(vm.canWriteProperty().get()).isTrue();
        assertThat(vm.fileName(vm.choices().get(0))).isEqualTo("Kabupaten-Banggai-CONTOH-Tahap-III-GOV.rembuk");

        vm.write();

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.DONE);
        assertThat(vm.written()).hasSize(6).allMatch(GroupFilesViewModel.Written::ok);
        assertThat(vm.summaryProperty().get()).isEqualTo("6 berkas kelompok ditulis ke " + usb);
        assertThat(master.shell.noticeProperty().get()).isEqualTo("6 berkas kelompok sudah disiapkan.");
        for (Dimension d : Dimension.values()) {
            Path f = usb.resolve("Kabupaten-Banggai-CONTOH-Tahap-III-" + d.code() + ".rembuk");
            Held held = read(f);
            assertThat(held.group()).contains(d.code());
            assertThat(held.laptops()).contains("Kelompok " + d.code());
            assertThat(held.session()).isEqualTo(master.shell.sessionIdProperty().get());
        }
        // hidden files are the store's leftovers (an H2 trace of closing the temporary copy, reported)
        try (var files = Files.list(usb)) {
            assertThat(files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()).hasSize(6);
        }
    }

    @Test
    void onlyTheTickedGroupsAndNoneMeansNothingToWrite() throws Exception {
        GroupFilesViewModel vm = master.groupFiles(usb);
        vm.choices().forEach(c -> c.selectedProperty().set(false));
        assertThat(vm.canWriteProperty().get()).isFalse();
        vm.write();
        assertThat(Files.exists(usb)).isFalse();

        vm.choices().get(2).selectedProperty().set(true);
        vm.write();
        assertThat(vm.written()).singleElement().satisfies(w -> assertThat(w.code()).isEqualTo("ECO"));
        try (var files = Files.list(usb)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList())
                    .containsExactly("Kabupaten-Banggai-CONTOH-Tahap-III-ECO.rembuk");
        }
    }

    @Test
    void aFileAlreadyThereIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
        Files.createDirectories(usb);
        Path old = usb.resolve("Kabupaten-Banggai-CONTOH-Tahap-III-GOV.rembuk");
        Files.writeString(old, "file lama");
        master.dialogs.answer = false;
        GroupFilesViewModel vm = master.groupFiles(usb);
        vm.write();

        assertThat(master.dialogs.questions).singleElement().satisfies(q -> assertThat(q)
                .contains("Kabupaten-Banggai-CONTOH-Tahap-III-GOV.rembuk").contains("Timpa"));
        assertThat(Files.readString(old)).isEqualTo("file lama");
        assertThat(vm.written()).extracting(GroupFilesViewModel.Written::code)
                .containsExactly("GOV", "BRD", "ECO", "LIV", "SOC", "ENV");
        assertThat(vm.written()).filteredOn(w -> !w.ok()).singleElement()
                .satisfies(w -> assertThat(w.message()).isEqualTo("Tidak ditimpa: berkas lama dibiarkan."));
        assertThat(vm.written()).filteredOn(GroupFilesViewModel.Written::ok).hasSize(5);

        master.dialogs.answer = true;
        GroupFilesViewModel again = master.groupFiles(usb);
        again.write();
        assertThat(again.written()).hasSize(6).allMatch(GroupFilesViewModel.Written::ok);
        assertThat(read(old).group()).contains("GOV");
    }

    @Test
    void aGroupFileOpensOnItsGroupAndTheShellKnowsItIsAGroupCopy() throws Exception {
        master.groupFiles(usb).write();
        assertThat(master.shell.groupCopyProperty().get()).isNull();

        // a group's laptop: its own app home, the file from the USB stick
        RecordingDialogs dialogs = new RecordingDialogs();
        ShellViewModel laptop = BoardSession.shell(dir.resolve("laptop"), dialogs);
        List<String> landed = new ArrayList<>();
        laptop.onGroupFileOpened(landed::add);
        // named on the command line, as a double-click on the file starts the app
        laptop.start(List.of(usb.resolve("Kabupaten-Banggai-CONTOH-Tahap-III-LIV.rembuk").toString()));

        assertThat(dialogs.errors).isEmpty();
        assertThat(landed).containsExactly("LIV");
        assertThat(laptop.groupCopyProperty().get()).isEqualTo("LIV");
        assertThat(laptop.sessionIdProperty().get()).isEqualTo(master.shell.sessionIdProperty().get());
        // the working copy keeps the mark: opened again from the recent list, it lands there again
        laptop.leaveBreakout();
        laptop.newSession();
        laptop.cancelForm();
        Path working = laptop.openFile().orElseThrow();
        laptop.close();
        ShellViewModel again = BoardSession.shell(dir.resolve("laptop"), dialogs);
        List<String> landedAgain = new ArrayList<>();
        again.onGroupFileOpened(landedAgain::add);
        again.openFile(working);
        assertThat(landedAgain).containsExactly("LIV");
        assertThat(again.groupCopyProperty().get()).isEqualTo("LIV");
        assertThat(again.screenProperty().get()).isEqualTo(Screen.SESSION);
        again.close();
    }

    @Test
    void withoutAnOpenSessionNothingIsWrittenAndTheUserIsTold() {
        RecordingDialogs dialogs = new RecordingDialogs();
        ShellViewModel empty = BoardSession.shell(dir.resolve("empty"), dialogs);
        GroupFilesViewModel vm = new GroupFilesViewModel(empty, master.sessions, dialogs, () -> Optional.of(usb));
        vm.chooseFolder();
        vm.write();
        assertThat(dialogs.errors).containsExactly("Buka sesi induk lebih dulu.");
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.CHOOSING);
        assertThat(Files.exists(usb)).isFalse();
    }

    @Test
    void theMasterOrAPlainCopyIsNoGroupCopy() throws Exception {
        Path[] plain = new Path[1];
        master.shell.onSession(w -> master.sessions.saveAs(w, usb.resolve("induk.rembuk")), p -> plain[0] = p, e -> {
            throw new AssertionError(e);
        });
        ShellViewModel laptop = BoardSession.shell(dir.resolve("laptop"), new RecordingDialogs());
        List<String> landed = new ArrayList<>();
        laptop.onGroupFileOpened(landed::add);
        laptop.openFile(plain[0]);
        assertThat(laptop.stateProperty().get()).isNotNull();
        assertThat(landed).isEmpty();
        assertThat(laptop.groupCopyProperty().get()).isNull();
        laptop.close();
    }
}

package id.rembuk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.Stage;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.ManualExecutor;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.SameThreadExecutor;
import id.rembuk.store.SessionLibrary;
import id.rembuk.ui.session.LibrarySessionService;
import id.rembuk.ui.session.SessionService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-13T02:30:00Z"), ZoneId.of("Asia/Makassar"));
    private ShellViewModel shell;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        shell = new ShellViewModel(service(), new SameThreadExecutor(), dialogs, clock);
    }

    /** The library on the test's clock, so the recent list orders sessions opened in one test as opened. */
    private SessionService service() {
        return new LibrarySessionService(new SessionLibrary(home, java.time.Duration.ofMinutes(10), clock), Optional.empty());
    }

    @AfterEach
    void tearDown() {
        shell.close();
    }

    private void createBanggai() {
        shell.newSession();
        SessionFormViewModel form = shell.formProperty().get();
        form.regionProperty().set("Kabupaten Banggai");
        form.provinceProperty().set("Sulawesi Tengah");
        form.stageProperty().set(Stage.II);
        form.firstDayProperty().set(LocalDate.of(2026, 7, 2));
        form.facilitatorsProperty().set("Andi\n\nRina ");
        shell.submitForm();
    }

    @Test
    void creatingASessionWritesItsFactsAndShowsIt() {
        createBanggai();

        assertThat(dialogs.errors).isEmpty();
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.SESSION);
        SessionInfo info = shell.infoProperty().get();
        assertThat(info.region()).isEqualTo("Kabupaten Banggai");
        assertThat(info.stage()).isEqualTo(Stage.II);
        assertThat(info.lastDay()).isEqualTo(LocalDate.of(2026, 7, 3));
        assertThat(info.facilitators()).containsExactly("Andi", "Rina");
        assertThat(shell.saveStatusProperty().get()).isEqualTo(SaveStatus.SAVED);
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Agenda dari templat Tahap II");
        assertThat(shell.recent()).extracting(r -> r.region()).containsExactly("Kabupaten Banggai");
        assertThat(shell.recent().get(0).file()).exists().hasParent(home.resolve("sessions"));
    }

    @Test
    void undoPutsBackTheFactsAnEditReplacedAndRedoAppliesItAgain() {
        createBanggai();
        SessionInfo before = shell.infoProperty().get();
        shell.editSessionInfo();
        shell.formProperty().get().regionProperty().set("Kabupaten Banggai Laut");
        shell.submitForm();

        assertThat(shell.infoProperty().get().region()).isEqualTo("Kabupaten Banggai Laut");
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Ubah informasi sesi");
        assertThat(shell.lastSavedProperty().get()).isEqualTo(LocalTime.of(10, 30));
        assertThat(shell.recent().get(0).region()).isEqualTo("Kabupaten Banggai Laut");

        shell.undo();
        assertThat(shell.infoProperty().get()).isEqualTo(before);
        assertThat(shell.canRedoProperty().get()).isTrue();
        assertThat(shell.redoLabelProperty().get()).isEqualTo("Ubah informasi sesi");

        shell.redo();
        assertThat(shell.infoProperty().get().region()).isEqualTo("Kabupaten Banggai Laut");
        assertThat(shell.canRedoProperty().get()).isFalse();
    }

    @Test
    void anIncompleteFormCreatesNothing() {
        shell.newSession();
        shell.submitForm();

        assertThat(shell.screenProperty().get()).isEqualTo(Screen.SESSION_FORM);
        assertThat(shell.formProperty().get().errors()).containsExactly("Nama kabupaten/kota wajib diisi.");
        assertThat(shell.stateProperty().get()).isNull();
        shell.cancelForm();
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.WELCOME);
    }

    @Test
    void aNewSessionBegunFromTheEditFormCreatesASessionRatherThanEditingTheOpenOne() {
        createBanggai();
        shell.editSessionInfo();
        shell.newSession();
        shell.formProperty().get().regionProperty().set("Kota Palu");
        shell.submitForm();

        assertThat(shell.infoProperty().get().region()).isEqualTo("Kota Palu");
        assertThat(shell.undoLabelProperty().get()).isEqualTo("Agenda dari templat Tahap I");
        assertThat(shell.recent()).extracting(r -> r.region()).containsExactly("Kota Palu", "Kabupaten Banggai");
    }

    @Test
    void aFileThatCannotBeOpenedIsExplainedAndTheOpenSessionStays() throws Exception {
        createBanggai();
        Path notASession = elsewhere.resolve("catatan.rembuk");
        Files.writeString(notASession, "bukan sesi");

        shell.openFile(elsewhere.resolve("hilang.rembuk"));
        shell.openFile(notASession);

        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(0)).startsWith("Berkas tidak ditemukan").contains("hilang.rembuk");
        assertThat(dialogs.errors.get(1)).contains("catatan.rembuk").doesNotContain("Exception", "\tat ");
        assertThat(shell.infoProperty().get().region()).isEqualTo("Kabupaten Banggai");
        assertThat(shell.busyProperty().get()).isFalse();
        assertThat(Files.readString(notASession)).isEqualTo("bukan sesi");
    }

    @Test
    void saveAsWritesACopyThatOpensWithoutChangingIt() throws Exception {
        createBanggai();
        dialogs.toSave = elsewhere.resolve("banggai");
        shell.saveAs();
        Path copy = elsewhere.resolve("banggai.rembuk");
        assertThat(copy).exists();
        assertThat(shell.noticeProperty().get()).contains("banggai.rembuk");
        byte[] bytes = Files.readAllBytes(copy);

        shell.openSample();
        assertThat(shell.infoProperty().get().sample()).isTrue();
        dialogs.toOpen = copy;
        shell.chooseAndOpen();

        assertThat(dialogs.errors).isEmpty();
        assertThat(shell.infoProperty().get().region()).isEqualTo("Kabupaten Banggai");
        assertThat(Files.readAllBytes(copy)).isEqualTo(bytes);
        assertThat(shell.recent()).extracting(r -> r.region())
                .containsExactly("Kabupaten Banggai", "Kabupaten Banggai (CONTOH)", "Kabupaten Banggai");
    }

    @Test
    void startOpensTheSampleWithoutArgumentsAndTheNamedFileWithOne() {
        shell.start(List.of());
        assertThat(shell.infoProperty().get().region()).isEqualTo("Kabupaten Banggai (CONTOH)");
        assertThat(shell.infoProperty().get().sample()).isTrue();
        assertThat(shell.canUndoProperty().get()).as("an import is not the user's own action").isFalse();

        shell.start(List.of(elsewhere.resolve("tidak-ada.rembuk").toString()));
        assertThat(dialogs.errors).singleElement().asString().startsWith("Berkas tidak ditemukan");
        shell.start(List.of("sesi\u0000.rembuk"));
        assertThat(dialogs.errors).last().asString().startsWith("Nama atau lokasi berkas tidak bisa dipakai");
    }

    @Test
    void aFormBegunWhileASessionOpensIsKept() {
        // the open finishes only when we say so, as on a slow disk
        ManualExecutor later = new ManualExecutor();
        ShellViewModel slow = new ShellViewModel(service(), later, dialogs, clock);
        slow.openSample();
        slow.newSession();
        slow.formProperty().get().regionProperty().set("Kota Palu");
        later.runAll();

        assertThat(slow.infoProperty().get().sample()).isTrue();
        assertThat(slow.screenProperty().get()).isEqualTo(Screen.SESSION_FORM);
        assertThat(slow.formProperty().get().regionProperty().get()).isEqualTo("Kota Palu");
        slow.close();
        later.runAll();
        assertThat(later.pending()).isZero();
    }

    @Test
    void opensAskedForWhileOneIsUnderWayRunInTurnAndNeverOpenAFileTwice() throws Exception {
        ManualExecutor later = new ManualExecutor();
        SessionService real = service();
        java.util.List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        SessionService recording = new SessionService() {
            public id.rembuk.store.WorkingSession create(SessionInfo info) throws id.rembuk.store.StoreException {
                calls.add("create");
                return real.create(info);
            }

            public id.rembuk.store.WorkingSession open(Path file) throws id.rembuk.store.StoreException,
                    id.rembuk.report.json.SessionJsonException, id.rembuk.ui.session.DamagedSessionException {
                calls.add("open");
                return real.open(file);
            }

            public Optional<Path> sampleCopy(Path openNow) {
                return real.sampleCopy(openNow);
            }

            public id.rembuk.store.WorkingSession importSample() throws id.rembuk.store.StoreException,
                    id.rembuk.report.json.SessionJsonException {
                calls.add("importSample");
                return real.importSample();
            }

            public List<id.rembuk.ui.session.RecentSession> recent() {
                return real.recent();
            }

            public Path saveAs(id.rembuk.store.WorkingSession s, Path target) throws id.rembuk.store.StoreException {
                return real.saveAs(s, target);
            }

            public id.rembuk.store.WorkingSession restore(Path file, id.rembuk.store.Backup b)
                    throws id.rembuk.store.StoreException {
                return real.restore(file, b);
            }

            public Path saveGroupCopy(id.rembuk.store.WorkingSession s, String group, Path target)
                    throws id.rembuk.store.StoreException {
                return real.saveGroupCopy(s, group, target);
            }

            public id.rembuk.merge.MergeReport merge(id.rembuk.store.WorkingSession s, List<Path> files,
                                                     id.rembuk.merge.Merger.Options options,
                                                     id.rembuk.merge.Merger.Progress progress)
                    throws id.rembuk.store.StoreException {
                return real.merge(s, files, options, progress);
            }
        };
        ShellViewModel slow = new ShellViewModel(recording, later, dialogs, clock);
        slow.openSample();
        slow.openSample();
        slow.newSession();
        slow.formProperty().get().regionProperty().set("Kota Palu");
        slow.submitForm();
        slow.openSample();
        later.runAll();

        assertThat(dialogs.errors).isEmpty();
        // the second asks for the sample while it is open: nothing to open; the last reopens it once Palu is open
        assertThat(calls).containsExactly("importSample", "create", "open");
        assertThat(slow.infoProperty().get().sample()).isTrue();
        assertThat(slow.busyProperty().get()).isFalse();
        try (var files = Files.list(home.resolve("sessions"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".mv.db")).count()).isEqualTo(2);
        }
        slow.close();
        later.runAll();
        try (var files = Files.list(home.resolve("sessions"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".running")).toList())
                    .as("every session opened was closed cleanly").isEmpty();
        }
    }

    /** Edits from two laptops merged: each was fine, together the last day is before the first. */
    private void breakTheFacts() {
        String id = shell.sessionIdProperty().get().toString();
        shell.apply(Action.of("gabungan", Edit.set(EntityKind.SESSION.code(), id, SessionInfo.F_LAST_DAY, "2026-07-01")));
    }

    private long running() throws Exception {
        try (var files = Files.list(home.resolve("sessions"))) {
            return files.filter(p -> p.toString().endsWith(".running")).count();
        }
    }

    @Test
    void aSessionWhoseFactsContradictEachOtherStillOpensSavesAndMakesWayForTheNext() throws Exception {
        createBanggai();
        Path broken = shell.recent().get(0).file();
        breakTheFacts();

        assertThat(shell.infoProperty().get()).as("no facts to show").isNull();
        assertThat(shell.stateProperty().get()).isNotNull();
        assertThat(shell.saveStatusProperty().get()).isEqualTo(SaveStatus.SAVED);
        assertThat(shell.canUndoProperty().get()).isTrue();

        shell.openSample();
        assertThat(shell.infoProperty().get().sample()).isTrue();
        assertThat(running()).as("the broken session was closed").isEqualTo(1);

        shell.openFile(broken);
        assertThat(shell.busyProperty().get()).isFalse();
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.SESSION);
        assertThat(shell.infoProperty().get()).isNull();
        assertThat(shell.stateProperty().get().get(EntityKind.SESSION.code(), shell.sessionIdProperty().get().toString()))
                .isPresent();
        assertThat(running()).as("the sample was closed").isEqualTo(1);

        shell.openSample();
        assertThat(shell.infoProperty().get().sample()).as("later opens are not stuck behind it").isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aSaveAsWhoseSessionWasReplacedDuringTheFileDialogIsDroppedWithANotice() {
        createBanggai();
        dialogs.toSave = elsewhere.resolve("banggai");
        dialogs.whileChoosingSave = shell::openSample;

        shell.saveAs();

        assertThat(dialogs.errors).isEmpty();
        assertThat(elsewhere.resolve("banggai.rembuk")).doesNotExist();
        assertThat(shell.noticeProperty().get()).isEqualTo(Messages.get("ui.notice.saveAsDropped"));
        assertThat(shell.busyProperty().get()).isFalse();
    }

    @Test
    void theSuggestedFileNameAndTheNoticeFollowTheLanguage() {
        createBanggai();
        shell.saveAs();
        assertThat(dialogs.suggestedName).isEqualTo("Kabupaten Banggai Tahap II.rembuk");
        dialogs.toSave = elsewhere.resolve("banggai");
        shell.saveAs();
        assertThat(shell.noticeProperty().get()).isEqualTo("Salinan sesi disimpan sebagai banggai.rembuk");
        try {
            Messages.setLocale(java.util.Locale.ENGLISH);
            shell.languageChanged();
            assertThat(shell.noticeProperty().get()).isEqualTo("A copy of the session was saved as banggai.rembuk");
            dialogs.toSave = null;
            shell.saveAs();
            assertThat(dialogs.suggestedName).isEqualTo("Kabupaten Banggai Stage II.rembuk");
        } finally {
            Messages.setLocale(Messages.INDONESIAN);
        }
    }
}

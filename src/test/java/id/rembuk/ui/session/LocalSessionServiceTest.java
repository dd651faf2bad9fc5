package id.rembuk.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.store.Problem;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSessionServiceTest {
    @TempDir
    Path home;
    @TempDir
    Path usb;

    private static SessionInfo info(String region) {
        return new SessionInfo(region, "", Stage.I, LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), "", List.of(),
                List.of(), false);
    }

    @Test
    void newSessionsLiveInTheWorkingFolderAndHeadTheRecentList() throws Exception {
        LocalSessionService service = new LocalSessionService(home);
        try (SessionFile a = service.createNew(info("Kabupaten Sigi"));
             SessionFile b = service.createNew(info("Kota Palu"))) {
            assertThat(a.file().getParent()).isEqualTo(home.resolve("sessions"));
            assertThat(a.file().getFileName().toString()).isEqualTo(a.sessionId() + ".mv.db");
            assertThat(SessionInfo.from(a.state(), a.sessionId())).contains(info("Kabupaten Sigi"));
        }
        // a fresh service reads the list from disk
        List<RecentSession> recent = new LocalSessionService(home).recent();
        assertThat(recent).extracting(RecentSession::region).containsExactly("Kota Palu", "Kabupaten Sigi");
        assertThat(recent).extracting(RecentSession::stage).containsOnly("I");
    }

    @Test
    void aFileFromElsewhereIsCopiedInAndNeverWritten() throws Exception {
        LocalSessionService service = new LocalSessionService(home);
        Path external = usb.resolve("palu.rembuk");
        try (SessionFile s = service.createNew(info("Kota Palu"))) {
            assertThat(service.saveAs(s, usb.resolve("palu"))).isEqualTo(external);
        }
        byte[] before = Files.readAllBytes(external);
        try (SessionFile opened = service.openFile(external)) {
            assertThat(opened.file()).isNotEqualTo(external.toAbsolutePath());
            assertThat(opened.file().startsWith(home.resolve("sessions"))).isTrue();
            opened.apply(Action.of("Ubah", Edit.set("session", opened.sessionId().toString(), "venue", "Palu")));
        }
        assertThat(Files.readAllBytes(external)).isEqualTo(before);
        assertThat(Files.list(usb).map(p -> p.getFileName().toString()).toList()).containsExactly("palu.rembuk");
    }

    @Test
    void filesThatAreNotSessionsAreRefusedWithTheirName() throws Exception {
        LocalSessionService service = new LocalSessionService(home);
        Path empty = Files.createFile(usb.resolve("kosong.rembuk"));
        Path text = Files.writeString(usb.resolve("catatan.txt"), "catatan");
        assertThatThrownBy(() -> service.openFile(empty)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY_FILE));
        assertThatThrownBy(() -> service.openFile(text)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.userMessage()).contains("catatan.txt"));
        Path sessions = home.resolve("sessions");
        assertThat(!Files.exists(sessions) || Files.list(sessions).findAny().isEmpty()).isTrue();
    }

    @Test
    void theSampleIsMarkedAndReopenedRatherThanCreatedTwice() throws Exception {
        LocalSessionService service = new LocalSessionService(home);
        java.util.UUID first;
        try (SessionFile s = service.openSample()) {
            first = s.sessionId();
            SessionInfo info = SessionInfo.from(s.state(), s.sessionId()).orElseThrow();
            assertThat(info.sample()).isTrue();
            assertThat(info.region()).contains("CONTOH");
        }
        try (SessionFile s = service.openSample()) {
            assertThat(s.sessionId()).isEqualTo(first);
        }
        assertThat(service.recent()).hasSize(1);
    }
}

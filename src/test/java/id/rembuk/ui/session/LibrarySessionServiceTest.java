package id.rembuk.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.report.json.SessionJsonCodec;
import id.rembuk.store.SessionLibrary;
import id.rembuk.store.WorkingSession;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibrarySessionServiceTest {
    private static final UUID SAMPLE_ID = UUID.fromString("7290fede-7694-4a10-bad3-5af364d800d1");

    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private static SessionInfo info(String region) {
        return new SessionInfo(region, "", Stage.I, LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), "", List.of(),
                List.of(), false);
    }

    /** The launcher reads samples/, an installed app its class path: both must be the same sample. */
    @Test
    void theBundledSampleIsTheSameFileAsTheOneBesideTheLauncher() throws Exception {
        byte[] beside = Files.readAllBytes(Path.of("samples/banggai-tahap1.json"));
        try (InputStream in = LibrarySessionService.class.getResourceAsStream(LibrarySessionService.SAMPLE_RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(beside);
        }
    }

    @Test
    void theSampleNamedByThePropertyWinsAndAMissingOneFallsBackToTheBundledOne() throws Exception {
        SessionLibrary library = new SessionLibrary(home);
        Path own = elsewhere.resolve("contoh-lain.json");
        UUID ownId;
        try (WorkingSession w = library.create(info("Kota Palu"), "Fasilitator")) {
            ownId = w.file().sessionId();
            Files.write(own, SessionJsonCodec.toBytes(SessionJsonCodec.export(w.file())));
        }
        try (WorkingSession w = new LibrarySessionService(library, Optional.of(own)).importSample()) {
            assertThat(w.file().sessionId()).isEqualTo(ownId);
        }
        LibrarySessionService fallback = new LibrarySessionService(library, Optional.of(elsewhere.resolve("hilang.json")));
        Path copy;
        try (WorkingSession w = fallback.importSample()) {
            assertThat(w.file().sessionId()).isEqualTo(SAMPLE_ID);
            copy = w.file().file();
        }
        assertThat(fallback.sampleCopy(null)).contains(copy);
    }

    @Test
    void theRecentListComesFromTheLibraryAndSkipsFilesThatAreGone() throws Exception {
        LibrarySessionService service = new LibrarySessionService(new SessionLibrary(home), Optional.empty());
        Path gone;
        try (WorkingSession a = service.create(info("Kabupaten Sigi"))) {
            gone = a.file().file();
        }
        try (WorkingSession b = service.create(info("Kota Palu"))) {
            assertThat(b.file().file()).hasParent(home.resolve("sessions"));
        }
        assertThat(service.recent()).extracting(RecentSession::region).contains("Kota Palu", "Kabupaten Sigi");
        Files.delete(gone);
        assertThat(service.recent()).extracting(RecentSession::region).containsExactly("Kota Palu");
        assertThat(service.recent().get(0).stage()).isEqualTo("I");
    }
}

package id.rembuk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionFormViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 13);

    @BeforeEach
    void indonesian() {
        Messages.setLocale(Messages.INDONESIAN);
    }

    @Test
    void eachStepIsCheckedBeforeTheNextWithMessagesThatSayWhatToFix() {
        SessionFormViewModel vm = SessionFormViewModel.forNewSession(TODAY);
        assertThat(vm.next()).isFalse();
        assertThat(vm.errors()).containsExactly("Nama kabupaten/kota wajib diisi.");
        assertThat(vm.stepProperty().get()).isZero();

        vm.regionProperty().set("  Kota Luwuk  ");
        assertThat(vm.next()).isTrue();
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(1);

        vm.lastDayProperty().set(TODAY.minusDays(1));
        assertThat(vm.next()).isFalse();
        assertThat(vm.errors()).containsExactly("Hari terakhir tidak boleh sebelum hari pertama.");
        vm.lastDayProperty().set(TODAY.plusDays(14));
        assertThat(vm.next()).isFalse();
        assertThat(vm.errors()).containsExactly("Satu bimtek paling lama 14 hari. Periksa kembali tanggalnya.");
        vm.firstDayProperty().set(null);
        vm.lastDayProperty().set(null);
        vm.venueProperty().set("x".repeat(301));
        assertThat(vm.next()).isFalse();
        assertThat(vm.errors()).containsExactly("Isi tanggal hari pertama (hh/bb/tttt).",
                "Isi tanggal hari terakhir (hh/bb/tttt).", "Tempat terlalu panjang: paling banyak 300 karakter.");

        vm.back();
        assertThat(vm.stepProperty().get()).isZero();
        assertThat(vm.errors()).isEmpty();
    }

    @Test
    void theSecondDayFollowsTheFirstUnlessTheUserChoseAnother() {
        SessionFormViewModel vm = SessionFormViewModel.forNewSession(TODAY);
        assertThat(vm.lastDayProperty().get()).isEqualTo(TODAY.plusDays(1));
        vm.firstDayProperty().set(TODAY.plusDays(7));
        assertThat(vm.lastDayProperty().get()).isEqualTo(TODAY.plusDays(8));
        vm.lastDayProperty().set(TODAY.plusDays(10));
        vm.firstDayProperty().set(TODAY.plusDays(8));
        assertThat(vm.lastDayProperty().get()).isEqualTo(TODAY.plusDays(10));
    }

    @Test
    void finishGivesTheFactsOrShowsTheFirstStepWithProblems() {
        SessionFormViewModel vm = SessionFormViewModel.forNewSession(TODAY);
        vm.stepProperty().set(2);
        assertThat(vm.finish()).isEmpty();
        assertThat(vm.stepProperty().get()).isZero();

        vm.regionProperty().set("Kabupaten Banggai");
        vm.stageProperty().set(Stage.III);
        vm.expertsProperty().set("Dr. Ir. Suhono\n  \nProf. Dewi");
        SessionInfo info = vm.finish().orElseThrow();
        assertThat(info.region()).isEqualTo("Kabupaten Banggai");
        assertThat(info.stage()).isEqualTo(Stage.III);
        assertThat(info.days()).containsExactly(TODAY, TODAY.plusDays(1));
        assertThat(info.experts()).containsExactly("Dr. Ir. Suhono", "Prof. Dewi");
        assertThat(info.sample()).isFalse();
    }

    @Test
    void editingStartsFromTheSessionsFactsAndKeepsTheSampleMark() {
        SessionInfo sample = new SessionInfo("Kabupaten Banggai (CONTOH)", "Sulawesi Tengah", Stage.I, TODAY,
                TODAY.plusDays(1), "Luwuk", List.of("A", "B"), List.of(), true);
        SessionFormViewModel vm = SessionFormViewModel.forEditing(sample);
        assertThat(vm.editing()).isTrue();
        assertThat(vm.facilitatorsProperty().get()).isEqualTo("A\nB");
        assertThat(vm.finish()).contains(sample);
    }

    @Test
    void messagesExistInEnglishToo() {
        Messages.setLocale(java.util.Locale.ENGLISH);
        try {
            SessionFormViewModel vm = SessionFormViewModel.forNewSession(TODAY);
            vm.next();
            assertThat(vm.errors()).containsExactly("The regency/city name is required.");
        } finally {
            Messages.setLocale(Messages.INDONESIAN);
        }
    }
}

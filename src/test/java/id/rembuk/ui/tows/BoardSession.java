package id.rembuk.ui.tows;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.Ids;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Vote;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.store.SessionLibrary;
import id.rembuk.ui.RecordingDialogs;
import id.rembuk.ui.SameThreadExecutor;
import id.rembuk.ui.session.LibrarySessionService;
import id.rembuk.ui.shell.SessionFormViewModel;
import id.rembuk.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real session file in a temporary home, opened by the real shell on the calling thread, with
 * a SWOT board of Smart Governance written the way the board writes it (cards, then dots), so the
 * TOWS and vision screens read real records.
 */
public final class BoardSession {
    public static final String S_DATA = "5a000000-0000-4000-8000-000000000001";
    public static final String S_PERDA = "5a000000-0000-4000-8000-000000000002";
    public static final String W_SDM = "5a000000-0000-4000-8000-000000000003";
    public static final String W_SILO = "5a000000-0000-4000-8000-000000000004";
    public static final String O_PUSAT = "5a000000-0000-4000-8000-000000000005";
    public static final String O_KAMPUS = "5a000000-0000-4000-8000-000000000006";
    public static final String T_SERANGAN = "5a000000-0000-4000-8000-000000000007";
    public static final String T_ANGGARAN = "5a000000-0000-4000-8000-000000000008";
    /** A card of another dimension's board. */
    public static final String ECO_S = "5a000000-0000-4000-8000-000000000009";
    /** A card of a Tahap I element board. */
    public static final String INFRA_W = "5a000000-0000-4000-8000-00000000000a";

    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final ShellViewModel shell;
    public final Path home;

    public BoardSession(Path home, Stage stage) {
        this.home = home;
        shell = shell(home, dialogs);
        shell.newSession();
        SessionFormViewModel form = shell.formProperty().get();
        form.regionProperty().set("Kabupaten Banggai");
        form.stageProperty().set(stage);
        form.firstDayProperty().set(LocalDate.of(2022, 8, 10));
        shell.submitForm();
        shell.apply(new Action("Siapkan papan SWOT", board()));
        if (!dialogs.errors.isEmpty() || shell.stateProperty().get() == null) {
            throw new IllegalStateException("the session did not open: " + dialogs.errors);
        }
    }

    /** The governance board's eight cards with their dots, a card of ECO and one of a Tahap I element board. */
    public static List<Edit> board() {
        List<Edit> edits = new ArrayList<>();
        edits.addAll(gov(S_DATA, SwotItem.Quadrant.S, "Pusat data daerah sudah beroperasi", 1).toEdits());
        edits.addAll(gov(S_PERDA, SwotItem.Quadrant.S, "Perbup SPBE sudah terbit", 2).toEdits());
        edits.addAll(gov(W_SDM, SwotItem.Quadrant.W, "SDM TIK di OPD masih sedikit", 1).toEdits());
        edits.addAll(gov(W_SILO, SwotItem.Quadrant.W, "Aplikasi OPD berjalan sendiri-sendiri", 2).toEdits());
        edits.addAll(gov(O_PUSAT, SwotItem.Quadrant.O, "Program SPBE nasional dan Satu Data Indonesia", 1).toEdits());
        edits.addAll(gov(O_KAMPUS, SwotItem.Quadrant.O, "Kerja sama dengan Universitas Tompotika", 2).toEdits());
        edits.addAll(gov(T_SERANGAN, SwotItem.Quadrant.T, "Serangan siber ke situs pemerintah", 1).toEdits());
        edits.addAll(gov(T_ANGGARAN, SwotItem.Quadrant.T, "Efisiensi anggaran transfer daerah", 2).toEdits());
        edits.addAll(new SwotItem(ECO_S, Optional.of(Dimension.ECO), Optional.empty(), SwotItem.Quadrant.S,
                "UMKM kuliner banyak dan aktif", "ECO", "", 1).toEdits());
        edits.addAll(new SwotItem(INFRA_W, Optional.empty(), Optional.of(Element.INFRASTRUKTUR), SwotItem.Quadrant.W,
                "Jaringan internet belum menjangkau desa", "INFRASTRUKTUR", "", 1).toEdits());
        // the second opportunity has the most dots, so it is listed (and numbered) first
        edits.addAll(vote(O_KAMPUS, "GOV").toEdits());
        edits.addAll(vote(O_KAMPUS, "ECO").toEdits());
        edits.addAll(vote(O_PUSAT, "GOV").toEdits());
        return edits;
    }

    /**
     * A fuller board for looking at the screens: more cards with dots on the governance board and
     * a few strategies, as a group has them after an hour of Tahap II.
     */
    public void fillForPictures() {
        shell.apply(new Action("Isi papan untuk gambar", fuller()));
    }

    /** More cards with dots on the governance board and six strategies (needs {@link #board()} first). */
    public static List<Edit> fuller() {
        List<Edit> edits = new ArrayList<>();
        String[][] more = {
            {"S", "Aplikasi layanan perizinan online sudah dipakai warga"},
            {"S", "Komitmen bupati pada reformasi birokrasi tinggi"},
            {"W", "Data antar OPD berbeda-beda dan tidak mutakhir"},
            {"W", "Anggaran TIK tersebar di banyak OPD tanpa arsitektur SPBE"},
            {"W", "Jaringan internet kantor kecamatan belum stabil"},
            {"O", "Dana insentif daerah untuk inovasi pelayanan publik"},
            {"O", "Palapa Ring memperluas jaringan serat optik"},
            {"T", "Warga di desa terpencil belum melek digital"},
            {"T", "Pergantian kepala daerah dapat mengubah prioritas"},
        };
        int n = 10;
        for (String[] c : more) {
            String id = Ids.derived("picture-card", c[1]);
            edits.addAll(gov(id, SwotItem.Quadrant.valueOf(c[0]), c[1], n++).toEdits());
            for (int i = 0; i < c[1].length() % 4; i++) {
                edits.addAll(vote(id, "voter" + i).toEdits());
            }
        }
        String[][] strategies = {
            {"SO", "Bangun satu data daerah bersama Universitas Tompotika di atas pusat data yang ada", S_DATA, O_KAMPUS},
            {"SO", "Perluas perizinan online ke semua OPD memakai program SPBE nasional", S_PERDA, O_PUSAT},
            {"ST", "Amankan pusat data dengan tim tanggap insiden siber (CSIRT) daerah", S_DATA, T_SERANGAN},
            {"WO", "Latih ASN pengelola TIK lewat magang di kampus mitra", W_SDM, O_KAMPUS},
            {"WO", "Satukan aplikasi OPD ke arsitektur SPBE dengan pendampingan pusat", W_SILO, O_PUSAT},
            {"WT", "Anggarkan TIK terpusat di Diskominfo agar tahan efisiensi", W_SILO, T_ANGGARAN},
        };
        int order = 1;
        for (String[] s : strategies) {
            edits.addAll(new id.rembuk.domain.Strategy(Ids.derived("picture-strategy", s[1]), Dimension.GOV,
                    id.rembuk.domain.Strategy.Type.valueOf(s[0]), s[1], List.of(s[2], s[3]), order++).toEdits());
        }
        return edits;
    }

    /** A shell on a home, as the app makes one after a restart; open a file with {@code openFile}. */
    public static ShellViewModel shell(Path home, RecordingDialogs dialogs) {
        return new ShellViewModel(new LibrarySessionService(new SessionLibrary(home, Duration.ofMinutes(10),
                clock()), Optional.empty()), new SameThreadExecutor(), dialogs, clock());
    }

    static Clock clock() {
        return Clock.fixed(Instant.parse("2022-08-10T01:00:00Z"), ZoneId.of("Asia/Makassar"));
    }

    private static SwotItem gov(String id, SwotItem.Quadrant q, String text, int order) {
        return new SwotItem(id, Optional.of(Dimension.GOV), Optional.empty(), q, text, "GOV", "", order);
    }

    private static Vote vote(String card, String voter) {
        return new Vote(Ids.random(), card, voter, 1);
    }

    public void close() {
        shell.close();
    }
}

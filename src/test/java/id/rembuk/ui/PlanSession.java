package id.rembuk.ui;

import id.rembuk.domain.Criterion;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.Ids;
import id.rembuk.domain.Programme;
import id.rembuk.domain.Score;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SubDimension;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.tows.BoardSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A real session file (Tahap III) in a temporary home, opened by the real shell on the calling
 * thread, holding the governance SWOT board with six strategies and six programmes of three
 * dimensions, so the programme, scoring, grid, profile and roadmap screens read real records.
 * Nothing is scored until {@link #scoreAll()}.
 */
public final class PlanSession {
    /** Eligible, scored high impact / low effort by {@link #scoreAll()}: a quick win. */
    public static final String GOV_ANTREAN = Ids.derived("plan-test", "gov-antrean");
    /** Scored high impact / high effort: a major project. */
    public static final String GOV_SATU_DATA = Ids.derived("plan-test", "gov-satu-data");
    /** Scored low impact / high effort: thankless; no lead OPD. */
    public static final String GOV_CSIRT = Ids.derived("plan-test", "gov-csirt");
    /** Scored low impact / low effort: a fill-in. */
    public static final String ECO_PASAR = Ids.derived("plan-test", "eco-pasar");
    /** Left unscored. */
    public static final String ECO_UMKM = Ids.derived("plan-test", "eco-umkm");
    /** Eligible, scored as a quick win. */
    public static final String LIV_PUSKESMAS = Ids.derived("plan-test", "liv-puskesmas");

    public final BoardSession board;
    public final ShellViewModel shell;

    public PlanSession(Path home) {
        board = new BoardSession(home, Stage.III);
        shell = board.shell;
        board.fillForPictures();
        shell.apply(new Action("Isi program", programmes()));
    }

    public static List<Edit> programmes() {
        List<Edit> edits = new ArrayList<>();
        edits.addAll(programme(GOV_ANTREAN, Dimension.GOV, SubDimension.GOV_LAYANAN, "Antrean online Mal Pelayanan Publik",
                Programme.Horizon.SHORT, "DPMPTSP", 350_000_000L, 6, "Mal Pelayanan Publik", 0).toEdits());
        edits.addAll(programme(GOV_SATU_DATA, Dimension.GOV, SubDimension.GOV_BIROKRASI, "Satu Data Banggai",
                Programme.Horizon.MEDIUM, "Diskominfo", 2_400_000_000L, 36, "", 1).toEdits());
        edits.addAll(programme(GOV_CSIRT, Dimension.GOV, SubDimension.GOV_KEBIJAKAN, "Tim tanggap insiden siber daerah",
                Programme.Horizon.MEDIUM, "", 900_000_000L, 18, "", 2).toEdits());
        edits.addAll(programme(ECO_PASAR, Dimension.ECO, SubDimension.ECO_INDUSTRI, "Pasar daring produk UMKM",
                Programme.Horizon.SHORT, "Dinas Koperasi dan UMKM", 150_000_000L, 9, "Galeri UMKM", 0).toEdits());
        edits.addAll(programme(ECO_UMKM, Dimension.ECO, SubDimension.ECO_KESEJAHTERAAN, "Pelatihan pemasaran digital",
                Programme.Horizon.SHORT, "Dinas Koperasi dan UMKM", 120_000_000L, 6, "", 1).toEdits());
        edits.addAll(programme(LIV_PUSKESMAS, Dimension.LIV, SubDimension.LIV_KESEHATAN, "Antrean online Puskesmas",
                Programme.Horizon.SHORT, "Dinas Kesehatan", 275_000_000L, 8, "Pendaftaran pasien Puskesmas", 0)
                .toEdits());
        return edits;
    }

    private static Programme programme(String id, Dimension d, SubDimension sub, String name, Programme.Horizon h,
                                       String lead, long budget, int months, String service, int order) {
        return new Programme(id, d, Optional.of(sub), List.of(), name, List.of("Kajian kebutuhan", "Uji coba"), h,
                lead, List.of("Diskominfo", "Bappeda"), FundingSource.APBD, budget, "Misi 2 RPJMD", order,
                OptionalInt.of(months), service);
    }

    /**
     * Two groups score every programme but {@link #ECO_UMKM}: impact first, then ease (high = easy).
     * GOV_ANTREAN and LIV_PUSKESMAS land as quick wins, GOV_SATU_DATA as a major project,
     * GOV_CSIRT as thankless, ECO_PASAR as a fill-in.
     */
    public void scoreAll() {
        List<Edit> edits = new ArrayList<>();
        edits.addAll(score(GOV_ANTREAN, 5, 4));
        edits.addAll(score(GOV_SATU_DATA, 5, 2));
        edits.addAll(score(GOV_CSIRT, 2, 1));
        edits.addAll(score(ECO_PASAR, 2, 5));
        edits.addAll(score(LIV_PUSKESMAS, 4, 4));
        shell.apply(new Action("Nilai program", edits));
    }

    private static List<Edit> score(String programme, int impact, int ease) {
        List<Edit> edits = new ArrayList<>();
        for (String scorer : List.of("GOV", "ECO")) {
            for (Criterion c : Criterion.values()) {
                boolean benefit = c == Criterion.IMPACT || c == Criterion.PRIORITY;
                edits.addAll(Score.of(programme, c, scorer, benefit ? impact : ease).toEdits());
            }
        }
        return edits;
    }

    public void close() {
        board.close();
    }
}

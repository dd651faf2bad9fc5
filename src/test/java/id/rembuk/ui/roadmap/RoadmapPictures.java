package id.rembuk.ui.roadmap;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.Ids;
import id.rembuk.domain.PlanPeriod;
import id.rembuk.domain.Programme;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.QuickWinGrid;
import id.rembuk.domain.RoadmapCell;
import id.rembuk.domain.RoadmapPhase;
import id.rembuk.domain.SubDimension;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.ui.PlanSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A roadmap as a room would leave it after Tahap III: programmes in all six dimensions, phases, budgets, a plan. */
final class RoadmapPictures {
    private RoadmapPictures() {
    }

    static void fill(PlanSession session) {
        List<Edit> edits = new ArrayList<>();
        String[][] more = {
            {"BRD", "BRD_PARIWISATA", "Kalender event wisata terpadu", "MEDIUM", "Dinas Pariwisata"},
            {"BRD", "BRD_WAJAH_KOTA", "Penataan wajah kota Luwuk", "LONG", "Dinas PUPR"},
            {"SOC", "SOC_BELAJAR", "Perpustakaan digital desa", "MEDIUM", "Dinas Perpustakaan"},
            {"SOC", "SOC_KEAMANAN", "Panggilan darurat 112", "SHORT", "Diskominfo"},
            {"ENV", "ENV_SAMPAH", "Bank sampah berbasis aplikasi", "MEDIUM", "Dinas Lingkungan Hidup"},
            {"ENV", "ENV_ENERGI", "Penerangan jalan tenaga surya", "LONG", "Dinas Perhubungan"},
            {"LIV", "LIV_MOBILITAS", "Angkutan kota terjadwal dengan pelacakan", "MEDIUM", "Dinas Perhubungan"},
        };
        List<String> ids = new ArrayList<>(List.of(PlanSession.GOV_ANTREAN, PlanSession.GOV_SATU_DATA,
                PlanSession.GOV_CSIRT, PlanSession.ECO_PASAR, PlanSession.ECO_UMKM, PlanSession.LIV_PUSKESMAS));
        int n = 10;
        for (String[] m : more) {
            String id = Ids.derived("roadmap-pictures", m[2]);
            ids.add(id);
            edits.addAll(new Programme(id, Dimension.valueOf(m[0]), Optional.of(SubDimension.valueOf(m[1])), List.of(),
                    m[2], List.of(), Programme.Horizon.valueOf(m[3]), m[4], List.of(), FundingSource.APBD,
                    1_000_000_000L, "", n++, OptionalInt.empty(), "").toEdits());
        }
        String[] names = {"Persiapan", "Pembangunan", "Operasional"};
        int[][][] spans = {
            {{1, 1}},
            {{1, 1}, {2, 3}, {4, 5}},
            {{2, 2}, {3, 5}},
            {{1, 1}, {2, 5}},
            {{2, 3}},
            {{1, 1}, {2, 2}},
            {{1, 2}, {3, 5}},
            {{1, 1}, {2, 4}, {5, 5}},
            {{2, 3}, {4, 5}},
            {{1, 1}},
            {{1, 2}, {3, 5}},
            {{2, 4}, {3, 5}},
            {{1, 1}, {2, 5}},
        };
        for (int i = 0; i < ids.size(); i++) {
            int[][] s = spans[i];
            for (int k = 0; k < s.length; k++) {
                edits.addAll(new RoadmapPhase(Ids.derived("roadmap-pictures-phase", ids.get(i), Integer.toString(k)),
                        ids.get(i), names[Math.min(k, 2)], s[k][0], s[k][1], k + 1).toEdits());
            }
        }
        long[][] budgets = {
            {350_000_000L},
            {400_000_000L, 900_000_000L, 750_000_000L, 250_000_000L, 250_000_000L},
            {},
            {150_000_000L, 60_000_000L, 60_000_000L},
        };
        for (int i = 0; i < budgets.length; i++) {
            for (int y = 0; y < budgets[i].length; y++) {
                edits.addAll(RoadmapCell.of(ids.get(i), y + 1, "", budgets[i][y]).toEdits());
            }
        }
        session.shell.apply(new Action("Isi peta jalan", edits));
        session.scoreAll();
        List<Edit> qw = new ArrayList<>();
        var portfolio = id.rembuk.plan.Portfolio.of(session.shell.stateProperty().get());
        for (String id : List.of(PlanSession.GOV_ANTREAN, PlanSession.LIV_PUSKESMAS)) {
            var e = portfolio.find(id).orElseThrow();
            qw.addAll(QuickWin.fromProgramme(e.programme(), e.position().orElse(
                    new QuickWinGrid.Position(4, 2, Optional.empty())), "Layanan yang ada dipertajam").toEdits());
        }
        session.shell.apply(new Action("Pilih quick win", qw));
        List<Edit> steps = new ArrayList<>();
        Object[][] plan = {
            {"Kajian alur antrean dan kebutuhan", "Dokumen kajian", "Kajian disahkan", "1 dokumen",
                new PlanPeriod(PlanPeriod.Unit.MONTH, 1, 2), 25_000_000L, ActionItem.Status.DONE},
            {"Pengadaan aplikasi antrean online", "Aplikasi terpasang", "Loket terhubung", "12 loket",
                new PlanPeriod(PlanPeriod.Unit.MONTH, 3, 5), 200_000_000L, ActionItem.Status.ONGOING},
            {"Pelatihan petugas loket", "Petugas terlatih", "Petugas lulus pelatihan", "40 orang",
                PlanPeriod.of(PlanPeriod.Unit.QUARTER, 2), 40_000_000L, ActionItem.Status.PLANNED},
            {"Sosialisasi kepada warga", "Kampanye media", "Warga memakai antrean online", "30% pengunjung",
                PlanPeriod.of(PlanPeriod.Unit.QUARTER, 3), 35_000_000L, ActionItem.Status.PLANNED},
            {"Evaluasi dan perluasan ke kecamatan", "Laporan evaluasi", "Kecamatan terhubung", "5 kecamatan",
                PlanPeriod.of(PlanPeriod.Unit.YEAR, 2), 50_000_000L, ActionItem.Status.LATE},
        };
        for (int i = 0; i < plan.length; i++) {
            Object[] p = plan[i];
            steps.addAll(new ActionItem(Ids.derived("roadmap-pictures-step", Integer.toString(i)),
                    PlanSession.GOV_ANTREAN, "", (String) p[0], (String) p[1], (String) p[2], (String) p[3],
                    OptionalInt.empty(), Optional.empty(), "DPMPTSP", (Long) p[5], FundingSource.APBD, i + 1,
                    Optional.of((PlanPeriod) p[4]), (ActionItem.Status) p[6]).toEdits());
        }
        session.shell.apply(new Action("Isi rencana aksi", steps));
    }
}

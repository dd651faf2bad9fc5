package id.rembuk.report.sheet;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.Attendance;
import id.rembuk.domain.ChangeLog;
import id.rembuk.domain.Criterion;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Duplicates;
import id.rembuk.domain.Element;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.Participant;
import id.rembuk.domain.PlanPeriod;
import id.rembuk.domain.Programme;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.SamePerson;
import id.rembuk.domain.Score;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Vote;
import id.rembuk.domain.change.SessionState;
import id.rembuk.plan.Portfolio;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** A Tahap II session with something on every sheet, including the awkward cases. */
final class RichSession {
    static final UUID SESSION = UUID.fromString("0a0b0c0d-0000-4000-8000-000000000001");
    static final String TRICKY = "Satu data; \"Banggai\" terpadu\nbaris kedua";
    static final String EVIL = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")";
    static final long BUDGET = 1_250_000_000L;

    private RichSession() {
    }

    static SessionState state() {
        ChangeLog log = new ChangeLog();
        log.apply(new SessionInfo("Kabupaten Uji", "Sulawesi Tengah", Stage.II, LocalDate.of(2024, 5, 14),
                LocalDate.of(2024, 5, 15), "Aula Bupati", List.of("Rossi"), List.of("Lukito"), false)
                .toEdits(SESSION));
        log.apply(new Participant("p-andi", "Andi Saputra", "197805122003121004", "Kabid Aptika",
                "Dinas Komunikasi dan Informatika", Participant.Unsur.OPD, "GOV", "081234567890", "andi@uji.go.id"));
        // the same person registered again on a group laptop, confirmed by the facilitator
        log.apply(new Participant("p-andi2", "Andi Saputra, S.Kom", "197805122003121004", "", "Diskominfo",
                Participant.Unsur.OPD, "GOV", "", ""));
        log.apply(SamePerson.of("p-andi", "p-andi2", Duplicates.Reason.NIP, SamePerson.Status.CONFIRMED));
        log.apply(new Participant("p-zahra", "Zähra Lestari", "", "Dosen", "Universitas Tompotika",
                Participant.Unsur.AKADEMISI, "ECO", "0813 5555 1212", ""));
        log.apply(new Participant("p-budi", "budi Santoso", "", "", "Bappeda", Participant.Unsur.OPD, "", "", ""));
        log.apply(new Participant("p-evil", EVIL, "", "", "-Dinas", Participant.Unsur.LAINNYA, "", "+62 811 000",
                ""));
        log.apply(Attendance.of("p-andi", 1, LocalTime.of(7, 45)));
        log.apply(Attendance.of("p-andi2", 2, LocalTime.of(8, 5)));
        log.apply(Attendance.of("p-zahra", 1, LocalTime.of(8, 0)));

        Programme g1 = new Programme("g1", Dimension.GOV, Optional.of(id.rembuk.domain.SubDimension.GOV_LAYANAN),
                List.of(), TRICKY, List.of("Integrasi data OPD", "Portal data"), Programme.Horizon.SHORT,
                "Diskominfo", List.of("Bappeda", "BPS"), FundingSource.APBD, BUDGET, "RPJMD misi 2", 0);
        Programme g2 = new Programme("g2", Dimension.GOV, Optional.empty(), List.of(), "Antrean daring RSUD",
                List.of(), Programme.Horizon.MEDIUM, "RSUD", List.of(), FundingSource.DAK, 0, "", 1);
        Programme e1 = new Programme("e1", Dimension.ECO, Optional.empty(), List.of(), "Pasar daring UMKM",
                List.of(), Programme.Horizon.LONG, "Disperindag", List.of(), FundingSource.CSR, 750_000_000L, "", 0);
        log.apply(g1).apply(g2).apply(e1);
        for (Criterion c : Criterion.values()) {
            log.apply(Score.of("g1", c, "GOV", 5));
            log.apply(Score.of("e1", c, "ECO", 3));
        }
        Portfolio p = Portfolio.of(log.state());
        log.apply(QuickWin.fromProgramme(g1, p.find("g1").orElseThrow().position().orElseThrow(), "Terasa warga"));

        log.apply(new ActionItem("a2", "g1", "", "Susun SOP", "SOP", "", "", OptionalInt.of(1), Optional.empty(),
                "Bagian Organisasi", 0, FundingSource.APBD, 2, Optional.of(new PlanPeriod(PlanPeriod.Unit.MONTH, 1, 3)),
                ActionItem.Status.PLANNED));
        log.apply(new ActionItem("a1", "g1", "", "Bangun portal data", "Portal daring", "Jumlah dataset", "100",
                OptionalInt.of(1), Optional.of(LocalDate.of(2024, 9, 30)), "Diskominfo", 50_000_000L,
                FundingSource.APBD, 1, Optional.empty(), ActionItem.Status.ONGOING));
        log.apply(ActionItem.followUp("f1", "", "Kirim notulensi ke OPD", "Sekretariat",
                Optional.of(LocalDate.of(2024, 5, 20)), 0));

        log.apply(new SwotItem("s1", Optional.of(Dimension.GOV), Optional.empty(), SwotItem.Quadrant.S,
                "Jaringan fiber sudah ada", "GOV", "Infrastruktur", 1024));
        log.apply(new SwotItem("s2", Optional.of(Dimension.GOV), Optional.empty(), SwotItem.Quadrant.W,
                "SDM TIK kurang", "GOV", "", 1024));
        log.apply(new SwotItem("s3", Optional.of(Dimension.GOV), Optional.empty(), SwotItem.Quadrant.S,
                "Fiber optik sampai kecamatan", "GOV", "", 2048, "s1", ""));
        log.apply(new SwotItem("s4", Optional.empty(), Optional.of(Element.STRUKTUR), SwotItem.Quadrant.O,
                "@Dana desa", "", "", 1024));
        log.apply(new SwotItem("s5", Optional.of(Dimension.ECO), Optional.empty(), SwotItem.Quadrant.T,
                "Pasar daring nasional", "ECO", "", 1024));
        log.apply(new SwotBoard(Optional.of(Dimension.GOV), Optional.empty(), false, 1, true, 5,
                SwotBoard.BudgetPer.GROUP));
        log.apply(new Vote("v1", "s1", "GOV", 1));
        log.apply(new Vote("v2", "s1", "ECO", 1));
        log.apply(new Vote("v3", "s3", "LIV", 1));
        log.apply(new Vote("v4", "s2", "LIV", 1));
        return log.state();
    }
}

package id.rembuk.cli;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.Criterion;
import id.rembuk.domain.CriterionWeight;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.GridNudge;
import id.rembuk.domain.Group;
import id.rembuk.domain.IndicatorTarget;
import id.rembuk.domain.MonthStep;
import id.rembuk.domain.PlanPeriod;
import id.rembuk.domain.Programme;
import id.rembuk.domain.Programme.Horizon;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.QuickWinGrid;
import id.rembuk.domain.RoadmapCell;
import id.rembuk.domain.RoadmapPhase;
import id.rembuk.domain.RoadmapSetup;
import id.rembuk.domain.Score;
import id.rembuk.domain.SubDimension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The development priorities that close day two of the sample: each dimension group writes its
 * programmes, two groups score every programme, the room picks one quick win per dimension on the
 * grid (the facilitator nudges one programme, with the reason), and the roadmap and two action
 * plans are drafted. A real Tahap I only sketches these; the sample carries them so a newcomer
 * sees the whole chain in one file. Budgets and names are invented but plausible for Banggai.
 */
final class SamplePlans {
    private static final int GOV_SO = 0;
    private static final int GOV_WO = 1;
    private static final int GOV_ST = 2;
    private static final int GOV_WT = 3;
    private static final int SOC_SO = 4;
    private static final int SOC_WO = 5;
    private static final int SOC_WT = 6;

    private final SampleGenerator gen;
    private final List<String> strategies;
    /** Programmes by handle, in the order written. */
    private final Map<String, Programme> programmes = new LinkedHashMap<>();

    SamplePlans(SampleGenerator gen, List<String> strategies) {
        this.gen = gen;
        this.strategies = strategies;
    }

    void write(Map<UUID, String> replicas) {
        UUID facilitator = replicas.keySet().iterator().next();
        gen.as(facilitator);
        gen.at(2022, 6, 17, 15, 30);
        programmes();
        gen.at(2022, 6, 17, 16, 5);
        gen.record(CriterionWeight.of(Criterion.IMPACT, 30));
        gen.record(CriterionWeight.of(Criterion.INNOVATION, 5));
        scores();
        gen.at(2022, 6, 17, 16, 30);
        quickWins();
        gen.at(2022, 6, 17, 16, 50);
        roadmap();
        actionPlans();
    }

    // ---------------------------------------------------------------- programmes

    private void programme(String handle, Dimension d, SubDimension sub, int strategy, String name, Horizon h,
                           int months, String lead, List<String> supporting, FundingSource funding, long budget,
                           String service, String rpjmd, String... activities) {
        int order = (int) programmes.values().stream().filter(p -> p.dimension() == d).count();
        Programme p = new Programme(gen.uuid().toString(), d, Optional.of(sub),
                strategy < 0 ? List.of() : List.of(strategies.get(strategy)), name, List.of(activities), h, lead,
                supporting, funding, budget, rpjmd, order, OptionalInt.of(months), service);
        programmes.put(handle, p);
        gen.record(p);
        gen.tick(120);
    }

    private void programmes() {
        programme("gov-mpp", Dimension.GOV, SubDimension.GOV_LAYANAN, GOV_SO,
                "Antrean dan pendaftaran online Mal Pelayanan Publik", Horizon.SHORT, 6, "DPMPTSP",
                List.of("Diskominfo", "Disdukcapil"), FundingSource.APBD, 450_000_000L, "Mal Pelayanan Publik Luwuk",
                "Misi 6 RPJMD: tata kelola bersih, transparan dan akuntabel",
                "Pemetaan 42 layanan MPP", "Aplikasi antrean dan pendaftaran", "Sosialisasi ke kecamatan");
        programme("gov-portal", Dimension.GOV, SubDimension.GOV_BIROKRASI, GOV_SO,
                "Portal layanan terintegrasi sesuai arsitektur SPBE", Horizon.MEDIUM, 36, "Diskominfo",
                List.of("Bappeda dan Litbang", "Kementerian Kominfo"), FundingSource.APBD, 3_200_000_000L, "",
                "Misi 6 RPJMD", "Arsitektur SPBE daerah", "Integrasi aplikasi OPD", "Pusat data daerah");
        programme("gov-tim", Dimension.GOV, SubDimension.GOV_KEBIJAKAN, GOV_WO,
                "Tim pelaksana smart city dan pengelola TIK di setiap OPD", Horizon.SHORT, 4, "Bagian Organisasi",
                List.of("BKPSDM", "Diskominfo"), FundingSource.APBD, 120_000_000L, "",
                "Renstra Diskominfo 2021–2026", "SK tim pelaksana", "Rekrutmen pengelola TIK");
        programme("gov-csirt", Dimension.GOV, SubDimension.GOV_KEBIJAKAN, GOV_ST,
                "Tim tanggap insiden siber (CSIRT) Banggai", Horizon.MEDIUM, 18, "Diskominfo", List.of("BSSN"),
                FundingSource.APBN, 850_000_000L, "", "Renstra Diskominfo 2021–2026", "Pembentukan tim",
                "Standar keamanan jaringan antar-OPD");
        programme("gov-perbup", Dimension.GOV, SubDimension.GOV_KEBIJAKAN, GOV_WT,
                "Perbup masterplan smart city dan penguncian program dalam RPJMD", Horizon.SHORT, 9, "Bagian Hukum",
                List.of("Bappeda dan Litbang"), FundingSource.APBD, 60_000_000L, "", "Misi 6 RPJMD",
                "Rancangan perbup", "Harmonisasi dengan RPJMD");

        programme("brd-kalender", Dimension.BRD, SubDimension.BRD_PARIWISATA, -1,
                "Kalender event budaya dan wisata digital", Horizon.SHORT, 6, "Dinas Pariwisata",
                List.of("Diskominfo", "Dekranasda"), FundingSource.APBD, 180_000_000L, "Festival Teluk Lalong",
                "Misi 2 RPJMD: kemandirian ekonomi", "Kurasi event tahunan", "Situs dan media sosial");
        programme("brd-lalong", Dimension.BRD, SubDimension.BRD_WAJAH_KOTA, -1,
                "Penataan kawasan Teluk Lalong dengan Wi-Fi publik", Horizon.MEDIUM, 36, "Dinas PUPR",
                List.of("Dinas Pariwisata", "Diskominfo"), FundingSource.DAK, 4_000_000_000L, "",
                "Misi 3 RPJMD: infrastruktur", "DED kawasan", "Pembangunan", "Wi-Fi publik");

        programme("eco-katalog", Dimension.ECO, SubDimension.ECO_INDUSTRI, -1, "Katalog daring produk UMKM Banggai",
                Horizon.SHORT, 8, "Dinas Koperasi dan UMKM", List.of("Dekranasda", "Diskominfo"),
                FundingSource.APBD, 300_000_000L, "Galeri UMKM Dekranasda", "Misi 2 RPJMD",
                "Pendataan 500 UMKM", "Foto dan katalog produk", "Pelatihan penjualan daring");
        programme("eco-qris", Dimension.ECO, SubDimension.ECO_TRANSAKSI, -1,
                "Retribusi pasar non-tunai dengan QRIS", Horizon.SHORT, 10, "Dinas Perindag",
                List.of("Bank Sulteng", "Bapenda"), FundingSource.CSR, 150_000_000L, "Penarikan retribusi pasar",
                "Misi 2 RPJMD", "Uji coba di Pasar Simpong", "Perluasan ke pasar kecamatan");
        programme("eco-agro", Dimension.ECO, SubDimension.ECO_INDUSTRI, -1,
                "Kawasan agroindustri pisang dan kelapa", Horizon.LONG, 84, "Dinas Pertanian",
                List.of("Investor", "Bappeda dan Litbang"), FundingSource.KPBU, 25_000_000_000L, "",
                "Misi 2 RPJMD", "Kajian kelayakan", "Skema KPBU", "Pembangunan kawasan");

        programme("liv-puskesmas", Dimension.LIV, SubDimension.LIV_KESEHATAN, -1,
                "Antrean online dan rekam medis elektronik Puskesmas", Horizon.SHORT, 9, "Dinas Kesehatan",
                List.of("Diskominfo", "BPJS Kesehatan"), FundingSource.APBD, 600_000_000L,
                "Pendaftaran pasien Puskesmas", "Misi 4 RPJMD: kualitas hidup",
                "Uji coba di Puskesmas Luwuk", "Perluasan ke 10 Puskesmas", "Pelatihan petugas");
        programme("liv-banjir", Dimension.LIV, SubDimension.LIV_HARMONISASI, -1,
                "Peringatan dini banjir di daerah aliran sungai", Horizon.MEDIUM, 24, "BPBD",
                List.of("BMKG", "Diskominfo"), FundingSource.DAK, 2_500_000_000L, "", "Misi 3 RPJMD",
                "Sensor tinggi muka air", "Sirene dan pesan singkat");
        programme("liv-kapal", Dimension.LIV, SubDimension.LIV_MOBILITAS, -1,
                "Informasi jadwal kapal dan tiket pelabuhan daring", Horizon.SHORT, 12, "Dinas Perhubungan",
                List.of("KSOP Luwuk", "PT ASDP"), FundingSource.APBD, 200_000_000L, "Loket tiket Pelabuhan Luwuk",
                "Misi 3 RPJMD", "Integrasi jadwal", "Tiket daring");

        programme("soc-kader", Dimension.SOC, SubDimension.SOC_BELAJAR, SOC_SO,
                "Kader literasi digital desa bersama relawan TIK", Horizon.SHORT, 9, "Diskominfo",
                List.of("Relawan TIK", "Siberkreasi", "Dinas PMD"), FundingSource.APBD, 250_000_000L,
                "Kelas literasi digital Perpustakaan Daerah", "Misi 1 RPJMD: SDM unggul",
                "Pelatihan 100 kader", "Kelas di 50 desa");
        programme("soc-bts", Dimension.SOC, SubDimension.SOC_KOMUNITAS, SOC_WO,
                "Usulan 38 desa blank spot ke program BTS BAKTI", Horizon.SHORT, 12, "Diskominfo",
                List.of("BAKTI Kominfo", "Dinas PMD"), FundingSource.APBN, 0, "", "Misi 3 RPJMD",
                "Verifikasi titik blank spot", "Pengusulan", "Pendampingan lahan");
        programme("soc-hoaks", Dimension.SOC, SubDimension.SOC_KEAMANAN, SOC_WT, "Kelas cek fakta di desa",
                Horizon.SHORT, 6, "Diskominfo", List.of("Mafindo", "Karang Taruna"), FundingSource.CSR,
                75_000_000L, "Layanan aduan konten Diskominfo", "Misi 1 RPJMD", "Modul cek fakta", "Kelas keliling");

        programme("env-sampah", Dimension.ENV, SubDimension.ENV_SAMPAH, -1,
                "Aplikasi lapor sampah dan bank sampah", Horizon.SHORT, 9, "Dinas Lingkungan Hidup",
                List.of("Bank sampah", "Kelurahan"), FundingSource.CSR, 120_000_000L, "Angkutan sampah DLH",
                "Misi 5 RPJMD: lingkungan lestari", "Aplikasi laporan warga", "Jadwal angkut", "Poin bank sampah");
        programme("env-air", Dimension.ENV, SubDimension.ENV_PROTEKSI, -1,
                "Pemantauan kualitas air dan udara daring", Horizon.MEDIUM, 24, "Dinas Lingkungan Hidup",
                List.of("Universitas Tompotika"), FundingSource.APBN, 1_800_000_000L, "", "Misi 5 RPJMD",
                "Stasiun pemantau", "Dasbor publik");
    }

    // ---------------------------------------------------------------- scores

    /** handle → impact and ease as the programme's own group sees them (ease high = easy). */
    private static final Object[][] VIEWS = {
        {"gov-mpp", 5, 4}, {"gov-portal", 5, 2}, {"gov-tim", 4, 4}, {"gov-csirt", 3, 2}, {"gov-perbup", 3, 4},
        {"brd-kalender", 4, 4}, {"brd-lalong", 4, 1},
        {"eco-katalog", 4, 5}, {"eco-qris", 3, 4}, {"eco-agro", 4, 1},
        {"liv-puskesmas", 5, 5}, {"liv-banjir", 5, 2}, {"liv-kapal", 3, 3},
        {"soc-kader", 5, 4}, {"soc-bts", 4, 2}, {"soc-hoaks", 2, 4},
        {"env-sampah", 4, 4}, {"env-air", 2, 2},
    };

    /** Each programme is scored by its own group and by the next dimension's group, which sees it a little differently. */
    private void scores() {
        Dimension[] dims = Dimension.values();
        int n = 0;
        for (Object[] v : VIEWS) {
            Programme p = programmes.get((String) v[0]);
            Dimension other = dims[(p.dimension().ordinal() + 1) % dims.length];
            score(p, Group.idFor(p.dimension()), (Integer) v[1], (Integer) v[2], -1);
            score(p, Group.idFor(other), (Integer) v[1], (Integer) v[2], n++);
        }
    }

    /** @param seen -1 for the programme's own group; else the other group sees each programme a little differently */
    private void score(Programme p, String scorer, int impact, int ease, int seen) {
        for (Criterion c : Criterion.values()) {
            boolean benefit = QuickWinGrid.IMPACT_CRITERIA.contains(c);
            int base = benefit ? impact : c == Criterion.INNOVATION ? 3 : ease;
            // a point lower, the same or a point higher, in a pattern that differs per programme: the
            // spread the room sees differs too
            int shift = seen < 0 ? 0 : (c.ordinal() + seen) % 3 - 1;
            int value = Math.max(1, Math.min(5, base + (benefit ? Math.min(0, shift) : shift)));
            gen.record(Score.of(p.id(), c, scorer, value));
            gen.tick(4);
        }
    }

    // ---------------------------------------------------------------- quick wins

    private void quickWins() {
        Programme qris = programmes.get("eco-qris");
        gen.record(GridNudge.of(qris.id(), 3.8, 2.0,
                "Bank Sulteng siap menanggung perangkat QRIS lewat CSR; dampak ke pedagang pasar dinilai lebih besar"));
        gen.tick(60);
        profile("gov-mpp", "Warga datang sejak subuh untuk antre di Mal Pelayanan Publik; satu layanan bisa "
                        + "memakan setengah hari.",
                "Warga memilih jam layanan dari rumah dan menunggu paling lama 30 menit.",
                "Sekitar 350 pengunjung MPP per hari, terutama dari kecamatan jauh", "Gedung MPP Luwuk", 1, 6,
                List.of("1-2: Pemetaan alur 42 layanan dan kebutuhan data", "3-4: Pembuatan dan uji coba aplikasi antrean",
                        "5: Sosialisasi ke 23 kecamatan", "6: Peluncuran dan evaluasi"),
                List.of(new IndicatorTarget("Waktu tunggu rata-rata", "180 menit", "30 menit"),
                        new IndicatorTarget("Layanan yang bisa dipesan daring", "0", "42"),
                        new IndicatorTarget("Indeks kepuasan masyarakat MPP", "78", "85")),
                "Aplikasi antrean dan pendaftaran MPP", "Waktu tunggu turun dan layanan lebih tertib",
                "Warga di desa tanpa sinyal; petugas belum terbiasa", "Dianggarkan rutin di DPA DPMPTSP; "
                        + "dikelola bersama Diskominfo",
                "Paling terasa bagi warga, menajamkan layanan yang sudah berjalan, dan selesai dalam enam bulan");
        profile("liv-puskesmas", "Pasien Puskesmas antre pendaftaran manual dan kartu berobat sering hilang.",
                "Pendaftaran daring dan rekam medis elektronik di 10 Puskesmas.", "Pasien 10 Puskesmas (±9.000 per bulan)",
                "Puskesmas Luwuk dan 9 Puskesmas kecamatan", 2, 9,
                List.of("1-2: Uji coba di Puskesmas Luwuk", "3-6: Perluasan ke 9 Puskesmas", "4-7: Pelatihan petugas",
                        "8-9: Evaluasi dan integrasi BPJS"),
                List.of(new IndicatorTarget("Puskesmas dengan pendaftaran daring", "0", "10"),
                        new IndicatorTarget("Waktu pendaftaran", "45 menit", "10 menit")),
                "Aplikasi pendaftaran dan rekam medis", "Pelayanan Puskesmas lebih cepat", "Listrik dan jaringan di "
                        + "Puskesmas kecamatan", "Masuk SPM kesehatan; biaya lisensi di APBD rutin",
                "Usulan terkuat kelompok Living; didukung BPJS Kesehatan");
        choose("eco-katalog", "Galeri UMKM sudah berjalan; katalog daring cepat dirasakan pelaku usaha");
        choose("brd-kalender", "Murah, cepat, dan menguatkan Festival Teluk Lalong yang sudah dikenal");
        choose("soc-kader", "Relawan TIK siap bergerak; menjawab kelemahan literasi digital dari SWOT");
        choose("env-sampah", "Keluhan sampah paling banyak di aduan warga; bank sampah sudah ada di 12 kelurahan");
    }

    private QuickWinGrid.Position place(Programme p) {
        for (Object[] v : VIEWS) {
            if (programmes.get((String) v[0]) == p) {
                return new QuickWinGrid.Position((Integer) v[1], 6 - (Integer) v[2], Optional.empty());
            }
        }
        throw new IllegalArgumentException(p.name());
    }

    private void choose(String handle, String reason) {
        Programme p = programmes.get(handle);
        gen.record(QuickWin.fromProgramme(p, place(p), reason));
        gen.tick(90);
    }

    private void profile(String handle, String problem, String goal, String beneficiaries, String location, int start,
                         int months, List<String> schedule, List<IndicatorTarget> indicators, String output,
                         String outcome, String risks, String sustainability, String reason) {
        Programme p = programmes.get(handle);
        QuickWin first = QuickWin.fromProgramme(p, place(p), reason);
        gen.record(new QuickWin(first.id(), p.id(), p.name(), p.dimension(), p.subDimension(), problem, goal,
                beneficiaries, first.description(), p.leadOpd(), p.supporting(), location, start, months, p.budget(),
                p.funding(), output, outcome, indicators.stream().map(IndicatorTarget::format).toList(), risks,
                sustainability, first.impact(), first.effort(),
                schedule.stream().map(MonthStep::parse).map(MonthStep::format).toList(), reason));
        gen.tick(240);
    }

    // ---------------------------------------------------------------- roadmap and action plans

    private void roadmap() {
        gen.record(new RoadmapSetup(2023, 5));
        int order = 0;
        for (Programme p : programmes.values()) {
            List<Object[]> phases = switch (p.horizon()) {
                case SHORT -> List.of(new Object[] {"Uji coba dan peluncuran", 1, 1}, new Object[] {"Perluasan", 2, 3});
                case MEDIUM -> List.of(new Object[] {"Kajian dan DED", 1, 1}, new Object[] {"Pembangunan", 2, 3},
                        new Object[] {"Operasional", 4, 5});
                case LONG -> List.of(new Object[] {"Kajian kelayakan dan skema KPBU", 1, 2},
                        new Object[] {"Pembangunan tahap 1", 3, 5});
            };
            for (Object[] ph : phases) {
                gen.record(new RoadmapPhase(gen.uuid().toString(), p.id(), (String) ph[0], (Integer) ph[1],
                        (Integer) ph[2], order++));
                gen.tick(20);
            }
            yearBudgets(p);
        }
    }

    /** The indicative budget spread over the years the phases cover: most in the first phase's years. */
    private void yearBudgets(Programme p) {
        if (p.budget() == 0) {
            return;
        }
        int years = switch (p.horizon()) {
            case SHORT -> 1;
            case MEDIUM -> 3;
            case LONG -> 5;
        };
        long each = p.budget() / years / 1_000_000L * 1_000_000L;
        for (int y = 1; y <= years; y++) {
            long amount = y == years ? p.budget() - each * (years - 1) : each;
            gen.record(RoadmapCell.of(p.id(), y, y == 1 ? p.activities().get(0) : "", amount));
            gen.tick(10);
        }
    }

    private void actionPlans() {
        List<Object[]> mpp = new ArrayList<>();
        mpp.add(new Object[] {"Pemetaan alur 42 layanan", "Dokumen alur layanan", "Layanan terpetakan", "42 layanan",
            "M1-2", "DPMPTSP", 40_000_000L, ActionItem.Status.DONE});
        mpp.add(new Object[] {"Pembuatan aplikasi antrean", "Aplikasi antrean", "Aplikasi siap uji", "1 aplikasi",
            "M3-4", "Diskominfo", 280_000_000L, ActionItem.Status.ONGOING});
        mpp.add(new Object[] {"Sosialisasi ke kecamatan", "Warga mengenal layanan", "Kecamatan tersosialisasi",
            "23 kecamatan", "M5", "DPMPTSP", 80_000_000L, ActionItem.Status.PLANNED});
        mpp.add(new Object[] {"Peluncuran dan evaluasi", "Laporan evaluasi", "Waktu tunggu", "≤ 30 menit", "M6",
            "DPMPTSP", 50_000_000L, ActionItem.Status.PLANNED});
        steps(programmes.get("gov-mpp"), mpp);
        List<Object[]> portal = new ArrayList<>();
        portal.add(new Object[] {"Arsitektur SPBE daerah", "Dokumen arsitektur", "Arsitektur ditetapkan", "1 perbup",
            "Y1", "Diskominfo", 400_000_000L, ActionItem.Status.PLANNED});
        portal.add(new Object[] {"Integrasi aplikasi OPD", "Aplikasi terintegrasi", "Aplikasi OPD terhubung",
            "60 %", "Y2-3", "Diskominfo", 2_000_000_000L, ActionItem.Status.PLANNED});
        portal.add(new Object[] {"Pusat data daerah", "Pusat data", "Layanan di pusat data", "100 %", "Q9-12",
            "Diskominfo", 800_000_000L, ActionItem.Status.PLANNED});
        steps(programmes.get("gov-portal"), portal);
    }

    private void steps(Programme p, List<Object[]> rows) {
        int order = 0;
        for (Object[] r : rows) {
            gen.record(new ActionItem(gen.uuid().toString(), p.id(), "", (String) r[0], (String) r[1], (String) r[2],
                    (String) r[3], OptionalInt.empty(), Optional.empty(), (String) r[5], (Long) r[6], p.funding(),
                    order++, PlanPeriod.parse((String) r[4]), (ActionItem.Status) r[7]));
            gen.tick(30);
        }
    }
}

package id.rembuk.cli;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.GapItem;
import id.rembuk.domain.Goal;
import id.rembuk.domain.Group;
import id.rembuk.domain.Indicator;
import id.rembuk.domain.Keyword;
import id.rembuk.domain.Mission;
import id.rembuk.domain.ReadinessIndicator;
import id.rembuk.domain.ReadinessScale;
import id.rembuk.domain.ReadinessScore;
import id.rembuk.domain.ReadinessSetup;
import id.rembuk.domain.Strategy;
import id.rembuk.domain.SubDimension;
import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.SwotItem.Quadrant;
import id.rembuk.domain.Target;
import id.rembuk.domain.Vision;
import id.rembuk.domain.Vote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Day two of the sample: the Tata Kelola (GOV) and Masyarakat (SOC) groups score their readiness,
 * write the gaps, fill the element boards of Tahap I and their own dimension's board, vote, write
 * TOWS strategies; the plenary collects key words and drafts the vision down to indicators. The
 * groups write on their own laptops, so the sample also shows whose laptop wrote what.
 */
final class SampleBoards {
    private static final String GOV = Group.idFor(Dimension.GOV);
    private static final String SOC = Group.idFor(Dimension.SOC);
    private static final String ECO = Group.idFor(Dimension.ECO);
    private static final String LIV = Group.idFor(Dimension.LIV);

    private final SampleGenerator gen;
    /** Cards by a short handle, for votes, strategies and key words. */
    private final Map<String, String> cards = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    /** Strategy ids in the order written: GOV SO, WO, ST, WT, then SOC SO, WO, WT. */
    private final List<String> strategies = new ArrayList<>();

    SampleBoards(SampleGenerator gen) {
        this.gen = gen;
    }

    void write(Map<UUID, String> replicas) {
        UUID govLaptop = gen.uuid();
        UUID socLaptop = gen.uuid();
        UUID facilitator = replicas.keySet().iterator().next();
        replicas.put(govLaptop, "Laptop kelompok Tata Kelola (CONTOH)");
        replicas.put(socLaptop, "Laptop kelompok Masyarakat (CONTOH)");

        gen.as(facilitator);
        gen.at(2022, 6, 17, 8, 35);
        gen.record(new ReadinessSetup(ReadinessScale.FIVE, false, false));

        gen.as(govLaptop);
        gen.at(2022, 6, 17, 8, 45);
        governanceReadiness();
        governanceGaps();
        gen.as(socLaptop);
        gen.at(2022, 6, 17, 8, 50);
        societyReadiness();
        societyGaps();

        gen.as(govLaptop);
        gen.at(2022, 6, 17, 10, 20);
        elementCards(GOV);
        governanceCards();
        gen.as(socLaptop);
        gen.at(2022, 6, 17, 10, 25);
        elementCards(SOC);
        societyCards();

        gen.as(facilitator);
        gen.at(2022, 6, 17, 11, 30);
        votes();
        gen.as(govLaptop);
        gen.at(2022, 6, 17, 11, 40);
        governanceStrategies();
        gen.as(socLaptop);
        societyStrategies();

        gen.as(facilitator);
        gen.at(2022, 6, 17, 14, 35);
        keywordsAndVision();
    }

    List<String> strategies() {
        return List.copyOf(strategies);
    }

    // ---------------------------------------------------------------- readiness and gaps

    private void indicators(Dimension d, Object[][] rows) {
        int n = 1;
        for (Object[] r : rows) {
            String id = gen.uuid().toString();
            gen.record(new ReadinessIndicator(id, d, (Element) r[0], (String) r[1], (Integer) r[2], 100 + n++));
            int level = (Integer) r[3];
            gen.record(new ReadinessScore(ReadinessScore.idFor(id), id,
                    level == 0 ? OptionalInt.empty() : OptionalInt.of(ReadinessScale.FIVE.percentOf(level)),
                    (String) r[4], (String) r[5], r.length > 6 ? (String) r[6] : ""));
            gen.tick(45);
        }
    }

    private void governanceReadiness() {
        indicators(Dimension.GOV, new Object[][] {
            {Element.STRUKTUR, "SDM TIK (pranata komputer) memadai di Diskominfo dan OPD", 2, 2,
                "8 pranata komputer untuk 32 OPD; sebagian besar OPD tanpa pengelola TIK", "Data kepegawaian BKPSDM 2022"},
            {Element.STRUKTUR, "Anggaran TIK dalam APBD", 2, 2, "Sekitar 1,2% APBD 2022 untuk belanja TIK",
                "APBD 2022", "Belanja TIK tersebar di OPD, belum terkonsolidasi"},
            {Element.STRUKTUR, "Tim pelaksana smart city ditetapkan", 1, 1, "Belum ada SK tim pelaksana",
                "", "Perlu SK Bupati sebelum Tahap II"},
            {Element.INFRASTRUKTUR, "Pusat data daerah yang andal", 2, 2,
                "Ruang server Diskominfo, tanpa genset dan pendingin cadangan", "Kunjungan lapangan 16 Juni 2022"},
            {Element.INFRASTRUKTUR, "Aplikasi layanan terintegrasi (SPBE)", 2, 2,
                "42 aplikasi OPD berjalan sendiri-sendiri, belum saling bertukar data", "Indeks SPBE 2021"},
            {Element.SUPRASTRUKTUR, "Peraturan bupati tentang SPBE", 1, 4, "Perbup SPBE terbit 2020",
                "Perbup Banggai tentang SPBE"},
            {Element.SUPRASTRUKTUR, "Kebijakan Satu Data daerah", 1, 1, "Rancangan perbup, belum dibahas", ""},
            {Element.SUPRASTRUKTUR, "SOP layanan pengaduan masyarakat", 1, 3,
                "SP4N-LAPOR! aktif; tindak lanjut di OPD belum terpantau", "Rekap LAPOR! 2021"},
        });
    }

    private void societyReadiness() {
        indicators(Dimension.SOC, new Object[][] {
            {Element.STRUKTUR, "Relawan TIK dan komunitas digital aktif", 1, 3,
                "Relawan TIK Banggai aktif di 3 kecamatan", "Daftar relawan 2022"},
            {Element.STRUKTUR, "Kader desa melek digital", 2, 1, "Pelatihan baru di 10 dari 337 desa",
                "Laporan DPMD 2021"},
            {Element.STRUKTUR, "Anggaran literasi digital masyarakat", 1, 2, "Kegiatan kecil di Diskominfo dan Dispusip",
                ""},
            {Element.INFRASTRUKTUR, "Jangkauan sinyal seluler di desa", 2, 1, "38 desa masih blank spot",
                "Pemetaan Diskominfo 2021", "Banyak di wilayah kepulauan dan pegunungan"},
            {Element.SUPRASTRUKTUR, "Keterbukaan informasi publik (PPID)", 1, 4,
                "PPID utama dan pembantu ditetapkan di semua OPD", "SK Bupati tentang PPID"},
            {Element.SUPRASTRUKTUR, "SOP tanggap darurat berbasis TIK", 1, 0,
                "Belum ada; laporan bencana lewat telepon ke BPBD", "", "Dinilai setelah bertemu BPBD"},
        });
    }

    private void gap(Dimension d, SubDimension sub, Element e, String current, String expected, String gap,
                     String need, GapItem.Priority p) {
        String id = gen.uuid().toString();
        gen.record(new GapItem(id, d, Optional.of(sub), Optional.of(e), current, expected, gap, need, p, order.size()));
        order.add(id);
        cards.put("gap:" + order.size(), id);
        gen.tick(60);
    }

    private void governanceGaps() {
        gap(Dimension.GOV, SubDimension.GOV_LAYANAN, Element.INFRASTRUKTUR,
                "42 aplikasi OPD berdiri sendiri", "Layanan publik terintegrasi dalam satu portal",
                "Data layanan tidak saling terhubung", "Integrasi aplikasi lewat SPBE dan satu portal layanan",
                GapItem.Priority.HIGH);
        gap(Dimension.GOV, SubDimension.GOV_BIROKRASI, Element.STRUKTUR, "8 pranata komputer untuk 32 OPD",
                "Setiap OPD punya pengelola TIK", "Kekurangan sekitar 24 pengelola TIK",
                "Formasi pranata komputer dan pelatihan ASN", GapItem.Priority.MEDIUM);
        gap(Dimension.GOV, SubDimension.GOV_KEBIJAKAN, Element.SUPRASTRUKTUR, "Satu Data masih rancangan",
                "Perbup Satu Data terbit dan berjalan", "Belum ada dasar hukum berbagi data",
                "Bahas dan tetapkan perbup Satu Data tahun 2023", GapItem.Priority.HIGH);
    }

    private void societyGaps() {
        gap(Dimension.SOC, SubDimension.SOC_BELAJAR, Element.STRUKTUR, "Pelatihan digital di 10 dari 337 desa",
                "Setiap desa punya kader digital", "327 desa belum tersentuh", "Program kader digital desa bersama DPMD",
                GapItem.Priority.HIGH);
        gap(Dimension.SOC, SubDimension.SOC_KEAMANAN, Element.INFRASTRUKTUR, "9 titik CCTV publik",
                "Titik rawan terpantau dan terhubung ke command center", "Cakupan pemantauan rendah",
                "Tambah CCTV di titik rawan dan hubungkan ke ruang kendali", GapItem.Priority.MEDIUM);
    }

    // ---------------------------------------------------------------- SWOT

    private String card(String handle, Optional<Dimension> d, Optional<Element> e, Quadrant q, String text,
                        String group, String cluster, String mergedInto, String source) {
        String id = gen.uuid().toString();
        int n = (int) cards.keySet().stream().filter(k -> !k.startsWith("gap:")).count();
        gen.record(new SwotItem(id, d, e, q, text, group, cluster, n, mergedInto.isEmpty() ? "" : cards.get(mergedInto),
                source.isEmpty() ? "" : cards.get(source)));
        cards.put(handle, id);
        gen.tick(25);
        return id;
    }

    private void element(String handle, Element e, Quadrant q, String text, String group) {
        card(handle, Optional.empty(), Optional.of(e), q, text, group, "", "", "");
    }

    /** Tahap I proper: every group writes on the three element boards. */
    private void elementCards(String group) {
        if (group.equals(GOV)) {
            element("s-sdm", Element.STRUKTUR, Quadrant.S, "Komitmen kuat Bupati dan Wakil Bupati", group);
            element("w-sdm", Element.STRUKTUR, Quadrant.W, "SDM TIK sedikit dan terpusat di Diskominfo", group);
            element("i-s-fo", Element.INFRASTRUKTUR, Quadrant.S, "Fiber optik 1,5 km menghubungkan 17 OPD", group);
            element("i-w-dc", Element.INFRASTRUKTUR, Quadrant.W, "Pusat data tanpa daya dan pendingin cadangan", group);
            element("i-o-palapa", Element.INFRASTRUKTUR, Quadrant.O, "Palapa Ring dan BTS BAKTI masuk Sulteng", group);
            element("p-s-spbe", Element.SUPRASTRUKTUR, Quadrant.S, "Perbup SPBE sudah terbit", group);
            element("p-w-data", Element.SUPRASTRUKTUR, Quadrant.W, "Kebijakan Satu Data belum ada", group);
        } else {
            element("s-relawan", Element.STRUKTUR, Quadrant.S, "Relawan TIK dan komunitas muda aktif", group);
            element("s-t-brain", Element.STRUKTUR, Quadrant.T, "Tenaga muda terampil pindah ke Palu dan Makassar", group);
            element("i-w-blank", Element.INFRASTRUKTUR, Quadrant.W, "38 desa masih blank spot", group);
            element("i-t-bencana", Element.INFRASTRUKTUR, Quadrant.T, "Gempa dan banjir memutus jaringan", group);
            element("i-o-bakti", Element.INFRASTRUKTUR, Quadrant.O, "Program BTS BAKTI untuk desa 3T", group);
            element("p-o-kip", Element.SUPRASTRUKTUR, Quadrant.O, "UU Keterbukaan Informasi Publik mendorong transparansi",
                    group);
        }
    }

    private void gov(String handle, Quadrant q, String text, String cluster) {
        card(handle, Optional.of(Dimension.GOV), Optional.empty(), q, text, GOV, cluster, "", "");
    }

    private void soc(String handle, Quadrant q, String text, String cluster) {
        card(handle, Optional.of(Dimension.SOC), Optional.empty(), q, text, SOC, cluster, "", "");
    }

    private void governanceCards() {
        String integrasi = "Integrasi layanan";
        String sdm = "SDM dan kelembagaan";
        gov("g-s1", Quadrant.S, "Jaringan fiber optik antar-OPD dan radio link ke 8 kecamatan", integrasi);
        gov("g-s2", Quadrant.S, "Perbup SPBE 2020 menjadi dasar tata kelola TIK", "");
        gov("g-s3", Quadrant.S, "Komitmen pimpinan daerah pada smart city", sdm);
        card("g-w1", Optional.of(Dimension.GOV), Optional.empty(), Quadrant.W,
                "42 aplikasi OPD berdiri sendiri, data tidak terhubung", GOV, integrasi, "", "gap:1");
        gov("g-w2", Quadrant.W, "Kekurangan pengelola TIK di OPD", sdm);
        gov("g-w3", Quadrant.W, "Belum ada tim pelaksana smart city ber-SK", sdm);
        card("g-w4", Optional.of(Dimension.GOV), Optional.empty(), Quadrant.W,
                "Aplikasi tiap dinas tidak bisa saling tukar data", ECO, integrasi, "g-w1", "");
        gov("g-o1", Quadrant.O, "Arsitektur SPBE nasional dan aplikasi umum dari pusat", integrasi);
        gov("g-o2", Quadrant.O, "Pendampingan GMSC Kementerian Kominfo 2022", "");
        gov("g-o3", Quadrant.O, "Dana insentif daerah untuk inovasi pelayanan", "");
        gov("g-t1", Quadrant.T, "Serangan siber dan kebocoran data pribadi", "");
        gov("g-t2", Quadrant.T, "Pergantian pejabat memutus keberlanjutan program", sdm);
    }

    private void societyCards() {
        soc("c-s1", Quadrant.S, "Relawan TIK Banggai aktif di 3 kecamatan", "");
        soc("c-s2", Quadrant.S, "PPID ditetapkan di semua OPD", "");
        soc("c-s3", Quadrant.S, "Kearifan lokal gotong royong (mosikatuan) masih kuat", "");
        card("c-w1", Optional.of(Dimension.SOC), Optional.empty(), Quadrant.W,
                "Pelatihan digital baru menjangkau 10 dari 337 desa", SOC, "Literasi digital", "", "gap:4");
        soc("c-w2", Quadrant.W, "38 desa tanpa sinyal seluler", "Akses");
        soc("c-w3", Quadrant.W, "CCTV publik baru 9 titik", "");
        soc("c-o1", Quadrant.O, "Program BTS BAKTI untuk desa 3T", "Akses");
        soc("c-o2", Quadrant.O, "Gerakan Nasional Literasi Digital Siberkreasi", "Literasi digital");
        soc("c-t1", Quadrant.T, "Hoaks menyebar cepat lewat grup percakapan", "Literasi digital");
        soc("c-t2", Quadrant.T, "Bencana gempa dan banjir di wilayah pesisir", "");
        card("c-t3", Optional.of(Dimension.SOC), Optional.empty(), Quadrant.T, "Berita bohong di media sosial",
                LIV, "Literasi digital", "c-t1", "");
    }

    // ---------------------------------------------------------------- votes, strategies

    private void votes() {
        gen.record(new SwotBoard(Optional.of(Dimension.GOV), Optional.empty(), false, 1, false, 5,
                SwotBoard.BudgetPer.GROUP));
        gen.record(new SwotBoard(Optional.of(Dimension.SOC), Optional.empty(), false, 1, true, 5,
                SwotBoard.BudgetPer.GROUP));
        gen.record(new SwotBoard(Optional.empty(), Optional.of(Element.INFRASTRUKTUR), true, 0, false, 3,
                SwotBoard.BudgetPer.GROUP));
        // round 1 of Tata Kelola is closed, the room voted with five dots per group
        String[][] gov = {
            {GOV, "g-w1"}, {GOV, "g-w1"}, {GOV, "g-s1"}, {GOV, "g-o1"}, {GOV, "g-w3"},
            {ECO, "g-w1"}, {ECO, "g-o3"}, {ECO, "g-s1"}, {ECO, "g-t1"}, {ECO, "g-w2"},
            {SOC, "g-t1"}, {SOC, "g-w1"}, {SOC, "g-s3"}, {SOC, "g-o1"}, {SOC, "g-w3"},
        };
        // round 1 of Masyarakat is still open: two groups have voted, one has dots left
        String[][] soc = {
            {SOC, "c-w1"}, {SOC, "c-w1"}, {SOC, "c-o2"}, {SOC, "c-w2"}, {SOC, "c-t1"},
            {GOV, "c-w2"}, {GOV, "c-o1"}, {GOV, "c-w1"},
            {LIV, "c-t1"}, {LIV, "c-s3"}, {LIV, "c-w1"}, {LIV, "c-t2"}, {LIV, "c-o2"},
        };
        for (String[][] votes : new String[][][] {gov, soc}) {
            for (String[] v : votes) {
                gen.record(new Vote(gen.uuid().toString(), cards.get(v[1]), v[0], 1));
                gen.tick(5);
            }
        }
    }

    private void strategy(Dimension d, Strategy.Type type, String text, String... handles) {
        List<String> links = java.util.Arrays.stream(handles).map(cards::get).toList();
        int n = (int) order.stream().filter(o -> o.startsWith("strategy")).count();
        order.add("strategy" + n);
        String id = gen.uuid().toString();
        strategies.add(id);
        gen.record(new Strategy(id, d, type, text, links, n));
        gen.tick(90);
    }

    private void governanceStrategies() {
        strategy(Dimension.GOV, Strategy.Type.SO,
                "Bangun portal layanan terintegrasi di atas jaringan antar-OPD dengan arsitektur SPBE nasional",
                "g-s1", "g-s2", "g-o1");
        strategy(Dimension.GOV, Strategy.Type.WO,
                "Tetapkan tim pelaksana smart city dan rekrut pengelola TIK lewat pendampingan GMSC",
                "g-w2", "g-w3", "g-o2");
        strategy(Dimension.GOV, Strategy.Type.ST, "Terapkan standar keamanan informasi pada jaringan antar-OPD",
                "g-s1", "g-t1");
        strategy(Dimension.GOV, Strategy.Type.WT,
                "Kunci program dalam RPJMD dan perbup agar tidak terputus saat pejabat berganti", "g-w3", "g-t2");
    }

    private void societyStrategies() {
        strategy(Dimension.SOC, Strategy.Type.SO,
                "Gerakkan relawan TIK sebagai kader literasi digital desa bersama Siberkreasi", "c-s1", "c-o2");
        strategy(Dimension.SOC, Strategy.Type.WO, "Usulkan 38 desa blank spot ke program BTS BAKTI", "c-w2", "c-o1");
        strategy(Dimension.SOC, Strategy.Type.WT, "Kelas cek fakta di desa untuk menangkal hoaks", "c-w1", "c-t1");
    }

    // ---------------------------------------------------------------- key words and the vision cascade

    private String keyword(String text, int n, String... handles) {
        String id = gen.uuid().toString();
        gen.record(new Keyword(id, text, java.util.Arrays.stream(handles).map(cards::get).toList(), n));
        gen.tick(30);
        return text;
    }

    private void keywordsAndVision() {
        List<String> words = List.of(
                keyword("Terintegrasi", 1, "g-w1", "g-s1", "i-s-fo"),
                keyword("Melayani", 2, "g-o1", "s-sdm"),
                keyword("Masyarakat digital", 3, "c-w1", "s-relawan"),
                keyword("Merata", 4, "i-w-blank", "c-w2"),
                keyword("Tangguh bencana", 5, "i-t-bencana", "c-t2"),
                keyword("Kearifan lokal", 6, "c-s3"));
        gen.record(new Vision(gen.uuid().toString(),
                "Banggai Cerdas 2032: pemerintahan terintegrasi yang melayani, masyarakat digital yang merata dan "
                        + "tangguh, berlandaskan kearifan lokal",
                words, true, 1));
        gen.record(new Vision(gen.uuid().toString(), "Banggai Cerdas, Maju dan Berbudaya", List.of("Kearifan lokal"),
                false, 2));
        String m1 = mission("Mewujudkan tata kelola pemerintahan digital yang terintegrasi dan melayani", 1);
        String m2 = mission("Membangun masyarakat digital yang cakap, merata dan tangguh bencana", 2);
        mission("Menguatkan ekonomi lokal berbasis teknologi dan kearifan lokal", 3);
        String g1 = goal(m1, "Meningkatkan kualitas layanan publik terintegrasi", 1);
        String g2 = goal(m2, "Meningkatkan literasi dan akses digital masyarakat desa", 1);
        String t1 = target(g1, Dimension.GOV, "Terintegrasinya aplikasi layanan OPD dalam satu portal", 1);
        String t2 = target(g1, Dimension.GOV, "Tersedianya data daerah yang terbuka dan terpadu", 2);
        String t3 = target(g2, Dimension.SOC, "Meningkatnya jumlah desa dengan kader digital", 1);
        indicator(t1, "Aplikasi OPD terhubung ke portal layanan", "aplikasi", "0",
                List.of("5", "12", "20", "30", "42"), 1);
        indicator(t1, "Indeks SPBE", "indeks", "1,9", List.of("2,2", "2,5", "2,8", "3,1", "3,5"), 2);
        indicator(t2, "Perbup Satu Data", "dokumen", "Rancangan", List.of("Terbit", "", "", "", ""), 1);
        indicator(t3, "Desa dengan kader digital", "desa", "10", List.of("40", "100", "170", "250", "337"), 1);
    }

    private String mission(String text, int n) {
        String id = gen.uuid().toString();
        gen.record(new Mission(id, text, n));
        gen.tick(40);
        return id;
    }

    private String goal(String mission, String text, int n) {
        String id = gen.uuid().toString();
        gen.record(new Goal(id, mission, text, n));
        gen.tick(40);
        return id;
    }

    private String target(String goal, Dimension d, String text, int n) {
        String id = gen.uuid().toString();
        gen.record(new Target(id, goal, Optional.of(d), text, n));
        gen.tick(40);
        return id;
    }

    private void indicator(String target, String name, String unit, String baseline, List<String> years, int n) {
        gen.record(new Indicator(gen.uuid().toString(), target, name, unit, baseline, years, n));
        gen.tick(40);
    }
}

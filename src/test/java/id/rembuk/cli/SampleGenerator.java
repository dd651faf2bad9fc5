package id.rembuk.cli;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.ReadinessScore;
import id.rembuk.domain.SessionRecord;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.ChangeIndex;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.Hlc;
import id.rembuk.report.json.SessionJson;
import id.rembuk.report.json.SessionJsonCodec;
import id.rembuk.store.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Writes {@code samples/banggai-tahap1.json}: a realistic, fictional Tahap I session of Kabupaten
 * Banggai (16–17 Juni 2022). Everything random comes from one seeded {@link Random} and the clock
 * is fixed, so running it again gives the same bytes; a test checks that the committed file
 * never drifts from this generator. People are invented; institutions and readiness facts follow
 * the public reports in shared/seeds.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:<deps> id.rembuk.cli.SampleGenerator [OUT]}
 */
public final class SampleGenerator {
    public static final Path DEFAULT_OUT = Path.of("samples", "banggai-tahap1.json");
    static final String WRITTEN_BY = "Rembuk SampleGenerator";
    private static final long SEED = 20220616L;
    private static final ZoneOffset WITA = ZoneOffset.ofHours(8);

    // field names; kept here so that aligning them with the domain records is a one-line change
    static final String P_NAME = "name";
    static final String P_NIP = "nip";
    static final String P_POSITION = "jabatan";
    static final String P_INSTITUTION = "institution";
    static final String P_UNSUR = "unsur";
    static final String P_GROUP = "group";
    static final String P_PHONE = "phone";
    static final String P_EMAIL = "email";
    static final String A_DAY = "day";
    static final String A_START = "start";
    static final String A_MINUTES = "duration_minutes";
    static final String A_TITLE = "title";
    static final String A_TYPE = "type";
    static final String A_SPEAKER = "speaker";
    static final String A_GROUPS = "groups";
    static final String A_OUTPUT = "expected_output";
    static final String ORDER = "order";
    static final String DIMENSION = "dimension";

    private final Random random = new Random(SEED);
    private final ChangeIndex index = new ChangeIndex();
    private final List<Change> changes = new ArrayList<>();
    private long now;
    private final Hlc hlc = new Hlc(() -> now);
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedNips = new HashSet<>();
    private UUID replica;

    private SampleGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUT;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes());
        System.out.println("written: " + out.toAbsolutePath());
    }

    public static byte[] bytes() {
        return SessionJsonCodec.toBytes(generate());
    }

    public static SessionJson generate() {
        return new SampleGenerator().build();
    }

    private SessionJson build() {
        UUID sessionId = uuid();
        UUID facilitatorLaptop = uuid();
        UUID registrationLaptop = uuid();
        Map<UUID, String> replicas = new LinkedHashMap<>();
        replicas.put(facilitatorLaptop, "Laptop fasilitator (CONTOH)");
        replicas.put(registrationLaptop, "Laptop meja registrasi (CONTOH)");

        replica = facilitatorLaptop;
        at(2022, 6, 15, 14, 0);
        session(sessionId);
        groups();
        agenda();
        readiness();
        notes();

        replica = registrationLaptop;
        at(2022, 6, 16, 7, 30);
        participants();

        // the groups' work of day two, written on their own laptops and merged, then the plenary's
        SampleBoards boards = new SampleBoards(this);
        boards.write(replicas);
        // the development priorities that close day two: programmes, scores, quick wins, a roadmap
        new SamplePlans(this, boards.strategies()).write(replicas);

        SessionJson json = SessionJsonCodec.of(sessionId, Schema.CURRENT_VERSION, replicas, changes);
        return new SessionJson(json.format(), json.formatVersion(), WRITTEN_BY, json.sessionId(),
                json.schemaVersion(), json.replicas(), json.changes());
    }

    // ---------------------------------------------------------------- session, groups, agenda

    private void session(UUID sessionId) {
        SessionInfo info = new SessionInfo("Kabupaten Banggai (CONTOH)", "Sulawesi Tengah", Stage.I,
                LocalDate.of(2022, 6, 16), LocalDate.of(2022, 6, 17),
                "Ruang Rapat Khusus Kantor Bupati Banggai, Bukit Halimun, Luwuk",
                List.of("Rossi Adi Nugroho (Direktorat Layanan Aplikasi Informatika, Kementerian Kominfo)",
                        "Tim Diskominfo Kabupaten Banggai (CONTOH)"),
                List.of("Lukito Edi Nugroho (Universitas Gadjah Mada)",
                        "Nunug Dwi Retnandari (Universitas Gadjah Mada)"),
                true);
        info.toEdits(sessionId).forEach(this::write);
        write(Edit.set(EntityKind.SESSION.code(), sessionId.toString(), "title",
                "(CONTOH) " + info.title()));
    }

    private void groups() {
        int order = 1;
        for (Dimension d : Dimension.values()) {
            String k = EntityKind.GROUP.code();
            set(k, d.code(), DIMENSION, d.code());
            set(k, d.code(), "name", "Kelompok " + order + " – " + d.defaultLabel());
            set(k, d.code(), ORDER, Integer.toString(order++));
            tick(20);
        }
    }

    private void agenda() {
        String lukito = "Lukito Edi Nugroho (UGM)";
        String nunug = "Nunug Dwi Retnandari (UGM)";
        String rossi = "Rossi Adi Nugroho (Kementerian Kominfo)";
        String experts = lukito + "; " + nunug;
        Object[][] rows = {
            {1, "08:00", 30, "Registrasi peserta hari pertama", "REGISTRATION", "Panitia Diskominfo", "Daftar hadir hari 1"},
            {1, "08:30", 30, "Pembukaan: laporan panitia, sambutan dan pembukaan oleh Wakil Bupati Banggai, doa",
                "CEREMONY", "Wakil Bupati Banggai", "Kegiatan resmi dibuka"},
            {1, "09:00", 90, "Materi 1: Teori dan arah kebijakan smart city", "TALK", lukito, "Pemahaman konsep dan enam dimensi smart city"},
            {1, "10:30", 15, "Rehat kopi", "BREAK", "", ""},
            {1, "10:45", 75, "Materi 2: Kelembagaan, tata kelola dan tata pamong smart city", "TALK", nunug,
                "Pemahaman peran Dewan Smart City dan Tim Pelaksana"},
            {1, "12:00", 60, "ISHOMA", "BREAK", "", ""},
            {1, "13:00", 90, "Materi 3: Program kerja Direktorat Layanan Aplikasi Informatika; pengenalan lembar kerja",
                "TALK", rossi, "Lembar kerja kesiapan dan SWOT dibagikan"},
            {1, "14:30", 60, "Tanya jawab dan pembentukan enam kelompok dimensi", "PLENARY", experts, "Daftar anggota kelompok"},
            {1, "15:30", 30, "Rangkuman hari pertama dan penutupan", "CEREMONY", lukito, "Rangkuman hari 1"},
            {2, "08:00", 30, "Registrasi peserta hari kedua", "REGISTRATION", "Panitia Diskominfo", "Daftar hadir hari 2"},
            {2, "08:30", 90, "FGD 1: Rancangan isi masterplan, analisa kesiapan dan kesenjangan per dimensi", "FGD", experts,
                "Tabel kesiapan dan kesenjangan per kelompok"},
            {2, "10:00", 15, "Rehat kopi", "BREAK", "", ""},
            {2, "10:15", 105, "FGD 2: Analisis SWOT struktur, infrastruktur dan suprastruktur; prioritas pembangunan",
                "FGD", experts, "Matriks SWOT per elemen dan kata kunci visi"},
            {2, "12:00", 60, "ISHOMA", "BREAK", "", ""},
            {2, "13:00", 90, "Presentasi hasil kelompok (sekitar 10 menit per kelompok) dan tanggapan tenaga ahli",
                "PLENARY", experts, "Masukan tenaga ahli per kelompok"},
            {2, "14:30", 60, "Pleno: kesepakatan hasil dan tindak lanjut menuju Tahap II", "PLENARY", experts,
                "Daftar tindak lanjut dan penanggung jawab"},
            {2, "15:30", 30, "Penutupan, penandatanganan berita acara, foto bersama", "CEREMONY", "Sekretaris Daerah Kabupaten Banggai",
                "Berita acara Tahap I"},
        };
        int order = 1;
        for (Object[] r : rows) {
            String id = uuid().toString();
            String k = EntityKind.AGENDA_ITEM.code();
            set(k, id, A_DAY, r[0].toString());
            set(k, id, A_START, (String) r[1]);
            set(k, id, A_MINUTES, r[2].toString());
            set(k, id, A_TITLE, (String) r[3]);
            set(k, id, A_TYPE, (String) r[4]);
            set(k, id, A_SPEAKER, (String) r[5]);
            set(k, id, A_GROUPS, "FGD".equals(r[4]) ? String.join("\n", dimensionCodes()) : "");
            set(k, id, A_OUTPUT, (String) r[6]);
            set(k, id, ORDER, Integer.toString(order++));
            tick(40);
        }
    }

    // ---------------------------------------------------------------- readiness and notes

    private void readiness() {
        String source = "Paparan Wakil Bupati Banggai pada assessment Gerakan Menuju Smart City, 4 November 2021";
        Object[][] rows = {
            {"GOV", "Interkoneksi jaringan fiber optik antar-OPD", "1,5", "km",
                "menghubungkan 17 OPD di kawasan perkantoran Bukit Halimun", "50"},
            {"GOV", "Interkoneksi radio", "24", "lokasi", "16 OPD dan 8 kecamatan terhubung lewat radio link", "75"},
            {"SOC", "Wifi publik", "6", "titik", "titik akses internet gratis di ruang publik", "25"},
            {"SOC", "CCTV publik di lokasi umum dan khusus", "9", "titik", "pemantauan keamanan lokasi umum dan khusus",
                "25"},
            {"ENV", "CCTV di taman dan ruang terbuka hijau (RTH)", "146", "titik", "tersebar di beberapa taman dan RTH",
                "75"},
            {"BRD", "Videotron", "2", "unit", "Lingkaran Tugu Adipura dan Taman Anti Narkoba", "50"},
        };
        int order = 1;
        // eight writes per row and one id, as the sample has always had: what follows keeps its ids
        for (Object[] r : rows) {
            String id = uuid().toString();
            String k = EntityKind.READINESS_INDICATOR.code();
            set(k, id, "element", "INFRASTRUKTUR");
            set(k, id, DIMENSION, (String) r[0]);
            set(k, id, "text", (String) r[1]);
            set(k, id, ORDER, Integer.toString(order++));
            String score = EntityKind.READINESS_SCORE.code();
            String scoreId = ReadinessScore.idFor(id);
            set(score, scoreId, ReadinessScore.F_INDICATOR, id);
            set(score, scoreId, ReadinessScore.F_CONDITION, r[2] + " " + r[3] + ": " + r[4]);
            set(score, scoreId, ReadinessScore.F_EVIDENCE, source);
            set(score, scoreId, ReadinessScore.F_PERCENT, (String) r[5]);
            tick(60);
        }
    }

    private void notes() {
        String[][] rows = {
            {"sample", "(CONTOH) Sesi ini adalah data contoh untuk mencoba Rembuk. Nama, NIP, nomor telepon "
                + "dan surel peserta adalah rekaan; jangan dipakai sebagai data kegiatan sungguhan.", ""},
            {"visi_daerah", "Terwujudnya Banggai Maju, Mandiri dan Sejahtera Berbasis Kearifan Lokal",
                "Visi Pemerintah Kabupaten Banggai (RPJMD)"},
            {"misi_daerah", "Misi yang terintegrasi dengan smart city (misi kedua, ketiga dan keenam):\n"
                + "1. Menciptakan kemandirian ekonomi yang produktif dan berdaya saing melalui pemanfaatan teknologi\n"
                + "2. Mempercepat pertumbuhan dan pemerataan infrastruktur serta penanggulangan bencana\n"
                + "3. Mewujudkan tata kelola pemerintahan yang bersih, transparan dan akuntabel",
                "Paparan Wakil Bupati Banggai pada assessment GMSC, 4 November 2021"},
            {"konteks", "Kabupaten Banggai terpilih sebagai satu dari 50 peserta Gerakan Menuju Smart City tahun 2022 "
                + "dan satu-satunya daerah yang mewakili Provinsi Sulawesi Tengah.", "Ditjen Aptika, Juni 2022"},
            {"arahan", "Perlu melihat kesiapan infrastruktur dan SDM sebagai langkah awal menuju kota cerdas; "
                + "dibutuhkan komitmen dan perencanaan yang matang pada tiap tahapan.",
                "Sambutan pembukaan Wakil Bupati Banggai, 16 Juni 2022"},
        };
        int order = 1;
        for (String[] r : rows) {
            String id = uuid().toString();
            String k = EntityKind.NOTE.code();
            set(k, id, "topic", r[0]);
            set(k, id, "text", r[1]);
            set(k, id, "source", r[2]);
            set(k, id, ORDER, Integer.toString(order++));
            tick(30);
        }
    }

    // ---------------------------------------------------------------- participants

    /** institution, position, unsur, group, civil servant (has a NIP). */
    private record Seat(String institution, String position, String unsur, String group, boolean civilServant) {
    }

    private static List<Seat> seats() {
        List<Seat> s = new ArrayList<>();
        String diskominfo = "Dinas Komunikasi, Informatika, Statistik dan Persandian";
        String bappeda = "Badan Perencanaan Pembangunan Daerah dan Penelitian Pengembangan (Bappeda dan Litbang)";
        // about 30 OPD representatives
        opd(s, bappeda, "Kepala Bidang Pemerintahan dan Pembangunan Manusia", "GOV");
        opd(s, bappeda, "Perencana Ahli Muda", "ECO");
        opd(s, diskominfo, "Kepala Bidang Aplikasi Informatika", "GOV");
        opd(s, diskominfo, "Kepala Bidang Infrastruktur Teknologi Informasi dan Komunikasi", "SOC");
        opd(s, diskominfo, "Kepala Bidang Informasi dan Komunikasi Publik", "BRD");
        opd(s, diskominfo, "Pranata Komputer Ahli Muda", "LIV");
        opd(s, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)", "Kepala Bidang Pengembangan Kompetensi", "GOV");
        opd(s, "Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD)", "Kepala Bidang Anggaran", "ECO");
        opd(s, "Dinas Kesehatan", "Kepala Seksi Data dan Sistem Informasi Kesehatan", "LIV");
        opd(s, "Dinas Pendidikan dan Kebudayaan", "Kepala Bidang Kebudayaan", "SOC");
        opd(s, "Dinas Pariwisata", "Kepala Bidang Pemasaran Pariwisata", "BRD");
        opd(s, "Dinas Lingkungan Hidup", "Kepala Bidang Pengelolaan Sampah dan Limbah B3", "ENV");
        opd(s, "Dinas Perhubungan", "Kepala Bidang Lalu Lintas dan Angkutan", "LIV");
        opd(s, "Dinas Kependudukan dan Pencatatan Sipil", "Kepala Bidang Pemanfaatan Data dan Inovasi Pelayanan", "GOV");
        opd(s, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)", "Kepala Bidang Pelayanan Perizinan", "ECO");
        opd(s, "Satuan Polisi Pamong Praja", "Kepala Bidang Ketertiban Umum dan Ketenteraman Masyarakat", "SOC");
        opd(s, "Badan Penanggulangan Bencana Daerah (BPBD)", "Kepala Seksi Kedaruratan dan Logistik", "ENV");
        opd(s, "Dinas Sosial", "Kepala Bidang Perlindungan dan Jaminan Sosial", "SOC");
        opd(s, "Dinas Perindustrian dan Perdagangan", "Kepala Bidang Perdagangan", "ECO");
        opd(s, "Dinas Koperasi dan Usaha Mikro, Kecil dan Menengah", "Kepala Bidang Pemberdayaan UMKM", "ECO");
        opd(s, "Dinas Pertanian", "Kepala Bidang Penyuluhan", "ENV");
        opd(s, "Dinas Perikanan", "Kepala Bidang Perikanan Tangkap", "BRD");
        opd(s, "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)", "Kepala Bidang Penataan Ruang", "LIV");
        opd(s, "Dinas Perumahan dan Kawasan Permukiman", "Kepala Bidang Kawasan Permukiman", "ENV");
        opd(s, "Inspektorat Daerah", "Auditor Ahli Muda", "GOV");
        opd(s, "Bagian Organisasi Sekretariat Daerah", "Kepala Subbagian Tata Laksana", "GOV");
        opd(s, "Bagian Hukum Sekretariat Daerah", "Analis Hukum", "GOV");
        opd(s, "Kecamatan Luwuk", "Sekretaris Kecamatan", "LIV");
        opd(s, "Kecamatan Luwuk Selatan", "Kepala Seksi Pemerintahan", "SOC");
        opd(s, "Kecamatan Toili", "Sekretaris Kecamatan", "ENV");
        // about 20 members of the Dewan Smart City
        dewan(s, "Sekretariat Daerah Kabupaten Banggai", "Sekretaris Daerah", "GOV");
        dewan(s, "Sekretariat Daerah Kabupaten Banggai", "Asisten Perekonomian dan Pembangunan", "ECO");
        dewan(s, "Sekretariat Daerah Kabupaten Banggai", "Asisten Pemerintahan dan Kesejahteraan Rakyat", "SOC");
        dewan(s, bappeda, "Kepala Bappeda dan Litbang", "GOV");
        dewan(s, diskominfo, "Kepala Dinas", "GOV");
        dewan(s, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)", "Kepala Badan", "GOV");
        dewan(s, "Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD)", "Kepala Badan", "ECO");
        dewan(s, "Dinas Kesehatan", "Kepala Dinas", "LIV");
        dewan(s, "Dinas Pendidikan dan Kebudayaan", "Kepala Dinas", "SOC");
        dewan(s, "Dinas Pariwisata", "Kepala Dinas", "BRD");
        dewan(s, "Dinas Lingkungan Hidup", "Kepala Dinas", "ENV");
        dewan(s, "Dinas Perhubungan", "Kepala Dinas", "LIV");
        dewan(s, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)", "Kepala Dinas", "ECO");
        dewan(s, "Dinas Kependudukan dan Pencatatan Sipil", "Kepala Dinas", "GOV");
        dewan(s, "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)", "Kepala Dinas", "LIV");
        dewan(s, "Badan Penanggulangan Bencana Daerah (BPBD)", "Kepala Pelaksana", "ENV");
        dewan(s, "Dinas Sosial", "Kepala Dinas", "SOC");
        dewan(s, "Dinas Perindustrian dan Perdagangan", "Kepala Dinas", "BRD");
        dewan(s, "Inspektorat Daerah", "Inspektur", "GOV");
        dewan(s, "Dinas Perumahan dan Kawasan Permukiman", "Kepala Dinas", "ENV");
        // about 30 members of the Tim Pelaksana from outside the government
        tim(s, "Universitas Tompotika Luwuk", "Dosen Program Studi Teknik Informatika", "AKADEMISI", "GOV");
        tim(s, "Universitas Tompotika Luwuk", "Dosen Program Studi Ekonomi Pembangunan", "AKADEMISI", "ECO");
        tim(s, "Universitas Tompotika Luwuk", "Dosen Program Studi Kesehatan Masyarakat", "AKADEMISI", "LIV");
        tim(s, "Universitas Tompotika Luwuk", "Dosen Program Studi Agroteknologi", "AKADEMISI", "ENV");
        tim(s, "Universitas Muhammadiyah Luwuk", "Dosen Program Studi Ilmu Komunikasi", "AKADEMISI", "BRD");
        tim(s, "Universitas Muhammadiyah Luwuk", "Dosen Program Studi Pendidikan", "AKADEMISI", "SOC");
        tim(s, "Kamar Dagang dan Industri (KADIN) Kabupaten Banggai", "Wakil Ketua Bidang UMKM", "BISNIS", "ECO");
        tim(s, "Himpunan Pengusaha Muda Indonesia (HIPMI) Banggai", "Ketua", "BISNIS", "ECO");
        tim(s, "Perhimpunan Hotel dan Restoran Indonesia (PHRI) Banggai", "Sekretaris", "BISNIS", "BRD");
        tim(s, "UMKM Olahan Ikan Luwuk", "Pemilik Usaha", "BISNIS", "ECO");
        tim(s, "Koperasi Petani Kakao Toili", "Ketua Koperasi", "BISNIS", "ENV");
        tim(s, "Komite Nasional Pemuda Indonesia (KNPI) Banggai", "Wakil Ketua", "PEMUDA", "SOC");
        tim(s, "Karang Taruna Kabupaten Banggai", "Ketua", "PEMUDA", "LIV");
        tim(s, "Duta Wisata Kabupaten Banggai", "Duta Wisata", "PEMUDA", "BRD");
        tim(s, "Komunitas Pemuda Kreatif Luwuk", "Koordinator", "PEMUDA", "BRD");
        tim(s, "Dewan Kesenian Banggai", "Ketua Komite Seni Pertunjukan", "SENIMAN_BUDAYAWAN", "BRD");
        tim(s, "Sanggar Seni Babasal", "Pimpinan Sanggar", "SENIMAN_BUDAYAWAN", "SOC");
        tim(s, "Lembaga Adat Banggai", "Tokoh Adat", "SENIMAN_BUDAYAWAN", "BRD");
        tim(s, "Komunitas Fotografi Luwuk", "Ketua", "SENIMAN_BUDAYAWAN", "ENV");
        tim(s, "Relawan TIK Kabupaten Banggai", "Ketua", "RELAWAN_TIK", "GOV");
        tim(s, "Relawan TIK Kabupaten Banggai", "Koordinator Literasi Digital", "RELAWAN_TIK", "SOC");
        tim(s, "Komunitas Pengembang Aplikasi Luwuk", "Pengembang Perangkat Lunak", "RELAWAN_TIK", "LIV");
        tim(s, "Pengelola Desa Digital Kecamatan Batui", "Operator Sistem Informasi Desa", "RELAWAN_TIK", "GOV");
        tim(s, "Tim Penggerak PKK Kabupaten Banggai", "Ketua Pokja III", "KOMUNITAS", "LIV");
        tim(s, "Forum Kabupaten Sehat Banggai", "Sekretaris", "KOMUNITAS", "LIV");
        tim(s, "Komunitas Peduli Sampah Teluk Lalong", "Koordinator", "KOMUNITAS", "ENV");
        tim(s, "Kwartir Cabang Gerakan Pramuka Banggai", "Andalan Cabang", "KOMUNITAS", "ENV");
        tim(s, "Persatuan Wartawan Indonesia (PWI) Kabupaten Banggai", "Wartawan", "MEDIA", "BRD");
        tim(s, "Radio Republik Indonesia (RRI) Luwuk", "Reporter", "MEDIA", "SOC");
        tim(s, "Media daring lokal Luwuk", "Redaktur", "MEDIA", "ECO");
        return s;
    }

    private static void opd(List<Seat> s, String institution, String position, String group) {
        s.add(new Seat(institution, position, "OPD", group, true));
    }

    private static void dewan(List<Seat> s, String institution, String position, String group) {
        s.add(new Seat(institution, position, "DEWAN_SMART_CITY", group, true));
    }

    private static void tim(List<Seat> s, String institution, String position, String unsur, String group) {
        s.add(new Seat(institution, position, unsur, group, false));
    }

    private static final String[] MEN = {"Abdul", "Ahmad", "Andi", "Arif", "Budi", "Darwis", "Fadli", "Hasan",
        "Irwan", "Jefri", "Kaharuddin", "Lukman", "Muhammad", "Nasrun", "Rahmat", "Ridwan", "Safrudin", "Syamsul",
        "Taufik", "Wahyu", "Yusran", "Zulkifli", "Hendra", "Ikhsan", "Marten", "Samsudin", "Agus", "Rizal"};
    private static final String[] WOMEN = {"Aisyah", "Dewi", "Fitriani", "Hasnah", "Indah", "Juwita", "Kartini",
        "Lestari", "Marlina", "Nurhayati", "Rahmawati", "Sri", "Suryani", "Wulan", "Yuliana", "Nirwana", "Sitti",
        "Andriani", "Herlina", "Magdalena", "Nurul", "Ratna"};
    private static final String[] FAMILY = {"Lamadi", "Tangkilisan", "Mokodompit", "Lasaka", "Pomalingo", "Lahamu",
        "Mardjun", "Saleh", "Tumanggor", "Husain", "Ladjiu", "Datunsolang", "Palinggi", "Sambeka", "Lapasila",
        "Mangge", "Kalengkongan", "Baso", "Rauf", "Hamzah", "Tolanggi", "Nggilu", "Labaso", "Kamaruddin",
        "Pasau", "Umasangadji", "Tomundo", "Mopili", "Rorano", "Salamba"};
    private static final String[] OPERATOR = {"0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853",
        "0857", "0878", "0896"};

    private void participants() {
        List<Seat> seats = seats();
        String k = EntityKind.PARTICIPANT.code();
        List<String[]> written = new ArrayList<>();
        for (Seat seat : seats) {
            boolean woman = random.nextInt(100) < 38;
            String given = pick(woman ? WOMEN : MEN);
            String family = pick(FAMILY);
            String name = uniqueName(given, family, seat);
            String id = uuid().toString();
            written.add(new String[] {id, name, seat.institution()});
            // the first entry of the morning is typed in a hurry; it is corrected below
            set(k, id, P_NAME, written.size() == 1 ? typo(name) : name);
            if (seat.civilServant()) {
                set(k, id, P_NIP, nip(woman, seat.unsur().equals("DEWAN_SMART_CITY")));
            }
            set(k, id, P_POSITION, seat.position());
            set(k, id, P_INSTITUTION, seat.institution());
            set(k, id, P_UNSUR, seat.unsur());
            set(k, id, P_GROUP, seat.group());
            set(k, id, P_PHONE, phone());
            if (random.nextInt(100) < 55) {
                set(k, id, P_EMAIL, email(given, family));
            }
            tick(35 + random.nextInt(50));
        }
        // a typo fixed at the desk: a second change to the same field, superseding the first
        tick(600);
        set(k, written.get(0)[0], P_NAME, written.get(0)[1]);
        // the same person registered twice: the second entry is deleted, and stays in the log
        tick(120);
        String dup = uuid().toString();
        set(k, dup, P_NAME, written.get(10)[1]);
        set(k, dup, P_INSTITUTION, written.get(10)[2]);
        set(k, dup, P_UNSUR, "OPD");
        tick(300);
        write(Edit.delete(k, dup));
    }

    private static String typo(String name) {
        int i = name.indexOf(' ');
        return name.substring(0, i - 2) + name.charAt(i - 1) + name.charAt(i - 2) + name.substring(i);
    }

    private String uniqueName(String given, String family, Seat seat) {
        String name = given + " " + family;
        while (!usedNames.add(name)) {
            family = pick(FAMILY);
            name = given + " " + family;
        }
        if (seat.unsur().equals("AKADEMISI")) {
            return (random.nextBoolean() ? "Dr. " : "") + name + (random.nextBoolean() ? ", S.T., M.T." : ", S.E., M.Si.");
        }
        if (seat.civilServant() && random.nextInt(100) < 45) {
            return name + (random.nextBoolean() ? ", S.Sos., M.Si." : ", S.Kom.");
        }
        return name;
    }

    /** 18 digits: birth date, appointment year and month, 1 man / 2 woman, sequence. */
    private String nip(boolean woman, boolean senior) {
        while (true) {
            int birthYear = senior ? 1965 + random.nextInt(12) : 1975 + random.nextInt(18);
            LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
            int startYear = birthYear + 23 + random.nextInt(6);
            String nip = String.format(java.util.Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), startYear, random.nextBoolean() ? 1 : 3, woman ? 2 : 1, 1 + random.nextInt(12));
            if (usedNips.add(nip)) {
                return nip;
            }
        }
    }

    private String phone() {
        StringBuilder sb = new StringBuilder(pick(OPERATOR));
        int digits = 7 + random.nextInt(2);
        for (int i = 0; i < digits; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }

    private String email(String given, String family) {
        // the reserved .example domain: plausible shape, but no mail can ever reach a real person
        return (given + "." + family).toLowerCase(java.util.Locale.ROOT) + (random.nextInt(90) + 10) + "@mail.example";
    }

    // ---------------------------------------------------------------- writing changes

    /** Writes a record's non-empty fields, as the app would on a first save. */
    void record(SessionRecord r) {
        r.toEdits().stream().filter(e -> e.value() != null && !e.value().isEmpty()).forEach(this::write);
    }

    void as(UUID laptop) {
        replica = laptop;
    }

    private void set(String kind, String id, String field, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        write(Edit.set(kind, id, field, value));
    }

    /** What SessionFile.apply does, with a seeded id and the fixed clock. */
    private void write(Edit e) {
        Change c = new Change(uuid(), e.kind(), e.entityId(), e.field(), e.value(), index.headIds(e.fieldKey()),
                hlc.next(), replica);
        index.add(c);
        changes.add(c);
    }

    UUID uuid() {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private List<String> dimensionCodes() {
        return java.util.Arrays.stream(Dimension.values()).map(Dimension::code).toList();
    }

    void at(int y, int m, int d, int h, int min) {
        now = LocalDateTime.of(y, m, d, h, min).toInstant(WITA).toEpochMilli();
    }

    void tick(int seconds) {
        now += seconds * 1000L;
    }
}

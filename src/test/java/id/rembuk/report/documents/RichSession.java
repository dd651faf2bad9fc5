package id.rembuk.report.documents;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.BlockRun;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.GapItem;
import id.rembuk.domain.Ids;
import id.rembuk.domain.Note;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.SubDimension;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import id.rembuk.report.json.SessionJsonCodec;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The sample session with what its minutes would hold at the end of the bimtek: the timer's record
 * of the first blocks, notes with speakers, decisions, follow-ups with owners and due dates, a quick
 * win proposed directly with a budget of Rp 1.250.000.000, and, when asked, texts far longer than
 * anyone types (a 3,000-character note, a 2,000-character gap row, an 8,000-character description).
 */
final class RichSession {
    static final String DIRECT_WIN = "Posyandu digital terpadu";
    static final String DECISION = "Hasil SWOT dimensi Tata Kelola disepakati sebagai bahan perumusan visi Tahap II";
    static final String FOLLOW_UP = "Melengkapi data kesiapan dimensi Economy dan Living";
    static final String LONG_WORD = "https://satudata.banggaikab.go.id/" + "dataset/".repeat(30);

    private final List<Change> changes = new ArrayList<>();
    private final UUID sessionId;
    private final UUID replica = UUID.randomUUID();
    private long hlc = 900_000_000_000_000_000L;
    private final SessionFacts sample;

    RichSession() throws Exception {
        SessionJsonCodec.Parsed p = SessionJsonCodec.read(DocumentsTest.SAMPLE);
        changes.addAll(p.changes());
        sessionId = p.sessionId();
        sample = SessionFacts.of(SessionState.fold(changes), sessionId).orElseThrow();
        List<AgendaItem> day1 = sample.agenda().stream().filter(a -> a.day() == 1).toList();
        ZonedDateTime start = ZonedDateTime.of(2022, 6, 16, 8, 2, 0, 0, ZoneOffset.ofHours(8));
        for (int i = 0; i < 3; i++) {
            AgendaItem a = day1.get(i);
            ZonedDateTime s = start.plusMinutes(35L * i);
            add(new BlockRun(a.id(), BlockRun.Status.DONE, Optional.of(s.toInstant()),
                    Optional.of(s.plusMinutes(29).toInstant()), Optional.empty(), 0, 0).toEdits());
        }
        add(new BlockRun(day1.get(3).id(), BlockRun.Status.SKIPPED, Optional.empty(), Optional.empty(),
                Optional.empty(), 0, 0).toEdits());
        add(new Note(Ids.random(), day1.get(2).id(), "", Note.Kind.POINT, "Lukito Edi Nugroho",
                "Masterplan harus selaras dengan RPJMD dan Renstra perangkat daerah.", 20).toEdits());
        add(new Note(Ids.random(), "", "", Note.Kind.CONCLUSION, "",
                "Kesiapan infrastruktur masih menjadi kesenjangan terbesar di kecamatan terluar.", 21).toEdits());
        add(new Note(Ids.random(), "", "", Note.Kind.DECISION, "Magdalena Tumanggor", DECISION, 22).toEdits());
        add(ActionItem.followUp(Ids.random(), day1.get(2).id(), FOLLOW_UP, "Bappeda Litbang",
                Optional.of(LocalDate.of(2022, 7, 15)), 1).toEdits());
        add(ActionItem.followUp(Ids.random(), "", "Menyusun rancangan Perbup Masterplan Smart City", "Bagian Hukum",
                Optional.of(LocalDate.of(2022, 9, 30)), 2).toEdits());
        add(new QuickWin(Ids.random(), "", DIRECT_WIN, Dimension.LIV, Optional.of(SubDimension.LIV_KESEHATAN),
                "Data balita tercatat di buku dan terlambat sampai ke Puskesmas.",
                "Data tumbuh kembang balita tercatat sekali dan terbaca Puskesmas hari itu juga.",
                "Ibu dan balita di 291 desa", "Aplikasi posyandu\nPelatihan kader", "Dinas Kesehatan",
                List.of("Diskominfo", "DPMD"), "291 desa", 2, 10, 1_250_000_000L, FundingSource.DAK,
                "Aplikasi posyandu", "Stunting terpantau tiap bulan", List.of("Posyandu yang melapor daring | 0 | 291"),
                "Sinyal lemah di desa terpencil", "Dianggarkan rutin di DPA Dinas Kesehatan", 5, 2,
                List.of("2-3: Pengadaan dan uji coba aplikasi", "4-11: Pelatihan kader posyandu di semua kecamatan",
                        "Evaluasi bersama TP PKK"), "Diusulkan langsung oleh kelompok Living").toEdits());
    }

    /** Adds texts of 2,000 to 8,000 characters and a word longer than a line. */
    RichSession withLongTexts() {
        String sentence = "Kondisi jaringan di kecamatan kepulauan belum merata sehingga layanan daring belum dapat"
                + " dinikmati seluruh warga secara setara. ";
        String note = sentence.repeat(30).substring(0, 3000 - LONG_WORD.length() - 1).strip() + " " + LONG_WORD;
        add(new Note(Ids.random(), "", "", Note.Kind.POINT, "Peserta kelompok Society", note, 30).toEdits());
        add(new GapItem(Ids.random(), Dimension.GOV, Optional.empty(), Optional.of(Element.INFRASTRUKTUR),
                sentence.repeat(20).substring(0, 2000), "Semua kecamatan terhubung", LONG_WORD, "", GapItem.Priority.HIGH,
                99).toEdits());
        String para = sentence.repeat(60).substring(0, 7000).strip() + " " + LONG_WORD;
        add(new QuickWin(Ids.random(), "", "Quick win dengan uraian panjang " + "sekali ".repeat(30).strip(),
                Dimension.ENV, Optional.empty(), para.substring(0, 4000), para.substring(0, 4000), "", para,
                "Dinas Lingkungan Hidup", List.of(), "", 1, 12, 999_999_999_999L, FundingSource.OTHER, "", "",
                List.of(LONG_WORD + " | " + LONG_WORD.substring(0, 60) + " | 100"), para.substring(0, 4000), "", 3, 3,
                List.of("1-12: " + sentence.repeat(3).strip()), para.substring(0, 2000)).toEdits());
        return this;
    }

    void add(List<Edit> edits) {
        for (Edit e : edits) {
            changes.add(new Change(UUID.randomUUID(), e.kind(), e.entityId(), e.field(), e.value(), Set.of(), hlc++,
                    replica));
        }
    }

    SessionFacts facts() {
        return SessionFacts.of(SessionState.fold(changes), sessionId).orElseThrow();
    }
}

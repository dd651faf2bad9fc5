package id.rembuk.report.documents;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Participant;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.Stage;
import id.rembuk.report.pdf.Align;
import id.rembuk.report.pdf.PageSetup;
import id.rembuk.report.pdf.PdfFonts;
import id.rembuk.report.pdf.PdfLayout;
import id.rembuk.report.pdf.PdfLayout.KeyValue;
import id.rembuk.report.pdf.Run;
import id.rembuk.report.pdf.Signature;
import id.rembuk.report.pdf.Table;
import id.rembuk.report.pdf.Table.Cell;
import id.rembuk.report.pdf.Table.Column;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The berita acara of a bimtek: the official record, dated in words on its last day, between the
 * region (PIHAK PERTAMA, the head of the planning agency when registered) and the ministry's experts
 * (PIHAK KEDUA); for Tahap IV followed by the lembar komitmen of the regent and the heads of OPD.
 */
public final class BeritaAcara {
    static final String TITLE = "BERITA ACARA";
    static final String COMMITMENT = "LEMBAR KOMITMEN";
    private static final String DOTS = "....................................";

    private BeritaAcara() {
    }

    public static byte[] render(SessionFacts f, DocumentOptions o) throws IOException {
        try (PdfLayout pdf = PdfLayout.create(PageSetup.a4Portrait(), Kop.info(f, o, "Berita Acara"))) {
            record(pdf, f, o);
            if (f.info().stage() == Stage.IV) {
                pdf.newPage();
                commitment(pdf, f, o);
            }
            return pdf.finish();
        }
    }

    private static void record(PdfLayout pdf, SessionFacts f, DocumentOptions o) {
        LocalDate day = f.info().lastDay();
        pdf.letterhead(Kop.of(f, o));
        pdf.title(TITLE, 14f, true);
        pdf.paragraph(List.of(Run.plain("Nomor: " + (o.number().isEmpty() ? "........./BA/SC-" + f.info().stage().name()
                + "/" + day.getYear() : o.number()))), Align.CENTER);
        pdf.spacer(1);
        pdf.paragraph(List.of(Run.plain("tentang")), Align.CENTER);
        pdf.title(f.activity().toUpperCase(Locale.ROOT), 11.5f, false);
        pdf.spacer(4);

        String venue = f.info().venue().replace("(CONTOH)", "").strip();
        pdf.paragraph(List.of(Run.plain("Pada hari ini "), Run.bold(Terbilang.date(day)),
                Run.plain(", bertempat di " + (venue.isEmpty() ? f.regionName() : venue) + ", telah dilaksanakan "
                        + f.activity() + " pada " + (f.info().days().size() > 1 ? "tanggal " : "")
                        + IndonesianFormat.dateRange(f.info().firstDay(), day) + ", oleh dan antara:")),
                Align.JUSTIFY);
        pdf.spacer(2);
        Optional<Participant> head = f.planningHead();
        party(pdf, "I.", head.map(Participant::name).orElse(DOTS), head.map(Participant::nipDisplay).orElse(DOTS),
                head.map(p -> p.jabatan() + ", " + p.institution()).orElse(DOTS),
                "bertindak untuk dan atas nama Pemerintah " + f.regionName() + ", selanjutnya disebut PIHAK PERTAMA.");
        String[] expert = expert(f);
        party(pdf, "II.", expert[0], null, "Tenaga Ahli Gerakan Menuju Smart City" + (expert[1].isEmpty() ? ""
                : ", " + expert[1]), "mewakili narasumber dan tenaga ahli Gerakan Menuju Smart City, selanjutnya disebut"
                + " PIHAK KEDUA.");
        pdf.spacer(2);
        pdf.paragraph("Kedua belah pihak menyatakan hal-hal sebagai berikut:");
        pdf.spacer(1);

        numbered(pdf, "1.", List.of(Run.plain(attendance(f))));
        numbered(pdf, "2.", List.of(Run.plain("Materi dan kegiatan yang telah dilaksanakan:")));
        sub(pdf, covered(f));
        numbered(pdf, "3.", List.of(Run.plain("Hasil yang disepakati bersama:")));
        sub(pdf, outputs(f));
        if (!f.quickWins().isEmpty()) {
            List<String> labels = new ArrayList<>();
            List<List<Run>> wins = new ArrayList<>();
            for (QuickWin q : f.quickWins()) {
                labels.add((labels.size() + 1) + ")");
                wins.add(List.of(Run.plain(quickWin(q))));
            }
            pdf.list(labels, wins, 13);
            pdf.spacer(1);
        }
        numbered(pdf, "4.", List.of(Run.plain("Tindak lanjut yang disepakati sebelum " + next(f.info().stage()) + ":")));
        sub(pdf, followUps(f));
        numbered(pdf, "5.", List.of(Run.plain("Lampiran berita acara ini, yang merupakan bagian tidak terpisahkan darinya:")));
        sub(pdf, attachments(f));
        pdf.spacer(2);
        pdf.paragraph("Demikian berita acara ini dibuat dengan sebenarnya dalam rangkap secukupnya untuk dipergunakan"
                + " sebagaimana mestinya.");
        pdf.spacer(5);
        pdf.signatures(List.of(
                new Signature("", List.of("PIHAK KEDUA,", "Tenaga Ahli GMSC"), expert[0].equals(DOTS) ? "" : expert[0],
                        "", false),
                new Signature(f.place() + ", " + IndonesianFormat.dateWithoutDay(day),
                        List.of("PIHAK PERTAMA,", head.map(Participant::jabatan).orElse("Pemerintah " + f.regionName())),
                        head.map(Participant::name).orElse(""), head.map(Participant::nipDisplay).orElse(""), true)));
    }

    private static void party(PdfLayout pdf, String label, String name, String nip, String position, String role) {
        List<KeyValue> rows = new ArrayList<>();
        rows.add(new KeyValue("Nama", name));
        if (nip != null) {
            rows.add(new KeyValue("NIP", nip));
        }
        rows.add(new KeyValue("Jabatan", position));
        pdf.keyValues(rows, 10, label);
        pdf.paragraph(List.of(Run.plain(role)), Align.JUSTIFY, 11f, 10);
        pdf.spacer(1.5f);
    }

    private static void numbered(PdfLayout pdf, String label, List<Run> text) {
        pdf.list(List.of(label), List.of(text), 0);
    }

    private static void sub(PdfLayout pdf, List<String> items) {
        List<String> labels = new ArrayList<>();
        List<List<Run>> runs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            labels.add((char) ('a' + Math.min(i, 25)) + ".");
            runs.add(List.of(Run.plain(items.get(i))));
        }
        pdf.list(labels, runs, 6.5f);
        pdf.spacer(1);
    }

    /** "Lukito Edi Nugroho (Universitas Gadjah Mada)" as name and affiliation. */
    private static String[] expert(SessionFacts f) {
        if (f.info().experts().isEmpty()) {
            return new String[] {DOTS, ""};
        }
        String e = f.info().experts().get(0);
        int open = e.indexOf('(');
        if (open > 0 && e.endsWith(")")) {
            return new String[] {e.substring(0, open).strip(), e.substring(open + 1, e.length() - 1).strip()};
        }
        return new String[] {e.strip(), ""};
    }

    static String attendance(SessionFacts f) {
        int n = f.participants().size();
        Map<Participant.Unsur, Long> by = new EnumMap<>(Participant.Unsur.class);
        f.participants().forEach(p -> by.merge(p.unsur(), 1L, Long::sum));
        String parts = by.entrySet().stream()
                .map(e -> SessionFacts.unsurLabel(e.getKey()) + " " + e.getValue() + " orang")
                .collect(Collectors.joining(", "));
        return "Kegiatan diikuti oleh " + n + " (" + Terbilang.of(n) + ") orang peserta sebagaimana tercantum dalam"
                + " daftar hadir terlampir" + (parts.isEmpty() ? "." : ", terdiri atas unsur " + parts + ".");
    }

    private static List<String> covered(SessionFacts f) {
        List<String> out = new ArrayList<>();
        for (AgendaItem a : f.agenda()) {
            if (a.type() == AgendaItem.Kind.TALK || a.type() == AgendaItem.Kind.FGD
                    || a.type() == AgendaItem.Kind.PLENARY) {
                out.add(a.title() + (a.speaker().isEmpty() ? "" : ", oleh " + a.speaker()));
            }
        }
        if (out.isEmpty()) {
            out.add("Pemaparan materi oleh narasumber, diskusi kelompok terarah (FGD) per dimensi smart city, dan"
                    + " pleno hasil kelompok.");
        }
        return out;
    }

    private static List<String> outputs(SessionFacts f) {
        List<String> out = new ArrayList<>();
        out.add(switch (f.info().stage()) {
            case I -> "Hasil analisis kesiapan, kesenjangan dan SWOT per dimensi sebagaimana terlampir.";
            case II -> "Rumusan visi, misi, tujuan dan sasaran smart city beserta strategi per dimensi sebagaimana"
                    + " terlampir.";
            case III -> "Daftar program per dimensi beserta penilaian, peringkat dan peta jalan sebagaimana terlampir.";
            case IV -> "Rancangan akhir Masterplan Smart City beserta rencana aksi dan komitmen pelaksanaannya.";
        });
        if (!f.quickWins().isEmpty()) {
            out.add("Quick win yang disepakati untuk segera dilaksanakan (nama, dimensi, perangkat daerah pengampu,"
                    + " perkiraan anggaran):");
        }
        return out;
    }

    private static String quickWin(QuickWin q) {
        return q.name() + " (" + q.dimension().defaultLabel() + (q.leadOpd().isEmpty() ? "" : "; " + q.leadOpd())
                + (q.budget() > 0 ? "; " + IndonesianFormat.rupiah(q.budget()).replace(' ', PdfFonts.NBSP) : "") + ")";
    }

    private static List<String> followUps(SessionFacts f) {
        List<String> out = new ArrayList<>();
        for (ActionItem a : f.followUps()) {
            StringBuilder b = new StringBuilder(a.step());
            if (!a.owner().isEmpty()) {
                b.append("; penanggung jawab: ").append(a.owner());
            }
            a.due().ifPresent(d -> b.append("; paling lambat ").append(IndonesianFormat.dateWithoutDay(d)));
            out.add(b.toString());
        }
        if (out.isEmpty()) {
            out.add(switch (f.info().stage()) {
                case I -> "Melengkapi data kesiapan daerah dan hasil SWOT semua dimensi sebagai bahan Tahap II.";
                case II -> "Menyempurnakan rumusan visi, misi dan strategi serta menyiapkan usulan program per dimensi.";
                case III -> "Melengkapi profil quick win dan rencana aksi program sebagai bahan Tahap IV.";
                case IV -> "Menetapkan Masterplan Smart City dengan peraturan kepala daerah dan memulai quick win.";
            });
        }
        return out;
    }

    private static String next(Stage s) {
        return s == Stage.IV ? "penetapan masterplan" : "Bimbingan Teknis Tahap " + Stage.ofNumber(s.number() + 1).name();
    }

    private static List<String> attachments(SessionFacts f) {
        List<String> out = new ArrayList<>(List.of("Daftar hadir peserta.", "Notulensi kegiatan.",
                "Hasil kerja kelompok per dimensi."));
        if (!f.quickWins().isEmpty()) {
            out.add("Profil quick win.");
        }
        if (f.info().stage() == Stage.IV) {
            out.add("Lembar komitmen.");
        }
        return out;
    }

    private static void commitment(PdfLayout pdf, SessionFacts f, DocumentOptions o) {
        LocalDate day = f.info().lastDay();
        String regent = f.regentTitle() + " " + f.regionName().replaceFirst("(?i)^(kabupaten|kota)\\s+", "");
        pdf.letterhead(Kop.of(f, o));
        pdf.title(COMMITMENT, 14f, true);
        pdf.title("PELAKSANAAN MASTERPLAN SMART CITY " + f.regionName().toUpperCase(Locale.ROOT), 11.5f, false);
        pdf.spacer(4);
        pdf.paragraph("Kami yang bertanda tangan di bawah ini, " + regent + " beserta para Kepala Perangkat Daerah di"
                + " lingkungan Pemerintah " + f.regionName() + ", menyatakan berkomitmen untuk:");
        pdf.spacer(1);
        List<String> points = List.of(
                "menetapkan Masterplan Smart City " + f.regionName() + " sebagai acuan pembangunan kota cerdas dan"
                        + " menyelaraskannya dengan RPJMD dan rencana strategis perangkat daerah;",
                "melaksanakan program dan quick win yang telah disepakati sesuai peta jalan, dengan perangkat daerah"
                        + " pengampu masing-masing;",
                "mengalokasikan anggaran dan sumber daya yang diperlukan dalam dokumen perencanaan dan penganggaran;",
                "memantau, mengevaluasi dan melaporkan kemajuan pelaksanaan masterplan secara berkala.");
        List<String> labels = new ArrayList<>();
        List<List<Run>> runs = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            labels.add((i + 1) + ".");
            runs.add(List.of(Run.plain(points.get(i))));
        }
        pdf.list(labels, runs, 0);
        pdf.spacer(4);
        pdf.signatures(List.of(new Signature(f.place() + ", " + IndonesianFormat.dateWithoutDay(day),
                List.of(regent + ","), "", "", false)));
        pdf.spacer(6);
        pdf.heading("Kepala Perangkat Daerah " + f.regionName());
        pdf.spacer(1);
        Table t = Table.of(new Column("No", 0.5f, Align.CENTER), new Column("Nama / NIP", 2.6f, Align.LEFT),
                new Column("Jabatan dan Perangkat Daerah", 3.2f, Align.LEFT),
                new Column("Tanda Tangan", 2f, Align.LEFT)).fontSize(9f);
        int n = 0;
        for (Map.Entry<String, Optional<Participant>> e : offices(f).entrySet()) {
            n++;
            Participant p = e.getValue().orElse(null);
            String name = p == null ? DOTS + "\nNIP. " + DOTS : p.name() + (p.nip().isEmpty() ? "" : "\nNIP. " + p.nipDisplay());
            String jabatan = (p == null ? "Kepala" : p.jabatan()) + "\n" + e.getKey();
            t.row(List.of(Cell.of(n + "."), Cell.of(name), Cell.of(jabatan), AttendanceList.sign(n)), 14);
        }
        pdf.table(t);
    }

    /** Each government office among the participants, with its head when the head registered. */
    static Map<String, Optional<Participant>> offices(SessionFacts f) {
        Map<String, Optional<Participant>> out = new java.util.TreeMap<>();
        for (Participant p : f.participants()) {
            boolean government = p.unsur() == Participant.Unsur.OPD || p.unsur() == Participant.Unsur.DEWAN_SMART_CITY;
            if (!government || p.institution().isEmpty()) {
                continue;
            }
            Optional<Participant> known = out.getOrDefault(p.institution(), Optional.empty());
            out.put(p.institution(), known.isPresent() ? known
                    : SessionFacts.isHead(p) ? Optional.of(p) : Optional.empty());
        }
        return out;
    }
}

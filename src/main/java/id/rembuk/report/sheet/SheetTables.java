package id.rembuk.report.sheet;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.Attendance;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Labelled;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Participant;
import id.rembuk.domain.People;
import id.rembuk.domain.PlanPeriod;
import id.rembuk.domain.Programme;
import id.rembuk.domain.Records;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Vote;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.plan.Portfolio;
import id.rembuk.report.sheet.Table.Column;
import id.rembuk.store.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The session's participants, programmes, action plans and SWOT cards as tables, in Bahasa
 * Indonesia whatever the program's language: the workbook is a document of the bimtek, like its
 * minutes. Pure: the same state and options give the same tables, rows in a fixed order.
 */
public final class SheetTables {
    private static final Locale ID = Messages.INDONESIAN;
    private static final String YES = "Ya";
    private static final String NO = "Tidak";

    private final SessionState state;
    private final SheetOptions options;
    private final Labels labels;
    private final Optional<SessionInfo> info;
    private final ResourceBundle domain;

    public SheetTables(SessionState state, SheetOptions options) {
        this.state = state;
        this.options = options;
        Labels l;
        try {
            l = Labels.of(state);
        } catch (RuntimeException e) {
            l = Labels.defaults();
        }
        this.labels = l;
        this.info = sessionInfo(state);
        this.domain = Messages.bundle("id.rembuk.i18n.domain", ID).orElse(null);
    }

    /** The facts of the session, if its session entity is there and readable. */
    static Optional<SessionInfo> sessionInfo(SessionState state) {
        return state.live(EntityKind.SESSION.code()).sorted(Comparator.comparing(e -> e.key().id())).findFirst()
                .flatMap(e -> {
                    try {
                        return Optional.of(SessionInfo.from(e));
                    } catch (RuntimeException ex) {
                        return Optional.empty();
                    }
                });
    }

    public Table table(SheetTable t) {
        return switch (t) {
            case PARTICIPANTS -> participants();
            case PROGRAMMES -> programmes();
            case ACTION_PLANS -> actionPlans();
            case SWOT -> swot();
        };
    }

    // --- Peserta ---

    public Table participants() {
        List<Participant> people = People.participants(state).stream()
                .sorted(Comparator.comparing((Participant p) -> fold(p.name())).thenComparing(Participant::id)).toList();
        People who = People.of(state);
        Map<String, Map<Integer, LocalTime>> signedIn = new HashMap<>();
        int lastDay = info.map(i -> i.days().size()).orElse(0);
        for (Attendance a : Records.read(state, EntityKind.ATTENDANCE, Attendance::from).records()) {
            signedIn.computeIfAbsent(who.kept(a.participantId()), k -> new TreeMap<>()).merge(a.day(), a.time(),
                    (x, y) -> x.isBefore(y) ? x : y);
            lastDay = Math.max(lastDay, a.day());
        }
        List<Column> cols = new ArrayList<>(List.of(new Column("No", 5), new Column("Nama", 32),
                new Column("NIP", 24), new Column("Jabatan", 30), new Column("Instansi/OPD", 34),
                new Column("Unsur", 18), new Column("Kelompok", 20)));
        if (options.contacts()) {
            cols.add(new Column("No. HP", 16));
            cols.add(new Column("Email", 28));
        }
        List<LocalDate> days = info.map(SessionInfo::days).orElse(List.of());
        for (int d = 1; d <= lastDay; d++) {
            String when = d <= days.size() ? " (" + ddMMyyyy(days.get(d - 1)) + ")" : "";
            cols.add(new Column("Hadir hari " + d + when, 12));
        }
        List<List<Cell>> rows = new ArrayList<>();
        int no = 0;
        for (Participant p : people) {
            List<Cell> r = new ArrayList<>(List.of(Cell.count(++no), Cell.text(p.name()), Cell.text(p.nipDisplay()),
                    Cell.text(p.jabatan()), Cell.text(p.institution()), Cell.text(label(p.unsur())),
                    Cell.text(groupLabel(p.group()))));
            if (options.contacts()) {
                r.add(Cell.text(p.phone()));
                r.add(Cell.text(p.email()));
            }
            Map<Integer, LocalTime> mine = signedIn.getOrDefault(p.id(), Map.of());
            for (int d = 1; d <= lastDay; d++) {
                r.add(Cell.text(mine.containsKey(d) ? YES : NO));
            }
            rows.add(r);
        }
        return new Table(SheetTable.PARTICIPANTS.sheetName(), cols, rows);
    }

    // --- Program ---

    public Table programmes() {
        Portfolio portfolio = portfolio();
        List<Column> cols = List.of(new Column("No", 5), new Column("Kode", 9), new Column("Nama program", 40),
                new Column("Dimensi", 18), new Column("Sub-dimensi", 22), new Column("Jangka", 24),
                new Column("OPD pelaksana", 28), new Column("OPD/mitra pendukung", 28), new Column("Sumber dana", 12),
                new Column("Biaya (Rp)", 18), new Column("Kegiatan", 40), new Column("Keterkaitan RPJMD/Renstra", 28),
                new Column("Skor (1-5)", 10), new Column("Jumlah penilai", 10), new Column("Peringkat", 10),
                new Column("Posisi kisi prioritas", 30), new Column("Quick win", 10));
        List<List<Cell>> rows = new ArrayList<>();
        int no = 0;
        for (Portfolio.Entry e : portfolio.ranked()) {
            Programme p = e.programme();
            boolean scored = e.aggregate().score().isPresent();
            rows.add(List.of(Cell.count(++no), Cell.text(e.ref()), Cell.text(p.name()),
                    Cell.text(labels.dimension(p.dimension(), ID)),
                    Cell.text(p.subDimension().map(s -> labels.subDimension(s, ID)).orElse("")),
                    Cell.text(label(p.horizon())), Cell.text(p.leadOpd()), Cell.text(String.join("; ", p.supporting())),
                    Cell.text(label(p.funding())), p.budget() > 0 ? Cell.money(p.budget()) : Cell.EMPTY,
                    Cell.text(String.join("\n", p.activities())), Cell.text(p.rpjmdLink()),
                    scored ? new Cell.Decimal(BigDecimal.valueOf(e.aggregate().score().getAsDouble())
                            .setScale(2, RoundingMode.HALF_UP), 2) : Cell.EMPTY,
                    e.aggregate().scorers() > 0 ? Cell.count(e.aggregate().scorers()) : Cell.EMPTY,
                    scored ? Cell.count(e.rank()) : Cell.EMPTY,
                    Cell.text(e.quadrant().map(this::label).orElse("")),
                    Cell.text(e.chosen() ? YES : NO)));
        }
        return new Table(SheetTable.PROGRAMMES.sheetName(), cols, rows);
    }

    private Portfolio portfolio() {
        return Portfolio.of(state);
    }

    // --- Rencana Aksi ---

    public Table actionPlans() {
        Portfolio portfolio = portfolio();
        Map<String, Integer> place = new HashMap<>();
        Map<String, String> name = new HashMap<>();
        for (Portfolio.Entry e : portfolio.programmes()) {
            place.put(e.id(), place.size());
            name.put(e.id(), e.ref() + " " + e.programme().name());
        }
        int followUps = Integer.MAX_VALUE;
        Comparator<ActionItem> order = Comparator
                .comparingInt((ActionItem a) -> place.getOrDefault(a.programmeId(), followUps))
                .thenComparing(a -> place.containsKey(a.programmeId()) ? LocalDate.MIN : a.due().orElse(LocalDate.MAX))
                .thenComparingInt(ActionItem::order).thenComparing(ActionItem::id);
        List<ActionItem> items = Records.read(state, EntityKind.ACTION_ITEM, ActionItem::from).records().stream()
                .sorted(order).toList();
        List<Column> cols = List.of(new Column("No", 5), new Column("Program", 36), new Column("Langkah/kegiatan", 40),
                new Column("Keluaran", 28), new Column("Indikator", 28), new Column("Target", 20),
                new Column("Tahun ke-", 9), new Column("Periode", 16), new Column("Tenggat", 12),
                new Column("Penanggung jawab", 28), new Column("Anggaran (Rp)", 18), new Column("Sumber dana", 12),
                new Column("Status", 14));
        List<List<Cell>> rows = new ArrayList<>();
        int no = 0;
        for (ActionItem a : items) {
            boolean ofProgramme = name.containsKey(a.programmeId());
            rows.add(List.of(Cell.count(++no),
                    Cell.text(ofProgramme ? name.get(a.programmeId()) : "Tindak lanjut rapat"),
                    Cell.text(a.step()), Cell.text(a.output()), Cell.text(a.indicator()), Cell.text(a.target()),
                    a.year().isPresent() ? Cell.count(a.year().getAsInt()) : Cell.EMPTY,
                    Cell.text(a.period().map(this::period).orElse("")),
                    a.due().<Cell>map(Cell.Date::new).orElse(Cell.EMPTY),
                    Cell.text(a.owner()), a.budget() > 0 ? Cell.money(a.budget()) : Cell.EMPTY,
                    Cell.text(ofProgramme || a.budget() > 0 ? label(a.funding()) : ""),
                    Cell.text(label(a.status()))));
        }
        return new Table(SheetTable.ACTION_PLANS.sheetName(), cols, rows);
    }

    private String period(PlanPeriod p) {
        String unit = label(p.unit());
        return unit + " " + (p.from() == p.to() ? Integer.toString(p.from()) : p.from() + "-" + p.to());
    }

    // --- SWOT ---

    /**
     * The cards on the boards. A card merged into another is not a row of its own: its text is
     * listed with the card it now counts for, and its dots count there, as on the board. Dots are
     * those of the board's current voting round (the highest round when a card sits on two boards).
     */
    public Table swot() {
        Map<String, SwotItem> items = new LinkedHashMap<>();
        Records.read(state, EntityKind.SWOT_ITEM, SwotItem::from).records().stream()
                .sorted(Comparator.comparing(SwotItem::id)).forEach(i -> items.put(i.id(), i));
        Map<String, String> survivor = new HashMap<>();
        items.keySet().forEach(id -> survivor.put(id, resolve(items, id)));
        Comparator<SwotItem> byOrder = Comparator.comparingInt(SwotItem::order).thenComparing(SwotItem::id);
        Map<String, List<SwotItem>> merged = new HashMap<>();
        items.values().stream().filter(i -> !survivor.get(i.id()).equals(i.id())).sorted(byOrder)
                .forEach(i -> merged.computeIfAbsent(survivor.get(i.id()), k -> new ArrayList<>()).add(i));

        Map<String, Integer> rounds = new HashMap<>();
        for (SwotBoard b : Records.read(state, EntityKind.SWOT_BOARD, SwotBoard::from).records()) {
            rounds.put(b.id(), b.round());
        }
        Map<String, Long> dots = new HashMap<>();
        for (Vote v : Records.read(state, EntityKind.VOTE, Vote::from).records()) {
            SwotItem on = items.get(survivor.getOrDefault(v.swotItemId(), ""));
            if (on != null && v.round() == round(on, rounds)) {
                dots.merge(on.id(), 1L, Long::sum);
            }
        }
        Comparator<SwotItem> order = Comparator
                .comparingInt((SwotItem i) -> i.dimension().map(Enum::ordinal).orElse(Dimension.values().length))
                .thenComparingInt(i -> i.element().map(Enum::ordinal).orElse(-1))
                .thenComparing(SwotItem::quadrant).thenComparing(byOrder);
        List<SwotItem> onBoard = items.values().stream().filter(i -> survivor.get(i.id()).equals(i.id()))
                .sorted(order).toList();
        List<Column> cols = List.of(new Column("No", 5), new Column("Dimensi", 18), new Column("Elemen", 16),
                new Column("Kuadran", 16), new Column("Teks", 50), new Column("Klaster", 20),
                new Column("Kelompok", 20), new Column("Suara", 8), new Column("Kartu yang digabung", 40));
        List<List<Cell>> rows = new ArrayList<>();
        int no = 0;
        for (SwotItem i : onBoard) {
            long n = dots.getOrDefault(i.id(), 0L);
            rows.add(List.of(Cell.count(++no), Cell.text(i.dimension().map(d -> labels.dimension(d, ID)).orElse("")),
                    Cell.text(i.element().map(Element::label).orElse("")), Cell.text(label(i.quadrant())),
                    Cell.text(i.text()), Cell.text(i.cluster()),
                    Cell.text(i.group().isEmpty() ? "Pleno" : groupLabel(i.group())),
                    round(i, rounds) > 0 ? Cell.count(n) : Cell.EMPTY,
                    Cell.text(merged.getOrDefault(i.id(), List.of()).stream().map(SwotItem::text)
                            .collect(Collectors.joining("\n")))));
        }
        return new Table(SheetTable.SWOT.sheetName(), cols, rows);
    }

    private static int round(SwotItem i, Map<String, Integer> rounds) {
        int r = 0;
        if (i.dimension().isPresent()) {
            r = Math.max(r, rounds.getOrDefault(SwotBoard.idFor(i.dimension(), Optional.empty()), 0));
        }
        if (i.element().isPresent()) {
            r = Math.max(r, rounds.getOrDefault(SwotBoard.idFor(Optional.empty(), i.element()), 0));
        }
        return r;
    }

    /** Follows "merged into" to the card on the board; a loop is broken at its smallest id, as on the board. */
    static String resolve(Map<String, SwotItem> items, String id) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cur = id;
        while (true) {
            String next = items.get(cur).mergedInto();
            if (next.isEmpty() || !items.containsKey(next)) {
                return cur;
            }
            path.add(cur);
            seen.add(cur);
            if (seen.contains(next)) {
                return path.subList(path.indexOf(next), path.size()).stream().min(String::compareTo).orElseThrow();
            }
            cur = next;
        }
    }

    // --- Info ---

    /** Which session, when exported, by which version, and the note on personal data. */
    public Table info(Map<SheetTable, Integer> counts) {
        List<Column> cols = List.of(new Column("Keterangan", 26), new Column("Isi", 70));
        List<List<Cell>> rows = new ArrayList<>();
        info.ifPresent(i -> {
            rows.add(row("Kegiatan", Cell.text(i.title())));
            rows.add(row("Daerah", Cell.text(i.region())));
            if (!i.province().isEmpty()) {
                rows.add(row("Provinsi", Cell.text(i.province())));
            }
            rows.add(row("Tahap", Cell.text("Tahap " + i.stage().name())));
            rows.add(row("Hari pertama", new Cell.Date(i.firstDay())));
            rows.add(row("Hari terakhir", new Cell.Date(i.lastDay())));
            rows.add(row("Tanggal", Cell.text(IndonesianFormat.dateRange(i.firstDay(), i.lastDay()))));
            if (!i.venue().isEmpty()) {
                rows.add(row("Tempat", Cell.text(i.venue())));
            }
            if (i.sample()) {
                rows.add(row("Catatan", Cell.text("DATA CONTOH, bukan data kegiatan sungguhan")));
            }
        });
        if (info.isEmpty()) {
            rows.add(row("Kegiatan", Cell.text("Data sesi (daerah, tahap, tanggal) belum diisi")));
        }
        for (SheetTable t : SheetTable.values()) {
            if (counts.containsKey(t)) {
                rows.add(row("Jumlah baris " + t.sheetName(), Cell.count(counts.get(t))));
            }
        }
        rows.add(row("Diekspor pada", new Cell.DateTime(options.exportedAt())));
        rows.add(row("Versi", Cell.text(Version.current())));
        rows.add(row("Data pribadi", Cell.text(options.contacts()
                ? "Lembar Peserta memuat data pribadi (nama, NIP, nomor HP, email; UU 27/2022 tentang Pelindungan "
                        + "Data Pribadi). Simpan dan bagikan seperlunya saja."
                : "Nomor HP dan email peserta tidak disertakan. Nama dan NIP tetap data pribadi (UU 27/2022 "
                        + "tentang Pelindungan Data Pribadi).")));
        return new Table("Info", cols, rows);
    }

    private static List<Cell> row(String key, Cell value) {
        return List.of(Cell.text(key), value);
    }

    // --- labels ---

    private String label(Labelled l) {
        String key = l.messageKey();
        return domain != null && domain.containsKey(key) ? domain.getString(key) : l.name();
    }

    private String groupLabel(String groupId) {
        if (groupId == null || groupId.isEmpty()) {
            return "";
        }
        Optional<Dimension> d = Dimension.ofCode(groupId).filter(x -> x.code().equals(groupId));
        if (d.isPresent()) {
            return labels.dimension(d.get(), ID);
        }
        for (Element e : Element.values()) {
            if (e.name().equals(groupId)) {
                return e.label();
            }
        }
        return groupId;
    }

    static String ddMMyyyy(LocalDate d) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** A name folded for sorting as the participant list does: case and accents ignored. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}

package id.rembuk.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.change.SessionState;
import id.rembuk.store.Problem;
import id.rembuk.store.StoreException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetExportTest {
    private static final SheetOptions AT = new SheetOptions(true, LocalDateTime.of(2024, 5, 15, 16, 30, 12));
    private static final SessionState STATE = RichSession.state();

    @TempDir
    Path dir;

    /** Every sheet's rows, cells by column index (a row read back may be shorter than the header). */
    private static Map<String, List<Row>> read(byte[] xlsx) throws IOException {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            for (Sheet s : wb.getSheets().toList()) {
                out.put(s.getName(), s.read());
            }
        }
        return out;
    }

    private static List<String> texts(Row r) {
        List<String> t = new ArrayList<>();
        for (int c = 0; c < r.getCellCount(); c++) {
            t.add(r.getCellText(c));
        }
        return t;
    }

    private static Row rowWith(List<Row> rows, int column, String text) {
        return rows.stream().skip(1).filter(r -> text.equals(r.getCellText(column))).findFirst().orElseThrow(
                () -> new AssertionError("no row with " + text));
    }

    private static int col(List<Row> rows, String header) {
        int i = texts(rows.get(0)).indexOf(header);
        assertThat(i).as(header).isNotNegative();
        return i;
    }

    @Test
    void theWorkbookHoldsEverySheetWithRealNumbersAndDates() throws Exception {
        Path out = dir.resolve("rembuk.xlsx");
        List<String> steps = new ArrayList<>();
        Map<SheetTable, Integer> counts = SheetExport.writeXlsx(STATE, out, AT, false,
                (done, total, step) -> steps.add(done + "/" + total + " " + step));
        assertThat(steps).containsExactly("0/6 Peserta", "1/6 Program", "2/6 Rencana Aksi", "3/6 SWOT", "4/6 Info",
                "5/6 xlsx", "6/6 rembuk.xlsx");
        Map<String, List<Row>> wb = read(Files.readAllBytes(out));
        assertThat(wb.keySet()).containsExactly("Peserta", "Program", "Rencana Aksi", "SWOT", "Info");

        List<Row> people = wb.get("Peserta");
        assertThat(texts(people.get(0))).containsExactly("No", "Nama", "NIP", "Jabatan", "Instansi/OPD", "Unsur",
                "Kelompok", "No. HP", "Email", "Hadir hari 1 (14/05/2024)", "Hadir hari 2 (15/05/2024)");
        // five registrations, four people: the confirmed duplicate counts once, sorted by name as the list is
        assertThat(people).hasSize(1 + 4);
        assertThat(counts).containsEntry(SheetTable.PARTICIPANTS, 4);
        int name = col(people, "Nama");
        assertThat(people.stream().skip(1).map(r -> r.getCellText(name)).toList())
                .containsExactly(RichSession.EVIL, "Andi Saputra", "budi Santoso", "Zähra Lestari");
        Row andi = rowWith(people, name, "Andi Saputra");
        assertThat(andi.getCellText(col(people, "NIP"))).isEqualTo("19780512 200312 1 004");
        assertThat(andi.getCellText(col(people, "Kelompok"))).isEqualTo("Smart Governance");
        assertThat(andi.getCellText(col(people, "No. HP"))).isEqualTo("081234567890");
        // day 2 was signed by the second registration of the same person
        assertThat(andi.getCellText(col(people, "Hadir hari 1 (14/05/2024)"))).isEqualTo("Ya");
        assertThat(andi.getCellText(col(people, "Hadir hari 2 (15/05/2024)"))).isEqualTo("Ya");
        Row evil = rowWith(people, name, RichSession.EVIL);
        Cell evilName = evil.getCell(name);
        assertThat(evilName.getType()).isEqualTo(CellType.STRING);
        assertThat(evilName.getFormula()).isNull();
        assertThat(evil.getCell(0).getType()).isEqualTo(CellType.NUMBER);

        List<Row> programmes = wb.get("Program");
        assertThat(programmes).hasSize(1 + 3);
        int cost = col(programmes, "Biaya (Rp)");
        Row g1 = rowWith(programmes, col(programmes, "Nama program"), RichSession.TRICKY);
        Cell budget = g1.getCell(cost);
        assertThat(budget.getType()).isEqualTo(CellType.NUMBER);
        assertThat(budget.asNumber()).isEqualByComparingTo(BigDecimal.valueOf(RichSession.BUDGET));
        assertThat(format(budget)).isEqualTo("#,##0");
        assertThat(g1.getCellText(col(programmes, "Kode"))).isEqualTo("GOV-1");
        assertThat(g1.getCellText(col(programmes, "Peringkat"))).isEqualTo("1");
        assertThat(g1.getCell(col(programmes, "Skor (1-5)")).asNumber()).isEqualByComparingTo("5");
        assertThat(g1.getCellText(col(programmes, "Quick win"))).isEqualTo("Ya");
        assertThat(g1.getCellText(col(programmes, "Sumber dana"))).isEqualTo("APBD");
        // ranked first, unscored (and without a budget: an empty cell, not a zero) last
        assertThat(programmes.get(3).getCellText(col(programmes, "Kode"))).isEqualTo("GOV-2");
        assertThat(programmes.get(3).getCellText(cost)).isEmpty();
        assertThat(programmes.get(3).getCellText(col(programmes, "Quick win"))).isEqualTo("Tidak");

        List<Row> actions = wb.get("Rencana Aksi");
        assertThat(actions).hasSize(1 + 3);
        int step = col(actions, "Langkah/kegiatan");
        assertThat(actions.stream().skip(1).map(r -> r.getCellText(step)).toList())
                .containsExactly("Bangun portal data", "Susun SOP", "Kirim notulensi ke OPD");
        Cell due = actions.get(1).getCell(col(actions, "Tenggat"));
        assertThat(due.getType()).isEqualTo(CellType.NUMBER);
        assertThat(format(due)).isEqualTo("dd/mm/yyyy");
        assertThat(due.asDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(actions.get(1).getCell(col(actions, "Anggaran (Rp)")).asNumber()).isEqualByComparingTo("50000000");
        assertThat(actions.get(1).getCellText(col(actions, "Status"))).isEqualTo("Berjalan");
        assertThat(actions.get(2).getCellText(col(actions, "Periode"))).isEqualTo("Bulan 1-3");
        assertThat(actions.get(3).getCellText(col(actions, "Program"))).isEqualTo("Tindak lanjut rapat");

        List<Row> swot = wb.get("SWOT");
        assertThat(texts(swot.get(0))).startsWith("No", "Dimensi", "Elemen", "Kuadran", "Teks");
        int text = col(swot, "Teks");
        // by dimension (GOV, ECO), then element-only cards; S before W; the merged card folded into its target
        assertThat(swot.stream().skip(1).map(r -> r.getCellText(text)).toList()).containsExactly(
                "Jaringan fiber sudah ada", "SDM TIK kurang", "Pasar daring nasional", "@Dana desa");
        Row fibre = swot.get(1);
        assertThat(fibre.getCellText(col(swot, "Kuadran"))).startsWith("Kekuatan");
        assertThat(fibre.getCell(col(swot, "Suara")).asNumber()).isEqualByComparingTo("3");
        assertThat(fibre.getCellText(col(swot, "Kartu yang digabung"))).isEqualTo("Fiber optik sampai kecamatan");
        assertThat(swot.get(2).getCellText(col(swot, "Kuadran"))).startsWith("Kelemahan");
        assertThat(swot.get(4).getCellText(col(swot, "Elemen"))).isEqualTo("Struktur");
        assertThat(swot.get(4).getCellText(col(swot, "Kelompok"))).isEqualTo("Pleno");

        List<Row> info = wb.get("Info");
        Map<String, Row> facts = new LinkedHashMap<>();
        info.stream().skip(1).forEach(r -> facts.put(r.getCellText(0), r));
        assertThat(facts.get("Daerah").getCellText(1)).isEqualTo("Kabupaten Uji");
        assertThat(facts.get("Tahap").getCellText(1)).isEqualTo("Tahap II");
        assertThat(facts.get("Hari pertama").getCell(1).asDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(facts.get("Diekspor pada").getCell(1).asDate()).isEqualTo(LocalDateTime.of(2024, 5, 15, 16, 30, 12));
        assertThat(facts.get("Versi").getCellText(1)).startsWith("Rembuk ");
        assertThat(facts.get("Data pribadi").getCellText(1)).contains("UU 27/2022");
    }

    @Test
    void theHeaderRowIsFrozenFilteredAndBold() throws Exception {
        Map<String, String> xml = unzip(SheetExport.xlsx(STATE, AT, ProgressListener.NONE).bytes());
        String peserta = xml.get("xl/worksheets/sheet1.xml");
        assertThat(peserta).contains("state=\"frozen\"", "ySplit=\"1\"", "<autoFilter ref=\"A1:K5\"");
        assertThat(peserta).contains("<col min=\"2\" max=\"2\" width=\"32");
        assertThat(peserta).doesNotContain("<f>");
        assertThat(xml.get("xl/styles.xml")).contains("<b/>");
    }

    private Map<String, String> unzip(byte[] bytes) throws IOException {
        Path f = Files.write(dir.resolve("unzip.xlsx"), bytes);
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(f.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                out.put(e.getName(), new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** The number format of a cell; Excel's built-in format 3 is "#,##0" and is stored by its id only. */
    private static String format(Cell c) {
        if (c.getDataFormatString() != null) {
            return c.getDataFormatString();
        }
        return Integer.valueOf(3).equals(c.getDataFormatId()) ? "#,##0" : "id " + c.getDataFormatId();
    }

    @Test
    void withoutContactsThereIsNoPhoneOrEmailAnywhere() throws Exception {
        SheetOptions no = AT.withoutContacts();
        Map<String, List<Row>> wb = read(SheetExport.xlsx(STATE, no, ProgressListener.NONE).bytes());
        assertThat(texts(wb.get("Peserta").get(0))).doesNotContain("No. HP", "Email").contains("NIP");
        String csv = new String(SheetExport.csv(SheetTable.PARTICIPANTS, STATE, no), StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("081234567890", "andi@uji.go.id", "5555", "No. HP", "Email")
                .contains("Andi Saputra");
        assertThat(String.join(" ", wb.values().stream().flatMap(List::stream).flatMap(r -> texts(r).stream())
                .toList())).doesNotContain("081234567890", "andi@uji.go.id").contains("tidak disertakan");
    }

    @Test
    void sameStateSameCellsInTheWorkbook() throws Exception {
        Map<String, List<Row>> a = read(SheetExport.xlsx(STATE, AT, ProgressListener.NONE).bytes());
        Map<String, List<Row>> b = read(SheetExport.xlsx(RichSession.state(), AT, ProgressListener.NONE).bytes());
        assertThat(a.keySet()).isEqualTo(b.keySet());
        for (String sheet : a.keySet()) {
            assertThat(a.get(sheet).stream().map(SheetExportTest::texts).toList()).as(sheet)
                    .isEqualTo(b.get(sheet).stream().map(SheetExportTest::texts).toList());
        }
    }

    // --- CSV ---

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String body = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        try (CSVParser p = CSVParser.parse(new StringReader(body), CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            return p.getRecords();
        }
    }

    @Test
    void csvIsSemicolonSeparatedUtf8WithBomAndCrlf() throws Exception {
        byte[] bytes = SheetExport.csv(SheetTable.PROGRAMMES, STATE, AT);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("No;Kode;Nama program;Dimensi;Sub-dimensi;");
        // every record ends with CRLF; the only bare LF is inside the quoted multi-line fields
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "").replace("\n", "")).doesNotContain("\r");
        List<CSVRecord> records = parse(bytes);
        assertThat(records).hasSize(1 + 3);
        List<String> header = records.get(0).toList();
        CSVRecord g1 = records.get(1);
        assertThat(g1.get(header.indexOf("Nama program"))).isEqualTo(RichSession.TRICKY);
        assertThat(text).contains("\"Satu data; \"\"Banggai\"\" terpadu\nbaris kedua\"");
        assertThat(g1.get(header.indexOf("Biaya (Rp)"))).isEqualTo("1250000000");
        assertThat(g1.get(header.indexOf("Skor (1-5)"))).isEqualTo("5,00");
        assertThat(g1.get(header.indexOf("Sub-dimensi"))).isEqualTo("Layanan Publik");
        assertThat(g1.get(header.indexOf("Kegiatan"))).isEqualTo("Integrasi data OPD\nPortal data");

        List<CSVRecord> actions = parse(SheetExport.csv(SheetTable.ACTION_PLANS, STATE, AT));
        int due = actions.get(0).toList().indexOf("Tenggat");
        assertThat(actions.get(1).get(due)).isEqualTo("30/09/2024");
        assertThat(actions.get(3).get(due)).isEqualTo("20/05/2024");
        assertThat(actions.get(1).get(actions.get(0).toList().indexOf("Anggaran (Rp)"))).isEqualTo("50000000");
    }

    @Test
    void csvNeutralisesFormulasButKeepsTheText() throws Exception {
        List<CSVRecord> people = parse(SheetExport.csv(SheetTable.PARTICIPANTS, STATE, AT));
        List<String> header = people.get(0).toList();
        CSVRecord evil = people.get(1);
        assertThat(evil.get(header.indexOf("Nama"))).isEqualTo("'" + RichSession.EVIL);
        assertThat(evil.get(header.indexOf("Instansi/OPD"))).isEqualTo("'-Dinas");
        assertThat(evil.get(header.indexOf("No. HP"))).isEqualTo("'+62 811 000");
        assertThat(people.get(2).get(header.indexOf("Nama"))).isEqualTo("Andi Saputra");
        List<CSVRecord> swot = parse(SheetExport.csv(SheetTable.SWOT, STATE, AT));
        assertThat(swot.stream().map(r -> r.get(4)).toList()).contains("'@Dana desa");
        for (String s : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(CsvWriter.guard(s)).isEqualTo("'" + s);
        }
        assertThat(CsvWriter.guard("Dinas")).isEqualTo("Dinas");
        assertThat(CsvWriter.guard("")).isEmpty();
    }

    @Test
    void csvIsByteIdenticalForTheSameState() throws Exception {
        for (SheetTable t : SheetTable.values()) {
            Path a = dir.resolve(t.code() + "-a.csv");
            Path b = dir.resolve(t.code() + "-b.csv");
            SheetExport.writeCsv(t, STATE, a, AT, false);
            // another moment and a state folded afresh: the CSV carries no time stamp
            SheetExport.writeCsv(t, RichSession.state(), b, SheetOptions.now(), false);
            assertThat(Files.readAllBytes(a)).as(t.code()).isEqualTo(Files.readAllBytes(b));
        }
    }

    @Test
    void anExistingFileIsLeftAloneWithoutOverwrite() throws Exception {
        Path out = dir.resolve("peserta.csv");
        Files.writeString(out, "milik orang lain");
        assertThatThrownBy(() -> SheetExport.writeCsv(SheetTable.PARTICIPANTS, STATE, out))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_EXISTS));
        Path xlsx = dir.resolve("rembuk.xlsx");
        Files.writeString(xlsx, "milik orang lain");
        assertThatThrownBy(() -> SheetExport.writeXlsx(STATE, xlsx, ProgressListener.NONE))
                .isInstanceOf(StoreException.class);
        assertThat(Files.readString(out)).isEqualTo("milik orang lain");
        assertThat(Files.readString(xlsx)).isEqualTo("milik orang lain");
        SheetExport.writeCsv(SheetTable.PARTICIPANTS, STATE, out, AT, true);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("Andi Saputra");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("peserta.csv", "rembuk.xlsx");
        }
    }

    @Test
    void anEmptySessionGivesHeadersOnly() throws Exception {
        SessionState empty = new id.rembuk.domain.ChangeLog().state();
        Map<String, List<Row>> wb = read(SheetExport.xlsx(empty, AT, ProgressListener.NONE).bytes());
        assertThat(wb.get("Peserta")).hasSize(1);
        assertThat(wb.get("SWOT")).hasSize(1);
        assertThat(parse(SheetExport.csv(SheetTable.ACTION_PLANS, empty, AT))).hasSize(1);
    }

    @Test
    void tableNamesOnTheCommandLine() {
        assertThat(SheetTable.ofCode("action-plans")).contains(SheetTable.ACTION_PLANS);
        assertThat(SheetTable.ofCode(" SWOT ")).contains(SheetTable.SWOT);
        assertThat(SheetTable.ofCode("peserta")).isEmpty();
    }
}

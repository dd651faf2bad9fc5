package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.report.json.SessionImport;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-xlsx} and {@code export-csv} on the bundled sample, and every way they can be misused. */
class CliSheetExportTest {
    private static final Path SAMPLE_JSON = Path.of("samples", "banggai-tahap1.json");

    @TempDir
    static Path shared;
    static Path sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void importSample() throws Exception {
        sample = shared.resolve("banggai.rembuk");
        SessionImport.run(SAMPLE_JSON, sample, false, "Uji");
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        assertThat(b[0]).isEqualTo((byte) 0xEF);
        try (CSVParser p = CSVParser.parse(new StringReader(new String(b, 3, b.length - 3, StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            return p.getRecords();
        }
    }

    @Test
    void exportXlsxWritesTheWholeWorkbookFromTheSample() throws Exception {
        Path out = dir.resolve("banggai.xlsx");
        CliRun r = CliRun.of("export-xlsx", sample.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Buku kerja ditulis", "80 peserta", "UU 27/2022");
        assertThat(r.clean()).isTrue();
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            assertThat(wb.getSheets().map(Sheet::getName)).containsExactly("Peserta", "Program", "Rencana Aksi",
                    "SWOT", "Info");
            List<Row> people = wb.findSheet("Peserta").orElseThrow().read();
            assertThat(people).hasSize(81);
            assertThat(people.get(0).getCellText(1)).isEqualTo("Nama");
            assertThat(people.get(0).getCellText(9)).isEqualTo("Hadir hari 1 (16/06/2022)");
            assertThat(wb.findSheet("Program").orElseThrow().read()).hasSizeGreaterThan(1);
            assertThat(wb.findSheet("SWOT").orElseThrow().read()).hasSizeGreaterThan(1);
            List<Row> info = wb.findSheet("Info").orElseThrow().read();
            assertThat(info.stream().map(row -> row.getCellText(1))).anyMatch(s -> s.contains("Banggai"))
                    .anyMatch(s -> s.contains("DATA CONTOH"));
        }
        assertThat(files()).containsExactly("banggai.xlsx");

        // the suffix is added when missing; --no-contacts leaves phones and e-mails out
        CliRun bare = CliRun.of("export-xlsx", sample.toString(), "-o", dir.resolve("tanpa-kontak").toString(),
                "--no-contacts");
        assertThat(bare.code()).as(bare.err()).isZero();
        assertThat(bare.out()).contains("tidak disertakan");
        try (ReadableWorkbook wb = new ReadableWorkbook(dir.resolve("tanpa-kontak.xlsx").toFile())) {
            Row header = wb.findSheet("Peserta").orElseThrow().read().get(0);
            assertThat(header.getCellText(7)).isEqualTo("Hadir hari 1 (16/06/2022)");
        }
    }

    @Test
    void exportCsvWritesOneTableForIndonesianExcel() throws Exception {
        Path out = dir.resolve("peserta.csv");
        CliRun r = CliRun.of("export-csv", sample.toString(), "--table", "participants", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Tabel Peserta ditulis: 80 baris");
        List<CSVRecord> rows = csv(out);
        assertThat(rows).hasSize(81);
        assertThat(rows.get(0).toList()).contains("Nama", "NIP", "No. HP", "Email");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(";").contains("\r\n");

        Path swot = dir.resolve("swot.csv");
        CliRun s = CliRun.of("export-csv", sample.toString(), "--table", "swot", "-o", swot.toString());
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(csv(swot).get(0).toList()).startsWith("No", "Dimensi", "Elemen", "Kuadran", "Teks");

        Path plain = dir.resolve("peserta-tanpa-kontak.csv");
        CliRun n = CliRun.of("export-csv", sample.toString(), "--table", "participants", "--no-contacts", "-o",
                plain.toString());
        assertThat(n.code()).as(n.err()).isZero();
        assertThat(csv(plain).get(0).toList()).doesNotContain("No. HP", "Email");
        assertThat(Files.readString(plain, StandardCharsets.UTF_8)).doesNotContainPattern("08[0-9]{9,10}");

        // the same file exported again (with --force) is byte for byte the same
        byte[] before = Files.readAllBytes(out);
        assertThat(CliRun.of("export-csv", sample.toString(), "--table", "participants", "-o", out.toString(),
                "--force").code()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
    }

    @Test
    void anUnknownTableIsAUsageErrorInIndonesian() throws Exception {
        CliRun r = CliRun.of("export-csv", sample.toString(), "--table", "peserta", "-o", dir.resolve("x.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Tabel peserta tidak dikenal", "participants, programmes, action-plans, swot");
        assertThat(r.clean()).isTrue();
        assertThat(files()).isEmpty();

        CliRun en = CliRun.of("--lang", "en", "export-csv", sample.toString(), "--table", "x", "-o",
                dir.resolve("x.csv").toString());
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.err()).contains("Unknown table x");
    }

    @Test
    void missingOrForeignSessionFilesWriteNothing() throws Exception {
        Path out = dir.resolve("hasil.xlsx");
        CliRun missing = CliRun.of("export-xlsx", dir.resolve("tidak-ada.rembuk").toString(), "-o", out.toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("tidak ditemukan");
        assertThat(missing.clean()).isTrue();
        assertThat(files()).isEmpty();

        Path garbage = dir.resolve("sampah.rembuk");
        Files.writeString(garbage, "ini bukan berkas sesi");
        CliRun g = CliRun.of("export-xlsx", garbage.toString(), "-o", out.toString());
        assertThat(g.code()).isEqualTo(1);
        assertThat(g.err()).contains("bukan");
        assertThat(g.clean()).isTrue();
        CliRun gc = CliRun.of("export-csv", garbage.toString(), "--table", "swot", "-o", dir.resolve("s.csv").toString());
        assertThat(gc.code()).isEqualTo(1);
        assertThat(gc.clean()).isTrue();
        assertThat(files()).containsExactly("sampah.rembuk");
        assertThat(Files.readString(garbage)).isEqualTo("ini bukan berkas sesi");

        CliRun noOut = CliRun.of("export-xlsx", sample.toString());
        assertThat(noOut.code()).isEqualTo(2);
        assertThat(noOut.err()).contains("Isian wajib belum diberikan", "--output");
    }

    @Test
    void anExistingOutputIsKeptUnlessForced() throws Exception {
        Path out = dir.resolve("rekap.xlsx");
        Files.writeString(out, "laporan bendahara");
        CliRun r = CliRun.of("export-xlsx", sample.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("sudah ada", "--force");
        assertThat(Files.readString(out)).isEqualTo("laporan bendahara");
        Path csv = dir.resolve("program.csv");
        Files.writeString(csv, "laporan bendahara");
        CliRun c = CliRun.of("export-csv", sample.toString(), "--table", "programmes", "-o", csv.toString());
        assertThat(c.code()).isEqualTo(1);
        assertThat(c.err()).contains("sudah ada");
        assertThat(Files.readString(csv)).isEqualTo("laporan bendahara");
        assertThat(files()).containsExactly("program.csv", "rekap.xlsx");

        CliRun forced = CliRun.of("export-xlsx", sample.toString(), "-o", out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            assertThat(wb.findSheet("Peserta")).isPresent();
        }
        assertThat(files()).containsExactly("program.csv", "rekap.xlsx");
    }

    @Test
    void anUnwritableOrFolderOutputFailsCleanly() throws Exception {
        // a folder "inside" a plain file cannot be made, whoever runs the test (root ignores permissions)
        Path blocker = Files.writeString(dir.resolve("bukan-folder"), "x");
        CliRun r = CliRun.of("export-xlsx", sample.toString(), "-o", blocker.resolve("hasil.xlsx").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Gagal membaca atau menulis berkas");
        assertThat(r.clean()).isTrue();
        CliRun c = CliRun.of("export-csv", sample.toString(), "--table", "swot", "-o",
                blocker.resolve("swot.csv").toString());
        assertThat(c.code()).isEqualTo(1);
        assertThat(c.err()).contains("Gagal membaca atau menulis berkas");

        Path folder = Files.createDirectory(dir.resolve("folder.xlsx"));
        CliRun f = CliRun.of("export-xlsx", sample.toString(), "-o", folder.toString(), "--force");
        assertThat(f.code()).isEqualTo(1);
        assertThat(f.err()).contains("tidak bisa dipakai");
        assertThat(files()).containsExactly("bukan-folder", "folder.xlsx");
        try (Stream<Path> s = Files.list(folder)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void helpListsTheCommandsAndTheirOptions() {
        CliRun root = CliRun.of("--help");
        assertThat(root.out()).contains("export-xlsx", "export-csv");
        CliRun help = CliRun.of("export-csv", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--table", "--no-contacts", "--force", "BOM");
        assertThat(help.clean()).isTrue();
    }
}

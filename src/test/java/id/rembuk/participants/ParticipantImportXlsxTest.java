package id.rembuk.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.Participant;
import id.rembuk.domain.Participant.Unsur;
import id.rembuk.i18n.Messages;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel workbooks, and every file that cannot be read, each refused with a clear message and left as it was. */
class ParticipantImportXlsxTest {
    @TempDir
    Path dir;

    private Path attendance() throws IOException {
        return ImportFiles.xlsx(dir.resolve("daftar-hadir.xlsx"), "Daftar Hadir", List.of(
                Arrays.asList("DAFTAR HADIR BIMTEK SMART CITY TAHAP I"),
                Arrays.asList("Kabupaten Banggai, 16-17 Juni 2022"),
                List.of(),
                Arrays.asList("No", "Nama Lengkap", "NIP", "Jabatan", "Unit Kerja", "Unsur", "Kelompok", "HP/WA", "E-mail",
                        "Tanggal Lahir"),
                Arrays.asList(1, "Ahmad Syafi\u2019i, S.Kom.", "197805122003121004", "Kepala Bidang Aplikasi Informatika",
                        "Diskominfo", "OPD", "GOV", "081234567890", "ahmad@banggaikab.go.id", LocalDate.of(1978, 5, 12)),
                // what Excel does to an 18-digit NIP typed into a General cell, and to a phone number
                Arrays.asList(2, "Ni Made Sri Astuti, S.E., M.Si.", 198203152006042003L, "Kepala Bidang Anggaran", "BPKAD",
                        "Dewan Smart City", "Smart Economy", 81234567891L, null, null),
                List.of(),
                Arrays.asList(3, "Dr. Rahmat Lamadi, S.T., M.T.", null, "Dosen", "Universitas Tompotika Luwuk",
                        "Akademisi", "Kelompok Smart Living", "+62 812-3456-7892", "rahmat@untika.ac.id", null)));
    }

    @Test
    void aWorkbookWithATitleBlockNumbersAndDates() throws Exception {
        Path f = attendance();
        Table t = TableReader.read(f);
        assertThat(t.format()).isEqualTo(Table.Format.XLSX);
        assertThat(t.sheet()).isEqualTo("Daftar Hadir");
        TableRow ahmad = t.rows().stream().filter(r -> r.number() == 5).findFirst().orElseThrow();
        assertThat(ahmad.cell(9)).isEqualTo(new Cell("1978-05-12", Cell.Kind.DATE));
        assertThat(ahmad.cell(0)).isEqualTo(new Cell("1", Cell.Kind.NUMBER));

        ImportPreview p = ImportPreview.read(f, List.of());
        assertThat(p.source().headerRow()).isEqualTo(4);
        assertThat(p.source().ignored()).extracting(HeaderMap.IgnoredColumn::header)
                .containsExactly("No", "Tanggal Lahir");
        assertThat(p.rows()).extracting(RowPreview::row).containsExactly(5, 6, 8);
        assertThat(p.row(5).orElseThrow().problems()).isEmpty();
        Participant a = p.row(5).orElseThrow().participant().orElseThrow();
        assertThat(a.nip()).isEqualTo("197805122003121004");
        assertThat(a.phone()).isEqualTo("081234567890");

        // a NIP stored as a number is flagged even where its digits look whole
        RowPreview made = p.row(6).orElseThrow();
        assertThat(made.problems()).extracting(RowProblem::key)
                .containsExactly("participants.problem.nip_number", "participants.problem.phone_zero");
        assertThat(made.participant().orElseThrow().nip()).isEmpty();
        assertThat(made.participant().orElseThrow().phone()).isEqualTo("081234567891");
        assertThat(made.participant().orElseThrow().unsur()).isEqualTo(Unsur.DEWAN_SMART_CITY);

        Participant r = p.row(8).orElseThrow().participant().orElseThrow();
        assertThat(r.group()).isEqualTo("LIV");
        assertThat(r.unsur()).isEqualTo(Unsur.AKADEMISI);
    }

    @Test
    void theFirstSheetWithDataIsRead() throws Exception {
        Path f = dir.resolve("dua-lembar.xlsx");
        try (var os = Files.newOutputStream(f)) {
            var wb = new org.dhatim.fastexcel.Workbook(os, "Rembuk test", "1.0");
            wb.newWorksheet("Kosong");
            var ws = wb.newWorksheet("Peserta");
            ws.value(0, 0, "Nama");
            ws.value(0, 1, "Instansi");
            ws.value(1, 0, "Budi Lasaka");
            ws.value(1, 1, "Dinas Sosial");
            wb.finish();
        }
        ImportPreview p = ImportPreview.read(f, List.of());
        assertThat(p.source().sheet()).isEqualTo("Peserta");
        assertThat(p.rows().get(0).participant().orElseThrow().institution()).isEqualTo("Dinas Sosial");
    }

    private static String sha256(Path f) throws IOException {
        try (var in = new java.security.DigestInputStream(Files.newInputStream(f),
                java.security.MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the file, expects the message key, and checks the file is exactly as it was. */
    private ImportException refused(Path f, String key) throws IOException {
        // a digest, not the bytes: the size-cap case is a 20 MB file
        String before = Files.exists(f) ? sha256(f) : null;
        FileTime time = Files.exists(f) ? Files.getLastModifiedTime(f) : null;
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> ImportPreview.read(f, List.of()));
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.userMessage()).doesNotStartWith("!").contains(f.getFileName().toString());
        if (before != null) {
            assertThat(sha256(f)).isEqualTo(before);
            assertThat(Files.getLastModifiedTime(f)).isEqualTo(time);
        }
        assertThat(dir.toFile().list()).allMatch(n -> !n.endsWith(".tmp") && !n.startsWith("~"));
        return e;
    }

    @Test
    void aTruncatedWorkbook() throws Exception {
        byte[] whole = Files.readAllBytes(attendance());
        Path f = Files.write(dir.resolve("terpotong.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        refused(f, "participants.read.xlsx_damaged");
    }

    @Test
    void aPasswordProtectedWorkbookAndAnOldXls() throws Exception {
        // an encrypted .xlsx is an OLE2 container holding an "EncryptionInfo" stream
        byte[] ole = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        byte[] xls = ole.clone();
        byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, ole, 1024, name.length);
        byte[] wbName = "Workbook".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(wbName, 0, xls, 1024, wbName.length);
        refused(Files.write(dir.resolve("rahasia.xlsx"), ole), "participants.read.password");
        refused(Files.write(dir.resolve("lama.xls"), xls), "participants.read.xls");
    }

    @Test
    void filesThatAreNoParticipantList() throws Exception {
        refused(Files.write(dir.resolve("kosong.csv"), new byte[0]), "participants.read.empty");
        refused(Files.writeString(dir.resolve("spasi.csv"), " \r\n\r\n"), "participants.read.empty");
        refused(Files.write(dir.resolve("gambar.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}),
                "participants.read.not_spreadsheet");
        refused(Files.writeString(dir.resolve("laporan.pdf"), "%PDF-1.7\n"), "participants.read.not_spreadsheet");
        refused(Files.writeString(dir.resolve("ekspor.xls"), "<html><body><table><tr><td>Nama</td></tr></table>"),
                "participants.read.html");
        refused(Files.writeString(dir.resolve("anggaran.csv"), "Program;Pagu\nSmart Kampung;1.250.000.000\n"),
                "participants.read.no_header");
        refused(Files.writeString(dir.resolve("judul.csv"), "Nama;NIP;Instansi\n;;\n"), "participants.read.no_rows");
        assertThat(refused(Files.writeString(dir.resolve("kutip.csv"), "Nama;Instansi\n\"Budi Lasaka;Dinas Sosial\nSri;Dinkes\n"),
                "participants.read.csv_broken").userMessage()).contains("dekat baris 2");
        assertThat(refused(Files.writeString(dir.resolve("lebar.csv"), "Nama" + ";x".repeat(TableReader.MAX_COLUMNS) + "\n"),
                "participants.read.too_many_columns").userMessage()).contains("Baris 1 ", "500 kolom");
        refused(dir.resolve("tidak-ada.csv"), "participants.read.not_found");
        Path ods = dir.resolve("peserta.ods");
        byte[] odsBytes = ("PK\u0003\u0004" + "\u0000".repeat(26) + "mimetypeapplication/vnd.oasis.opendocument.spreadsheet")
                .getBytes(StandardCharsets.ISO_8859_1);
        refused(Files.write(ods, odsBytes), "participants.read.ods");
    }

    @Test
    void aFileOverTheSizeCapIsRefusedBeforeReading() throws Exception {
        Path f = dir.resolve("besar.csv");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(TableReader.MAX_BYTES + 1);
        }
        ImportException e = refused(f, "participants.read.too_large");
        assertThat(e.userMessage()).contains("20 MB");
    }

    @Test
    void tooManyRows() throws Exception {
        StringBuilder b = new StringBuilder("Nama\n");
        for (int i = 0; i <= TableReader.MAX_ROWS; i++) {
            b.append("Peserta ").append(i).append('\n');
        }
        ImportException e = refused(Files.writeString(dir.resolve("banyak.csv"), b), "participants.read.too_many_rows");
        assertThat(e.userMessage()).contains("20.000");
    }

    @Test
    void messagesInEnglishToo() throws Exception {
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Locale.ENGLISH);
            assertThatThrownBy(() -> ImportPreview.read(Files.writeString(dir.resolve("x.csv"), "a;b\n1;2\n"), List.of()))
                    .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.userMessage())
                            .startsWith("No column headers were found in the first 30 rows of the file x.csv"));
            ImportPreview p = ImportPreview.read(Files.writeString(dir.resolve("y.csv"), "Name;NIP\nA B;1.98E+17\n"),
                    List.of());
            assertThat(p.rows().get(0).problems().get(0).message()).startsWith("The NIP reads 1.98E+17");
        } finally {
            Messages.setLocale(before);
        }
    }
}

package id.rembuk.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.Duplicates.Reason;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Participant.Unsur;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.store.SessionFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicates against the session and within the file, the user's choices, and the one action they make. */
class ImportPreviewTest {
    @TempDir
    Path dir;

    private static final Participant WITH_NIP = new Participant("p-nip", "Hasan Mokodompit", "197805122003121004",
            "Kepala Dinas", "Dinas Kesehatan", Unsur.DEWAN_SMART_CITY, "LIV", "", "");
    private static final Participant WITH_PHONE = new Participant("p-phone", "Sri Lahamu", "", "", "Bappeda",
            Unsur.LAINNYA, "", "0812 3456 7890", "");
    private static final Participant WITH_NAME = new Participant("p-name", "Budi Lasaka, S.Sos.", "", "Analis",
            "Dinas Sosial", Unsur.OPD, "SOC", "", "");
    private static final List<Participant> EXISTING = List.of(WITH_NIP, WITH_PHONE, WITH_NAME);

    private ImportPreview preview() throws Exception {
        String csv = String.join("\n",
                "Nama;NIP;Jabatan;Instansi;Unsur;Kelompok;No. HP;Email",
                "H. Hasan Mokodompit;197805122003121004;;Dinkes;;;;",
                "Sri Lahamu;;Perencana Ahli Muda;Bappeda;OPD;GOV;+62 812-3456-7890;",
                "Sri Lahamu;;;Bappeda;;ECO;6281234567890;sri@banggaikab.go.id",
                "BUDI LASAKA S.Sos;;;DINAS SOSIAL;;;0852 1111 0000;budi@contoh.id",
                "Wulan Tolanggi;1,98E+17;Staf;Dinas Pariwisata;OPD;BRD;0853 2222 0000;",
                "Marten Pasau;;Ketua;KNPI;Pemuda;SOC;0853 2222 0000;",
                "");
        return ImportPreview.read(ImportFiles.text(dir.resolve("peserta.csv"), csv, StandardCharsets.UTF_8, false),
                EXISTING);
    }

    @Test
    void duplicatesOfTheSessionAndWithinTheFileAreSuggestedNotMerged() throws Exception {
        ImportPreview p = preview();
        assertThat(p.row(2).orElseThrow().existing()).containsExactly(new RowPreview.ExistingMatch(WITH_NIP, Reason.NIP));
        // 0812…, +62 812… and 62812… are one number
        assertThat(p.row(3).orElseThrow().existing())
                .containsExactly(new RowPreview.ExistingMatch(WITH_PHONE, Reason.PHONE));
        assertThat(p.row(4).orElseThrow().existing())
                .containsExactly(new RowPreview.ExistingMatch(WITH_PHONE, Reason.PHONE));
        assertThat(p.row(5).orElseThrow().existing())
                .containsExactly(new RowPreview.ExistingMatch(WITH_NAME, Reason.NAME_AND_INSTITUTION));
        assertThat(p.row(3).orElseThrow().inFile()).containsExactly(new RowPreview.FileMatch(4, Reason.PHONE));
        // a row with a bad NIP still takes part, through its other values
        assertThat(p.row(6).orElseThrow().inFile()).containsExactly(new RowPreview.FileMatch(7, Reason.PHONE));
        assertThat(p.row(7).orElseThrow().existing()).isEmpty();
        ImportPreview.Counts c = p.counts();
        assertThat(c.duplicatesOfExisting()).isEqualTo(4);
        assertThat(c.duplicatesInFile()).isEqualTo(4);
        assertThat(c.ready()).isEqualTo(1);
    }

    @Test
    void byDefaultDuplicatesOfTheSessionAndRowsWithErrorsAreSkipped() throws Exception {
        ImportPlan plan = preview().plan(Choices.defaults());
        assertThat(plan.added()).extracting(ImportPlan.Added::row).containsExactly(7);
        assertThat(plan.updated()).isEmpty();
        assertThat(plan.skipped()).extracting(ImportPlan.Skipped::row, ImportPlan.Skipped::why).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, ImportPlan.Skipped.Why.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple(3, ImportPlan.Skipped.Why.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple(4, ImportPlan.Skipped.Why.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple(5, ImportPlan.Skipped.Why.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple(6, ImportPlan.Skipped.Why.ERRORS));
        Action a = plan.action().orElseThrow();
        assertThat(a.label()).isEqualTo("Impor 1 peserta dari peserta.csv");
        Participant marten = plan.added().get(0).participant();
        assertThat(a.edits()).isEqualTo(marten.toEdits());
    }

    @Test
    void aRowWithABadNipCanBeImportedWithoutIt() throws Exception {
        ImportPreview p = preview();
        ImportPlan plan = p.plan(Choices.defaults().withBadFieldsDropped(6));
        assertThat(plan.added()).extracting(ImportPlan.Added::row).containsExactly(6, 7);
        Participant wulan = plan.added().get(0).participant();
        assertThat(wulan.nip()).isEmpty();
        assertThat(wulan.name()).isEqualTo("Wulan Tolanggi");
        assertThat(wulan.group()).isEqualTo("BRD");
        assertThat(p.plan(Choices.defaults().withBadFieldsDropped()).added()).hasSize(2);
    }

    @Test
    void duplicatesCanBeAddedOrFillTheEmptyFieldsOfTheExistingParticipant() throws Exception {
        ImportPreview p = preview();
        assertThat(p.plan(Choices.defaults().withDuplicates(Decision.ADD)).added()).extracting(ImportPlan.Added::row)
                .containsExactly(2, 3, 4, 5, 7);

        ImportPlan plan = p.plan(Choices.defaults().withDuplicates(Decision.UPDATE_EXISTING).with(7, Decision.SKIP));
        assertThat(plan.added()).isEmpty();
        // row 2 brings nothing Hasan lacks; rows 3 and 4 both fill in Sri: one update with what each adds,
        // the first row's group winning over the second's
        assertThat(plan.skipped()).extracting(ImportPlan.Skipped::row, ImportPlan.Skipped::why).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, ImportPlan.Skipped.Why.NOTHING_NEW),
                org.assertj.core.groups.Tuple.tuple(6, ImportPlan.Skipped.Why.ERRORS),
                org.assertj.core.groups.Tuple.tuple(7, ImportPlan.Skipped.Why.CHOSEN));
        assertThat(plan.updated()).hasSize(2);
        ImportPlan.Updated sri = plan.updated().get(0);
        assertThat(sri.before()).isEqualTo(WITH_PHONE);
        assertThat(sri.fields()).containsExactly(Participant.F_JABATAN, Participant.F_UNSUR, Participant.F_GROUP,
                Participant.F_EMAIL);
        // the existing phone is never overwritten
        assertThat(sri.after()).isEqualTo(new Participant("p-phone", "Sri Lahamu", "", "Perencana Ahli Muda", "Bappeda",
                Unsur.OPD, "GOV", "0812 3456 7890", "sri@banggaikab.go.id"));
        ImportPlan.Updated budi = plan.updated().get(1);
        assertThat(budi.fields()).containsExactly(Participant.F_PHONE, Participant.F_EMAIL);
        assertThat(budi.after().name()).isEqualTo("Budi Lasaka, S.Sos.");

        Action a = plan.action().orElseThrow();
        assertThat(a.label()).isEqualTo("Lengkapi 2 peserta dari peserta.csv");
        String k = EntityKind.PARTICIPANT.code();
        assertThat(a.edits()).containsExactlyInAnyOrder(
                Edit.set(k, "p-phone", Participant.F_JABATAN, "Perencana Ahli Muda"),
                Edit.set(k, "p-phone", Participant.F_UNSUR, "OPD"),
                Edit.set(k, "p-phone", Participant.F_GROUP, "GOV"),
                Edit.set(k, "p-phone", Participant.F_EMAIL, "sri@banggaikab.go.id"),
                Edit.set(k, "p-name", Participant.F_PHONE, "0852 1111 0000"),
                Edit.set(k, "p-name", Participant.F_EMAIL, "budi@contoh.id"));

        ImportPlan both = p.plan(Choices.defaults().with(5, Decision.UPDATE_EXISTING));
        assertThat(both.action().orElseThrow().label()).isEqualTo("Impor 1 peserta dan lengkapi 1 peserta dari peserta.csv");
    }

    @Test
    void nothingChosenMeansNoAction() throws Exception {
        ImportPreview p = preview();
        assertThat(p.toAction(Choices.defaults().with(7, Decision.SKIP))).isEmpty();
        assertThatThrownBy(() -> p.plan(Choices.defaults().with(7, Decision.UPDATE_EXISTING)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theActionWritesToASessionAndASecondImportOfTheSameFileAddsNothing() throws Exception {
        preview();
        Path file = dir.resolve("peserta.csv");
        try (SessionFile s = SessionFile.create(dir.resolve("sesi.mv.db"), UUID.randomUUID(), "test")) {
            s.apply(new Action("peserta awal", EXISTING.stream().flatMap(x -> x.toEdits().stream()).toList()));
            Choices all = Choices.defaults().withBadFieldsDropped();
            s.apply(ImportPreview.read(file, s.state()).toAction(all).orElseThrow());
            List<Participant> after = ImportPreview.participantsOf(s.state());
            assertThat(after).hasSize(5).extracting(Participant::name).contains("Wulan Tolanggi", "Marten Pasau");
            assertThat(s.undoLabel()).contains("Impor 2 peserta dari peserta.csv");

            ImportPreview again = ImportPreview.read(file, s.state());
            assertThat(again.rows()).allMatch(RowPreview::isDuplicateOfExisting);
            assertThat(again.toAction(all)).isEmpty();
        }
    }
}

package id.rembuk.ui.conflicts;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.Ids;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Programme;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SubDimension;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.Hlc;
import id.rembuk.store.SessionFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Three real session files of one session, edited the way the hall does it: the facilitator's
 * master, and copies for the GOV and ECO groups made from it. On Monday 7 December 2026 (WITA)
 * the GOV group adds a card, the master takes it in; then both rewrite the card, all three rename
 * a programme, and the master deletes a participant whose phone GOV corrects meanwhile. After
 * the files have taken in each other's changes the master holds three conflicts:
 * the participant deleted-vs-edited, the programme's name (three values), the card's text (two).
 */
public final class ConflictSession {
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final UUID FACILITATOR = UUID.fromString("fa000000-0000-4000-8000-000000000001");
    public static final UUID GOV = UUID.fromString("60000000-0000-4000-8000-000000000002");
    public static final UUID ECO = UUID.fromString("ec000000-0000-4000-8000-000000000003");
    public static final String FACILITATOR_LABEL = "Laptop Fasilitator";
    public static final String GOV_LABEL = "Kelompok GOV · Laptop Lina";
    public static final String ECO_LABEL = "Kelompok ECO · Laptop Yusuf";
    public static final String CARD = Ids.derived("conflict-test", "card");
    public static final String PROGRAMME = Ids.derived("conflict-test", "programme");
    public static final String PERSON = Ids.derived("conflict-test", "person");

    public static final String CARD_MASTER = "Pusat data daerah sudah beroperasi penuh";
    public static final String CARD_GOV = "Pusat data daerah beroperasi sejak 2021";
    public static final String NAME_MASTER = "Satu Data Banggai 2027";
    public static final String NAME_GOV = "Satu Data Kabupaten Banggai";
    public static final String NAME_ECO = "Satu Data untuk semua OPD";
    public static final String PHONE_GOV = "081298765432";

    private final AtomicLong now = new AtomicLong();

    /** The master after the exchange, closed; open it with the shell. */
    public final Path master;
    /** The GOV copy after the exchange: it holds the same conflicts. */
    public final Path gov;
    /** The GOV copy before it took in anything back: no conflicts yet. */
    public final Path govBefore;

    public ConflictSession(Path dir) throws Exception {
        UUID session = UUID.randomUUID();
        master = dir.resolve("master.mv.db");
        gov = dir.resolve("gov.mv.db");
        govBefore = dir.resolve("gov-before.mv.db");
        at(8, 0);
        try (SessionFile m = SessionFile.create(master, session, FACILITATOR, FACILITATOR_LABEL, clock());
             SessionFile g = SessionFile.create(gov, session, GOV, GOV_LABEL, clock());
             SessionFile e = SessionFile.create(dir.resolve("eco.mv.db"), session, ECO, ECO_LABEL, clock())) {
            m.apply(new Action("Buat sesi", start(session)));
            g.importChanges(m.changes(), m.replicas());
            e.importChanges(m.changes(), m.replicas());
            at(8, 14);
            g.apply(new Action("Tambah kartu", new SwotItem(CARD, Optional.of(Dimension.GOV), Optional.empty(),
                    SwotItem.Quadrant.S, "Pusat data daerah sudah ada", "GOV", "", 1).toEdits()));
            at(8, 30);
            m.importChanges(g.changes(), g.replicas());
            at(9, 30);
            m.apply(Action.of("Ubah kartu", Edit.set("swot_item", CARD, SwotItem.F_TEXT, CARD_MASTER)));
            m.apply(Action.of("Ubah program", Edit.set("programme", PROGRAMME, Programme.F_NAME, NAME_MASTER)));
            at(9, 45);
            g.apply(Action.of("Ubah kartu", Edit.set("swot_item", CARD, SwotItem.F_TEXT, CARD_GOV)));
            g.apply(Action.of("Ubah program", Edit.set("programme", PROGRAMME, Programme.F_NAME, NAME_GOV)));
            at(9, 50);
            e.apply(Action.of("Ubah program", Edit.set("programme", PROGRAMME, Programme.F_NAME, NAME_ECO)));
            at(10, 0);
            m.apply(Action.of("Hapus peserta", Edit.delete("participant", PERSON)));
            at(10, 2);
            g.apply(Action.of("Ubah peserta", Edit.set("participant", PERSON, Participant.F_PHONE, PHONE_GOV)));
            g.snapshotTo(govBefore);
            at(10, 30);
            m.importChanges(g.changes(), g.replicas());
            m.importChanges(e.changes(), e.replicas());
            g.importChanges(m.changes(), m.replicas());
        }
    }

    private static List<Edit> start(UUID session) {
        List<Edit> edits = new ArrayList<>(new SessionInfo("Kabupaten Banggai", "Sulawesi Tengah", Stage.III,
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), "Aula Bappeda", List.of("Rina"), List.of(),
                false).toEdits(session));
        edits.addAll(new Programme(PROGRAMME, Dimension.GOV, Optional.of(SubDimension.GOV_BIROKRASI), List.of(),
                "Satu Data Banggai", List.of("Kajian kebutuhan"), Programme.Horizon.MEDIUM, "Diskominfo",
                List.of("Bappeda"), FundingSource.APBD, 2_400_000_000L, "Misi 2 RPJMD", 0, OptionalInt.of(36), "")
                .toEdits());
        edits.addAll(new Participant(PERSON, "Budi Santoso", "197805122003121004", "Kepala Bidang", "Dinas Kominfo",
                Participant.Unsur.OPD, "GOV", "081234567890", "").toEdits());
        return edits;
    }

    /** Every laptop's clock reads this time on 7 December 2026 (WITA) until the next call. */
    private void at(int hour, int minute) {
        now.set(LocalDateTime.of(2026, 12, 7, hour, minute).atZone(WITA).toInstant().toEpochMilli());
    }

    private Hlc clock() {
        return new Hlc(now::get);
    }
}

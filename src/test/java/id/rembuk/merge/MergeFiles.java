package id.rembuk.merge;

import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.store.SessionFile;
import id.rembuk.store.SessionLibrary;
import id.rembuk.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A master with a card and a participant, and the groups' files made from it as the app makes them. */
final class MergeFiles {
    static final String CARD = "card-1";
    static final String PERSON = "person-1";

    private final Path dir;
    final UUID sessionId = UUID.randomUUID();
    final Path master;

    MergeFiles(Path dir) throws Exception {
        this.dir = dir;
        this.master = dir.resolve("master.mv.db");
        try (SessionFile s = SessionFile.create(master, sessionId, "Laptop fasilitator")) {
            s.apply(Action.of("Tambah kartu", Edit.set("swot_item", CARD, "text", "Jaringan internet belum merata"),
                    Edit.set("swot_item", CARD, "quadrant", "W")));
            s.apply(Action.of("Tambah peserta", Edit.set("participant", PERSON, "name", "Budi Santoso"),
                    Edit.set("participant", PERSON, "institution", "Dinas Kominfo")));
        }
    }

    /** A fresh copy of the master to merge into, so every test starts from the same file. */
    Path masterCopy(String name) throws Exception {
        return Files.copy(master, dir.resolve(name + ".mv.db"));
    }

    /** The group's file as "prepare group files" writes it, then opened on the group's laptop and edited. */
    Path groupFile(String code, Edit... edits) throws Exception {
        Path packed;
        try (SessionFile s = SessionFile.open(master, true)) {
            packed = SessionLibrary.groupCopy(s, code, "Kelompok " + code, dir.resolve("pack-" + code + ".rembuk"));
        }
        // H2 opens only files named .mv.db: the laptop's working copy
        Path working = Files.copy(packed, dir.resolve(code + "-" + UUID.randomUUID() + ".mv.db"));
        if (edits.length > 0) {
            try (SessionFile s = SessionFile.open(working)) {
                s.apply(new Action("Ubah di kelompok " + code, java.util.List.of(edits)));
            }
        }
        return working;
    }

    static MergeReport merge(Path master, Merger.Options options, Path... files) throws StoreException {
        try (SessionFile s = SessionFile.open(master)) {
            return Merger.merge(s, java.util.List.of(files), options, Merger.Backup.NONE, Merger.Progress.NONE);
        }
    }
}

package id.rembuk.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.change.Conflicts;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.merge.MergeReport.Outcome;
import id.rembuk.report.json.SessionJsonCodec;
import id.rembuk.store.SessionFile;
import id.rembuk.store.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging real group files into real masters: order, repetition, conflicts, refusals, backups. */
class MergerTest {
    @TempDir
    Path dir;
    MergeFiles files;

    @BeforeEach
    void setUp() throws Exception {
        Messages.setLocale(Messages.INDONESIAN);
        files = new MergeFiles(dir);
    }

    private record Result(long digest, int changes, Object state, List<Conflicts.Conflict> conflicts) {
    }

    private static Result read(Path master) throws Exception {
        try (SessionFile s = SessionFile.open(master, true)) {
            return new Result(s.digest(), s.changeCount(), s.state(), Conflicts.of(s.state()));
        }
    }

    @Test
    void aGroupFileIsTheSameSessionWithItsOwnLaptopAndGroup() throws Exception {
        Path gov = files.groupFile("GOV");
        try (SessionFile master = SessionFile.open(files.master, true); SessionFile g = SessionFile.open(gov, true)) {
            assertThat(g.sessionId()).isEqualTo(master.sessionId());
            assertThat(g.state()).isEqualTo(master.state());
            assertThat(g.replicaId()).isNotEqualTo(master.replicaId());
            assertThat(g.replicas()).containsEntry(g.replicaId(), "Kelompok GOV");
            assertThat(g.group()).contains("GOV");
            assertThat(master.group()).isEmpty();
        }
    }

    @Test
    void groupsEditsMergeBackWithTheSameResultInAnyOrderAndAnyRepetition() throws Exception {
        Path gov = files.groupFile("GOV", Edit.set("swot_item", "gov-1", "text", "Layanan SPBE belum terpadu"),
                Edit.set("swot_item", MergeFiles.CARD, "text", "Jaringan belum merata di 4 kecamatan"));
        Path eco = files.groupFile("ECO", Edit.set("swot_item", "eco-1", "text", "UMKM belum go digital"),
                Edit.set("swot_item", MergeFiles.CARD, "text", "Internet lambat di pasar"));
        Path soc = files.groupFile("SOC", Edit.set("participant", MergeFiles.PERSON, "name", "Budi Santoso, S.Kom"));

        MergeReport first = MergeFiles.merge(files.masterCopy("a"), Merger.Options.MERGE, gov, eco, soc);
        MergeFiles.merge(files.masterCopy("b"), Merger.Options.MERGE, soc, eco, gov, eco);
        Path c = files.masterCopy("c");
        MergeFiles.merge(c, Merger.Options.MERGE, eco);
        MergeFiles.merge(c, Merger.Options.MERGE, soc, gov);
        MergeFiles.merge(c, Merger.Options.MERGE, gov, soc, eco);

        Result a = read(dir.resolve("a.mv.db"));
        assertThat(read(dir.resolve("b.mv.db"))).isEqualTo(a);
        assertThat(read(c)).isEqualTo(a);
        // the card edited by two groups without seeing each other: both texts kept, side by side
        assertThat(a.conflicts()).singleElement().isInstanceOfSatisfying(Conflicts.FieldConflict.class,
                f -> assertThat(f.field().heads()).extracting(h -> h.value())
                        .containsExactlyInAnyOrder("Jaringan belum merata di 4 kecamatan", "Internet lambat di pasar"));
        assertThat(first.files()).extracting(MergeReport.FileReport::outcome).containsOnly(Outcome.MERGED);
        assertThat(first.files().get(0).newItems()).isEqualTo(Map.of("swot_item", 1));
        assertThat(first.files().get(0).writers()).containsOnlyKeys("Kelompok GOV");
        assertThat(first.files()).extracting(MergeReport.FileReport::conflicts).containsExactly(0, 1, 0);
        assertThat(first.conflictsBefore()).isZero();
        assertThat(first.conflictsAfter()).isEqualTo(1);
    }

    @Test
    void mergingAFileAgainChangesNothingAndTakesNoBackup() throws Exception {
        Path gov = files.groupFile("GOV", Edit.set("swot_item", "gov-1", "text", "Layanan SPBE belum terpadu"));
        Path m = files.masterCopy("m");
        AtomicInteger backups = new AtomicInteger();
        Merger.Backup counting = () -> {
            backups.incrementAndGet();
            return dir.resolve("backup");
        };
        MergeReport once;
        MergeReport twice;
        try (SessionFile s = SessionFile.open(m)) {
            once = Merger.merge(s, List.of(gov), Merger.Options.MERGE, counting, Merger.Progress.NONE);
        }
        Result after = read(m);
        try (SessionFile s = SessionFile.open(m)) {
            twice = Merger.merge(s, List.of(gov, gov), Merger.Options.MERGE, counting, Merger.Progress.NONE);
        }
        assertThat(read(m)).isEqualTo(after);
        assertThat(once.added()).isEqualTo(1);
        assertThat(once.backup()).contains(dir.resolve("backup"));
        assertThat(twice.added()).isZero();
        assertThat(twice.backup()).isEmpty();
        assertThat(twice.files()).extracting(MergeReport.FileReport::outcome)
                .containsExactly(Outcome.NOTHING_NEW, Outcome.NOTHING_NEW);
        assertThat(backups).hasValue(1);
    }

    @Test
    void deletedOnOneLaptopWhileEditedOnAnotherIsAConflict() throws Exception {
        Path gov = files.groupFile("GOV", Edit.delete("swot_item", MergeFiles.CARD));
        Path eco = files.groupFile("ECO", Edit.set("swot_item", MergeFiles.CARD, "text", "Internet lambat di pasar"));
        Path m = files.masterCopy("m");
        MergeReport r = MergeFiles.merge(m, Merger.Options.MERGE, gov, eco);
        assertThat(r.conflictsAfter()).isEqualTo(1);
        assertThat(read(m).conflicts()).singleElement().isInstanceOfSatisfying(Conflicts.DeleteConflict.class,
                d -> assertThat(d.unseenEdits()).extracting(h -> h.value()).containsExactly("Internet lambat di pasar"));
        // a later deletion on a laptop that has seen the edit settles it, and merges like any edit
        try (SessionFile s = SessionFile.open(m)) {
            s.apply(id.rembuk.domain.change.Action.of("Tetap hapus", Edit.delete("swot_item", MergeFiles.CARD)));
            assertThat(Conflicts.of(s.state())).isEmpty();
        }
    }

    @Test
    void aDryRunReportsTheSameButChangesNothing() throws Exception {
        Path gov = files.groupFile("GOV", Edit.set("swot_item", "gov-1", "text", "Layanan SPBE belum terpadu"));
        Path m = files.masterCopy("m");
        Result before = read(m);
        MergeReport dry = MergeFiles.merge(m, Merger.Options.DRY_RUN, gov);
        assertThat(read(m)).isEqualTo(before);
        MergeReport real = MergeFiles.merge(m, Merger.Options.MERGE, gov);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.files()).isEqualTo(real.files());
        assertThat(dry.added()).isEqualTo(real.added());
    }

    @Test
    void aJsonExportMergesExactlyLikeTheSessionFile() throws Exception {
        Path gov = files.groupFile("GOV", Edit.set("swot_item", "gov-1", "text", "Layanan SPBE belum terpadu"));
        Path json = dir.resolve("gov.json");
        try (SessionFile s = SessionFile.open(gov, true)) {
            Files.write(json, SessionJsonCodec.toBytes(SessionJsonCodec.export(s)));
        }
        Path a = files.masterCopy("a");
        Path b = files.masterCopy("b");
        MergeFiles.merge(a, Merger.Options.MERGE, gov);
        MergeReport viaJson = MergeFiles.merge(b, Merger.Options.MERGE, json);
        assertThat(read(b)).isEqualTo(read(a));
        assertThat(viaJson.files().get(0).outcome()).isEqualTo(Outcome.MERGED);
    }

    @Test
    void aDamagedFileIsRefusedWholeAndTheOthersStillMerge() throws Exception {
        Path gov = files.groupFile("GOV", Edit.set("swot_item", "gov-1", "text", "Layanan SPBE belum terpadu"));
        Path eco = files.groupFile("ECO", Edit.set("swot_item", "eco-1", "text", "UMKM belum go digital"));
        Path cut = dir.resolve("terpotong.mv.db");
        byte[] bytes = Files.readAllBytes(eco);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String cutBefore = TestFiles.sha256(cut);
        String govBefore = TestFiles.sha256(gov);
        Path m = files.masterCopy("m");
        MergeReport r = MergeFiles.merge(m, Merger.Options.MERGE, cut, gov);
        assertThat(r.files().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.files().get(0).problem()).hasValueSatisfying(p -> assertThat(p).contains(cut.toString()));
        assertThat(r.files().get(1).outcome()).isEqualTo(Outcome.MERGED);
        assertThat(r.anyRefused()).isTrue();
        try (SessionFile s = SessionFile.open(m, true)) {
            assertThat(s.state().get("swot_item", "eco-1")).isEmpty();
            assertThat(s.state().get("swot_item", "gov-1")).isPresent();
        }
        assertThat(TestFiles.sha256(cut)).isEqualTo(cutBefore);
        assertThat(TestFiles.sha256(gov)).isEqualTo(govBefore);
    }

    @Test
    void aFileOfAnotherSessionIsSkippedUnlessTheUserAgrees() throws Exception {
        Path other = TestFiles.session(dir.resolve("lain.mv.db"), 2);
        Path m = files.masterCopy("m");
        Result before = read(m);
        MergeReport skipped = MergeFiles.merge(m, Merger.Options.MERGE, other);
        assertThat(skipped.files()).singleElement().extracting(MergeReport.FileReport::outcome)
                .isEqualTo(Outcome.OTHER_SESSION);
        assertThat(skipped.anyOtherSession()).isTrue();
        assertThat(read(m)).isEqualTo(before);
        MergeReport merged = MergeFiles.merge(m, new Merger.Options(false, true), other);
        assertThat(merged.files().get(0).outcome()).isEqualTo(Outcome.MERGED);
        assertThat(merged.files().get(0).newItems()).isEqualTo(Map.of("participant", 2));
    }

    @Test
    void aPlantedTriggerNeverRunsAndItsFileIsRefused() throws Exception {
        Path marker = dir.resolve("marker");
        Path evil = files.groupFile("GOV", Edit.set("swot_item", "gov-1", "text", "x"));
        TestFiles.plant(evil, TestFiles.triggerWritingMarker("change_log", marker),
                TestFiles.aliasWritingMarker(marker));
        Files.deleteIfExists(marker);
        Path m = files.masterCopy("m");
        MergeReport r = MergeFiles.merge(m, Merger.Options.MERGE, evil);
        assertThat(r.files().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.files().get(0).problem().orElseThrow()).contains(evil.toString());
        assertThat(marker).doesNotExist();
        try (SessionFile s = SessionFile.open(m, true)) {
            assertThat(s.state().get("swot_item", "gov-1")).isEmpty();
        }
    }

    @Test
    void aFileOpenInThisProgramIsRefusedWithCloseItFirst() throws Exception {
        Path gov = files.groupFile("GOV", Edit.set("swot_item", "gov-1", "text", "x"));
        Path m = files.masterCopy("m");
        try (SessionFile open = SessionFile.open(gov)) {
            MergeReport r = MergeFiles.merge(m, Merger.Options.MERGE, gov);
            assertThat(r.files().get(0).outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(r.files().get(0).problem().orElseThrow())
                    .isEqualTo(new id.rembuk.store.StoreException(id.rembuk.store.Problem.LOCKED, gov.toString())
                            .userMessage());
        }
        try (SessionFile s = SessionFile.open(m)) {
            MergeReport self = Merger.merge(s, List.of(m), Merger.Options.MERGE, Merger.Backup.NONE,
                    Merger.Progress.NONE);
            assertThat(self.files().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        }
    }

    @Test
    void progressCountsFilesAndACancelBeforeWritingLeavesTheMasterAsItWas() throws Exception {
        Path gov = files.groupFile("GOV", Edit.set("swot_item", "gov-1", "text", "x"));
        Path eco = files.groupFile("ECO", Edit.set("swot_item", "eco-1", "text", "y"));
        Path m = files.masterCopy("m");
        Result before = read(m);
        List<String> steps = java.util.Collections.synchronizedList(new ArrayList<>());
        try (SessionFile s = SessionFile.open(m)) {
            Merger.merge(s, List.of(gov, eco), Merger.Options.DRY_RUN, Merger.Backup.NONE,
                    (done, total, file) -> steps.add(done + "/" + total + (file == null ? "" : " " + file.getFileName())));
            assertThatThrownBy(() -> Merger.merge(s, List.of(gov, eco), Merger.Options.MERGE, Merger.Backup.NONE,
                    new Merger.Progress() {
                        private int calls;

                        @Override
                        public void update(int done, int total, Path file) {
                            calls++;
                        }

                        @Override
                        public boolean cancelled() {
                            return calls >= 2;
                        }
                    })).isInstanceOf(CancellationException.class);
        }
        // the two files are checked side by side: each is announced once, before the writing step
        assertThat(steps).hasSize(4);
        assertThat(steps.subList(0, 2)).allMatch(s -> s.matches("[01]/3 .*"))
                .anyMatch(s -> s.endsWith(gov.getFileName().toString()))
                .anyMatch(s -> s.endsWith(eco.getFileName().toString()));
        assertThat(steps.subList(2, 4)).containsExactly("2/3", "3/3");
        assertThat(read(m)).isEqualTo(before);
    }
}

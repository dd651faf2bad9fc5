package id.rembuk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.GapItem;
import id.rembuk.domain.Indicator;
import id.rembuk.domain.Keyword;
import id.rembuk.domain.Readiness;
import id.rembuk.domain.ReadinessIndicator;
import id.rembuk.domain.ReadinessScore;
import id.rembuk.domain.Records;
import id.rembuk.domain.Strategy;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.Vision;
import id.rembuk.domain.Vote;
import id.rembuk.domain.VoteTally;
import id.rembuk.report.json.SessionJsonCodec;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.report.json.SessionImport;
import id.rembuk.store.SessionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleTest {
    private static final Path SAMPLE = Path.of("samples", "banggai-tahap1.json");

    @TempDir
    Path dir;

    @Test
    void theCommittedSampleIsExactlyWhatTheGeneratorWrites() throws Exception {
        // if this fails, run SampleGenerator's main and commit the result
        assertThat(new String(SampleGenerator.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(SAMPLE));
    }

    @Test
    void theSampleImportsIntoARealisticTahapOneSession() throws Exception {
        Path file = dir.resolve("banggai.mv.db");
        SessionImport.run(SAMPLE, file, false, "Uji");
        try (SessionFile s = SessionFile.open(file, true)) {
            assertThat(s.verify().ok()).isTrue();
            SessionState state = s.state();
            SessionInfo info = SessionInfo.from(state, s.sessionId()).orElseThrow();
            assertThat(info.sample()).isTrue();
            assertThat(info.region()).contains("Banggai", "(CONTOH)");
            assertThat(info.province()).isEqualTo("Sulawesi Tengah");
            assertThat(info.stage()).isEqualTo(Stage.I);
            assertThat(info.days()).containsExactly(LocalDate.of(2022, 6, 16), LocalDate.of(2022, 6, 17));
            assertThat(info.venue()).contains("Ruang Rapat Khusus Kantor Bupati Banggai", "Luwuk");
            assertThat(String.join(";", info.experts())).contains("Lukito Edi Nugroho", "Nunug Dwi Retnandari");
            assertThat(String.join(";", info.facilitators())).contains("Rossi Adi Nugroho");
            assertThat(state.conflicts()).isEmpty();

            List<EntityState> people = state.live("participant").toList();
            assertThat(people).hasSize(80);
            Map<String, Long> byUnsur = people.stream()
                    .collect(Collectors.groupingBy(p -> p.getOr("unsur", ""), Collectors.counting()));
            assertThat(byUnsur).containsEntry("OPD", 30L).containsEntry("DEWAN_SMART_CITY", 20L);
            assertThat(people.stream().map(p -> p.getOr("name", "")).distinct()).hasSize(80);
            for (EntityState p : people) {
                String nip = p.getOr("nip", "");
                boolean civil = Set.of("OPD", "DEWAN_SMART_CITY").contains(p.getOr("unsur", ""));
                assertThat(nip).as(p.getOr("name", "")).matches(civil ? "(19[6-9][0-9])[01][0-9][0-3][0-9](19|20)[0-9]{2}[01][0-9][12][0-9]{3}" : "");
                assertThat(p.getOr("phone", "")).matches("08[0-9]{9,10}");
                assertThat(Dimension.ofCode(p.getOr("group", ""))).isPresent();
            }
            assertThat(state.all().values().stream()
                    .filter(e -> e.key().kind().equals("participant") && e.deleted())).hasSize(1);

            assertThat(state.live("group").map(g -> g.key().id())).containsExactlyInAnyOrder(
                    "GOV", "BRD", "ECO", "LIV", "SOC", "ENV");
            List<EntityState> agenda = state.live("agenda_item").toList();
            assertThat(agenda.stream().map(a -> a.getOr("day", "")).distinct()).containsExactlyInAnyOrder("1", "2");
            assertThat(agenda.stream().filter(a -> a.getOr("day", "").equals("1")).map(a -> a.getOr("start", "")))
                    .contains("08:00", "08:30", "12:00", "15:30");
            assertThat(agenda.stream().map(a -> a.getOr("title", ""))).anyMatch(t -> t.contains("ISHOMA"))
                    .anyMatch(t -> t.contains("SWOT"));

            String readiness = state.live("readiness_indicator").map(r -> r.getOr("text", "")).collect(
                    Collectors.joining("\n")) + state.live("readiness_score").map(r -> r.getOr("condition", ""))
                    .collect(Collectors.joining("\n"));
            assertThat(readiness).contains("1,5", "17 OPD", "16 OPD dan 8 kecamatan", "Wifi publik", "6 titik", "146",
                    "Tugu Adipura", "Taman Anti Narkoba");
            assertThat(state.live("note").map(n -> n.getOr("text", "")))
                    .contains("Terwujudnya Banggai Maju, Mandiri dan Sejahtera Berbasis Kearifan Lokal");
        }
    }

    @Test
    void twoGroupsCarriedTheirWorkFromReadinessToTheVision() throws Exception {
        SessionState state = SessionState.fold(SessionJsonCodec.read(SAMPLE).changes());
        for (EntityKind k : EntityKind.values()) {
            Records.reader(k).ifPresent(reader -> assertThat(Records.read(state, k, reader).unreadable())
                    .as(k.code()).isEmpty());
        }
        List<ReadinessIndicator> indicators = Records.read(state, EntityKind.READINESS_INDICATOR,
                ReadinessIndicator::from).records();
        Readiness readiness = new Readiness(indicators,
                Records.read(state, EntityKind.READINESS_SCORE, ReadinessScore::from).records());
        List<GapItem> gaps = Records.read(state, EntityKind.GAP_ITEM, GapItem::from).records();
        List<SwotItem> cards = Records.read(state, EntityKind.SWOT_ITEM, SwotItem::from).records();
        List<Vote> votes = Records.read(state, EntityKind.VOTE, Vote::from).records();
        List<Strategy> strategies = Records.read(state, EntityKind.STRATEGY, Strategy::from).records();
        Map<String, SwotItem> byId = cards.stream().collect(Collectors.toMap(SwotItem::id, c -> c));
        for (Dimension d : List.of(Dimension.GOV, Dimension.SOC)) {
            for (Element e : List.of(Element.STRUKTUR, Element.INFRASTRUKTUR, Element.SUPRASTRUKTUR)) {
                assertThat(readiness.cell(d, e).percent()).as(d + " " + e).isPresent();
            }
            assertThat(gaps).filteredOn(g -> g.dimension() == d).hasSizeGreaterThanOrEqualTo(2);
            List<SwotItem> board = cards.stream().filter(c -> c.dimension().equals(java.util.Optional.of(d))).toList();
            assertThat(board.stream().map(SwotItem::quadrant).distinct()).hasSize(4);
            assertThat(board).anyMatch(c -> !c.onBoard()).anyMatch(c -> !c.cluster().isEmpty())
                    .anyMatch(c -> !c.source().isEmpty());
            assertThat(VoteTally.tally(votes.stream().filter(v -> board.contains(byId.get(v.swotItemId()))).toList(), 1))
                    .isNotEmpty();
            List<Strategy> own = strategies.stream().filter(s -> s.dimension() == d).toList();
            assertThat(own).hasSizeGreaterThanOrEqualTo(3);
            own.forEach(s -> assertThat(s.misfits(byId)).as(s.text()).isEmpty());
        }
        assertThat(cards).anyMatch(c -> c.element().isPresent() && c.dimension().isEmpty());
        assertThat(Records.read(state, EntityKind.VISION, Vision::from).records()).filteredOn(Vision::adopted).hasSize(1);
        assertThat(Records.read(state, EntityKind.KEYWORD, Keyword::from).records()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(Records.read(state, EntityKind.INDICATOR, Indicator::from).records())
                .anyMatch(i -> i.targetFor(5).isPresent() && !i.baseline().isEmpty());
    }

    @Test
    void everyDimensionHasScoredProgrammesOneQuickWinAndARoadmap() throws Exception {
        SessionState state = SessionState.fold(SessionJsonCodec.read(SAMPLE).changes());
        id.rembuk.plan.Portfolio p = id.rembuk.plan.Portfolio.of(state);
        for (Dimension d : Dimension.values()) {
            List<id.rembuk.plan.Portfolio.Entry> own = p.inDimension(d);
            assertThat(own).as(d.code()).hasSizeGreaterThanOrEqualTo(2)
                    .allMatch(e -> e.aggregate().scorers() == 2 && e.position().isPresent());
            assertThat(own.stream().filter(id.rembuk.plan.Portfolio.Entry::chosen)).as(d.code()).hasSize(1)
                    .allMatch(e -> !e.quickWin().orElseThrow().reason().isBlank());
        }
        // every chosen quick win sits in the quick-win quadrant and keeps the method's rules
        assertThat(p.quickWins()).hasSize(6);
        p.programmes().stream().filter(id.rembuk.plan.Portfolio.Entry::chosen).forEach(e -> {
            assertThat(e.quadrant()).as(e.ref()).contains(id.rembuk.domain.QuickWinGrid.Quadrant.QUICK_WIN);
            assertThat(e.broken()).as(e.ref()).isEmpty();
        });
        assertThat(p.programmes()).filteredOn(e -> e.nudge().isPresent()).hasSize(1);
        assertThat(p.programmes()).extracting(e -> e.quadrant().orElseThrow()).contains(
                id.rembuk.domain.QuickWinGrid.Quadrant.values());
        assertThat(p.quickWins()).filteredOn(q -> !q.steps().isEmpty() && !q.targets().isEmpty()).hasSize(2);
        var phases = Records.read(state, EntityKind.ROADMAP_PHASE, id.rembuk.domain.RoadmapPhase::from).records();
        assertThat(phases.stream().map(id.rembuk.domain.RoadmapPhase::programmeId).distinct())
                .hasSize(p.programmes().size());
        assertThat(Records.read(state, EntityKind.ACTION_ITEM, id.rembuk.domain.ActionItem::from).records())
                .filteredOn(a -> !a.programmeId().isEmpty() && a.period().isPresent()).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void infoOnTheImportedSampleShowsItsCounts() throws Exception {
        Path file = dir.resolve("contoh.rembuk");
        CliRun im = CliRun.of("import-json", SAMPLE.toString(), file.toString());
        assertThat(im.code()).as(im.err()).isZero();
        CliRun info = CliRun.of("info", file.toString());
        assertThat(info.out()).contains("DATA CONTOH", "Kabupaten Banggai (CONTOH)")
                .containsPattern("Peserta\\s+80\\n").containsPattern("Kelompok\\s+6\\n")
                .containsPattern("Mata acara\\s+17\\n");
        assertThat(CliRun.of("check", file.toString()).code()).isZero();
    }
}

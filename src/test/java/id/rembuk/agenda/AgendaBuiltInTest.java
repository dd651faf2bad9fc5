package id.rembuk.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.domain.AgendaItem.Kind;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.Group;
import id.rembuk.domain.Stage;
import java.io.InputStream;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The four rundowns that come with Rembuk follow the method and fill their planned hours exactly. */
class AgendaBuiltInTest {
    private static final List<String> SIX_GROUPS = Arrays.stream(Dimension.values()).map(Group::idFor).toList();

    private static Stream<AgendaTemplate.Block> blocks(AgendaTemplate t) {
        return t.days().stream().flatMap(d -> d.blocks().stream());
    }

    private static List<String> titles(AgendaTemplate.Day d, Kind kind) {
        return d.blocks().stream().filter(b -> b.kind() == kind).map(AgendaTemplate.Block::title).toList();
    }

    @Test
    void theFourTemplatesLoadOnePerStage() {
        assertThat(AgendaTemplates.builtIns()).hasSize(4);
        for (Stage s : Stage.values()) {
            AgendaTemplate t = AgendaTemplates.builtIn(s);
            assertThat(t.stage()).contains(s);
            assertThat(t.name()).startsWith("Tahap " + s.name() + ":");
            assertThat(t.description()).isNotBlank();
        }
    }

    @Test
    void theResourcesAreMarkedAsTemplatesOfFormatOne() throws Exception {
        for (Stage s : Stage.values()) {
            try (InputStream in = AgendaTemplates.class.getResourceAsStream(AgendaTemplates.resource(s))) {
                assertThat(in).as(AgendaTemplates.resource(s)).isNotNull();
                var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
                assertThat(root.get("kind").asText()).isEqualTo("rembuk-agenda-template");
                assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void eachDayTilesItsPlannedHoursAndTheDaysAddUp(Stage stage) {
        AgendaTemplate t = AgendaTemplates.builtIn(stage);
        assertThat(t.days()).extracting(AgendaTemplate.Day::number).containsExactly(1, 2);
        for (AgendaTemplate.Day d : t.days()) {
            assertThat(d.start()).as("day %d", d.number()).isEqualTo(LocalTime.of(8, 0));
            assertThat(d.end()).as("day %d", d.number()).isEqualTo(LocalTime.of(16, 0));
            assertThat(d.plannedMinutes()).isEqualTo(480);
            assertThat(d.blockMinutes()).as("day %d", d.number()).isEqualTo(480);
            assertThat(d.tilesExactly()).as("day %d: no gap, no overlap", d.number()).isTrue();
        }
        assertThat(t.plannedMinutes()).isEqualTo(960);
        assertThat(blocks(t).mapToInt(AgendaTemplate.Block::durationMinutes).sum()).isEqualTo(960);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void eachDayHasTheRundownOfABimtek(Stage stage) {
        for (AgendaTemplate.Day d : AgendaTemplates.builtIn(stage).days()) {
            AgendaTemplate.Block first = d.blocks().get(0);
            assertThat(first.kind()).isEqualTo(Kind.REGISTRATION);
            assertThat(first.title()).isEqualTo("Registrasi peserta");
            assertThat(d.blocks()).anySatisfy(b -> {
                assertThat(b.title()).isEqualTo("ISHOMA");
                assertThat(b.kind()).isEqualTo(Kind.BREAK);
                assertThat(b.start()).isEqualTo(LocalTime.of(12, 0));
            });
        }
        AgendaTemplate.Day day1 = AgendaTemplates.builtIn(stage).days().get(0);
        assertThat(day1.blocks().get(1).title()).isEqualTo("Pembukaan: laporan panitia, sambutan Bupati/Sekda, doa");
        AgendaTemplate.Day day2 = AgendaTemplates.builtIn(stage).days().get(1);
        AgendaTemplate.Block last = day2.blocks().get(day2.blocks().size() - 1);
        assertThat(last.kind()).isEqualTo(Kind.CEREMONY);
        assertThat(last.title()).isEqualTo("Penutupan dan penandatanganan berita acara");
        assertThat(last.expectedOutput()).contains("Berita acara Tahap " + stage.name());
        assertThat(last.end()).isEqualTo(LocalTime.of(16, 0));
        assertThat(titles(day2, Kind.PLENARY)).contains("Kesepakatan pleno dan tindak lanjut");
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyFgdBlockNamesTheSixDimensionGroupsAndTheirTask(Stage stage) {
        List<AgendaTemplate.Block> fgd = blocks(AgendaTemplates.builtIn(stage)).filter(b -> b.kind() == Kind.FGD).toList();
        assertThat(fgd).isNotEmpty();
        for (AgendaTemplate.Block b : fgd) {
            assertThat(b.groups()).as(b.title()).containsExactlyElementsOf(SIX_GROUPS);
            assertThat(b.title()).startsWith("FGD kelompok per dimensi: ");
            assertThat(b.expectedOutput()).as(b.title()).hasSizeGreaterThan(40);
        }
        // everyone else is in the room together
        assertThat(blocks(AgendaTemplates.builtIn(stage)).filter(b -> b.kind() != Kind.FGD))
                .allSatisfy(b -> assertThat(b.groups()).isEmpty());
    }

    @Test
    void tahapIHasTalksOnDayOneAndReadinessSwotPerElementAndPrioritiesOnDayTwo() {
        AgendaTemplate t = AgendaTemplates.builtIn(Stage.I);
        assertThat(titles(t.days().get(0), Kind.TALK)).hasSize(3);
        assertThat(titles(t.days().get(0), Kind.FGD)).isEmpty();
        assertThat(titles(t.days().get(1), Kind.FGD)).satisfiesExactly(
                a -> assertThat(a).contains("kesiapan dan kesenjangan"),
                b -> assertThat(b).endsWith("SWOT per elemen"),
                c -> assertThat(c).contains("prioritas pembangunan"));
    }

    @Test
    void tahapIITurnsSwotPerDimensionIntoStrategiesProgrammesAndAQuickWinShortlist() {
        AgendaTemplate t = AgendaTemplates.builtIn(Stage.II);
        assertThat(titles(t.days().get(0), Kind.PLENARY)).anyMatch(s -> s.contains("visi dan misi"));
        assertThat(titles(t.days().get(0), Kind.FGD)).containsExactly("FGD kelompok per dimensi: SWOT per dimensi");
        assertThat(titles(t.days().get(1), Kind.FGD)).satisfiesExactly(
                a -> assertThat(a).contains("SO, ST, WO dan WT"),
                b -> assertThat(b).contains("program per dimensi"),
                c -> assertThat(c).contains("quick win"));
    }

    @Test
    void tahapIIIPlansProgrammesAndTheRoadmapThenNextYearsQuickWins() {
        AgendaTemplate t = AgendaTemplates.builtIn(Stage.III);
        assertThat(titles(t.days().get(0), Kind.FGD)).satisfiesExactly(
                a -> assertThat(a).contains("(1 tahun)", "(5 tahun)", "(10 tahun)"),
                b -> assertThat(b).contains("roadmap"));
        assertThat(titles(t.days().get(1), Kind.FGD)).contains("FGD kelompok per dimensi: quick win 1 tahun");
    }

    @Test
    void tahapIVReviewsPresentsQuickWinsFinalisesAndSignsTheCommitmentSheet() {
        AgendaTemplate t = AgendaTemplates.builtIn(Stage.IV);
        assertThat(titles(t.days().get(0), Kind.TALK)).anyMatch(s -> s.contains("roadmap"));
        assertThat(titles(t.days().get(0), Kind.FGD)).anyMatch(s -> s.contains("bab per bab"));
        assertThat(titles(t.days().get(1), Kind.PLENARY))
                .anyMatch(s -> s.contains("quick win oleh OPD"))
                .anyMatch(s -> s.startsWith("Finalisasi"));
        assertThat(titles(t.days().get(1), Kind.CEREMONY)).anyMatch(s -> s.contains("lembar komitmen"));
    }
}

package id.rembuk.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.AgendaItem.Kind;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Stage;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgendaTemplateTest {
    private static AgendaTemplate.Block block(String start, int minutes, String title) {
        return new AgendaTemplate.Block(LocalTime.parse(start), minutes, title, Kind.TALK, "", List.of(), "");
    }

    @Test
    void toItemsGivesFreshIdsEachTimeAndARunningOrder() {
        AgendaTemplate t = AgendaTemplates.builtIn(Stage.II);
        List<AgendaItem> a = t.toItems();
        List<AgendaItem> b = t.toItems();
        assertThat(a).hasSize(t.blockCount());
        assertThat(a).allSatisfy(i -> assertThat(UUID.fromString(i.id()).version()).isEqualTo(4));
        HashSet<String> ids = new HashSet<>();
        a.forEach(i -> ids.add(i.id()));
        b.forEach(i -> ids.add(i.id()));
        assertThat(ids).as("no id repeats, within one call or across two").hasSize(2 * t.blockCount());
        assertThat(a).extracting(AgendaItem::order).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, a.size()).boxed().toList());
        AgendaItem fgd = a.stream().filter(i -> i.type() == Kind.FGD).findFirst().orElseThrow();
        assertThat(fgd.day()).isEqualTo(1);
        assertThat(fgd.groups()).containsExactly("GOV", "BRD", "ECO", "LIV", "SOC", "ENV");
        assertThat(fgd.expectedOutput()).contains("SWOT");
        assertThat(a.get(a.size() - 1).day()).isEqualTo(2);
        assertThat(a.get(a.size() - 1).end()).isEqualTo(LocalTime.of(16, 0));
    }

    @Test
    void aSessionsItemsInAnyOrderBecomeTheTemplateTheyCameFrom() {
        for (AgendaTemplate t : AgendaTemplates.builtIns()) {
            List<AgendaItem> items = new ArrayList<>(t.toItems());
            Collections.shuffle(items, new Random(7));
            AgendaTemplate back = AgendaTemplate.fromItems(t.name(), t.stage(), items);
            assertThat(back.withDescription(t.description())).isEqualTo(t);
            assertThat(back.description()).isEmpty();
        }
    }

    @Test
    void blocksThatStartTogetherKeepTheirOrder() {
        List<AgendaItem> items = List.of(
                new AgendaItem("b", 1, LocalTime.of(9, 0), 60, "Kelompok B", Kind.FGD, "", List.of("ECO"), "", 2),
                new AgendaItem("a", 1, LocalTime.of(9, 0), 60, "Kelompok A", Kind.FGD, "", List.of("GOV"), "", 1));
        AgendaTemplate t = AgendaTemplate.fromItems("Paralel", Optional.empty(), items);
        assertThat(t.days().get(0).blocks()).extracting(AgendaTemplate.Block::title)
                .containsExactly("Kelompok A", "Kelompok B");
        assertThat(t.days().get(0).tilesExactly()).as("parallel blocks overlap").isFalse();
        assertThat(t.toItems()).extracting(AgendaItem::title, AgendaItem::order)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kelompok A", 1),
                        org.assertj.core.groups.Tuple.tuple("Kelompok B", 2));
    }

    @Test
    void fromItemsPlansEachDayFromItsFirstStartToItsLatestEnd() {
        List<AgendaItem> items = List.of(
                new AgendaItem("1", 1, LocalTime.of(13, 0), 30, "Siang", Kind.TALK, "", List.of(), "", 0),
                new AgendaItem("2", 1, LocalTime.of(9, 0), 240, "Pagi panjang", Kind.FGD, "", List.of(), "", 0),
                new AgendaItem("3", 1, LocalTime.of(9, 30), 30, "Sisipan", Kind.TALK, "", List.of(), "", 0),
                new AgendaItem("4", 3, LocalTime.of(23, 0), 60, "Sampai tengah malam", Kind.CEREMONY, "", List.of(), "", 0));
        AgendaTemplate t = AgendaTemplate.fromItems("Celah", Optional.of(Stage.III), items);
        AgendaTemplate.Day d1 = t.days().get(0);
        assertThat(d1.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(d1.end()).isEqualTo(LocalTime.of(13, 30));
        assertThat(d1.plannedMinutes()).isEqualTo(270);
        assertThat(d1.blockMinutes()).isEqualTo(300);
        assertThat(d1.tilesExactly()).isFalse();
        AgendaTemplate.Day d3 = t.days().get(1);
        assertThat(d3.number()).isEqualTo(3);
        assertThat(d3.end()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(d3.endMinute()).isEqualTo(24 * 60);
        assertThat(d3.tilesExactly()).isTrue();
        assertThat(t.plannedMinutes()).isEqualTo(330);
    }

    @Test
    void anEmptyAgendaIsNoTemplate() {
        assertThatThrownBy(() -> AgendaTemplate.fromItems("Kosong", Optional.empty(), List.of()))
                .isInstanceOfSatisfying(InvalidTemplate.class,
                        e -> assertThat(e.userMessage()).contains("masih kosong"));
    }

    @Test
    void blocksFollowTheRulesOfAgendaItemsAndNameRealGroups() {
        assertThatThrownBy(() -> block("08:00", 0, "Nol"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.key()).isEqualTo("domain.invalid.duration"));
        assertThatThrownBy(() -> block("23:30", 60, "Lewat"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.key()).isEqualTo("domain.invalid.duration"));
        assertThatThrownBy(() -> block("08:00", 30, " "))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.key()).isEqualTo("domain.invalid.required"));
        assertThatThrownBy(() -> new AgendaTemplate.Block(LocalTime.of(8, 0), 30, "FGD", Kind.FGD, "",
                List.of("GOV", "KELOMPOK-7"), ""))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.key()).isEqualTo("domain.invalid.group"));
        assertThat(new AgendaTemplate.Block(LocalTime.of(8, 0, 59), 30, "  Judul  ", Kind.FGD, null,
                List.of(" STRUKTUR ", ""), null))
                .isEqualTo(new AgendaTemplate.Block(LocalTime.of(8, 0), 30, "Judul", Kind.FGD, "", List.of("STRUKTUR"), ""));
    }

    @Test
    void daysKeepTheirBlocksInsideTheirHoursAndInOrder() {
        AgendaTemplate.Block nine = block("09:00", 60, "Sembilan");
        AgendaTemplate.Block eight = block("08:00", 60, "Delapan");
        assertThatThrownBy(() -> new AgendaTemplate.Day(1, LocalTime.of(8, 30), LocalTime.of(12, 0), List.of(eight)))
                .isInstanceOfSatisfying(InvalidTemplate.class, e -> {
                    assertThat(e.key()).isEqualTo("agenda.invalid.block_outside");
                    assertThat(e.userMessage()).isEqualTo(
                            "Hari ke-1: acara \"Delapan\" (08:00-09:00) berada di luar jam hari itu (08:30-12:00).");
                });
        assertThatThrownBy(() -> new AgendaTemplate.Day(1, LocalTime.of(8, 0), LocalTime.of(12, 0), List.of(nine, eight)))
                .isInstanceOfSatisfying(InvalidTemplate.class, e -> assertThat(e.key()).isEqualTo("agenda.invalid.block_order"));
        assertThatThrownBy(() -> new AgendaTemplate.Day(1, LocalTime.of(12, 0), LocalTime.of(8, 0), List.of(nine)))
                .isInstanceOfSatisfying(InvalidTemplate.class, e -> assertThat(e.key()).isEqualTo("agenda.invalid.day_hours"));
        assertThatThrownBy(() -> new AgendaTemplate.Day(1, LocalTime.of(8, 0), LocalTime.of(12, 0), List.of()))
                .isInstanceOfSatisfying(InvalidTemplate.class, e -> assertThat(e.key()).isEqualTo("agenda.invalid.day_empty"));
        assertThatThrownBy(() -> new AgendaTemplate.Day(15, LocalTime.of(8, 0), LocalTime.of(12, 0), List.of(nine)))
                .isInstanceOfSatisfying(InvalidTemplate.class, e -> assertThat(e.key()).isEqualTo("agenda.invalid.day_number"));
    }

    @Test
    void daysComeInOrderOnce() {
        AgendaTemplate.Day one = new AgendaTemplate.Day(1, LocalTime.of(8, 0), LocalTime.of(10, 0),
                List.of(block("08:00", 120, "Pagi")));
        AgendaTemplate.Day two = new AgendaTemplate.Day(2, LocalTime.of(8, 0), LocalTime.of(10, 0),
                List.of(block("08:00", 120, "Pagi")));
        assertThatThrownBy(() -> new AgendaTemplate("Dua kali", Optional.empty(), "", List.of(one, one)))
                .isInstanceOfSatisfying(InvalidTemplate.class, e -> assertThat(e.key()).isEqualTo("agenda.invalid.day_order"));
        assertThatThrownBy(() -> new AgendaTemplate("Terbalik", Optional.empty(), "", List.of(two, one)))
                .isInstanceOf(InvalidTemplate.class);
        assertThatThrownBy(() -> new AgendaTemplate("Tanpa hari", Optional.empty(), "", List.of()))
                .isInstanceOfSatisfying(InvalidTemplate.class, e -> assertThat(e.key()).isEqualTo("agenda.invalid.no_days"));
        assertThatThrownBy(() -> new AgendaTemplate(" ", Optional.empty(), "", List.of(one)))
                .isInstanceOf(InvalidValue.class);
        assertThat(new AgendaTemplate("Boleh", null, null, List.of(one, two)).stage()).isEmpty();
    }
}

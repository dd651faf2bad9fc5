package id.rembuk.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.AgendaItem.Kind;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final String K = EntityKind.AGENDA_ITEM.code();

    @BeforeEach
    void indonesian() {
        Messages.setLocale(Messages.INDONESIAN);
    }

    @AfterEach
    void back() {
        Messages.setLocale(Messages.INDONESIAN);
    }

    static AgendaItem block(String id, int day, String start, int minutes) {
        return block(id, day, start, minutes, 0);
    }

    static AgendaItem block(String id, int day, String start, int minutes, int order) {
        return new AgendaItem(id, day, LocalTime.parse(start), minutes, "Blok " + id, Kind.TALK, "", List.of(), "",
                order);
    }

    /** Day 1 of the usual rundown, back to back except a 15-minute gap before "talk2". */
    private ScheduleLog dayOne() {
        return ScheduleLog.of(
                block("reg", 1, "08:00", 30),
                block("open", 1, "08:30", 30),
                block("talk1", 1, "09:00", 90),
                block("tea", 1, "10:30", 15),
                block("talk2", 1, "11:00", 60),
                block("ishoma", 1, "12:00", 60),
                block("day2", 2, "08:00", 30));
    }

    /** "id 08:30-09:00" for each block of a day, in the day's order. */
    private static List<String> times(ScheduleLog log, int day) {
        return log.schedule().day(day).stream()
                .map(i -> i.id() + " " + i.start() + "-" + i.end()).toList();
    }

    private static List<String> fields(List<Edit> edits) {
        return edits.stream().map(e -> e.entityId() + "." + e.field() + "=" + e.value()).toList();
    }

    @Test
    void aDayIsListedByStartThenOrderThenId() {
        Schedule s = Schedule.of(List.of(block("b", 1, "09:00", 30, 0), block("a", 1, "09:00", 30, 0),
                block("c", 1, "09:00", 30, -1), block("z", 1, "08:00", 30, 5), block("other", 2, "07:00", 10)));
        assertThat(s.day(1)).extracting(AgendaItem::id).containsExactly("z", "c", "a", "b");
        assertThat(s.days()).containsExactly(1, 2);
        assertThat(s.all()).extracting(AgendaItem::id).containsExactly("z", "c", "a", "b", "other");
    }

    @Test
    void longerWithShiftMovesLaterBlocksByTheSameAmountAndKeepsTheGap() throws Exception {
        ScheduleLog log = dayOne();
        List<Edit> edits = log.schedule().changeDuration("talk1", 105, true);

        assertThat(fields(edits)).containsExactlyInAnyOrder("talk1.duration_minutes=105", "tea.start=10:45",
                "talk2.start=11:15", "ishoma.start=12:15");
        log.apply(edits);
        assertThat(times(log, 1)).containsExactly("reg 08:00-08:30", "open 08:30-09:00", "talk1 09:00-10:45",
                "tea 10:45-11:00", "talk2 11:15-12:15", "ishoma 12:15-13:15");
        assertThat(times(log, 2)).containsExactly("day2 08:00-08:30");
    }

    @Test
    void shorterWithShiftMovesLaterBlocksUp() throws Exception {
        ScheduleLog log = dayOne();
        log.apply(log.schedule().changeDuration("open", 15, true));
        assertThat(times(log, 1)).containsExactly("reg 08:00-08:30", "open 08:30-08:45", "talk1 08:45-10:15",
                "tea 10:15-10:30", "talk2 10:45-11:45", "ishoma 11:45-12:45");
    }

    @Test
    void withoutShiftOnlyTheBlockChanges() throws Exception {
        ScheduleLog log = dayOne();
        List<Edit> edits = log.schedule().changeDuration("talk1", 120, false);
        assertThat(fields(edits)).containsExactly("talk1.duration_minutes=120");
    }

    @Test
    void aLaterStartWithShiftMovesTheBlockAndEverythingAfterIt() throws Exception {
        ScheduleLog log = dayOne();
        List<Edit> edits = log.schedule().changeStart("open", LocalTime.of(9, 0), true);
        assertThat(fields(edits)).containsExactlyInAnyOrder("open.start=09:00", "talk1.start=09:30",
                "tea.start=11:00", "talk2.start=11:30", "ishoma.start=12:30");
        log.apply(edits);
        assertThat(times(log, 1)).first().isEqualTo("reg 08:00-08:30");
    }

    @Test
    void aStartBeforeTheBlockBeforeItLetsLaterBlocksFollowThatBlock() throws Exception {
        ScheduleLog log = ScheduleLog.of(block("a", 1, "08:00", 60), block("b", 1, "09:00", 60),
                block("c", 1, "10:00", 30));
        log.apply(log.schedule().changeStart("b", LocalTime.of(7, 0), true));
        // b now comes first; c follows what still runs before it (a), not b's new end
        assertThat(times(log, 1)).containsExactly("b 07:00-08:00", "a 08:00-09:00", "c 09:00-09:30");
    }

    @Test
    void unchangedValuesWriteNothing() throws Exception {
        Schedule s = dayOne().schedule();
        assertThat(s.changeDuration("talk1", 90, true)).isEmpty();
        assertThat(s.changeStart("talk1", LocalTime.of(9, 0), true)).isEmpty();
        assertThat(s.move("talk1", 2)).isEmpty();
        assertThat(s.moveToDay("talk1", 1, true)).isEmpty();
        assertThat(s.edit(s.find("talk1").orElseThrow())).isEmpty();
    }

    @Test
    void blocksBesideTheChangedOneStayAndLaterOnesFollowTheLongerOfThem() throws Exception {
        // two groups work side by side from 08:30; the break follows the longer one
        ScheduleLog log = ScheduleLog.of(block("fgdA", 1, "08:30", 90, 0), block("fgdB", 1, "08:30", 60, 1),
                block("break", 1, "10:00", 15), block("plenary", 1, "10:15", 60));
        log.apply(log.schedule().changeDuration("fgdA", 45, true));
        assertThat(times(log, 1)).containsExactly("fgdA 08:30-09:15", "fgdB 08:30-09:30", "break 09:30-09:45",
                "plenary 09:45-10:45");
    }

    @Test
    void nothingMayEndPastMidnight() throws Exception {
        ScheduleLog log = ScheduleLog.of(block("late", 1, "22:00", 60), block("last", 1, "23:00", 45));
        Schedule s = log.schedule();

        assertThatThrownBy(() -> s.changeDuration("late", 90, true))
                .isInstanceOfSatisfying(ScheduleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ScheduleException.Reason.PAST_MIDNIGHT);
                    assertThat(e.userMessage()).contains("Blok last").contains("24.15").contains("tengah malam");
                });
        assertThatThrownBy(() -> s.changeStart("last", LocalTime.of(23, 30), false))
                .isInstanceOf(ScheduleException.class);
        assertThatThrownBy(() -> s.insertAfter("late", block("new", 1, "08:00", 30), true))
                .isInstanceOf(ScheduleException.class);
        assertThatThrownBy(() -> s.append(1, block("new", 1, "08:00", 30)))
                .isInstanceOf(ScheduleException.class);
        // without shifting, the later block may overlap: nothing ends past midnight
        assertThat(fields(s.changeDuration("late", 90, false))).containsExactly("late.duration_minutes=90");
    }

    @Test
    void theRefusalSpeaksTheUsersLanguage() {
        Messages.setLocale(Locale.ENGLISH);
        ScheduleException e = new ScheduleException(ScheduleException.Reason.PAST_MIDNIGHT, "ISHOMA", 24 * 60 + 30);
        assertThat(e.userMessage()).contains("ISHOMA").contains("24:30").contains("midnight");
    }

    @Test
    void everyRefusalHasItsText() {
        // FeatureBundlesTest holds the English bundle to the same keys
        for (ScheduleException.Reason r : ScheduleException.Reason.values()) {
            assertThat(Messages.bundle("id.rembuk.i18n.editor", Messages.INDONESIAN).orElseThrow().keySet())
                    .as(r.name()).contains(r.messageKey());
        }
    }

    @Test
    void aDurationOutsideOneTo720MinutesIsRefused() {
        Schedule s = dayOne().schedule();
        for (int bad : new int[] {0, -5, 721}) {
            assertThatThrownBy(() -> s.changeDuration("talk1", bad, true))
                    .isInstanceOfSatisfying(ScheduleException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ScheduleException.Reason.DURATION);
                        assertThat(e.userMessage()).contains(Integer.toString(bad)).contains("720");
                    });
        }
    }

    @Test
    void aBlockThatIsGoneIsExplained() {
        Schedule s = dayOne().schedule();
        assertThatThrownBy(() -> s.remove("nope", true)).isInstanceOfSatisfying(ScheduleException.class,
                e -> assertThat(e.userMessage()).isNotBlank().doesNotContain("!"));
        assertThatThrownBy(() -> s.moveToDay("talk1", 15, true)).isInstanceOfSatisfying(ScheduleException.class,
                e -> assertThat(e.reason()).isEqualTo(ScheduleException.Reason.DAY));
    }

    @Test
    void anInsertedBlockStartsWhereItsAnchorEndsAndPushesLaterOnes() throws Exception {
        ScheduleLog log = dayOne();
        AgendaItem added = new AgendaItem("video", 1, LocalTime.of(6, 0), 20, "Video profil daerah", Kind.TALK,
                "", List.of(), "", 0);
        List<Edit> edits = log.schedule().insertAfter("open", added, true);

        assertThat(edits).allSatisfy(e -> assertThat(e.value()).isNotNull());
        assertThat(fields(edits)).contains("video.start=09:00", "video.duration_minutes=20", "talk1.start=09:20")
                .doesNotContain("reg.start=08:00");
        log.apply(edits);
        assertThat(times(log, 1)).containsExactly("reg 08:00-08:30", "open 08:30-09:00", "video 09:00-09:20",
                "talk1 09:20-10:50", "tea 10:50-11:05", "talk2 11:20-12:20", "ishoma 12:20-13:20");
    }

    @Test
    void anInsertWithoutShiftIsListedBeforeTheBlockItMeets() throws Exception {
        // "zz" sorts after "open" by id, so only a rewritten order lists it first at 09:00
        ScheduleLog log = ScheduleLog.of(block("reg", 1, "08:00", 60), block("open", 1, "09:00", 30));
        log.apply(log.schedule().insertAfter("reg", block("zz", 1, "07:00", 15), false));
        assertThat(times(log, 1)).containsExactly("reg 08:00-09:00", "zz 09:00-09:15", "open 09:00-09:30");
    }

    @Test
    void appendGoesToTheEndOfTheDayOrItsOwnStartOnAnEmptyDay() throws Exception {
        ScheduleLog log = dayOne();
        log.apply(log.schedule().append(1, block("close", 1, "07:00", 30)));
        log.apply(log.schedule().append(3, block("field", 3, "09:15", 120)));
        assertThat(times(log, 1)).last().isEqualTo("close 13:00-13:30");
        assertThat(times(log, 3)).containsExactly("field 09:15-11:15");
    }

    @Test
    void removingClosesTheGapOnlyWhenAsked() throws Exception {
        ScheduleLog kept = dayOne();
        List<Edit> edits = kept.schedule().remove("tea", false);
        assertThat(fields(edits)).containsExactly("tea._deleted=1");

        ScheduleLog closed = dayOne();
        closed.apply(closed.schedule().remove("tea", true));
        assertThat(times(closed, 1)).containsExactly("reg 08:00-08:30", "open 08:30-09:00", "talk1 09:00-10:30",
                "talk2 10:45-11:45", "ishoma 11:45-12:45");
    }

    @Test
    void closingTheGapStopsAtABlockThatStillRunsThere() throws Exception {
        ScheduleLog log = ScheduleLog.of(block("a", 1, "08:00", 90), block("b", 1, "09:00", 60),
                block("c", 1, "10:00", 30));
        log.apply(log.schedule().remove("b", true));
        assertThat(times(log, 1)).containsExactly("a 08:00-09:30", "c 09:30-10:00");
    }

    @Test
    void movingDownSwapsTheTimesOfNeighboursAndLeavesTheRestAlone() throws Exception {
        ScheduleLog log = dayOne();
        List<Edit> edits = log.schedule().move("reg", 1);
        assertThat(fields(edits)).containsExactlyInAnyOrder("open.start=08:00", "reg.start=08:30");
        log.apply(edits);
        assertThat(times(log, 1)).startsWith("open 08:00-08:30", "reg 08:30-09:00", "talk1 09:00-10:30");
    }

    @Test
    void aGapStaysWhereItWasInTheDay() throws Exception {
        ScheduleLog log = dayOne();
        // ishoma to the top: the 15 minutes that followed the fourth place still follow it (now talk1),
        // so the day still starts at 08:00 and ends at 13:00
        log.apply(log.schedule().move("ishoma", 0));
        assertThat(times(log, 1)).containsExactly("ishoma 08:00-09:00", "reg 09:00-09:30", "open 09:30-10:00",
                "talk1 10:00-11:30", "tea 11:45-12:00", "talk2 12:00-13:00");
    }

    @Test
    void movingToAnotherDayAppendsItThereAndClosesTheGapItLeaves() throws Exception {
        ScheduleLog log = dayOne();
        List<Edit> edits = log.schedule().moveToDay("open", 2, true);
        assertThat(fields(edits)).contains("open.day=2", "talk1.start=08:30")
                .noneMatch(f -> f.startsWith("open.start")); // 08:30 is where day 2 ends now
        log.apply(edits);
        assertThat(times(log, 1)).startsWith("reg 08:00-08:30", "talk1 08:30-10:00");
        assertThat(times(log, 2)).containsExactly("day2 08:00-08:30", "open 08:30-09:00");
    }

    @Test
    void editingWritesOnlyTheFieldsThatChanged() throws Exception {
        Schedule s = dayOne().schedule();
        AgendaItem t = s.find("talk1").orElseThrow();
        AgendaItem renamed = new AgendaItem(t.id(), t.day(), t.start(), t.durationMinutes(), "Materi 1: Teori",
                Kind.PLENARY, t.speaker(), List.of("GOV", "ECO"), t.expectedOutput(), t.order());
        assertThat(fields(s.edit(renamed))).containsExactlyInAnyOrder("talk1.title=Materi 1: Teori",
                "talk1.type=PLENARY", "talk1.groups=GOV\nECO");
        AgendaItem moved = new AgendaItem(t.id(), t.day(), LocalTime.of(10, 0), t.durationMinutes(), t.title(),
                t.type(), t.speaker(), t.groups(), t.expectedOutput(), t.order());
        assertThatThrownBy(() -> s.edit(moved)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShiftKeepsTheOtherValueOfAFieldInConflictButTheUsersOwnEditSettlesIt() throws Exception {
        ScheduleLog log = dayOne();
        // another laptop moved the tea break to 10:40 without seeing 10:30
        log.concurrent(Edit.set(K, "tea", AgendaItem.F_START, "10:40"));
        log.concurrent(Edit.set(K, "talk1", AgendaItem.F_DURATION, "80"));
        Schedule s = log.schedule();
        assertThat(s.conflicted("tea")).isTrue();
        int shownDuration = s.find("talk1").orElseThrow().durationMinutes();

        List<Edit> edits = s.changeDuration("talk1", shownDuration + 10, true);
        Edit tea = edits.stream().filter(e -> e.entityId().equals("tea")).findFirst().orElseThrow();
        assertThat(tea.replaces()).hasSize(1);
        Edit own = edits.stream().filter(e -> e.entityId().equals("talk1")).findFirst().orElseThrow();
        assertThat(own.replaces()).isNull();

        log.apply(edits);
        Schedule after = log.schedule();
        assertThat(after.conflicted("tea")).isTrue();
        assertThat(after.conflicted("talk1")).isFalse();
        assertThat(log.state().get(K, "tea").orElseThrow().fields().get(AgendaItem.F_START).heads())
                .extracting(Change::value).hasSize(2);
    }

    @Test
    void entitiesThatAreNotValidBlocksAreReportedNotDropped() {
        ScheduleLog log = dayOne();
        log.apply(List.of(Edit.set(K, "broken", AgendaItem.F_DURATION, "999")));
        Schedule s = log.schedule();
        assertThat(s.unreadable()).extracting(k -> k.id()).containsExactly("broken");
        assertThat(s.day(1)).hasSize(6);
    }
}

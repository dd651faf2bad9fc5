package id.rembuk.agenda;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.Group;
import id.rembuk.domain.Ids;
import id.rembuk.domain.Stage;
import id.rembuk.domain.Text;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A rundown to start a session from: days of timed blocks, without ids. Kept apart from the session's
 * {@link AgendaItem}s so a template can be read, shown and saved without a session file; the blocks
 * are checked by the same rules as the items they become.
 *
 * @param stage       the stage the template is for; empty for a template that suits any
 * @param description one or two sentences for the template list
 * @param days        in increasing day number, each with at least one block
 */
public record AgendaTemplate(String name, Optional<Stage> stage, String description, List<Day> days) {
    /** A day's planned end of {@code 00:00} means midnight at its end: a day never runs backwards. */
    static final int MINUTES_PER_DAY = 24 * 60;

    public AgendaTemplate {
        name = Text.required(name, "name", 200);
        stage = Objects.requireNonNullElse(stage, Optional.empty());
        description = Text.optional(description, 1000);
        days = List.copyOf(days);
        InvalidTemplate.check(!days.isEmpty(), "agenda.invalid.no_days");
        for (int i = 1; i < days.size(); i++) {
            InvalidTemplate.check(days.get(i).number() > days.get(i - 1).number(), "agenda.invalid.day_order",
                    days.get(i).number());
        }
    }

    /**
     * One day of the rundown.
     *
     * @param number 1 for the first day of the bimtek
     * @param start  planned start of the day (registration, usually)
     * @param end    planned end; {@code 00:00} is the midnight that ends the day
     * @param blocks by start time; they may leave gaps or run in parallel, but stay within the day
     */
    public record Day(int number, LocalTime start, LocalTime end, List<Block> blocks) {
        public Day {
            InvalidTemplate.check(number >= 1 && number <= 14, "agenda.invalid.day_number", number);
            start = Objects.requireNonNull(start, "start").truncatedTo(ChronoUnit.MINUTES);
            end = Objects.requireNonNull(end, "end").truncatedTo(ChronoUnit.MINUTES);
            blocks = List.copyOf(blocks);
            InvalidTemplate.check(minuteOf(start) < endMinute(end), "agenda.invalid.day_hours", number,
                    Block.format(minuteOf(start)), Block.format(endMinute(end)));
            InvalidTemplate.check(!blocks.isEmpty(), "agenda.invalid.day_empty", number);
            int previous = -1;
            for (Block b : blocks) {
                InvalidTemplate.check(b.startMinute() >= previous, "agenda.invalid.block_order", number, b.title());
                previous = b.startMinute();
                InvalidTemplate.check(b.startMinute() >= minuteOf(start) && b.endMinute() <= endMinute(end),
                        "agenda.invalid.block_outside", number, b.title(), Block.format(b.startMinute()),
                        Block.format(b.endMinute()), Block.format(minuteOf(start)), Block.format(endMinute(end)));
            }
        }

        /** Minutes from the planned start to the planned end. */
        public int plannedMinutes() {
            return endMinute(end) - minuteOf(start);
        }

        /** The blocks' durations added up; equals {@link #plannedMinutes()} when they tile the day. */
        public int blockMinutes() {
            return blocks.stream().mapToInt(Block::durationMinutes).sum();
        }

        /** True when each block starts where the one before ended, from the day's start to its end. */
        public boolean tilesExactly() {
            int at = minuteOf(start);
            for (Block b : blocks) {
                if (b.startMinute() != at) {
                    return false;
                }
                at = b.endMinute();
            }
            return at == endMinute(end);
        }

        /** The planned end in minutes after the day's midnight, 1440 for a day that runs to midnight. */
        public int endMinute() {
            return endMinute(end);
        }

        private static int endMinute(LocalTime end) {
            return end.equals(LocalTime.MIDNIGHT) ? MINUTES_PER_DAY : minuteOf(end);
        }
    }

    /**
     * One block of a day. The fields mean what they mean on {@link AgendaItem}, and the same checks
     * apply; groups must be real group ids (a dimension code, {@link Group#idFor}, or an element).
     *
     * @param groups         the groups that work in this block; empty: everyone together
     * @param expectedOutput the groups' task, shown on the projector ("matriks SWOT per elemen")
     */
    public record Block(LocalTime start, int durationMinutes, String title, AgendaItem.Kind kind, String speaker,
                        List<String> groups, String expectedOutput) {
        /** Only to run {@link AgendaItem}'s checks: a block has no id until it becomes an item. */
        private static final String PROBE_ID = "template-block";

        public Block {
            AgendaItem probe = new AgendaItem(PROBE_ID, 1, start, durationMinutes, title, kind, speaker, groups,
                    expectedOutput, 0);
            start = probe.start();
            title = probe.title();
            speaker = probe.speaker();
            groups = probe.groups();
            expectedOutput = probe.expectedOutput();
            groups.forEach(g -> new Group(g, "", "", ""));
        }

        public int startMinute() {
            return minuteOf(start);
        }

        /** Minutes after the day's midnight; at most 1440. */
        public int endMinute() {
            return minuteOf(start) + durationMinutes;
        }

        public LocalTime end() {
            return start.plusMinutes(durationMinutes);
        }

        static String format(int minuteOfDay) {
            return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
        }
    }

    /** The days' planned minutes added up. */
    public int plannedMinutes() {
        return days.stream().mapToInt(Day::plannedMinutes).sum();
    }

    public int blockCount() {
        return days.stream().mapToInt(d -> d.blocks().size()).sum();
    }

    /**
     * The blocks as new agenda items of a session: fresh random ids (each call gives new ones, so a
     * template applied twice adds two rundowns, never edits the first) and a running {@code order}
     * from 1, so blocks that start at the same time keep the template's order.
     */
    public List<AgendaItem> toItems() {
        List<AgendaItem> items = new ArrayList<>();
        int order = 1;
        for (Day d : days) {
            for (Block b : d.blocks()) {
                items.add(new AgendaItem(Ids.random(), d.number(), b.start(), b.durationMinutes(), b.title(), b.kind(),
                        b.speaker(), b.groups(), b.expectedOutput(), order++));
            }
        }
        return items;
    }

    /**
     * A session's agenda as a template: ids are dropped, blocks sorted by day, start and order, and each
     * day planned from its first start to its latest end.
     *
     * @throws InvalidTemplate when there are no items, or an item's groups are not real group ids
     */
    public static AgendaTemplate fromItems(String name, Optional<Stage> stage, List<AgendaItem> items) {
        InvalidTemplate.check(!items.isEmpty(), "agenda.invalid.no_items");
        Map<Integer, List<AgendaItem>> byDay = new TreeMap<>();
        items.stream()
                .sorted(Comparator.comparingInt(AgendaItem::day).thenComparing(AgendaItem::start)
                        .thenComparingInt(AgendaItem::order))
                .forEach(i -> byDay.computeIfAbsent(i.day(), k -> new ArrayList<>()).add(i));
        List<Day> days = new ArrayList<>();
        byDay.forEach((number, dayItems) -> {
            List<Block> blocks = dayItems.stream().map(i -> new Block(i.start(), i.durationMinutes(), i.title(),
                    i.type(), i.speaker(), i.groups(), i.expectedOutput())).toList();
            int end = blocks.stream().mapToInt(Block::endMinute).max().orElseThrow();
            days.add(new Day(number, blocks.get(0).start(), LocalTime.ofSecondOfDay(end % MINUTES_PER_DAY * 60L),
                    blocks));
        });
        return new AgendaTemplate(name, stage, "", days);
    }

    public AgendaTemplate withName(String newName) {
        return new AgendaTemplate(newName, stage, description, days);
    }

    public AgendaTemplate withDescription(String newDescription) {
        return new AgendaTemplate(name, stage, newDescription, days);
    }

    static int minuteOf(LocalTime t) {
        return t.toSecondOfDay() / 60;
    }
}

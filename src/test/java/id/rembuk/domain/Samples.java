package id.rembuk.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;

/**
 * Random valid records of every kind. The key seed decides what makes up the id (so two samples with
 * the same key seed are the same entity), the content seed everything else.
 */
final class Samples {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789 .,;:-/()'\"éñ–ŋ\n\t";

    private Samples() {
    }

    static SessionRecord sample(EntityKind kind, long keySeed, long contentSeed) {
        Random k = new Random(keySeed);
        Random r = new Random(contentSeed);
        String id = uuid(k);
        return switch (kind) {
            case SESSION -> throw new IllegalArgumentException("the session entity is SessionInfo");
            case LABEL -> new Label(k.nextBoolean() ? pick(k, Dimension.values()).code()
                    : pick(k, SubDimension.values()).code(), text(r, true), text(r, true));
            case AGENDA_ITEM -> new AgendaItem(id, 1 + r.nextInt(14), LocalTime.of(r.nextInt(18), r.nextInt(60)),
                    1 + r.nextInt(360), text(r, false), pick(r, AgendaItem.Kind.values()), text(r, true), list(r),
                    text(r, true), r.nextInt(200) - 100);
            case PARTICIPANT -> new Participant(id, text(r, false), r.nextBoolean() ? "" : digits(r, 18),
                    text(r, true), text(r, true), pick(r, Participant.Unsur.values()),
                    r.nextBoolean() ? "" : pick(r, Dimension.values()).code(),
                    r.nextBoolean() ? "" : "+62 8" + digits(r, 9), r.nextBoolean() ? "" : "a" + r.nextInt(99) + "@x.id");
            case ATTENDANCE -> Attendance.of(uuid(k), 1 + k.nextInt(14), LocalTime.of(r.nextInt(24), r.nextInt(60)));
            case GROUP -> new Group(k.nextBoolean() ? Group.idFor(pick(k, Dimension.values()))
                    : Group.idFor(pick(k, Element.values())), text(r, true), text(r, true), text(r, true));
            case READINESS_INDICATOR -> new ReadinessIndicator(id, pick(r, Dimension.values()),
                    pick(r, Element.values()), text(r, false), 1 + r.nextInt(10), r.nextInt(50));
            case READINESS_SCORE -> {
                String ind = uuid(k);
                yield new ReadinessScore(ReadinessScore.idFor(ind), ind,
                        r.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(r.nextInt(101)), text(r, true),
                        text(r, true), text(r, true));
            }
            case GAP_ITEM -> {
                Dimension d = pick(r, Dimension.values());
                yield new GapItem(id, d, r.nextBoolean() ? Optional.of(pick(r, d.subDimensions())) : Optional.empty(),
                        optional(r, Element.values()), text(r, false), text(r, true), text(r, true), text(r, true),
                        pick(r, GapItem.Priority.values()), r.nextInt(50));
            }
            case SWOT_ITEM -> {
                Optional<Dimension> d = optional(r, Dimension.values());
                Optional<Element> e = d.isEmpty() ? Optional.of(pick(r, Element.values())) : optional(r, Element.values());
                yield new SwotItem(id, d, e, pick(r, SwotItem.Quadrant.values()), text(r, false),
                        r.nextBoolean() ? "" : pick(r, Dimension.values()).code(), text(r, true), r.nextInt(50),
                        r.nextBoolean() ? "" : uuid(r), r.nextBoolean() ? "" : uuid(r));
            }
            case VOTE -> new Vote(id, uuid(r), text(r, false), 1 + r.nextInt(99));
            case STRATEGY -> new Strategy(id, pick(r, Dimension.values()), pick(r, Strategy.Type.values()),
                    text(r, false), ids(r), r.nextInt(50));
            case VISION -> new Vision(id, text(r, false), list(r), r.nextBoolean(), r.nextInt(10));
            case MISSION -> new Mission(id, text(r, false), r.nextInt(10));
            case GOAL -> new Goal(id, r.nextBoolean() ? "" : uuid(r), text(r, false), r.nextInt(10));
            case TARGET -> new Target(id, r.nextBoolean() ? "" : uuid(r), optional(r, Dimension.values()),
                    text(r, false), r.nextInt(10));
            case INDICATOR -> {
                List<String> years = new ArrayList<>();
                int n = r.nextInt(11);
                for (int i = 0; i < n; i++) {
                    years.add(r.nextInt(4) == 0 ? "" : text(r, false));
                }
                yield new Indicator(id, uuid(r), text(r, false), text(r, true), text(r, true), years, r.nextInt(10));
            }
            case PROGRAMME -> {
                Dimension d = pick(r, Dimension.values());
                yield new Programme(id, d, r.nextBoolean() ? Optional.of(pick(r, d.subDimensions())) : Optional.empty(),
                        ids(r), text(r, false), list(r), pick(r, Programme.Horizon.values()), text(r, true), list(r),
                        pick(r, FundingSource.values()), budget(r), text(r, true), r.nextInt(50),
                        r.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(1 + r.nextInt(Programme.MAX_MONTHS)),
                        text(r, true));
            }
            case SCORE -> Score.of(uuid(k), pick(k, Criterion.values()), "Kelompok " + k.nextInt(9), 1 + r.nextInt(5));
            case QUICK_WIN -> {
                Dimension d = pick(r, Dimension.values());
                yield new QuickWin(id, r.nextBoolean() ? "" : uuid(r), text(r, false), d,
                        r.nextBoolean() ? Optional.of(pick(r, d.subDimensions())) : Optional.empty(), text(r, true),
                        text(r, true), text(r, true), text(r, true), text(r, true), list(r), text(r, true),
                        1 + r.nextInt(12), 1 + r.nextInt(12), budget(r), pick(r, FundingSource.values()),
                        text(r, true), text(r, true), list(r), text(r, true), text(r, true), 1 + r.nextInt(5),
                        1 + r.nextInt(5), list(r), text(r, true));
            }
            case ACTION_ITEM -> new ActionItem(id, r.nextBoolean() ? "" : uuid(r), r.nextBoolean() ? "" : uuid(r),
                    text(r, false), text(r, true),
                    text(r, true), text(r, true), r.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(1 + r.nextInt(10)),
                    r.nextBoolean() ? Optional.empty() : Optional.of(LocalDate.of(2020, 1, 1).plusDays(r.nextInt(5000))),
                    text(r, true), budget(r), pick(r, FundingSource.values()), r.nextInt(50), period(r),
                    pick(r, ActionItem.Status.values()));
            case ROADMAP_CELL -> RoadmapCell.of(uuid(k), 1 + k.nextInt(10), text(r, true), budget(r));
            case CRITERION_WEIGHT -> CriterionWeight.of(pick(k, Criterion.values()), r.nextInt(101));
            case BLOCK_RUN -> new BlockRun(id, pick(r, BlockRun.Status.values()),
                    r.nextBoolean() ? Optional.empty() : Optional.of(java.time.Instant.ofEpochSecond(r.nextInt())),
                    r.nextBoolean() ? Optional.empty() : Optional.of(java.time.Instant.ofEpochSecond(r.nextInt())),
                    r.nextBoolean() ? Optional.empty() : Optional.of(java.time.Instant.ofEpochSecond(r.nextInt())),
                    r.nextInt(10_000), r.nextInt(60) - 30);
            case READINESS_SETUP -> new ReadinessSetup(pick(r, ReadinessScale.values()), r.nextBoolean(), r.nextBoolean());
            case SWOT_BOARD -> {
                boolean byDimension = k.nextBoolean();
                yield new SwotBoard(byDimension ? Optional.of(pick(k, Dimension.values())) : Optional.empty(),
                        byDimension ? Optional.empty() : Optional.of(pick(k, Element.values())), r.nextBoolean(),
                        r.nextInt(100), r.nextBoolean(), 1 + r.nextInt(SwotBoard.MAX_BUDGET),
                        pick(r, SwotBoard.BudgetPer.values()));
            }
            case GRID_NUDGE -> GridNudge.of(uuid(k), 1 + r.nextInt(41) / 10.0, 1 + r.nextInt(41) / 10.0, text(r, false));
            case ROADMAP_PHASE -> {
                int from = 1 + r.nextInt(RoadmapPhase.MAX_YEAR);
                yield new RoadmapPhase(id, uuid(r), text(r, true).replace('\n', ' '), from,
                        from + r.nextInt(RoadmapPhase.MAX_YEAR - from + 1), r.nextInt(50));
            }
            case SAME_PERSON -> SamePerson.of(uuid(k), uuid(k), pick(r, Duplicates.Reason.values()),
                    pick(r, SamePerson.Status.values()));
            case ROADMAP_SETUP -> new RoadmapSetup(2000 + r.nextInt(101), r.nextBoolean() ? 5 : 10);
            case KEYWORD -> new Keyword(id, text(r, false).replace('\n', ' '), ids(r), r.nextInt(50));
            case NOTE -> new Note(id, r.nextBoolean() ? "" : uuid(r), r.nextBoolean() ? "" : pick(r, Dimension.values()).code(),
                    pick(r, Note.Kind.values()), text(r, true), text(r, false), r.nextInt(50));
        };
    }

    static Optional<PlanPeriod> period(Random r) {
        if (r.nextBoolean()) {
            return Optional.empty();
        }
        PlanPeriod.Unit u = pick(r, PlanPeriod.Unit.values());
        int from = 1 + r.nextInt(u.max());
        return Optional.of(new PlanPeriod(u, from, from + r.nextInt(u.max() - from + 1)));
    }

    static String uuid(Random r) {
        return new UUID(r.nextLong(), r.nextLong()).toString();
    }

    static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static <T> Optional<T> optional(Random r, T[] values) {
        return r.nextBoolean() ? Optional.empty() : Optional.of(pick(r, values));
    }

    /** Text with spaces, newlines and non-ASCII letters around; never blank when required. */
    static String text(Random r, boolean mayBeEmpty) {
        if (mayBeEmpty && r.nextInt(3) == 0) {
            return r.nextBoolean() ? "" : "  ";
        }
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(40);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        String s = b.toString();
        return s.isBlank() ? s + "x" : s;
    }

    static List<String> list(Random r) {
        List<String> out = new ArrayList<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            out.add(text(r, true));
        }
        return out;
    }

    static List<String> ids(Random r) {
        List<String> out = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.add(uuid(r));
        }
        return out;
    }

    static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    static long budget(Random r) {
        return r.nextBoolean() ? 0 : (long) (r.nextDouble() * 1_000_000_000_000L);
    }
}

package id.rembuk.domain;

import id.rembuk.domain.change.EntityKey;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.SessionState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reading records of any kind from a session state. */
public final class Records {
    private static final Map<EntityKind, Function<EntityState, ? extends SessionRecord>> READERS =
            new EnumMap<>(EntityKind.class);

    static {
        READERS.put(EntityKind.LABEL, Label::from);
        READERS.put(EntityKind.AGENDA_ITEM, AgendaItem::from);
        READERS.put(EntityKind.PARTICIPANT, Participant::from);
        READERS.put(EntityKind.ATTENDANCE, Attendance::from);
        READERS.put(EntityKind.GROUP, Group::from);
        READERS.put(EntityKind.READINESS_INDICATOR, ReadinessIndicator::from);
        READERS.put(EntityKind.READINESS_SCORE, ReadinessScore::from);
        READERS.put(EntityKind.GAP_ITEM, GapItem::from);
        READERS.put(EntityKind.SWOT_ITEM, SwotItem::from);
        READERS.put(EntityKind.VOTE, Vote::from);
        READERS.put(EntityKind.STRATEGY, Strategy::from);
        READERS.put(EntityKind.VISION, Vision::from);
        READERS.put(EntityKind.MISSION, Mission::from);
        READERS.put(EntityKind.GOAL, Goal::from);
        READERS.put(EntityKind.TARGET, Target::from);
        READERS.put(EntityKind.INDICATOR, Indicator::from);
        READERS.put(EntityKind.PROGRAMME, Programme::from);
        READERS.put(EntityKind.SCORE, Score::from);
        READERS.put(EntityKind.QUICK_WIN, QuickWin::from);
        READERS.put(EntityKind.ACTION_ITEM, ActionItem::from);
        READERS.put(EntityKind.ROADMAP_CELL, RoadmapCell::from);
        READERS.put(EntityKind.NOTE, Note::from);
        READERS.put(EntityKind.CRITERION_WEIGHT, CriterionWeight::from);
        READERS.put(EntityKind.BLOCK_RUN, BlockRun::from);
        READERS.put(EntityKind.READINESS_SETUP, ReadinessSetup::from);
        READERS.put(EntityKind.SWOT_BOARD, SwotBoard::from);
        READERS.put(EntityKind.KEYWORD, Keyword::from);
        READERS.put(EntityKind.GRID_NUDGE, GridNudge::from);
        READERS.put(EntityKind.ROADMAP_PHASE, RoadmapPhase::from);
        READERS.put(EntityKind.ROADMAP_SETUP, RoadmapSetup::from);
        READERS.put(EntityKind.SAME_PERSON, SamePerson::from);
    }

    private Records() {
    }

    /**
     * The live records of one kind, and the entities that do not make a valid record (e.g. a field
     * cleared by an undo on another laptop). Those are reported, not dropped: the data is still in
     * the file and the screen should offer to fix it.
     */
    public record Read<T>(List<T> records, List<EntityKey> unreadable) {
        public Read {
            records = List.copyOf(records);
            unreadable = List.copyOf(unreadable);
        }
    }

    public static <T> Read<T> read(SessionState state, EntityKind kind, Function<EntityState, T> from) {
        List<T> ok = new ArrayList<>();
        List<EntityKey> bad = new ArrayList<>();
        state.live(kind.code()).forEach(e -> {
            try {
                ok.add(from.apply(e));
            } catch (IllegalArgumentException | NullPointerException ex) {
                bad.add(e.key());
            }
        });
        return new Read<>(ok, bad);
    }

    /** The reader of a kind; empty for {@link EntityKind#SESSION}, which is read by {@link SessionInfo}. */
    public static Optional<Function<EntityState, ? extends SessionRecord>> reader(EntityKind kind) {
        return Optional.ofNullable(READERS.get(kind));
    }
}

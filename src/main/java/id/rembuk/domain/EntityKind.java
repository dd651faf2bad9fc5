package id.rembuk.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of entity a session holds. The code is what the session file and the JSON format
 * store: never rename a code, add new kinds instead.
 */
public enum EntityKind {
    SESSION("session"),
    LABEL("label"),
    AGENDA_ITEM("agenda_item"),
    PARTICIPANT("participant"),
    ATTENDANCE("attendance"),
    GROUP("group"),
    READINESS_INDICATOR("readiness_indicator"),
    READINESS_SCORE("readiness_score"),
    GAP_ITEM("gap_item"),
    SWOT_ITEM("swot_item"),
    VOTE("vote"),
    STRATEGY("strategy"),
    VISION("vision"),
    MISSION("mission"),
    GOAL("goal"),
    TARGET("target"),
    INDICATOR("indicator"),
    PROGRAMME("programme"),
    SCORE("score"),
    QUICK_WIN("quick_win"),
    ACTION_ITEM("action_item"),
    ROADMAP_CELL("roadmap_cell"),
    NOTE("note"),
    /** A session's own weight for one ranking criterion (added after the first release of the list). */
    CRITERION_WEIGHT("criterion_weight"),
    /** How an agenda block actually ran (added with the live run-of-show). */
    BLOCK_RUN("block_run"),
    /** The session's readiness scale and optional elements (added with the worksheets). */
    READINESS_SETUP("readiness_setup"),
    /** A SWOT board's privacy and voting round (added with the boards). */
    SWOT_BOARD("swot_board"),
    /** A key word for the vision drawn from the SWOT boards (added with the vision cascade). */
    KEYWORD("keyword"),
    /** A programme moved by hand on the quick-win grid, with the reason (added with the grid). */
    GRID_NUDGE("grid_nudge"),
    /** One bar of the roadmap: a phase of a programme over plan years (added with the roadmap). */
    ROADMAP_PHASE("roadmap_phase"),
    /** The roadmap's first calendar year and span (added with the roadmap). */
    ROADMAP_SETUP("roadmap_setup"),
    /** Two registrations confirmed as one person, or marked as two (added with merging). */
    SAME_PERSON("same_person");

    private final String code;

    EntityKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Key of the kind's user label in the domain bundle. */
    public String messageKey() {
        return "domain.kind." + code;
    }

    public static Optional<EntityKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}

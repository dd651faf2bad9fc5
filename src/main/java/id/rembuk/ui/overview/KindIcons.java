package id.rembuk.ui.overview;

import id.rembuk.domain.EntityKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** One recognisable icon per kind of item, so the overview's tiles read at a glance on a projector. */
final class KindIcons {
    private KindIcons() {
    }

    static Ikon of(EntityKind kind) {
        return switch (kind) {
            case SESSION -> Material2OutlinedAL.EVENT;
            case LABEL -> Material2OutlinedAL.LABEL;
            case AGENDA_ITEM, BLOCK_RUN -> Material2OutlinedMZ.SCHEDULE;
            case PARTICIPANT, SAME_PERSON -> Material2OutlinedMZ.PEOPLE;
            case ATTENDANCE -> Material2OutlinedAL.HOW_TO_REG;
            case GROUP -> Material2OutlinedAL.GROUP_WORK;
            case READINESS_INDICATOR, READINESS_SCORE, READINESS_SETUP -> Material2OutlinedAL.FACT_CHECK;
            case GAP_ITEM -> Material2OutlinedAL.COMPARE_ARROWS;
            case SWOT_ITEM, SWOT_BOARD -> Material2OutlinedAL.APPS;
            case VOTE -> Material2OutlinedMZ.THUMB_UP;
            case STRATEGY -> Material2OutlinedAL.ALT_ROUTE;
            case VISION, MISSION, KEYWORD -> Material2OutlinedMZ.VISIBILITY;
            case GOAL, TARGET -> Material2OutlinedAL.FLAG;
            case INDICATOR -> Material2OutlinedMZ.SPEED;
            case PROGRAMME -> Material2OutlinedAL.ACCOUNT_TREE;
            case SCORE, CRITERION_WEIGHT -> Material2OutlinedMZ.STAR_OUTLINE;
            case QUICK_WIN, GRID_NUDGE -> Material2OutlinedAL.FLASH_ON;
            case ACTION_ITEM -> Material2OutlinedAL.ASSIGNMENT;
            case ROADMAP_CELL, ROADMAP_PHASE, ROADMAP_SETUP -> Material2OutlinedMZ.TIMELINE;
            case NOTE -> Material2OutlinedMZ.NOTES;
        };
    }
}

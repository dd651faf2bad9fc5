package id.rembuk.ui.roadmap;

import id.rembuk.domain.RoadmapPhase;
import java.util.ArrayList;
import java.util.List;

/**
 * The phases of one programme packed into as few lines as they need: phases one after another
 * (persiapan, pembangunan, operasional) share a line, as a roadmap draws them; overlapping ones
 * go below, each phase in the first line where it fits, in the phases' order.
 */
public final class Lanes {
    private Lanes() {
    }

    public static List<List<RoadmapPhase>> of(List<RoadmapPhase> phases) {
        List<List<RoadmapPhase>> lanes = new ArrayList<>();
        for (RoadmapPhase p : phases) {
            List<RoadmapPhase> fit = null;
            for (List<RoadmapPhase> lane : lanes) {
                if (lane.stream().noneMatch(q -> q.from() <= p.to() && p.from() <= q.to())) {
                    fit = lane;
                    break;
                }
            }
            if (fit == null) {
                fit = new ArrayList<>();
                lanes.add(fit);
            }
            fit.add(p);
        }
        lanes.forEach(l -> l.sort(java.util.Comparator.comparingInt(RoadmapPhase::from)));
        return lanes;
    }
}

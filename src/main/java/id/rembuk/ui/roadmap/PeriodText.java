package id.rembuk.ui.roadmap;

import id.rembuk.domain.PlanPeriod;
import id.rembuk.i18n.Messages;
import java.util.Optional;

/** A step's time as the room says it: "Bulan 3–5", "Triwulan 2", "Tahun 1". */
public final class PeriodText {
    private PeriodText() {
    }

    public static String of(Optional<PlanPeriod> period) {
        return period.map(PeriodText::of).orElse("");
    }

    public static String of(PlanPeriod p) {
        String unit = Messages.get(p.unit().messageKey());
        return unit + " " + (p.from() == p.to() ? Integer.toString(p.from()) : p.from() + "–" + p.to());
    }
}

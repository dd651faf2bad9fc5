package id.rembuk.ui.scoring;

import id.rembuk.i18n.Messages;

/** Numbers as the room reads them: "4,25" in Indonesian, "4.25" in English. */
final class ScoringText {
    private ScoringText() {
    }

    static String decimal(double v) {
        return String.format(Messages.locale(), "%.2f", v);
    }

    static String percent(double v) {
        return String.format(Messages.locale(), "%.0f%%", v);
    }
}

package id.rembuk.report.documents;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.FundingSource;
import id.rembuk.domain.GapItem;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.Programme;
import id.rembuk.domain.QuickWinGrid;
import id.rembuk.domain.Readiness;
import id.rembuk.domain.Strategy;
import id.rembuk.domain.SwotItem;
import id.rembuk.report.pdf.PdfFonts;

/**
 * The Indonesian words the documents print for the domain's values, whatever language the program
 * runs in (as {@link SessionFacts#unsurLabel} does for the unsur).
 */
final class Words {
    private Words() {
    }

    static String dimension(Dimension d) {
        return d.defaultLabel();
    }

    static String element(Element e) {
        return switch (e) {
            case STRUKTUR -> "Struktur";
            case INFRASTRUKTUR -> "Infrastruktur";
            case SUPRASTRUKTUR -> "Suprastruktur";
            case ALAM -> "Potensi Alam";
            case BUDAYA -> "Budaya";
        };
    }

    static String quadrant(SwotItem.Quadrant q) {
        return switch (q) {
            case S -> "Kekuatan (S)";
            case W -> "Kelemahan (W)";
            case O -> "Peluang (O)";
            case T -> "Ancaman (T)";
        };
    }

    static String strategy(Strategy.Type t) {
        return switch (t) {
            case SO -> "SO (kekuatan untuk meraih peluang)";
            case ST -> "ST (kekuatan untuk menghadapi ancaman)";
            case WO -> "WO (mengatasi kelemahan lewat peluang)";
            case WT -> "WT (mengurangi kelemahan, menghindari ancaman)";
        };
    }

    static String band(Readiness.Band b) {
        return switch (b) {
            case UNKNOWN -> "Belum dinilai";
            case KURANG -> "Kurang";
            case CUKUP -> "Cukup";
            case BAIK -> "Baik";
        };
    }

    static String priority(GapItem.Priority p) {
        return switch (p) {
            case HIGH -> "Tinggi";
            case MEDIUM -> "Sedang";
            case LOW -> "Rendah";
        };
    }

    static String horizon(Programme.Horizon h) {
        return switch (h) {
            case SHORT -> "Pendek";
            case MEDIUM -> "Menengah";
            case LONG -> "Panjang";
        };
    }

    static String funding(FundingSource f) {
        return f == FundingSource.OTHER ? "Lainnya" : f.name();
    }

    static String grid(QuickWinGrid.Quadrant q) {
        return switch (q) {
            case QUICK_WIN -> "Quick win";
            case MAJOR_PROJECT -> "Proyek besar";
            case FILL_IN -> "Pelengkap";
            case THANKLESS -> "Tidak sepadan";
        };
    }

    static String gridCaption(QuickWinGrid.Quadrant q) {
        return switch (q) {
            case QUICK_WIN -> "dampak tinggi, upaya rendah";
            case MAJOR_PROJECT -> "dampak tinggi, upaya tinggi";
            case FILL_IN -> "dampak rendah, upaya rendah";
            case THANKLESS -> "dampak rendah, upaya tinggi";
        };
    }

    /** "Rp 1.250.000.000" that never breaks across lines. */
    static String rupiah(long amount) {
        return IndonesianFormat.rupiah(amount).replace(' ', PdfFonts.NBSP);
    }

    static String rupiahShort(long amount) {
        return IndonesianFormat.rupiahShort(amount).replace(' ', PdfFonts.NBSP);
    }

    /** "62 %" as Indonesian documents write percentages: "62%". */
    static String percent(double p) {
        return Math.round(p) + "%";
    }
}

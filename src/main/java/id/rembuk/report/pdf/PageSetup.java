package id.rembuk.report.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Paper and margins. Margins are in millimetres as Indonesian office rules give them (tata naskah
 * dinas: about 3 cm left for binding, 2 cm elsewhere); the footer sits inside the bottom margin.
 */
public record PageSetup(float widthPt, float heightPt, float topMm, float rightMm, float bottomMm, float leftMm) {
    public static final float MM = 72f / 25.4f;

    public static PageSetup a4Portrait() {
        return new PageSetup(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight(), 15, 20, 20, 25);
    }

    public static PageSetup a4Landscape() {
        return new PageSetup(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth(), 15, 15, 18, 20);
    }

    public float left() {
        return leftMm * MM;
    }

    public float right() {
        return widthPt - rightMm * MM;
    }

    public float top() {
        return heightPt - topMm * MM;
    }

    public float bottom() {
        return bottomMm * MM;
    }

    public float contentWidth() {
        return right() - left();
    }

    PDRectangle rectangle() {
        return new PDRectangle(widthPt, heightPt);
    }
}

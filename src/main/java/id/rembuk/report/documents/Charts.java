package id.rembuk.report.documents;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.QuickWinGrid;
import id.rembuk.report.pdf.Figure;
import id.rembuk.report.pdf.PdfFonts.Face;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The minutes' charts, drawn as vector graphics into a {@link Figure} box: the readiness radar of
 * the six dimensions, a dimension's readiness bars per element, and the quick-win grid. Colours are
 * quiet and every value is also printed as text, so a black-and-white copy still reads.
 */
final class Charts {
    static final float[] INK = {0.1f, 0.1f, 0.1f};
    static final float[] GRID = {0.72f, 0.72f, 0.72f};
    static final float[] KURANG = {0.80f, 0.25f, 0.20f};
    static final float[] CUKUP = {0.93f, 0.64f, 0.13f};
    static final float[] BAIK = {0.22f, 0.56f, 0.24f};
    private static final float[][] DIMENSION = {
            {0.16f, 0.38f, 0.67f}, {0.56f, 0.27f, 0.68f}, {0.85f, 0.45f, 0.10f},
            {0.80f, 0.22f, 0.36f}, {0.10f, 0.55f, 0.55f}, {0.30f, 0.60f, 0.20f}};

    /** One spoke or bar: a label and its percent (empty while nothing on it is assessed). */
    record Value(String label, OptionalDouble percent) {
    }

    /** One dot on the quick-win grid. */
    record Dot(int number, Dimension dimension, double impact, double effort, boolean chosen) {
    }

    private Charts() {
    }

    static float[] dimensionColour(Dimension d) {
        return DIMENSION[d.ordinal() % DIMENSION.length];
    }

    static float[] bandColour(double percent) {
        return percent >= 70 ? BAIK : percent >= 40 ? CUKUP : KURANG;
    }

    /** A radar with rings at 20..100 %, the spokes labelled with their name and value. */
    static Figure.Painter radar(List<Value> values) {
        return (cs, fonts, box) -> {
            float cx = box.centerX();
            float cy = box.y() + box.height() / 2 - 2;
            float r = Math.min(box.height() / 2 - 30, box.width() / 2 - 120);
            int n = values.size();
            // the area first, so rings and spokes stay visible over it
            List<float[]> pts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double p = values.get(i).percent().orElse(0);
                pts.add(point(cx, cy, r * (float) (p / 100), i, n));
            }
            cs.setNonStrokingColor(0.80f, 0.87f, 0.95f);
            polygon(cs, pts);
            cs.fill();
            cs.setStrokingColor(GRID[0], GRID[1], GRID[2]);
            cs.setLineWidth(0.5f);
            for (int ring = 1; ring <= 5; ring++) {
                List<float[]> ringPts = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    ringPts.add(point(cx, cy, r * ring / 5f, i, n));
                }
                polygon(cs, ringPts);
                cs.stroke();
            }
            for (int i = 0; i < n; i++) {
                float[] end = point(cx, cy, r, i, n);
                cs.moveTo(cx, cy);
                cs.lineTo(end[0], end[1]);
                cs.stroke();
            }
            cs.setNonStrokingColor(0.45f, 0.45f, 0.45f);
            for (int ring = 1; ring <= 5; ring++) {
                Figure.text(cs, fonts, Face.REGULAR, 6.5f, cx + 2, cy + r * ring / 5f + 1.5f, (ring * 20) + "%");
            }
            cs.setStrokingColor(0.16f, 0.38f, 0.67f);
            cs.setLineWidth(1.6f);
            polygon(cs, pts);
            cs.stroke();
            for (int i = 0; i < n; i++) {
                if (values.get(i).percent().isPresent()) {
                    float[] p = pts.get(i);
                    cs.setNonStrokingColor(0.16f, 0.38f, 0.67f);
                    circle(cs, p[0], p[1], 2.4f);
                    cs.fill();
                }
            }
            for (int i = 0; i < n; i++) {
                Value v = values.get(i);
                float[] at = point(cx, cy, r + 10, i, n);
                String value = v.percent().isPresent() ? Words.percent(v.percent().getAsDouble()) : "belum dinilai";
                float lw = Math.max(Figure.width(fonts, Face.BOLD, 9, v.label()), Figure.width(fonts, Face.REGULAR, 9,
                        value));
                float x = Math.abs(at[0] - cx) < 2 ? at[0] - lw / 2 : at[0] > cx ? at[0] : at[0] - lw;
                // labels above the top spoke stand clear of the ring values printed along it
                float y = at[1] > cy + 2 ? at[1] + 12.5f : at[1] < cy - 2 ? at[1] - 4 : at[1] + 3;
                cs.setNonStrokingColor(INK[0], INK[1], INK[2]);
                Figure.text(cs, fonts, Face.BOLD, 9, x, y, v.label());
                if (v.percent().isPresent()) {
                    float[] c = bandColour(v.percent().getAsDouble());
                    cs.setNonStrokingColor(c[0] * 0.8f, c[1] * 0.8f, c[2] * 0.8f);
                }
                Figure.text(cs, fonts, Face.REGULAR, 9, x, y - 10.5f, value);
            }
        };
    }

    private static float[] point(float cx, float cy, float r, int i, int n) {
        double a = Math.PI / 2 - 2 * Math.PI * i / n;
        return new float[] {cx + r * (float) Math.cos(a), cy + r * (float) Math.sin(a)};
    }

    /** Horizontal bars 0..100 % with the Cukup (40) and Baik (70) bounds marked. */
    static Figure.Painter bars(List<Value> values) {
        return (cs, fonts, box) -> {
            float labelW = 0;
            for (Value v : values) {
                labelW = Math.max(labelW, Figure.width(fonts, Face.REGULAR, 9, v.label()));
            }
            float x0 = box.x() + labelW + 10;
            float w = box.width() - labelW - 10 - 70;
            float rowH = (box.height() - 14) / Math.max(1, values.size());
            float barH = Math.min(11, rowH * 0.6f);
            float top = box.top();
            for (int i = 0; i < values.size(); i++) {
                Value v = values.get(i);
                float mid = top - rowH * i - rowH / 2;
                cs.setNonStrokingColor(INK[0], INK[1], INK[2]);
                Figure.text(cs, fonts, Face.REGULAR, 9, box.x(), mid - 3, v.label());
                cs.setNonStrokingColor(0.93f, 0.93f, 0.93f);
                cs.addRect(x0, mid - barH / 2, w, barH);
                cs.fill();
                if (v.percent().isPresent()) {
                    double p = v.percent().getAsDouble();
                    float[] c = bandColour(p);
                    cs.setNonStrokingColor(c[0], c[1], c[2]);
                    cs.addRect(x0, mid - barH / 2, (float) (w * p / 100), barH);
                    cs.fill();
                    cs.setNonStrokingColor(INK[0], INK[1], INK[2]);
                    Figure.text(cs, fonts, Face.BOLD, 9, x0 + w + 6, mid - 3, Words.percent(p) + " "
                            + Words.band(bandOf(p)));
                } else {
                    cs.setNonStrokingColor(0.4f, 0.4f, 0.4f);
                    Figure.text(cs, fonts, Face.ITALIC, 9, x0 + w + 6, mid - 3, "belum dinilai");
                }
            }
            float axis = top - rowH * values.size();
            cs.setStrokingColor(0.35f, 0.35f, 0.35f);
            cs.setLineWidth(0.5f);
            cs.setLineDashPattern(new float[] {2, 2}, 0);
            for (int mark : new int[] {40, 70}) {
                float x = x0 + w * mark / 100f;
                cs.moveTo(x, top);
                cs.lineTo(x, axis);
                cs.stroke();
            }
            cs.setLineDashPattern(new float[] {}, 0);
            cs.setNonStrokingColor(0.4f, 0.4f, 0.4f);
            for (int mark : new int[] {0, 40, 70, 100}) {
                Figure.centred(cs, fonts, Face.REGULAR, 7, x0 + w * mark / 100f, axis - 9, mark + "%");
            }
        };
    }

    static id.rembuk.domain.Readiness.Band bandOf(double p) {
        return id.rembuk.domain.Readiness.Bands.DEFAULT.of(p);
    }

    /**
     * The impact × effort grid: effort rises to the right, impact upwards, so quick wins sit top
     * left as on the room's screen. Each programme is a numbered dot in its dimension's colour, a
     * chosen quick win has a thick dark ring; dots on one spot are fanned out around it.
     */
    static Figure.Painter grid(List<Dot> dots) {
        return (cs, fonts, box) -> {
            float side = Math.min(box.width() - 40, box.height() - 44);
            float x0 = box.x() + (box.width() - side) / 2 + 10;
            float y0 = box.y() + 26;
            float mid = side / 2;
            float[][] fills = {{0.88f, 0.95f, 0.87f}, {0.99f, 0.94f, 0.84f}, {0.94f, 0.94f, 0.94f},
                    {0.98f, 0.89f, 0.88f}};
            QuickWinGrid.Quadrant[] order = {QuickWinGrid.Quadrant.QUICK_WIN, QuickWinGrid.Quadrant.MAJOR_PROJECT,
                    QuickWinGrid.Quadrant.FILL_IN, QuickWinGrid.Quadrant.THANKLESS};
            float[][] at = {{x0, y0 + mid}, {x0 + mid, y0 + mid}, {x0, y0}, {x0 + mid, y0}};
            for (int q = 0; q < 4; q++) {
                cs.setNonStrokingColor(fills[q][0], fills[q][1], fills[q][2]);
                cs.addRect(at[q][0], at[q][1], mid, mid);
                cs.fill();
                // the names sit in the middle, in grey, under the dots: a dot in a corner hides nothing
                cs.setNonStrokingColor(0.55f, 0.55f, 0.55f);
                Figure.centred(cs, fonts, Face.BOLD, 12f, at[q][0] + mid / 2, at[q][1] + mid / 2 + 2,
                        Words.grid(order[q]).toUpperCase(java.util.Locale.ROOT));
                Figure.centred(cs, fonts, Face.ITALIC, 8f, at[q][0] + mid / 2, at[q][1] + mid / 2 - 10,
                        Words.gridCaption(order[q]));
            }
            gridFrame(cs, x0, y0, side, 0.8f, 3);
            cs.setNonStrokingColor(0.3f, 0.3f, 0.3f);
            for (int v = 1; v <= 5; v++) {
                float t = (v - 1) / 4f * side;
                Figure.centred(cs, fonts, Face.REGULAR, 7, x0 + t, y0 - 9, Integer.toString(v));
                Figure.right(cs, fonts, Face.REGULAR, 7, x0 - 3, y0 + t - 2.5f, Integer.toString(v));
            }
            Figure.centred(cs, fonts, Face.BOLD, 8.5f, x0 + mid, y0 - 21, "Upaya (rendah \u2192 tinggi)");
            // upright, above the axis: rotated text reads badly when copied and searched
            Figure.text(cs, fonts, Face.BOLD, 8.5f, x0 - 14, y0 + side + 5, "\u2191 Dampak (rendah \u2192 tinggi)");
            List<float[]> placed = new ArrayList<>();
            float radius = 6.5f;
            for (Dot d : dots) {
                float x = x0 + (float) ((clamp(d.effort()) - 1) / 4 * side);
                float y = y0 + (float) ((clamp(d.impact()) - 1) / 4 * side);
                float[] p = free(placed, x, y, radius, x0, y0, side);
                placed.add(p);
                float[] c = dimensionColour(d.dimension());
                cs.setNonStrokingColor(c[0], c[1], c[2]);
                circle(cs, p[0], p[1], radius);
                cs.fill();
                if (d.chosen()) {
                    cs.setStrokingColor(0.05f, 0.05f, 0.05f);
                    cs.setLineWidth(1.8f);
                    circle(cs, p[0], p[1], radius + 1.4f);
                    cs.stroke();
                }
                cs.setNonStrokingColor(1f, 1f, 1f);
                String num = Integer.toString(d.number());
                float size = num.length() > 2 ? 5.5f : 7f;
                Figure.centred(cs, fonts, Face.BOLD, size, p[0], p[1] - size * 0.36f, num);
            }
        };
    }

    /**
     * A small grid with one dot, beside the words that say the same: where a quick win sits. Effort to
     * the right, impact upwards, as on the full grid.
     */
    static Figure.Painter position(double impact, double effort, Dimension d, List<String> lines) {
        return (cs, fonts, box) -> {
            float side = box.height() - 22;
            float x0 = box.x() + 4;
            float y0 = box.y() + 12;
            float mid = side / 2;
            float[][] fills = {{0.88f, 0.95f, 0.87f}, {0.99f, 0.94f, 0.84f}, {0.94f, 0.94f, 0.94f},
                    {0.98f, 0.89f, 0.88f}};
            float[][] at = {{x0, y0 + mid}, {x0 + mid, y0 + mid}, {x0, y0}, {x0 + mid, y0}};
            for (int q = 0; q < 4; q++) {
                cs.setNonStrokingColor(fills[q][0], fills[q][1], fills[q][2]);
                cs.addRect(at[q][0], at[q][1], mid, mid);
                cs.fill();
            }
            gridFrame(cs, x0, y0, side, 0.6f, 2);
            cs.setNonStrokingColor(0.3f, 0.3f, 0.3f);
            Figure.centred(cs, fonts, Face.REGULAR, 6.5f, x0 + mid, y0 - 8, "Upaya \u2192");
            Figure.text(cs, fonts, Face.REGULAR, 6.5f, x0, y0 + side + 4, "\u2191 Dampak");
            float x = x0 + (float) ((clamp(effort) - 1) / 4 * side);
            float y = y0 + (float) ((clamp(impact) - 1) / 4 * side);
            x = Math.max(x0 + 7, Math.min(x0 + side - 7, x));
            y = Math.max(y0 + 7, Math.min(y0 + side - 7, y));
            float[] c = dimensionColour(d);
            cs.setNonStrokingColor(c[0], c[1], c[2]);
            circle(cs, x, y, 4.5f);
            cs.fill();
            cs.setStrokingColor(0.05f, 0.05f, 0.05f);
            cs.setLineWidth(1.4f);
            circle(cs, x, y, 5.8f);
            cs.stroke();
            float tx = x0 + side + 14;
            float base = box.top() - 14;
            cs.setNonStrokingColor(0.1f, 0.1f, 0.1f);
            for (int i = 0; i < lines.size(); i++) {
                Face face = i == 0 ? Face.BOLD : Face.REGULAR;
                Figure.text(cs, fonts, face, 9.5f, tx, base, Figure.fit(fonts, face, 9.5f, lines.get(i),
                        box.right() - tx));
                base -= 13;
            }
        };
    }

    private static double clamp(double v) {
        return Math.max(1, Math.min(5, v));
    }

    /** The nearest spot on a small spiral around (x, y) that no earlier dot covers, inside the grid. */
    private static float[] free(List<float[]> placed, float x, float y, float r, float x0, float y0, float side) {
        for (int step = 0; step < 400; step++) {
            double a = step * 2.4;
            float d = step == 0 ? 0 : (float) (r * 0.9 * Math.sqrt(step));
            float px = Math.max(x0 + r, Math.min(x0 + side - r, x + d * (float) Math.cos(a)));
            float py = Math.max(y0 + r, Math.min(y0 + side - r, y + d * (float) Math.sin(a)));
            boolean clear = true;
            for (float[] q : placed) {
                if (Math.hypot(q[0] - px, q[1] - py) < 2 * r + 1.5f) {
                    clear = false;
                    break;
                }
            }
            if (clear) {
                return new float[] {px, py};
            }
        }
        return new float[] {x, y};
    }

    private static void polygon(PDPageContentStream cs, List<float[]> pts) throws IOException {
        for (int i = 0; i < pts.size(); i++) {
            if (i == 0) {
                cs.moveTo(pts.get(i)[0], pts.get(i)[1]);
            } else {
                cs.lineTo(pts.get(i)[0], pts.get(i)[1]);
            }
        }
        cs.closePath();
    }

    static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }


    /** The square of a quick-win grid and its dashed cross between the quadrants. */
    private static void gridFrame(org.apache.pdfbox.pdmodel.PDPageContentStream cs, float x0, float y0, float side,
                                  float lineWidth, float dash) throws java.io.IOException {
        float mid = side / 2;
        cs.setStrokingColor(0.3f, 0.3f, 0.3f);
        cs.setLineWidth(lineWidth);
        cs.addRect(x0, y0, side, side);
        cs.stroke();
        cs.setLineDashPattern(new float[] {dash, 2}, 0);
        cs.moveTo(x0 + mid, y0);
        cs.lineTo(x0 + mid, y0 + side);
        cs.moveTo(x0, y0 + mid);
        cs.lineTo(x0 + side, y0 + mid);
        cs.stroke();
        cs.setLineDashPattern(new float[] {}, 0);
    }
}

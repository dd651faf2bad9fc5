package id.rembuk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Finds what a person at a small screen could not read or reach: a label shown cut short (its
 * text ends in the ellipsis), a control lying outside the window or outside an ancestor's clip,
 * and two controls one would click that lie on top of each other. Data cut short in the rows of a
 * list or table is let be (see {@link #inRow}). Run it on the FX thread after a
 * layout pass. Whatever sits in a scrolling container (ScrollPane, a list's or table's rows)
 * counts only where it is in view: the rest is a scroll away, not lost.
 */
public final class LayoutCheck {
    /** Pixels of slack: borders and anti-aliased edges of neighbours may touch. */
    private static final double SLACK = 1.5;

    /** One thing found, said so that a person can find the node. */
    public record Problem(String kind, String node, Bounds bounds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %s at [x=%.0f y=%.0f w=%.0f h=%.0f]", kind, node,
                    bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
        }
    }

    private LayoutCheck() {
    }

    /** Everything the scene shows cut short, out of reach, or overlapping. */
    public static List<Problem> check(Scene scene) {
        List<Problem> found = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        collect(scene.getRoot(), nodes);
        List<Node> interactive = new ArrayList<>();
        for (Node n : nodes) {
            Bounds view = visibleArea(n, scene);
            boolean scrolled = inScroller(n);
            if (n instanceof Labeled l && !inRow(n) && truncated(l) && !hoverShowsAll(l)
                    && !(scrolled && outside(n, view))) {
                found.add(new Problem("text cut short", describe(n), scene(n)));
            }
            if (n instanceof Control && !scrolled && !inside(scene(n), view)) {
                found.add(new Problem("outside the window or its clip", describe(n), scene(n)));
            } else if (n instanceof Control && scrolled && !sideways(n) && nearestViewport(n) != null
                    && outsideSideways(scene(n), nearestViewport(n))) {
                // a scroll pane that never scrolls sideways hides what is wider than it for good
                found.add(new Problem("cut off at the side of a scroll pane", describe(n), scene(n)));
            }
            if (interactive(n) && !hasInteractiveAncestor(n)) {
                interactive.add(n);
            }
        }
        for (int i = 0; i < interactive.size(); i++) {
            Node a = interactive.get(i);
            Bounds ba = intersect(scene(a), visibleArea(a, scene));
            for (int j = i + 1; j < interactive.size() && ba != null; j++) {
                Node b = interactive.get(j);
                Bounds bb = intersect(scene(b), visibleArea(b, scene));
                Bounds both = bb == null ? null : intersect(ba, bb);
                if (both != null && both.getWidth() > SLACK && both.getHeight() > SLACK
                        && !isAncestor(a, b) && !isAncestor(b, a)) {
                    found.add(new Problem("overlaps " + describe(b) + " " + text(scene(b)), describe(a), ba));
                }
            }
        }
        return found;
    }

    /** Visible nodes only, in scene order; popups are other scenes and never reached. */
    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        // an empty row of a list or table is kept hidden or blank by the virtual flow
        if (n instanceof IndexedCell<?> c && (c.isEmpty() || c.getIndex() < 0)) {
            return;
        }
        out.add(n);
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** A label whose skin shows less than its text: the ellipsis took the rest. */
    static boolean truncated(Labeled l) {
        String full = l.getText();
        if (full == null || full.isEmpty() || l.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            return false;
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && t.isVisible() && t.getStyleClass().contains("text")) {
                String shown = t.getText() == null ? "" : t.getText();
                return !plain(shown).equals(plain(full));
            }
        }
        return false;
    }

    /** A tooltip with the whole text: what is cut short is one hover away (a roadmap's bar, a long name). */
    static boolean hoverShowsAll(Labeled l) {
        return l.getProperties().get("javafx.scene.control.Tooltip") instanceof javafx.scene.control.Tooltip t
                && t.getText() != null && plain(t.getText()).contains(plain(l.getText()));
    }

    /** Mnemonic underscores and line breaks aside, the same words. */
    private static String plain(String s) {
        return s.replace("_", "").replaceAll("\\s+", " ").trim();
    }

    /** The part of the window the node could be seen in: the scene cut down by every clip above it. */
    static Bounds visibleArea(Node n, Scene scene) {
        Bounds area = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Node p = n.getParent(); p != null && area != null; p = p.getParent()) {
            if (p.getClip() != null) {
                area = intersect(area, p.localToScene(p.getClip().getBoundsInParent()));
            }
        }
        return area == null ? new BoundingBox(0, 0, 0, 0) : area;
    }

    /** Inside a ScrollPane, a list's or table's rows, or a table's header that scrolls with them. */
    static boolean inScroller(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof VirtualFlow<?> || p instanceof TableHeaderRow) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inside a row of a list or table: the row shows data of any length (a participant's office,
     * a programme's name) and may cut it short, and so may a column's heading: the columns can be
     * widened. The words of the UI itself, and data laid out outside such rows, must fit.
     */
    static boolean inRow(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof IndexedCell<?> || p instanceof TableHeaderRow) {
                return true;
            }
        }
        return false;
    }

    /** Whether the scroll pane nearest above can scroll sideways (or a list or table, which can). */
    private static boolean sideways(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof VirtualFlow<?> || p instanceof TableHeaderRow) {
                return true;
            }
            if (p instanceof ScrollPane s) {
                return s.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
            }
        }
        return true;
    }

    /** The clip just inside the nearest scroll pane above (what it shows of its content), or null. */
    private static Bounds nearestViewport(Node n) {
        Bounds clip = null;
        for (Node p = n.getParent(); p != null && !(p instanceof ScrollPane); p = p.getParent()) {
            if (p.getClip() != null) {
                clip = p.localToScene(p.getClip().getBoundsInParent());
            }
        }
        return clip;
    }

    private static boolean outsideSideways(Bounds b, Bounds area) {
        return b.getMinX() < area.getMinX() - SLACK || b.getMaxX() > area.getMaxX() + SLACK;
    }

    static boolean interactive(Node n) {
        return n instanceof ButtonBase || n instanceof TextInputControl || n instanceof ComboBoxBase<?>
                || n instanceof ChoiceBox<?> || n instanceof Slider || n instanceof Spinner<?>
                || n instanceof atlantafx.base.controls.ToggleSwitch;
    }

    /** A combo box's editor or a spinner's arrows belong to their control, not beside it. */
    private static boolean hasInteractiveAncestor(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (interactive(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Node ancestor, Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Bounds scene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static boolean inside(Bounds b, Bounds area) {
        return b.getMinX() >= area.getMinX() - SLACK && b.getMinY() >= area.getMinY() - SLACK
                && b.getMaxX() <= area.getMaxX() + SLACK && b.getMaxY() <= area.getMaxY() + SLACK;
    }

    private static boolean outside(Node n, Bounds area) {
        return intersect(scene(n), area) == null;
    }

    /** The overlap of two boxes, or null when they do not overlap. */
    static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** Class, id, style classes and text: what a person needs to find the node in the code. */
    public static String describe(Node n) {
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            s.append('#').append(n.getId());
        }
        for (Node p = n.getParent(); p != null && n.getId() == null; p = p.getParent()) {
            if (p.getId() != null) {
                s.append(" in #").append(p.getId());
                break;
            }
        }
        if (!n.getStyleClass().isEmpty()) {
            s.append(" .").append(String.join(".", n.getStyleClass()));
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            s.append(" \"").append(l.getText()).append('"');
        } else if (n instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isEmpty()) {
            s.append(" prompt \"").append(t.getPromptText()).append('"');
        }
        return s.toString();
    }

    private static String text(Bounds b) {
        return String.format(Locale.ROOT, "[x=%.0f y=%.0f w=%.0f h=%.0f]", b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
    }
}

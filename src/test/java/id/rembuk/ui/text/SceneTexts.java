package id.rembuk.ui.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Every text a window shows or hands to a screen reader: labelled controls, prompts, tooltips,
 * tabs, table columns, menus, context menus, plain Text nodes, placeholders, accessible text,
 * chart titles and the window's title. Text the user types into a field is not collected (it is
 * the user's), and text drawn on a Canvas cannot be read back.
 */
public final class SceneTexts {
    private final String where;
    private final List<TextFound> found = new ArrayList<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private SceneTexts(String where) {
        this.where = where;
    }

    /** The texts of one window and everything in its scene. */
    public static List<TextFound> of(String where, Window window) {
        SceneTexts t = new SceneTexts(where);
        if (window instanceof Stage s) {
            t.add("window", s.getTitle());
        }
        if (window.getScene() != null) {
            t.walk(window.getScene().getRoot());
        }
        return t.found;
    }

    /** The texts of a node and everything in it (for a view not in a window). */
    public static List<TextFound> of(String where, Node root) {
        SceneTexts t = new SceneTexts(where);
        t.walk(root);
        return t.found;
    }

    private void walk(Node n) {
        if (n == null || !seen.add(n) || hiddenSkinPart(n)) {
            return;
        }
        String id = n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId() : "");
        add(id + " accessibleText", n.getAccessibleText());
        add(id + " accessibleHelp", n.getAccessibleHelp());
        for (Object v : n.getProperties().values()) {
            if (v instanceof Tooltip tip) {
                tooltip(id, tip);
            }
        }
        if (n instanceof Labeled l) {
            add(id, l.getText());
        } else if (n instanceof Text t && !insideLabeledOrField(t)) {
            add(id, t.getText());
        }
        if (n instanceof TextInputControl f) {
            add(id + " prompt", f.getPromptText());
        }
        if (n instanceof ComboBoxBase<?> c) {
            add(id + " prompt", c.getPromptText());
        }
        if (n instanceof Control c) {
            tooltip(id, c.getTooltip());
            if (c.getContextMenu() != null) {
                items(id + " contextMenu", c.getContextMenu().getItems());
            }
        }
        if (n instanceof MenuBar bar) {
            for (Menu m : bar.getMenus()) {
                item(id, m);
            }
        }
        if (n instanceof MenuButton b) {
            items(id, b.getItems());
        }
        if (n instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                String tabId = id + " tab" + (tab.getId() != null ? "#" + tab.getId() : "");
                add(tabId, tab.getText());
                tooltip(tabId, tab.getTooltip());
                walk(tab.getGraphic());
                walk(tab.getContent());
            }
        }
        if (n instanceof TableView<?> table) {
            columns(id, table.getColumns());
            walk(table.getPlaceholder());
        }
        if (n instanceof TreeTableView<?> table) {
            columns(id, table.getColumns());
            walk(table.getPlaceholder());
        }
        if (n instanceof ListView<?> list) {
            walk(list.getPlaceholder());
        }
        if (n instanceof Chart chart) {
            add(id + " title", chart.getTitle());
        }
        if (n instanceof Axis<?> axis) {
            add(id + " label", axis.getLabel());
        }
        if (n instanceof Labeled l) {
            walk(l.getGraphic());
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child);
            }
        }
    }

    private void columns(String id, List<? extends TableColumnBase<?, ?>> columns) {
        for (TableColumnBase<?, ?> c : columns) {
            String colId = id + " column" + (c.getId() != null ? "#" + c.getId() : "");
            add(colId, c.getText());
            walk(c.getGraphic());
            columns(id, c.getColumns());
        }
    }

    private void items(String id, List<MenuItem> items) {
        for (MenuItem i : items) {
            item(id, i);
        }
    }

    private void item(String id, MenuItem i) {
        if (!seen.add(i)) {
            return;
        }
        add(id + " item" + (i.getId() != null ? "#" + i.getId() : ""), i.getText());
        if (i instanceof Menu m) {
            items(id, m.getItems());
        }
    }

    private void tooltip(String id, Tooltip tip) {
        if (tip != null && seen.add(tip)) {
            add(id + " tooltip", tip.getText());
            walk(tip.getGraphic());
        }
    }

    /**
     * A part of JavaFX's own skins that is never shown, like the close button of a tab that
     * cannot be closed: its English accessible text comes with JavaFX and no one meets it.
     */
    private static boolean hiddenSkinPart(Node n) {
        String name = n.getClass().getName();
        return !n.isVisible() && (name.startsWith("javafx.scene.control.skin.") || name.startsWith("com.sun."));
    }

    /** The Text a Label's or a field's skin draws repeats (or clips) the control's own text. */
    private static boolean insideLabeledOrField(Text t) {
        if ("com.sun.javafx.scene.control.LabeledText".equals(t.getClass().getName())) {
            return true;
        }
        for (Parent p = t.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private void add(String node, String text) {
        if (text != null && !text.isBlank()) {
            found.add(new TextFound(where, node, text));
        }
    }
}

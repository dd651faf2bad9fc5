package id.rembuk.ui.text;

/**
 * One text a person can see (or a screen reader reads): where it was, on what, and what it said.
 *
 * @param where the view or window it was seen in
 * @param node  the node's class and id, and which of its texts (text, prompt, tooltip, …)
 * @param text  the text as shown
 */
public record TextFound(String where, String node, String text) {
    @Override
    public String toString() {
        return where + " | " + node + " | \"" + text + "\"";
    }
}

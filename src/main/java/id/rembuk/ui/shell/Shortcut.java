package id.rembuk.ui.shell;

/**
 * A key a feature answers, listed in the F1 overlay under the feature's heading.
 *
 * @param keys        as printed on the key cap ("F5"), or a message key for a named key ("run.keycap.space")
 * @param descriptionKey message key of what it does
 */
public record Shortcut(String keys, String descriptionKey) {
}

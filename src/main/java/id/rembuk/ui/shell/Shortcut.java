package id.rembuk.ui.shell;

/**
 * A key a feature answers, listed in the F1 overlay under the feature's heading.
 *
 * @param keys        as printed on the key cap ("Spasi", "F5")
 * @param descriptionKey message key of what it does
 */
public record Shortcut(String keys, String descriptionKey) {
}

package id.rembuk.ui.scoring;

/**
 * Someone who scores: a group of the session or a participant.
 *
 * @param text  what a {@code Score} stores as its scorer: a group's code ("GOV"), a person's name
 * @param label how the chooser shows it ("Kelompok GOV · Smart Governance")
 * @param group true for a group
 */
public record Scorer(String text, String label, boolean group) {
    @Override
    public String toString() {
        // SearchableComboBox filters on toString
        return label;
    }
}

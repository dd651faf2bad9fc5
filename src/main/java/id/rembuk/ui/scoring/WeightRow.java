package id.rembuk.ui.scoring;

import id.rembuk.domain.Criterion;

/**
 * One criterion in the weights editor.
 *
 * @param label  the criterion's full name ("Dampak bagi warga")
 * @param brief  its short name for column heads ("Dampak")
 * @param weight 0..100; 0 leaves the criterion out
 * @param share  its share of all weights as shown ("25%")
 */
public record WeightRow(Criterion criterion, String label, String brief, int weight, String share) {
}

package id.rembuk.report.pdf;

import java.util.List;

/**
 * One signature block: "Luwuk, 16 Juni 2022" (may be empty), the role lines ("Mengetahui,",
 * "Kepala Bappeda"), room to sign, the name bold and underlined, "NIP. ..." under it.
 * An empty name prints a dotted line to fill in by hand; an empty NIP prints a dotted NIP when
 * {@code nipLine} is set (civil servants) and nothing otherwise (the regent, experts).
 */
public record Signature(String placeDate, List<String> roles, String name, String nip, boolean nipLine) {
    public Signature {
        placeDate = placeDate == null ? "" : placeDate;
        roles = List.copyOf(roles);
        name = name == null ? "" : name;
        nip = nip == null ? "" : nip;
    }
}

package id.rembuk.report.documents;

import id.rembuk.report.pdf.DocInfo;
import id.rembuk.report.pdf.Letterhead;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The kop and document properties every document of a session shares. */
final class Kop {
    private Kop() {
    }

    static Letterhead of(SessionFacts f, DocumentOptions o) {
        List<String> lines = new ArrayList<>();
        lines.add("PEMERINTAH " + f.regionName().toUpperCase(Locale.ROOT));
        String organiser = o.organiser().isEmpty()
                ? f.planningHead().map(p -> p.institution()).orElse("") : o.organiser();
        if (!organiser.isEmpty()) {
            lines.add(organiser.toUpperCase(Locale.ROOT));
        }
        String venue = f.info().venue().replace("(CONTOH)", "").strip();
        String province = f.info().province();
        String address = venue.isEmpty() ? province
                : province.isEmpty() ? venue : venue + ", " + province;
        return new Letterhead(lines, address, o.logo());
    }

    static DocInfo info(SessionFacts f, DocumentOptions o, String title) {
        String footer = title + " · Tahap " + f.info().stage().name() + " " + f.regionName()
                + (f.info().sample() ? " · DATA CONTOH, bukan dokumen resmi" : "");
        return new DocInfo(title + " " + f.activity(), f.activity(), "GMSC; smart city; bimtek; " + f.regionName(),
                o.created(), footer);
    }
}

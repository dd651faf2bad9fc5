package id.rembuk.ui.merge;

import id.rembuk.domain.EntityKind;
import id.rembuk.i18n.Messages;
import id.rembuk.merge.MergeReport.FileReport;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One file of a merge as the report shows it, in the user's language.
 *
 * @param counts  new, already known and newly opened conflicts; empty for a file not merged
 * @param items   the items that first appear through the file, by kind ("Butir SWOT 4 · Program 2")
 * @param writers the laptops whose new edits it brings, with how many each
 * @param problem why a refused file was refused; empty otherwise
 */
public record MergeRow(Path file, String name, Status status, String outcome, String counts, String items,
                       String writers, String problem) {

    /** The lines under the file's name, in order, leaving out the empty ones. */
    public java.util.List<String> details() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String s : new String[] {counts, items, writers, problem}) {
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        if (status == Status.REFUSED) {
            lines.add(Messages.get("merge.row.refusedHint"));
        }
        return lines;
    }

    /** How the row reads at a glance; the view colours it. */
    public enum Status {
        NEW, NOTHING_NEW, SKIPPED, REFUSED
    }

    /** @param dryRun the report of a dry run: the row says what will happen */
    static MergeRow of(FileReport r, boolean dryRun) {
        String name = String.valueOf(r.file().getFileName());
        return switch (r.outcome()) {
            case MERGED -> new MergeRow(r.file(), name, Status.NEW,
                    Messages.get(dryRun ? "merge.row.willMerge" : "merge.row.merged"), counts(r, dryRun),
                    items(r.newItems()), writers(r.writers()), "");
            case NOTHING_NEW -> new MergeRow(r.file(), name, Status.NOTHING_NEW, Messages.get("merge.row.nothingNew"),
                    Messages.get("merge.row.allKnown", number(r.known())), "", "", "");
            case OTHER_SESSION -> skipped(r);
            case REJECTED -> new MergeRow(r.file(), name, Status.REFUSED, Messages.get("merge.row.refused"), "", "",
                    "", r.problem().orElse(Messages.get("merge.row.refusedUnknown")));
        };
    }

    /** A file of another session the user chose not to merge (or was not asked about yet). */
    static MergeRow skipped(FileReport r) {
        return new MergeRow(r.file(), String.valueOf(r.file().getFileName()), Status.SKIPPED,
                Messages.get("merge.row.skipped"), "", "", "", Messages.get("merge.row.otherSession"));
    }

    private static String counts(FileReport r, boolean dryRun) {
        return Messages.get(dryRun ? "merge.row.countsPreview" : "merge.row.counts", number(r.fresh()),
                number(r.known()), number(r.conflicts()));
    }

    static String items(Map<String, Integer> byKind) {
        if (byKind.isEmpty()) {
            return "";
        }
        String list = byKind.entrySet().stream()
                .map(e -> Messages.get("merge.row.itemCount", kindLabel(e.getKey()), number(e.getValue())))
                .sorted().collect(Collectors.joining(" · "));
        return Messages.get("merge.row.items", list);
    }

    static String writers(Map<String, Integer> byLaptop) {
        if (byLaptop.isEmpty()) {
            return "";
        }
        String list = byLaptop.entrySet().stream()
                .map(e -> Messages.get("merge.row.writer", e.getKey(), number(e.getValue())))
                .collect(Collectors.joining("; "));
        return Messages.get("merge.row.writers", list);
    }

    static String kindLabel(String code) {
        return EntityKind.ofCode(code).map(k -> Messages.get(k.messageKey())).orElse(code);
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(Messages.locale()).format(n);
    }
}

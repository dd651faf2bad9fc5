package id.rembuk.participants;

import id.rembuk.domain.Duplicates;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Participant.Unsur;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.SessionState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What importing a participant list would do, row by row, before anything is saved: the
 * participant each row creates or why it cannot, warnings, and the people who are probably
 * already in the session or twice in the file. Pure: reading the file is the only I/O, and
 * nothing is written; {@link #plan(Choices)} and {@link #toAction(Choices)} turn the user's
 * choices into the one {@link Action} that does the import.
 */
public final class ImportPreview {
    private final Source source;
    private final List<RowPreview> rows;
    private final int emptyRows;
    private final int repeatedHeaders;

    /**
     * Where the rows came from, for the report.
     *
     * @param headers the header text of each column read
     */
    public record Source(String fileName, Table.Format format, String encoding, String delimiter, String sheet,
                         int headerRow, Map<Column, String> headers, List<HeaderMap.IgnoredColumn> ignored) {
        public Source {
            headers = java.util.Collections.unmodifiableMap(new EnumMap<>(headers));
            ignored = List.copyOf(ignored);
        }
    }

    /**
     * @param rows                 rows with participant data
     * @param ready                rows that can be added as they are (no error, not already in the session)
     * @param withWarnings         rows with warnings only or among errors
     * @param withErrors           rows with at least one error
     * @param fixable              rows whose errors all go away by leaving the bad values out
     * @param duplicatesOfExisting rows that probably are a participant the session has
     * @param duplicatesInFile     rows that probably are the same person as another row
     * @param emptyRows            blank rows below the header, skipped
     * @param repeatedHeaders      copies of the header row further down, skipped
     */
    public record Counts(int rows, int ready, int withWarnings, int withErrors, int fixable, int duplicatesOfExisting,
                         int duplicatesInFile, int emptyRows, int repeatedHeaders) {
    }

    private ImportPreview(Source source, List<RowPreview> rows, int emptyRows, int repeatedHeaders) {
        this.source = source;
        this.rows = List.copyOf(rows);
        this.emptyRows = emptyRows;
        this.repeatedHeaders = repeatedHeaders;
    }

    /** Reads the file and previews it against the session's participants. */
    public static ImportPreview read(Path file, SessionState state) throws ImportException {
        return of(TableReader.read(file), participantsOf(state));
    }

    public static ImportPreview read(Path file, List<Participant> existing) throws ImportException {
        return of(TableReader.read(file), existing);
    }

    /** The live participants of a session (entities that do not make a valid participant are left out). */
    public static List<Participant> participantsOf(SessionState state) {
        return Records.read(state, EntityKind.PARTICIPANT, Participant::from).records();
    }

    public static ImportPreview of(Table table, List<Participant> existing) throws ImportException {
        HeaderMap header = HeaderMap.find(table);
        RowReader reader = new RowReader(header);
        List<Integer> numbers = new ArrayList<>();
        List<RowReader.Read> reads = new ArrayList<>();
        int empty = 0;
        int repeated = 0;
        for (TableRow row : table.rows()) {
            if (row.number() <= header.headerRow()) {
                continue;
            }
            if (reader.isEmpty(row)) {
                empty += row.isBlank() ? 1 : 0;
                continue;
            }
            if (header.isRepeatedHeader(row)) {
                repeated++;
                continue;
            }
            numbers.add(row.number());
            reads.add(reader.read(row));
        }
        if (reads.isEmpty()) {
            throw new ImportException("participants.read.no_rows", table.fileName(),
                    Integer.toString(header.headerRow()));
        }
        Map<Column, String> headers = new EnumMap<>(Column.class);
        TableRow headerRow = table.rows().stream().filter(r -> r.number() == header.headerRow()).findFirst()
                .orElseThrow();
        header.columns().forEach((c, i) -> headers.put(c, headerRow.cell(i).clean()));
        Source source = new Source(table.fileName(), table.format(), table.encoding(), table.delimiter(), table.sheet(),
                header.headerRow(), headers, header.ignored());
        return new ImportPreview(source, withDuplicates(numbers, reads, existing), empty, repeated);
    }

    private static List<RowPreview> withDuplicates(List<Integer> numbers, List<RowReader.Read> reads,
                                                   List<Participant> existing) {
        Map<String, Participant> existingById = new HashMap<>();
        existing.forEach(p -> existingById.put(p.id(), p));
        Map<String, Integer> rowById = new HashMap<>();
        List<Participant> all = new ArrayList<>(existing);
        for (int i = 0; i < reads.size(); i++) {
            Optional<Participant> p = reads.get(i).participant();
            if (p.isPresent()) {
                rowById.put(p.get().id(), numbers.get(i));
                all.add(p.get());
            }
        }
        Map<Integer, List<RowPreview.ExistingMatch>> toExisting = new LinkedHashMap<>();
        Map<Integer, List<RowPreview.FileMatch>> inFile = new LinkedHashMap<>();
        for (Duplicates.Suggestion s : Duplicates.suggest(all)) {
            Integer a = rowById.get(s.first());
            Integer b = rowById.get(s.second());
            if (a != null && b != null) {
                inFile.computeIfAbsent(a, k -> new ArrayList<>()).add(new RowPreview.FileMatch(b, s.reason()));
                inFile.computeIfAbsent(b, k -> new ArrayList<>()).add(new RowPreview.FileMatch(a, s.reason()));
            } else if (a != null || b != null) {
                int row = a != null ? a : b;
                Participant other = existingById.get(a != null ? s.second() : s.first());
                toExisting.computeIfAbsent(row, k -> new ArrayList<>()).add(new RowPreview.ExistingMatch(other, s.reason()));
            }
        }
        List<RowPreview> out = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            int row = numbers.get(i);
            List<RowPreview.ExistingMatch> ex = new ArrayList<>(toExisting.getOrDefault(row, List.of()));
            ex.sort(Comparator.comparing(RowPreview.ExistingMatch::reason));
            List<RowPreview.FileMatch> fm = new ArrayList<>(inFile.getOrDefault(row, List.of()));
            fm.sort(Comparator.comparing(RowPreview.FileMatch::reason).thenComparingInt(RowPreview.FileMatch::row));
            out.add(new RowPreview(row, reads.get(i).participant(), reads.get(i).problems(), ex, fm));
        }
        return out;
    }

    public Source source() {
        return source;
    }

    /** The data rows in file order. */
    public List<RowPreview> rows() {
        return rows;
    }

    public Optional<RowPreview> row(int number) {
        return rows.stream().filter(r -> r.row() == number).findFirst();
    }

    public Counts counts() {
        int ready = 0;
        int warnings = 0;
        int errors = 0;
        int fixable = 0;
        int dupExisting = 0;
        int dupFile = 0;
        for (RowPreview r : rows) {
            ready += r.importable(false) && !r.isDuplicateOfExisting() ? 1 : 0;
            warnings += r.hasWarnings() ? 1 : 0;
            errors += r.hasErrors() ? 1 : 0;
            fixable += r.canDropBadFields() ? 1 : 0;
            dupExisting += r.isDuplicateOfExisting() ? 1 : 0;
            dupFile += r.inFile().isEmpty() ? 0 : 1;
        }
        return new Counts(rows.size(), ready, warnings, errors, fixable, dupExisting, dupFile, emptyRows,
                repeatedHeaders);
    }

    /**
     * What the import does with these choices.
     *
     * @throws IllegalArgumentException if a row is to update a participant but matches none
     */
    public ImportPlan plan(Choices choices) {
        List<ImportPlan.Added> added = new ArrayList<>();
        List<ImportPlan.Updated> updated = new ArrayList<>();
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        // two rows may fill in the same participant: the second sees what the first filled
        Map<String, Participant> current = new HashMap<>();
        for (RowPreview r : rows) {
            Decision d = choices.decisionFor(r);
            if (d == Decision.UPDATE_EXISTING && !r.isDuplicateOfExisting()) {
                throw new IllegalArgumentException("row " + r.row() + " matches no participant of the session");
            }
            if (d == Decision.SKIP) {
                boolean chosen = choices.rows().containsKey(r.row());
                skipped.add(new ImportPlan.Skipped(r.row(), chosen ? ImportPlan.Skipped.Why.CHOSEN
                        : r.isDuplicateOfExisting() ? ImportPlan.Skipped.Why.DUPLICATE
                        : ImportPlan.Skipped.Why.ERRORS));
                continue;
            }
            if (!r.importable(choices.dropsBadFields(r.row()))) {
                skipped.add(new ImportPlan.Skipped(r.row(), ImportPlan.Skipped.Why.ERRORS));
                continue;
            }
            Participant p = r.participant().orElseThrow();
            if (d == Decision.ADD) {
                added.add(new ImportPlan.Added(r.row(), p));
                continue;
            }
            Participant target = r.existing().get(0).participant();
            Participant before = current.getOrDefault(target.id(), target);
            Filled f = fill(before, p);
            if (f.fields().isEmpty()) {
                skipped.add(new ImportPlan.Skipped(r.row(), ImportPlan.Skipped.Why.NOTHING_NEW));
                continue;
            }
            current.put(target.id(), f.after());
            updated.add(new ImportPlan.Updated(r.row(), target, f.after(), f.fields()));
        }
        // a participant filled by two rows is one update with the fields of both
        Map<String, ImportPlan.Updated> merged = new LinkedHashMap<>();
        for (ImportPlan.Updated u : updated) {
            ImportPlan.Updated prev = merged.get(u.before().id());
            if (prev == null) {
                merged.put(u.before().id(), u);
            } else {
                List<String> fields = new ArrayList<>(prev.fields());
                fields.addAll(u.fields());
                merged.put(u.before().id(), new ImportPlan.Updated(prev.row(), prev.before(), u.after(), fields));
            }
        }
        return new ImportPlan(source.fileName(), added, new ArrayList<>(merged.values()), skipped);
    }

    /** The one action that imports with these choices; empty when they change nothing. */
    public Optional<Action> toAction(Choices choices) {
        return plan(choices).action();
    }

    private record Filled(Participant after, List<String> fields) {
    }

    /** The existing participant with its empty fields taken from the row; nothing it has is overwritten. */
    private static Filled fill(Participant e, Participant row) {
        List<String> fields = new ArrayList<>();
        String nip = pick(e.nip(), row.nip(), Participant.F_NIP, fields);
        String jabatan = pick(e.jabatan(), row.jabatan(), Participant.F_JABATAN, fields);
        String institution = pick(e.institution(), row.institution(), Participant.F_INSTITUTION, fields);
        Unsur unsur = e.unsur();
        if (unsur == Unsur.LAINNYA && row.unsur() != Unsur.LAINNYA) {
            unsur = row.unsur();
            fields.add(Participant.F_UNSUR);
        }
        String group = pick(e.group(), row.group(), Participant.F_GROUP, fields);
        String phone = pick(e.phone(), row.phone(), Participant.F_PHONE, fields);
        String email = pick(e.email(), row.email(), Participant.F_EMAIL, fields);
        return new Filled(new Participant(e.id(), e.name(), nip, jabatan, institution, unsur, group, phone, email),
                fields);
    }

    private static String pick(String have, String offered, String field, List<String> fields) {
        if (have.isEmpty() && !offered.isEmpty()) {
            fields.add(field);
            return offered;
        }
        return have;
    }
}

package id.rembuk.participants;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the header row is and which column holds what. Lists often start with a title block
 * ("DAFTAR PESERTA BIMTEK …", the date, the venue), so the header is the row among the first
 * {@value #SEARCH_ROWS} that names the most known columns, one of them the name.
 *
 * @param headerRow the header's row number as Excel shows it
 * @param columns   0-based column index of each participant column found
 * @param ignored   columns that are not read, with why
 */
public record HeaderMap(int headerRow, Map<Column, Integer> columns, List<IgnoredColumn> ignored) {
    static final int SEARCH_ROWS = 30;

    public HeaderMap {
        columns = Collections.unmodifiableMap(new EnumMap<>(columns));
        ignored = List.copyOf(ignored);
    }

    /**
     * A column that is not imported.
     *
     * @param header the header text as written (empty when the column has none)
     * @param letter Excel's column letter
     */
    public record IgnoredColumn(String header, String letter, Why why) {
        public enum Why {
            /** a header this import does not know ("No", "Tanda Tangan", "Jenis Kelamin") */
            UNKNOWN,
            /** a second column for something already read ("WA" after "No. HP") */
            REPEATED,
            /** data under an empty header */
            NO_HEADER;

            /** Key of the reason in the participants bundle. */
            public String messageKey() {
                return switch (this) {
                    case UNKNOWN -> "participants.ignored.unknown";
                    case REPEATED -> "participants.ignored.repeated";
                    case NO_HEADER -> "participants.ignored.no_header";
                };
            }
        }
    }

    public Optional<Integer> index(Column c) {
        return Optional.ofNullable(columns.get(c));
    }

    public static HeaderMap find(Table table) throws ImportException {
        TableRow best = null;
        int bestScore = 0;
        int seen = 0;
        for (TableRow row : table.rows()) {
            if (seen++ >= SEARCH_ROWS) {
                break;
            }
            Map<Column, Integer> m = map(row);
            if (m.containsKey(Column.NAME) && m.size() > bestScore) {
                best = row;
                bestScore = m.size();
            }
        }
        if (best == null) {
            throw new ImportException("participants.read.no_header", table.fileName(), SEARCH_ROWS);
        }
        Map<Column, Integer> columns = map(best);
        List<IgnoredColumn> ignored = new ArrayList<>();
        int width = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        for (int i = 0; i < width; i++) {
            if (columns.containsValue(i)) {
                continue;
            }
            String header = best.cell(i).clean();
            if (header.isEmpty()) {
                if (hasDataBelow(table, best.number(), i)) {
                    ignored.add(new IgnoredColumn("", Names.columnLetter(i), IgnoredColumn.Why.NO_HEADER));
                }
            } else {
                ignored.add(new IgnoredColumn(header, Names.columnLetter(i),
                        Column.ofHeader(header).isPresent() ? IgnoredColumn.Why.REPEATED : IgnoredColumn.Why.UNKNOWN));
            }
        }
        return new HeaderMap(best.number(), columns, ignored);
    }

    /** Known columns of a row, each at its first (left-most) header. */
    private static Map<Column, Integer> map(TableRow row) {
        Map<Column, Integer> m = new EnumMap<>(Column.class);
        for (int i = 0; i < row.cells().size(); i++) {
            int col = i;
            Column.ofHeader(row.cell(i).clean()).ifPresent(c -> m.putIfAbsent(c, col));
        }
        return m;
    }

    private static boolean hasDataBelow(Table table, int headerRow, int column) {
        return table.rows().stream().anyMatch(r -> r.number() > headerRow && !r.cell(column).isBlank());
    }

    /** A row that repeats the header (lists pasted from several pages). */
    boolean isRepeatedHeader(TableRow row) {
        return columns.entrySet().stream()
                .allMatch(e -> Column.ofHeader(row.cell(e.getValue()).clean()).filter(e.getKey()::equals).isPresent());
    }
}

package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How record fields are written as text and read back: numbers plain, dates ISO, enums by name,
 * lists one item a line. Reading is lenient (a value typed on another laptop by an older version
 * must not make the whole session unreadable): an unreadable value reads as absent, and the
 * record's constructor then decides whether that is acceptable.
 */
public final class Fields {
    /** Longest list, newlines included; below the store's 64k-character cap on one field. */
    public static final int MAX_LIST_CHARS = 60_000;

    private Fields() {
    }

    public static String text(EntityState e, String field) {
        return e.getOr(field, "");
    }

    public static int integer(EntityState e, String field, int fallback) {
        return optionalInt(e, field).orElse(fallback);
    }

    public static OptionalInt optionalInt(EntityState e, String field) {
        Optional<String> v = e.get(field).map(String::strip).filter(s -> !s.isEmpty());
        try {
            return v.isPresent() ? OptionalInt.of(Integer.parseInt(v.get())) : OptionalInt.empty();
        } catch (NumberFormatException ex) {
            return OptionalInt.empty();
        }
    }

    public static long number(EntityState e, String field, long fallback) {
        return optionalLong(e, field).orElse(fallback);
    }

    public static OptionalLong optionalLong(EntityState e, String field) {
        Optional<String> v = e.get(field).map(String::strip).filter(s -> !s.isEmpty());
        try {
            return v.isPresent() ? OptionalLong.of(Long.parseLong(v.get())) : OptionalLong.empty();
        } catch (NumberFormatException ex) {
            return OptionalLong.empty();
        }
    }

    public static Optional<LocalDate> date(EntityState e, String field) {
        try {
            return e.get(field).map(String::strip).filter(s -> !s.isEmpty()).map(LocalDate::parse);
        } catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    public static Optional<LocalTime> time(EntityState e, String field) {
        try {
            return e.get(field).map(String::strip).filter(s -> !s.isEmpty()).map(LocalTime::parse);
        } catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    public static <E extends Enum<E>> Optional<E> enumOf(EntityState e, String field, Class<E> type) {
        return e.get(field).map(String::strip).flatMap(v -> Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(v)).findFirst());
    }

    public static <E extends Enum<E>> E enumOr(EntityState e, String field, Class<E> type, E fallback) {
        return enumOf(e, field, type).orElse(fallback);
    }

    public static List<String> lines(EntityState e, String field) {
        return splitLines(e.getOr(field, ""));
    }

    /** Lines with blanks kept in place (e.g. a yearly target left empty for year 2). */
    public static List<String> positionalLines(EntityState e, String field) {
        String v = e.getOr(field, "");
        if (v.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(v.split("\n", -1)).map(String::strip).toList();
    }

    public static List<String> splitLines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Stripped, non-empty items on one line each, so the newline encoding reads them back alike. */
    public static List<String> items(List<String> items, int maxEach) {
        if (items == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int total = 0;
        for (String s : items) {
            String t = s == null ? "" : s.replace('\r', ' ').replace('\n', ' ').strip();
            if (!t.isEmpty()) {
                InvalidValue.check(t.length() <= maxEach, "domain.invalid.too_long", maxEach);
                out.add(t);
                total += t.length() + 1;
            }
        }
        // The whole list is stored in one field, and a field holds at most 64k characters.
        InvalidValue.check(total <= MAX_LIST_CHARS, "domain.invalid.too_long", MAX_LIST_CHARS);
        return List.copyOf(out);
    }

    /** Builds the edits of one entity; every field is written so an edit also clears stale values. */
    public static final class Writer {
        private final String kind;
        private final String id;
        private final List<Edit> edits = new ArrayList<>();

        public Writer(EntityKind kind, String id) {
            this.kind = kind.code();
            this.id = id;
        }

        public Writer text(String field, String value) {
            edits.add(Edit.set(kind, id, field, value == null || value.isEmpty() ? null : value));
            return this;
        }

        public Writer integer(String field, long value) {
            return text(field, Long.toString(value));
        }

        public Writer optionalInt(String field, OptionalInt value) {
            return text(field, value.isPresent() ? Integer.toString(value.getAsInt()) : null);
        }

        public Writer optionalLong(String field, OptionalLong value) {
            return text(field, value.isPresent() ? Long.toString(value.getAsLong()) : null);
        }

        public Writer value(String field, Optional<?> value) {
            return text(field, value.map(v -> v instanceof Enum<?> en ? en.name() : v.toString()).orElse(null));
        }

        public Writer value(String field, Object value) {
            return text(field, value == null ? null : value instanceof Enum<?> en ? en.name() : value.toString());
        }

        public Writer lines(String field, List<String> values) {
            return text(field, String.join("\n", values));
        }

        public List<Edit> build() {
            return List.copyOf(edits);
        }
    }
}

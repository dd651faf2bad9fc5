package id.rembuk.agenda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Stage;
import id.rembuk.i18n.Messages;
import id.rembuk.store.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The template file format (docs/adr/0008-agenda-templates-as-data.md). Read from the JSON tree by
 * hand rather than bound to classes, so every wrong value is reported with the day and block it is
 * in, in words a facilitator who edited the file can act on. Unknown properties are ignored: a file
 * from a newer Rembuk with the same format version only added some.
 */
final class TemplateJson {
    static final String KIND = "rembuk-agenda-template";
    /** Raise only when a reader of the previous version would misread a file; adding properties does not. */
    static final int FORMAT_VERSION = 1;

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    // "\n" on every system, so a template written on Windows and on Linux is the same file
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final String file;

    private TemplateJson(String file) {
        this.file = file;
    }

    static byte[] toBytes(AgendaTemplate t) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kind", KIND);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("writtenBy", Version.current());
        root.put("name", t.name());
        t.stage().ifPresentOrElse(s -> root.put("stage", s.name()), () -> root.putNull("stage"));
        root.put("description", t.description());
        ArrayNode days = root.putArray("days");
        for (AgendaTemplate.Day d : t.days()) {
            ObjectNode day = days.addObject();
            day.put("day", d.number());
            day.put("start", AgendaTemplate.Block.format(AgendaTemplate.minuteOf(d.start())));
            day.put("end", AgendaTemplate.Block.format(d.endMinute()));
            ArrayNode blocks = day.putArray("blocks");
            for (AgendaTemplate.Block b : d.blocks()) {
                ObjectNode block = blocks.addObject();
                block.put("start", AgendaTemplate.Block.format(b.startMinute()));
                block.put("durationMinutes", b.durationMinutes());
                block.put("title", b.title());
                block.put("kind", b.kind().name());
                block.put("speaker", b.speaker());
                ArrayNode groups = block.putArray("groups");
                b.groups().forEach(groups::add);
                block.put("expectedOutput", b.expectedOutput());
            }
        }
        try {
            byte[] body = WRITER.writeValueAsBytes(root);
            byte[] out = Arrays.copyOf(body, body.length + 1);
            out[body.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** @param file how to name the file in messages */
    static AgendaTemplate parse(byte[] bytes, String file) throws AgendaTemplateException {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new AgendaTemplateException("agenda.file.empty", file);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new AgendaTemplateException(e, endsEarly(e, bytes) ? "agenda.file.truncated" : "agenda.file.malformed",
                    file, line(e), column(e));
        } catch (IOException e) {
            throw new AgendaTemplateException(e, "agenda.file.cannot_read", file);
        }
        return new TemplateJson(file).template(root);
    }

    /**
     * A file cut off by an interrupted copy fails where its content ends; Jackson says so with a
     * JsonEOFException only for some of the places a cut can fall, so the position decides.
     */
    private static boolean endsEarly(JsonProcessingException e, byte[] bytes) {
        if (e instanceof JsonEOFException) {
            return true;
        }
        int end = bytes.length;
        while (end > 0 && Character.isWhitespace(bytes[end - 1])) {
            end--;
        }
        return e.getLocation() != null && e.getLocation().getByteOffset() >= end;
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static int column(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    }

    private AgendaTemplate template(JsonNode root) throws AgendaTemplateException {
        if (root == null || !root.isObject() || !KIND.equals(root.path("kind").asText(null))) {
            throw new AgendaTemplateException("agenda.file.not_template", file);
        }
        JsonNode v = root.get("formatVersion");
        if (v == null || v.isNull()) {
            throw new AgendaTemplateException("agenda.file.missing", file, where(), "formatVersion");
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw new AgendaTemplateException("agenda.file.bad_format_version", file, v.toString());
        }
        if (v.intValue() > FORMAT_VERSION) {
            throw new AgendaTemplateException("agenda.file.newer_format", file, v.intValue(), FORMAT_VERSION);
        }
        String name = text(root, "name", true, where());
        Optional<Stage> stage = stage(root.get("stage"));
        String description = text(root, "description", false, where());
        JsonNode daysNode = array(root, "days", where());
        List<AgendaTemplate.Day> days = new ArrayList<>();
        for (int i = 0; i < daysNode.size(); i++) {
            days.add(day(daysNode.get(i), i + 1));
        }
        try {
            return new AgendaTemplate(name, stage, description, days);
        } catch (InvalidTemplate | InvalidValue e) {
            throw invalid(e, where());
        }
    }

    private AgendaTemplate.Day day(JsonNode node, int position) throws AgendaTemplateException {
        String here = Messages.get("agenda.where.day", position);
        if (!node.isObject()) {
            throw new AgendaTemplateException("agenda.file.wrong_type", file, here, "days");
        }
        int number = integer(node, "day", here);
        String at = Messages.get("agenda.where.day", number);
        int start = time(text(node, "start", true, at), at, false);
        int end = time(text(node, "end", true, at), at, true);
        JsonNode blocksNode = array(node, "blocks", at);
        List<AgendaTemplate.Block> blocks = new ArrayList<>();
        for (int i = 0; i < blocksNode.size(); i++) {
            blocks.add(block(blocksNode.get(i), number, i + 1));
        }
        try {
            return new AgendaTemplate.Day(number, LocalTime.ofSecondOfDay(start * 60L),
                    LocalTime.ofSecondOfDay(end % AgendaTemplate.MINUTES_PER_DAY * 60L), blocks);
        } catch (InvalidTemplate | InvalidValue e) {
            throw invalid(e, at);
        }
    }

    private AgendaTemplate.Block block(JsonNode node, int day, int position) throws AgendaTemplateException {
        String at = Messages.get("agenda.where.block", day, position);
        if (!node.isObject()) {
            throw new AgendaTemplateException("agenda.file.wrong_type", file, at, "blocks");
        }
        String startText = text(node, "start", true, at);
        int start = time(startText, at, false);
        int minutes = integer(node, "durationMinutes", at);
        if (minutes < 1 || minutes > 720) {
            throw new AgendaTemplateException("agenda.file.bad_duration", file, at, minutes);
        }
        if (start + minutes > AgendaTemplate.MINUTES_PER_DAY) {
            throw new AgendaTemplateException("agenda.file.past_midnight", file, at, startText.strip(), minutes);
        }
        String title = text(node, "title", true, at);
        AgendaItem.Kind kind = kind(text(node, "kind", true, at), at);
        String speaker = text(node, "speaker", false, at);
        List<String> groups = strings(node, "groups", at);
        String output = text(node, "expectedOutput", false, at);
        try {
            return new AgendaTemplate.Block(LocalTime.ofSecondOfDay(start * 60L), minutes, title, kind,
                    speaker, groups, output);
        } catch (InvalidTemplate | InvalidValue e) {
            throw invalid(e, at);
        }
    }

    private String where() {
        return Messages.get("agenda.where.template");
    }

    /** A template rule's message names its day and block itself; a field rule's message needs the place. */
    private AgendaTemplateException invalid(IllegalArgumentException e, String at) {
        if (e instanceof InvalidTemplate t) {
            return new AgendaTemplateException(e, "agenda.file.broken_rule", file, t.userMessage());
        }
        InvalidValue v = (InvalidValue) e;
        return new AgendaTemplateException(e, "agenda.file.invalid", file, at, Messages.get(v.key(), v.args()));
    }

    private String text(JsonNode node, String field, boolean required, String at) throws AgendaTemplateException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new AgendaTemplateException("agenda.file.missing", file, at, field);
            }
            return "";
        }
        if (!v.isTextual()) {
            throw new AgendaTemplateException("agenda.file.wrong_type", file, at, field);
        }
        return v.textValue();
    }

    private int integer(JsonNode node, String field, String at) throws AgendaTemplateException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new AgendaTemplateException("agenda.file.missing", file, at, field);
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new AgendaTemplateException("agenda.file.wrong_type", file, at, field);
        }
        return v.intValue();
    }

    private JsonNode array(JsonNode node, String field, String at) throws AgendaTemplateException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new AgendaTemplateException("agenda.file.missing", file, at, field);
        }
        if (!v.isArray()) {
            throw new AgendaTemplateException("agenda.file.wrong_type", file, at, field);
        }
        return v;
    }

    private List<String> strings(JsonNode node, String field, String at) throws AgendaTemplateException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new AgendaTemplateException("agenda.file.wrong_type", file, at, field);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw new AgendaTemplateException("agenda.file.wrong_type", file, at, field);
            }
            out.add(item.textValue());
        }
        return out;
    }

    /** Minutes after midnight of "08:30" or "08.30" (the Indonesian way); "24:00" only as a day's end. */
    private int time(String text, String at, boolean endOfDay) throws AgendaTemplateException {
        Matcher m = TIME.matcher(text.strip());
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h < 24 && min < 60) {
                return h * 60 + min;
            }
            if (endOfDay && h == 24 && min == 0) {
                return AgendaTemplate.MINUTES_PER_DAY;
            }
        }
        throw new AgendaTemplateException("agenda.file.bad_time", file, at, text);
    }

    private AgendaItem.Kind kind(String text, String at) throws AgendaTemplateException {
        String k = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(AgendaItem.Kind.values()).filter(c -> c.name().equals(k)).findFirst()
                .orElseThrow(() -> new AgendaTemplateException("agenda.file.unknown_kind", file, at, text,
                        Arrays.stream(AgendaItem.Kind.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    private Optional<Stage> stage(JsonNode v) throws AgendaTemplateException {
        if (v == null || v.isNull() || v.isTextual() && v.textValue().isBlank()) {
            return Optional.empty();
        }
        try {
            if (v.isIntegralNumber() && v.canConvertToInt()) {
                return Optional.of(Stage.ofNumber(v.intValue()));
            }
            if (v.isTextual()) {
                return Optional.of(Stage.parse(v.textValue()));
            }
        } catch (IllegalArgumentException e) {
            // reported below, with the value as written
        }
        throw new AgendaTemplateException("agenda.file.bad_stage", file, v.isTextual() ? v.textValue() : v.toString());
    }
}

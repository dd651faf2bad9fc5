package id.rembuk.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Conflicts;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.FieldState;
import id.rembuk.domain.change.SessionState;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The current state of a session written canonically: items sorted by kind and id, fields by
 * name, competing values of a conflict sorted by value, nothing that depends on the machine, the
 * time, the program version or the order edits arrived in. Two files holding the same set of
 * edits give byte-identical output, so a plain file comparison shows whether two merges agree.
 */
public final class StateJson {
    public static final String FORMAT = "rembuk-state";
    public static final int FORMAT_VERSION = 1;

    private static final Comparator<String> VALUES = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private StateJson() {
    }

    /**
     * Live items, and deleted ones another laptop edited meanwhile (marked {@code "deleted": true},
     * since that conflict is still open); a field in conflict holds every competing value.
     */
    public static byte[] canonical(UUID sessionId, SessionState state) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("sessionId", sessionId.toString());
        root.put("openConflicts", Conflicts.of(state).size());
        ArrayNode entities = root.putArray("entities");
        for (EntityState e : state.all().values()) {
            boolean contested = Conflicts.deleteConflict(e).isPresent();
            if (!e.live() && !contested) {
                continue;
            }
            ObjectNode item = entities.addObject();
            item.put("kind", e.key().kind());
            item.put("id", e.key().id());
            if (contested) {
                item.put("deleted", true);
            }
            ObjectNode fields = item.putObject("fields");
            new TreeMap<>(e.fields()).forEach((name, field) -> {
                if (!name.startsWith("_")) {
                    put(fields, name, field);
                }
            });
        }
        try {
            byte[] body = WRITER.writeValueAsBytes(root);
            byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
            out[body.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static void put(ObjectNode fields, String name, FieldState field) {
        List<String> values = field.heads().stream().map(Change::value).distinct().sorted(VALUES).toList();
        if (values.size() == 1) {
            if (values.get(0) != null) {
                fields.put(name, values.get(0));
            }
            return;
        }
        ArrayNode all = fields.putArray(name);
        values.forEach(v -> {
            if (v == null) {
                all.addNull();
            } else {
                all.add(v);
            }
        });
    }

    public static String text(UUID sessionId, SessionState state) {
        return new String(canonical(Objects.requireNonNull(sessionId), state), StandardCharsets.UTF_8);
    }
}

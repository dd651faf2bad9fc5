package id.rembuk.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.rembuk.domain.change.Change;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import id.rembuk.store.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Turns a session into its JSON export and back. The export is a function of the change set
 * alone (changes sorted by stamp then id, replicas by id, no clock reading), so exporting the
 * same set twice gives the same bytes and an export can be compared or committed.
 */
public final class SessionJsonCodec {
    /** The widest value a session file column holds (change_log.val). */
    public static final int MAX_VALUE_LENGTH = 65536;

    private static final Comparator<Change> ORDER =
            Comparator.comparingLong(Change::hlc).thenComparing(c -> c.id().toString());

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // emoji and other non-BMP text stay readable instead of becoming \uD83D\uDC69 pairs
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    // "\n" on every system, so a committed export does not change with the machine that wrote it
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private SessionJsonCodec() {
    }

    /** The export of an open session file. */
    public static SessionJson export(SessionFile session) throws StoreException {
        return of(session.sessionId(), session.schemaInfo().schemaVersion(), session.replicas(), session.changes());
    }

    /** The export of a change set; replicas without a change are left out, they carry nothing. */
    public static SessionJson of(UUID sessionId, int schemaVersion, Map<UUID, String> replicaLabels,
                                 List<Change> changes) {
        Map<String, ReplicaJson> replicas = new TreeMap<>();
        for (Change c : changes) {
            replicas.computeIfAbsent(c.replica().toString(),
                    k -> new ReplicaJson(c.replica(), replicaLabels.getOrDefault(c.replica(), "")));
        }
        List<ChangeJson> sorted = changes.stream().distinct().sorted(ORDER).map(ChangeJson::of).toList();
        return new SessionJson(SessionJson.FORMAT, SessionJson.FORMAT_VERSION, Version.current(), sessionId,
                schemaVersion, List.copyOf(replicas.values()), sorted);
    }

    public static byte[] toBytes(SessionJson json) {
        try {
            byte[] body = WRITER.writeValueAsBytes(json);
            byte[] out = new byte[body.length + 1];
            System.arraycopy(body, 0, out, 0, body.length);
            out[body.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session DTO always serialises", e);
        }
    }

    public static String toText(SessionJson json) {
        return new String(toBytes(json), StandardCharsets.UTF_8);
    }

    /** Reads and checks a file; nothing is returned unless every change in it is usable. */
    /** Far above a real session's export (~0.2 MB per 1,000 changes), far below what the heap holds. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    public static Parsed read(Path file) throws SessionJsonException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new SessionJsonException("cli.json.too_large", file, MAX_FILE_BYTES / (1024 * 1024));
            }
        } catch (NoSuchFileException e) {
            throw new SessionJsonException(e, "cli.json.not_found", file);
        } catch (IOException e) {
            throw new SessionJsonException(e, "cli.json.cannot_read", file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return check(parse(in));
        } catch (NoSuchFileException e) {
            throw new SessionJsonException(e, "cli.json.not_found", file);
        } catch (IOException e) {
            throw new SessionJsonException(e, "cli.json.cannot_read", file);
        }
    }

    public static Parsed read(String text) throws SessionJsonException {
        try (InputStream in = new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            return check(parse(in));
        } catch (IOException e) {
            throw new SessionJsonException(e, "cli.json.cannot_read", "-");
        }
    }

    /** Two steps, so that broken syntax and a wrong shape get different messages. */
    private static SessionJson parse(InputStream in) throws IOException, SessionJsonException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new SessionJsonException(e, "cli.json.malformed", loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr());
        }
        if (tree == null || tree.isMissingNode()) {
            throw new SessionJsonException("cli.json.empty");
        }
        if (!tree.isObject()) {
            throw new SessionJsonException("cli.json.not_session");
        }
        try {
            return MAPPER.treeToValue(tree, SessionJson.class);
        } catch (JsonMappingException e) {
            throw new SessionJsonException(e, "cli.json.wrong_type", path(e.getPath()));
        }
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (var r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex() + 1).append(']');
            }
        }
        return sb.toString();
    }

    private static Parsed check(SessionJson json) throws SessionJsonException {
        if (!SessionJson.FORMAT.equals(json.format())) {
            throw new SessionJsonException("cli.json.not_session");
        }
        int version = require(json.formatVersion(), "formatVersion");
        if (version > SessionJson.FORMAT_VERSION) {
            throw new SessionJsonException("cli.json.newer_format", version, SessionJson.FORMAT_VERSION);
        }
        if (version < 1) {
            throw new SessionJsonException("cli.json.bad_format_version", version);
        }
        UUID sessionId = require(json.sessionId(), "sessionId");
        require(json.schemaVersion(), "schemaVersion");
        Map<UUID, String> replicas = new LinkedHashMap<>();
        List<ReplicaJson> replicaList = require(json.replicas(), "replicas");
        for (int i = 0; i < replicaList.size(); i++) {
            ReplicaJson r = require(replicaList.get(i), "replicas[" + (i + 1) + "]");
            UUID id = require(r.id(), "replicas[" + (i + 1) + "].id");
            String label = require(r.label(), "replicas[" + (i + 1) + "].label");
            String before = replicas.putIfAbsent(id, label);
            if (before != null && !before.equals(label)) {
                throw new SessionJsonException("cli.json.duplicate_replica", id);
            }
        }
        List<ChangeJson> list = require(json.changes(), "changes");
        Map<UUID, Change> byId = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Change c = change(list.get(i), "changes[" + (i + 1) + "]");
            if (!replicas.containsKey(c.replica())) {
                throw new SessionJsonException("cli.json.unknown_replica", "changes[" + (i + 1) + "]", c.replica());
            }
            Change before = byId.putIfAbsent(c.id(), c);
            if (before != null && !before.equals(c)) {
                throw new SessionJsonException("cli.json.duplicate_change", c.id());
            }
        }
        return new Parsed(sessionId, version, replicas, new ArrayList<>(byId.values()));
    }

    private static Change change(ChangeJson j, String where) throws SessionJsonException {
        require(j, where);
        require(j.id(), where + ".id");
        require(j.kind(), where + ".kind");
        require(j.entityId(), where + ".entityId");
        require(j.field(), where + ".field");
        List<UUID> supersedes = require(j.supersedes(), where + ".supersedes");
        require(j.hlc(), where + ".hlc");
        require(j.replica(), where + ".replica");
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < supersedes.size(); i++) {
            ids.add(require(supersedes.get(i), where + ".supersedes[" + (i + 1) + "]"));
        }
        if (j.value() != null && j.value().length() > MAX_VALUE_LENGTH) {
            throw new SessionJsonException("cli.json.too_long", where, MAX_VALUE_LENGTH);
        }
        try {
            return new Change(j.id(), j.kind(), j.entityId(), j.field(), j.value(), ids, j.hlc(), j.replica());
        } catch (IllegalArgumentException e) {
            throw new SessionJsonException(e, "cli.json.invalid_change", where, e.getMessage());
        }
    }

    private static <T> T require(T value, String where) throws SessionJsonException {
        if (value == null) {
            throw new SessionJsonException("cli.json.missing", where);
        }
        return value;
    }

    /** A checked export: every change usable, ids unique, every writer named. */
    public record Parsed(UUID sessionId, int formatVersion, Map<UUID, String> replicas, List<Change> changes) {
        public Parsed {
            replicas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(replicas));
            changes = List.copyOf(changes);
        }
    }
}

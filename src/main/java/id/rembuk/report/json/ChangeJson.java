package id.rembuk.report.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.rembuk.domain.change.Change;
import java.util.List;
import java.util.UUID;

/**
 * One {@link Change} as JSON. Boxed types so that a missing property reads as null and is
 * reported by name instead of silently becoming 0.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "kind", "entityId", "field", "value", "supersedes", "hlc", "replica"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChangeJson(UUID id, String kind, String entityId, String field, String value,
                         List<UUID> supersedes, Long hlc, UUID replica) {

    public static ChangeJson of(Change c) {
        return new ChangeJson(c.id(), c.kind(), c.entityId(), c.field(), c.value(),
                c.supersedes().stream().map(UUID::toString).sorted().map(UUID::fromString).toList(), c.hlc(), c.replica());
    }
}

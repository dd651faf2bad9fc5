package id.rembuk.report.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.UUID;

/** One laptop copy of the session and the name people gave it ("Laptop Kelompok 1"). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "label"})
public record ReplicaJson(UUID id, String label) {
}

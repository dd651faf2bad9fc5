package id.rembuk.store;

import java.nio.file.Path;
import java.time.Instant;

/** One verified backup of a working file, as offered for a restore. */
public record Backup(Path file, Instant taken, long changeCount) {
}

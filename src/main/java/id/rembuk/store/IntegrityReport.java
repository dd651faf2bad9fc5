package id.rembuk.store;

import java.util.List;

/** Result of a full integrity check; {@code problems} is empty for a healthy file. */
public record IntegrityReport(long changes, long heads, List<String> problems) {
    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}

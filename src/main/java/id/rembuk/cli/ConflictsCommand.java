package id.rembuk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.FieldState;
import id.rembuk.domain.change.Hlc;
import id.rembuk.i18n.Messages;
import id.rembuk.store.ExternalFile;
import id.rembuk.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Lists the open conflicts of a session file: fields that two laptops changed without seeing each
 * other's change, with every competing value, the laptop that wrote it and when. The file is only read.
 */
@Command(name = "conflicts", mixinStandardHelpOptions = true)
final class ConflictsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "arg.session_in")
    Path file;

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    /** One open conflict; the JSON form uses these names. */
    record Conflict(String kind, String kindLabel, String entityId, String field, List<Value> values) {
    }

    /** One competing value: {@code value} null means the field was cleared; {@code time} is ISO UTC. */
    record Value(String value, UUID replica, String replicaLabel, String time, long hlc, UUID change) {
    }

    @Override
    public Integer call() throws StoreException, JsonProcessingException {
        List<Conflict> conflicts;
        try (ExternalFile.Copy copy = ExternalFile.openReadOnlyCopy(file)) {
            conflicts = conflicts(copy.session().state().conflicts(), copy.session().replicas());
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(conflicts));
        } else if (conflicts.isEmpty()) {
            o.println(Messages.get("cli.conflicts.none", file));
        } else {
            print(conflicts, o);
        }
        return Cli.OK;
    }

    static List<Conflict> conflicts(List<FieldState> fields, Map<UUID, String> replicas) {
        return fields.stream()
                .sorted(Comparator.comparing((FieldState f) -> f.key().kind())
                        .thenComparing(f -> f.key().entityId()).thenComparing(f -> f.key().field()))
                .map(f -> new Conflict(f.key().kind(), kindLabel(f.key().kind()), f.key().entityId(), f.key().field(),
                        f.heads().stream().map(h -> value(h, replicas)).toList()))
                .toList();
    }

    private static Value value(Change c, Map<UUID, String> replicas) {
        return new Value(c.value(), c.replica(), replicas.getOrDefault(c.replica(), ""),
                Instant.ofEpochMilli(Hlc.millis(c.hlc())).toString(), c.hlc(), c.id());
    }

    private static String kindLabel(String code) {
        return EntityKind.ofCode(code).map(k -> Messages.get(k.messageKey())).orElse(code);
    }

    private void print(List<Conflict> conflicts, PrintWriter o) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Messages.locale())
                .withZone(ZoneId.systemDefault());
        o.println(Messages.get("cli.conflicts.count", Integer.toString(conflicts.size()), file));
        for (Conflict c : conflicts) {
            o.println();
            o.println(Messages.get("cli.conflicts.entry", c.kindLabel(), c.entityId(), c.field()));
            for (Value v : c.values()) {
                o.println("  " + Messages.get("cli.conflicts.value",
                        v.value() == null ? Messages.get("cli.conflicts.cleared") : "\"" + v.value() + "\"",
                        v.replicaLabel().isEmpty() ? v.replica().toString() : v.replicaLabel(),
                        when.format(Instant.parse(v.time()))));
            }
        }
        o.println();
        o.println(Messages.get("cli.conflicts.hint"));
    }
}

package id.rembuk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Conflicts;
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

    /**
     * One open conflict; the JSON form uses these names. {@code type} is {@code field} (several
     * values of {@code field}) or {@code deleted} (deleted on one laptop, edited on another:
     * {@code field} is {@code _deleted} and {@code values} hold the deletions, then the edits).
     */
    record Conflict(String type, String kind, String kindLabel, String entityId, String field, List<Value> values) {
    }

    /**
     * One competing value: {@code value} null means the field was cleared; {@code time} is ISO UTC;
     * {@code field} is the field the value was written to.
     */
    record Value(String field, String value, UUID replica, String replicaLabel, String time, long hlc, UUID change) {
    }

    @Override
    public Integer call() throws StoreException, JsonProcessingException {
        List<Conflict> conflicts;
        try (ExternalFile.Copy copy = ExternalFile.openReadOnlyCopy(file)) {
            conflicts = conflicts(Conflicts.of(copy.session().state()), copy.session().replicas());
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

    static List<Conflict> conflicts(List<Conflicts.Conflict> open, Map<UUID, String> replicas) {
        return open.stream().map(c -> conflict(c, replicas))
                .sorted(Comparator.comparing(Conflict::kind).thenComparing(Conflict::entityId)
                        .thenComparing(Conflict::field))
                .toList();
    }

    private static Conflict conflict(Conflicts.Conflict c, Map<UUID, String> replicas) {
        String kind = c.entity().kind();
        if (c instanceof Conflicts.FieldConflict f) {
            return new Conflict("field", kind, kindLabel(kind), c.entity().id(), f.field().key().field(),
                    f.field().heads().stream().map(h -> value(h, replicas)).toList());
        }
        Conflicts.DeleteConflict d = (Conflicts.DeleteConflict) c;
        List<Value> values = new java.util.ArrayList<>();
        d.deletions().forEach(h -> values.add(value(h, replicas)));
        d.unseenEdits().forEach(h -> values.add(value(h, replicas)));
        return new Conflict("deleted", kind, kindLabel(kind), c.entity().id(), Change.DELETED, values);
    }

    private static Value value(Change c, Map<UUID, String> replicas) {
        return new Value(c.field(), c.value(), c.replica(), replicas.getOrDefault(c.replica(), ""),
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
            boolean deleted = c.type().equals("deleted");
            o.println(deleted ? Messages.get("cli.conflicts.deleted_entry", c.kindLabel(), c.entityId())
                    : Messages.get("cli.conflicts.entry", c.kindLabel(), c.entityId(), c.field()));
            for (Value v : c.values()) {
                String who = v.replicaLabel().isEmpty() ? v.replica().toString() : v.replicaLabel();
                String time = when.format(Instant.parse(v.time()));
                if (deleted && v.field().equals(Change.DELETED)) {
                    o.println("  " + Messages.get("cli.conflicts.deleted_by", who, time));
                } else {
                    String value = v.value() == null ? Messages.get("cli.conflicts.cleared") : "\"" + v.value() + "\"";
                    o.println("  " + (deleted ? Messages.get("cli.conflicts.edited", v.field(), value, who, time)
                            : Messages.get("cli.conflicts.value", value, who, time)));
                }
            }
        }
        o.println();
        o.println(Messages.get("cli.conflicts.hint"));
    }
}

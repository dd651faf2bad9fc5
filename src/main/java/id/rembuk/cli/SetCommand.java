package id.rembuk.cli;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Records;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.FieldKey;
import id.rembuk.domain.change.FieldState;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Sets one field of one entity as a user would: one undoable action written by a replica of its
 * own, through a {@link WorkingCopy}. The entity must exist and still read as a valid record after
 * the edit; otherwise nothing is written and the file stays byte for byte as it was. An empty
 * VALUE clears the field.
 */
@Command(name = "set", mixinStandardHelpOptions = true, sortOptions = false)
final class SetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "arg.session_set")
    Path file;

    @Parameters(index = "1", paramLabel = "ENTITY_ID", descriptionKey = "arg.entity_id")
    String entityId;

    @Parameters(index = "2", paramLabel = "FIELD", descriptionKey = "arg.field")
    String field;

    @Parameters(index = "3", paramLabel = "VALUE", descriptionKey = "arg.value")
    String value;

    @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "opt.kind")
    String kind;

    @Override
    public Integer call() throws CliError, StoreException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter e = spec.commandLine().getErr();
        WorkingCopy w;
        try {
            w = WorkingCopy.open(file, Messages.get("cli.replica.set"));
        } catch (StoreException ex) {
            e.println(ex.userMessage());
            return Cli.USAGE;
        }
        try (w) {
            SessionState state = w.session().state();
            EntityState entity = find(state);
            EntityKind k = EntityKind.ofCode(entity.key().kind())
                    .orElseThrow(() -> new CliError(Cli.FAILED, "cli.set.unknown_kind", entity.key().kind()));
            Function<EntityState, List<Edit>> edits = editsOf(k);
            List<Edit> before;
            try {
                before = edits.apply(entity);
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new CliError(Cli.FAILED, "cli.set.unreadable", kindLabel(k), entityId);
            }
            Set<String> fields = before.stream().map(Edit::field).filter(f -> !f.equals(Change.DELETED))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!fields.contains(field)) {
                throw CliError.usage("cli.set.unknown_field", field, kindLabel(k), String.join(", ", fields));
            }
            String wanted = value == null || value.strip().isEmpty() ? null : value;
            String stored = canonical(edits, entity, wanted, w.session().replicaId());
            FieldState current = entity.fields().get(field);
            String old = current == null ? null : current.value();
            boolean conflicted = current != null && current.conflicted();
            if (Objects.equals(old, stored) && !conflicted) {
                o.println(Messages.get("cli.set.unchanged", kindLabel(k), entityId, field, shown(old)));
                return Cli.OK;
            }
            w.session().apply(Action.of(Messages.get("cli.set.action", field), Edit.set(k.code(), entityId, field,
                    stored)));
            w.commit();
            // a conflict resolved this way shows every value it replaces
            String was = conflicted ? current.heads().stream().map(Change::value).distinct().map(SetCommand::shown)
                    .collect(Collectors.joining(" / ")) : shown(old);
            o.println(Messages.get("cli.set.done", kindLabel(k), entityId, field, was, shown(stored)));
            return Cli.OK;
        }
    }

    /** The live entity with that id, of the kind asked for or the only kind that has one. */
    private EntityState find(SessionState state) throws CliError {
        List<EntityState> found = state.all().values().stream()
                .filter(s -> s.key().id().equals(entityId) && s.live())
                .filter(s -> kind == null || s.key().kind().equals(kind.strip()))
                .sorted(java.util.Comparator.comparing(EntityState::key))
                .toList();
        if (found.isEmpty()) {
            throw kind == null ? new CliError(Cli.FAILED, "cli.set.unknown_entity", entityId)
                    : new CliError(Cli.FAILED, "cli.set.unknown_entity_of_kind", entityId, kind);
        }
        if (found.size() > 1) {
            throw CliError.usage("cli.set.ambiguous", entityId,
                    found.stream().map(s -> s.key().kind()).collect(Collectors.joining(", ")));
        }
        return found.get(0);
    }

    /** What a save of the kind's record writes: every field of that kind, with its stored encoding. */
    private static Function<EntityState, List<Edit>> editsOf(EntityKind k) throws CliError {
        if (k == EntityKind.SESSION) {
            return s -> SessionInfo.from(s).toEdits(UUID.fromString(s.key().id()));
        }
        var reader = Records.reader(k).orElseThrow(() -> new CliError(Cli.FAILED, "cli.set.unknown_kind", k.code()));
        return s -> reader.apply(s).toEdits();
    }

    /**
     * Reads the entity as it would be after the edit; refuses a value the record does not accept, and
     * returns the value as the record itself would store it (stripped, plain numbers...). A value the
     * record would silently replace by its default (a cleared required field, an unknown choice, text
     * in a number) is refused too, so what is stored is what was asked for.
     */
    private String canonical(Function<EntityState, List<Edit>> edits, EntityState entity, String wanted, UUID replica)
            throws CliError {
        EntityKind k = EntityKind.ofCode(entity.key().kind()).orElseThrow();
        String stored;
        try {
            stored = stored(edits, entity, wanted, replica);
        } catch (InvalidValue ex) {
            throw new CliError(Cli.FAILED, "cli.set.invalid", field, shown(wanted), Messages.get(ex.key(), ex.args()));
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException ex) {
            throw new CliError(Cli.FAILED, "cli.set.rejected", field, shown(wanted), kindLabel(k));
        }
        if (wanted == null && stored != null) {
            throw new CliError(Cli.FAILED, "cli.set.required", field, kindLabel(k));
        }
        if (wanted != null && stored == null) {
            throw new CliError(Cli.FAILED, "cli.set.not_understood", field, shown(wanted));
        }
        if (wanted != null && !stored.equals(wanted.strip())) {
            String ifCleared;
            try {
                ifCleared = stored(edits, entity, null, replica);
            } catch (RuntimeException ex) {
                ifCleared = null;
            }
            if (stored.equals(ifCleared)) {
                throw new CliError(Cli.FAILED, "cli.set.not_understood", field, shown(wanted));
            }
        }
        return stored;
    }

    /** The value the record writes for the field once it holds {@code wanted}. */
    private String stored(Function<EntityState, List<Edit>> edits, EntityState entity, String wanted, UUID replica) {
        Map<String, FieldState> after = new HashMap<>(entity.fields());
        FieldKey key = new FieldKey(entity.key().kind(), entityId, field);
        after.put(field, new FieldState(key, List.of(new Change(UUID.randomUUID(), key.kind(), entityId, field,
                wanted, Set.of(), 0L, replica))));
        for (Edit ed : edits.apply(new EntityState(entity.key(), after))) {
            if (ed.field().equals(field)) {
                return ed.value();
            }
        }
        return wanted;
    }

    private static String kindLabel(EntityKind k) {
        return Messages.get(k.messageKey());
    }

    private static String shown(String v) {
        return v == null ? Messages.get("cli.conflicts.cleared") : "\"" + v + "\"";
    }
}

package id.rembuk.agenda;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Edit;
import id.rembuk.i18n.Messages;
import id.rembuk.report.json.AtomicWrite;
import id.rembuk.store.Problem;
import id.rembuk.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Agenda templates as files: the four that come with Rembuk (one per stage, JSON resources beside
 * this class) and any a user saved or was sent. Reading never changes the file read.
 */
public final class AgendaTemplates {
    /** A real template is a few kilobytes; this only keeps a wrong file from filling the memory. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private static final Map<Stage, AgendaTemplate> BUILT_IN = new ConcurrentHashMap<>();

    private AgendaTemplates() {
    }

    /** The template that comes with Rembuk for {@code stage}. */
    public static AgendaTemplate builtIn(Stage stage) {
        return BUILT_IN.computeIfAbsent(stage, AgendaTemplates::load);
    }

    /** The four built-in templates, Tahap I to IV. */
    public static List<AgendaTemplate> builtIns() {
        return Arrays.stream(Stage.values()).map(AgendaTemplates::builtIn).toList();
    }

    static String resource(Stage stage) {
        return "/id/rembuk/agenda/tahap-" + stage.number() + ".json";
    }

    private static AgendaTemplate load(Stage stage) {
        String name = resource(stage);
        try (InputStream in = AgendaTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in agenda template missing from the jar: " + name);
            }
            return TemplateJson.parse(in.readAllBytes(), name);
        } catch (IOException | AgendaTemplateException e) {
            // a broken built-in is a bug of the build, never the user's doing: the tests read all four
            throw new IllegalStateException("built-in agenda template unreadable: " + name, e);
        }
    }

    /**
     * Reads a template file.
     *
     * @throws AgendaTemplateException missing, unreadable or locked, too large, empty, not JSON,
     *                                 truncated, not a template, a newer format, or a wrong value
     */
    public static AgendaTemplate read(Path file) throws AgendaTemplateException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new AgendaTemplateException("agenda.file.cannot_read", name);
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // the size may have grown since it was asked for: never read more than the cap
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new AgendaTemplateException(e, "agenda.file.not_found", name);
        } catch (IOException e) {
            throw new AgendaTemplateException(e, "agenda.file.cannot_read", name);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(name);
        }
        return TemplateJson.parse(bytes, name);
    }

    private static AgendaTemplateException tooLarge(String name) {
        return new AgendaTemplateException("agenda.file.too_large", name, MAX_FILE_BYTES / (1024 * 1024));
    }

    /** Writes a new template file; an existing file is left as it is. */
    public static void write(Path file, AgendaTemplate template) throws AgendaTemplateException {
        write(file, template, false);
    }

    /**
     * Writes a template file whole or not at all (temporary file beside it, forced to disk, renamed).
     *
     * @param overwrite replace an existing file; without it an existing file is refused
     */
    public static void write(Path file, AgendaTemplate template, boolean overwrite) throws AgendaTemplateException {
        try {
            AtomicWrite.write(file, TemplateJson.toBytes(template), overwrite);
        } catch (StoreException e) {
            throw new AgendaTemplateException(e, e.problem() == Problem.ALREADY_EXISTS
                    ? "agenda.file.exists" : "agenda.file.cannot_write", file.toString());
        }
    }

    /** The template's bytes as {@link #write} puts them in a file. */
    public static byte[] toBytes(AgendaTemplate template) {
        return TemplateJson.toBytes(template);
    }

    /**
     * The edits that add the template's blocks to a session as new agenda items, as one action of
     * their own: undoing it takes back the rundown and nothing else.
     */
    public static Action action(AgendaTemplate template) {
        List<Edit> edits = template.toItems().stream().map(AgendaItem::toEdits).flatMap(List::stream).toList();
        String label = template.stage().filter(s -> builtIn(s).equals(template))
                .map(s -> Messages.get("agenda.action.apply_built_in", s.name()))
                .orElseGet(() -> Messages.get("agenda.action.apply", template.name()));
        return new Action(label, edits);
    }
}

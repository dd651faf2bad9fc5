package id.rembuk.agenda;

import id.rembuk.store.AppHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The templates a user saved, one JSON file each in {@code <app home>/templates}. A file copied in
 * by hand (from a colleague, say) is listed like a saved one; a file that cannot be read is listed
 * as a problem and never stops the others from showing.
 */
public final class UserTemplates {
    public static final String FOLDER = "templates";
    private static final String SUFFIX = ".json";
    private static final int MAX_SLUG = 60;
    /** Names Windows refuses for a file whatever its ending. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private final Path dir;

    /** @param home the app home folder, as {@link AppHome#resolve()} gives it */
    public UserTemplates(Path home) {
        this.dir = home.resolve(FOLDER);
    }

    public static UserTemplates atDefaultHome() {
        return new UserTemplates(AppHome.resolve());
    }

    public Path dir() {
        return dir;
    }

    /** A template and the file it came from. */
    public record Entry(Path file, AgendaTemplate template) {
    }

    /** A file in the folder that is not a usable template, and why. */
    public record Unreadable(Path file, AgendaTemplateException error) {
        public String message() {
            return error.userMessage();
        }
    }

    /** What the folder holds: the usable templates by file name, and the files that could not be read. */
    public record Listing(List<Entry> templates, List<Unreadable> problems) {
        public Listing {
            templates = List.copyOf(templates);
            problems = List.copyOf(problems);
        }
    }

    /** Every {@code .json} file of the folder; an absent folder is an empty list. Never throws. */
    public Listing list() {
        List<Entry> ok = new ArrayList<>();
        List<Unreadable> bad = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Listing(ok, bad);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            // names starting with a dot are our own temporary files, or hidden ones that are not templates
            files = s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX))
                    // by name without the ending, so "rapat.json" comes before "rapat-2.json"
                    .sorted(Comparator.comparing(UserTemplates::baseName)).toList();
        } catch (IOException e) {
            bad.add(new Unreadable(dir, new AgendaTemplateException(e, "agenda.file.cannot_read", dir.toString())));
            return new Listing(ok, bad);
        }
        for (Path f : files) {
            try {
                ok.add(new Entry(f, AgendaTemplates.read(f)));
            } catch (AgendaTemplateException e) {
                bad.add(new Unreadable(f, e));
            }
        }
        return new Listing(ok, bad);
    }

    /**
     * Saves a template under a file name made from its name ({@code tahap-i-banggai.json}), adding
     * {@code -2}, {@code -3}, … when that name is taken: saving never replaces another template.
     *
     * @return the file written
     */
    public Path save(AgendaTemplate template) throws AgendaTemplateException {
        String base = slug(template.name());
        for (int n = 1; n < 10_000; n++) {
            Path f = dir.resolve((n == 1 ? base : base + "-" + n) + SUFFIX);
            if (Files.exists(f)) {
                continue;
            }
            try {
                AgendaTemplates.write(f, template, false);
                return f;
            } catch (AgendaTemplateException e) {
                if (!"agenda.file.exists".equals(e.key())) {
                    throw e;
                }
                // taken between the look and the write: try the next number
            }
        }
        throw new AgendaTemplateException("agenda.file.cannot_write", dir.toString());
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.length() - SUFFIX.length());
    }

    /** A file name every system accepts: plain lower-case letters, digits and dashes. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_SLUG) {
            plain = plain.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        if (plain.isEmpty()) {
            return "templat";
        }
        return RESERVED.contains(plain) ? "templat-" + plain : plain;
    }
}

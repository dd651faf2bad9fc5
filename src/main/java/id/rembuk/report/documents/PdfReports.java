package id.rembuk.report.documents;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PDF documents by the name the command line and the export menu use. A document not built
 * yet is named in {@link #NAMES} but has no renderer; adding one is one line in {@link #RENDERERS}.
 */
public final class PdfReports {
    /** Renders one document of a session. */
    @FunctionalInterface
    public interface Renderer {
        byte[] render(SessionFacts facts, DocumentOptions options) throws IOException;
    }

    /** Every document the issue list promises, in menu order. */
    public static final List<String> NAMES = List.of("summary", "attendance", "berita-acara", "quickwins");

    private static final Map<String, Renderer> RENDERERS = new LinkedHashMap<>();

    static {
        RENDERERS.put("attendance", AttendanceList::render);
        RENDERERS.put("berita-acara", BeritaAcara::render);
        RENDERERS.put("summary", Minutes::render);
        RENDERERS.put("quickwins", QuickWinProfiles::render);
    }

    private PdfReports() {
    }

    /** The renderer of a document; empty for a known name that is not built yet, or an unknown one. */
    public static Optional<Renderer> renderer(String name) {
        return Optional.ofNullable(RENDERERS.get(name));
    }

    public static boolean known(String name) {
        return NAMES.contains(name);
    }

    /** The names that can be rendered now, in menu order. */
    public static List<String> available() {
        return NAMES.stream().filter(RENDERERS::containsKey).toList();
    }

    /** The message key of a document's name for menus and messages ("report.name.berita_acara"). */
    public static String labelKey(String name) {
        return "report.name." + name.replace('-', '_');
    }
}

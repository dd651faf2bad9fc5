package id.rembuk.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Text tables shipped inside the app (checklists, keyword lists). */
public final class Resources {
    private Resources() {
    }

    /** The lines of a UTF-8 resource on the class path; a missing one is a broken build, not user input. */
    public static List<String> lines(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.rembuk.ui.theme;

import id.rembuk.i18n.Messages;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The user's display choices, kept between runs: the text size (large for the projector), the
 * language, the sounds and the high-contrast look. Stored as a small properties file beside the sessions.
 */
public final class UiSettings {
    public static final int DEFAULT_FONT = 14;
    /** Text sizes offered by larger/smaller, up to twice the default for a projector at the back of a hall. */
    public static final List<Integer> FONT_STEPS = List.of(11, 12, 13, 14, 16, 18, 20, 22, 24, 26, 28);

    private final Path file;
    private final IntegerProperty fontSize = new SimpleIntegerProperty(DEFAULT_FONT);
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Messages.INDONESIAN);
    private final BooleanProperty muted = new SimpleBooleanProperty();
    private final BooleanProperty highContrast = new SimpleBooleanProperty();

    public UiSettings(Path file) {
        this.file = file;
    }

    public static UiSettings load(Path file) {
        UiSettings s = new UiSettings(file);
        if (file != null && Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
                s.fontSize.set(clamp(Integer.parseInt(p.getProperty("fontSize", "" + DEFAULT_FONT).trim())));
                s.language.set("en".equals(p.getProperty("language")) ? Locale.ENGLISH : Messages.INDONESIAN);
                s.muted.set(Boolean.parseBoolean(p.getProperty("muted", "false").trim()));
                s.highContrast.set(Boolean.parseBoolean(p.getProperty("highContrast", "false").trim()));
            } catch (IOException | RuntimeException e) {
                // unreadable settings: start with the defaults rather than not at all
            }
        }
        return s;
    }

    /** Saves on the executor's thread: the values are read here, on the FX thread, the file written there. */
    public void save(id.rembuk.ui.task.TaskExecutor executor) {
        Properties p = new Properties();
        p.setProperty("fontSize", Integer.toString(fontSize.get()));
        p.setProperty("language", language.get().getLanguage());
        p.setProperty("muted", Boolean.toString(muted.get()));
        p.setProperty("highContrast", Boolean.toString(highContrast.get()));
        executor.execute(() -> {
            write(p);
            return null;
        }, ok -> { }, failed -> { });
    }

    private void write(Properties p) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "ui", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Rembuk display settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // display settings are a convenience; the session data is elsewhere
        }
    }

    public void larger() {
        FONT_STEPS.stream().filter(s -> s > fontSize.get()).findFirst().ifPresent(fontSize::set);
    }

    public void smaller() {
        FONT_STEPS.stream().filter(s -> s < fontSize.get()).reduce((a, b) -> b).ifPresent(fontSize::set);
    }

    public void resetFont() {
        fontSize.set(DEFAULT_FONT);
    }

    private static int clamp(int size) {
        return Math.max(FONT_STEPS.get(0), Math.min(FONT_STEPS.get(FONT_STEPS.size() - 1), size));
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** The run-of-show's warning and chime are off (a hall where the facilitator's laptop feeds the PA). */
    public BooleanProperty mutedProperty() {
        return muted;
    }

    /** Black on white (white on black on the projector), strong outlines: for low vision and washed-out projectors. */
    public BooleanProperty highContrastProperty() {
        return highContrast;
    }
}

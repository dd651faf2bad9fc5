package id.rembuk;

import java.util.Locale;
import java.util.Set;

/**
 * Picks the graphical app or the command line. No argument, or a single session file, opens the
 * window; anything else is a command. Kept free of JavaFX types so the command line never loads them.
 */
public final class Main {
    private static final Set<String> FILE_ENDINGS = Set.of(".rembuk", ".mv.db", ".json");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && looksLikeFile(args[0]))) {
            id.rembuk.ui.GuiLauncher.launch(args);
        } else {
            System.exit(id.rembuk.cli.Cli.run(args));
        }
    }

    static boolean looksLikeFile(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return !a.startsWith("-") && FILE_ENDINGS.stream().anyMatch(a::endsWith);
    }
}

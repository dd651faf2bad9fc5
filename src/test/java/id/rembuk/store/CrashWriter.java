package id.rembuk.store;

import id.rembuk.domain.change.Action;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Child process for the crash test: opens (or creates) a working session and writes actions until
 * it is killed, printing the ids of each action's changes once {@code apply} has returned.
 * args: library home, then "create" or the working file to open.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SessionLibrary lib = new SessionLibrary(Path.of(args[0]));
        WorkingSession w = "create".equals(args[1])
                ? lib.create(SessionLibraryTest.info(), "Laptop kelompok")
                : lib.openWorking(Path.of(args[1]));
        out.println("ready " + w.file().file());
        for (long i = 0; ; i++) {
            List<Change> written = w.file().apply(Action.of("Tulis",
                    Edit.set("participant", "p" + (i % 40), "name", "Peserta " + i),
                    Edit.set("swot_item", "s" + (i % 25), "text", "Kekuatan nomor " + i)));
            out.println("ack " + written.stream().map(c -> c.id().toString()).collect(Collectors.joining(" ")));
            if (i % 200 == 199) {
                w.checkpoint();
            }
        }
    }
}

package id.rembuk.store;

import java.nio.file.Path;

/** Child process for the lock tests: holds a session file open until its stdin closes. */
public final class HoldOpen {
    private HoldOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (SessionFile s = SessionFile.open(Path.of(args[0]))) {
            System.out.println("open " + s.changeCount());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}

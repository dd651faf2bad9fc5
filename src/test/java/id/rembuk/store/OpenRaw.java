package id.rembuk.store;

import java.sql.DriverManager;

/** Child process: exits 0 if it can open the H2 file (args[0], without .mv.db), 3 if H2 says it is in use. */
public final class OpenRaw {
    private OpenRaw() {
    }

    public static void main(String[] args) {
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";IFEXISTS=TRUE", "rembuk", "rembuk")) {
            System.exit(0);
        } catch (java.sql.SQLException e) {
            System.exit(e.getErrorCode() == 90020 ? 3 : 4);
        }
    }
}

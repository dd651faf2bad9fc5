package id.rembuk.store;

import java.nio.file.Path;

/**
 * Builds the only JDBC URLs this program uses. Nothing a user or a file supplies reaches the
 * options: a path with {@code ;} is refused, and INIT, AUTO_SERVER, FILE_LOCK=NO and the like are never set.
 */
final class H2Url {
    static final String SUFFIX = ".mv.db";

    private H2Url() {
    }

    static String of(Path file, boolean mustExist, boolean readOnly) throws StoreException {
        String base = base(file);
        StringBuilder url = new StringBuilder("jdbc:h2:file:").append(base).append(";WRITE_DELAY=0");
        if (mustExist) {
            url.append(";IFEXISTS=TRUE");
        }
        if (readOnly) {
            url.append(";ACCESS_MODE_DATA=r");
        }
        return url.toString();
    }

    /** The path H2 wants: absolute, without the {@code .mv.db} it adds itself. */
    static String base(Path file) throws StoreException {
        String abs = file.toAbsolutePath().normalize().toString();
        if (!abs.endsWith(SUFFIX)) {
            throw new StoreException(Problem.BAD_PATH, file.toString());
        }
        if (abs.contains(";") || abs.contains("\u0000")) {
            throw new StoreException(Problem.BAD_PATH, file.toString());
        }
        return abs.substring(0, abs.length() - SUFFIX.length());
    }
}

package id.rembuk.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a kop logo from a file the user named, so the command line and the export window refuse
 * the same files for the same reasons before any document is laid out.
 */
public final class Logo {
    /** A logo is a small picture; anything larger is a mistake, not a logo. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Why a file cannot be a logo. */
    public enum Problem {
        MISSING, NOT_A_PICTURE, UNREADABLE
    }

    /** The file cannot be used as a logo, for {@link #problem()}. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        Refused(Problem problem, Throwable cause) {
            super(problem.name(), cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private Logo() {
    }

    /** The bytes of a PNG or JPEG file of at most {@link #MAX_BYTES}. */
    public static byte[] read(Path file) throws Refused {
        try {
            if (!Files.isRegularFile(file)) {
                throw new Refused(Problem.MISSING, null);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new Refused(Problem.NOT_A_PICTURE, null);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!isPng(bytes) && !isJpeg(bytes)) {
                throw new Refused(Problem.NOT_A_PICTURE, null);
            }
            return bytes;
        } catch (IOException e) {
            throw new Refused(Problem.UNREADABLE, e);
        }
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }
}

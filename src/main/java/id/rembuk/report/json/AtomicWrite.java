package id.rembuk.report.json;

import id.rembuk.store.Problem;
import id.rembuk.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an output file so that it is either complete or untouched: the bytes go to a temporary
 * file beside the target, are forced to disk, and the temporary file is then renamed over it.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    public static void write(Path target, byte[] bytes, boolean overwrite) throws StoreException {
        Path out = target.toAbsolutePath().normalize();
        refuseExisting(out, overwrite);
        Path tmp = null;
        try {
            Files.createDirectories(out.getParent());
            // createFile, not createTempFile: the result gets the user's usual permissions, not 0600
            tmp = Files.createFile(out.getParent().resolve(
                    "." + out.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp"));
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            move(tmp, out, overwrite);
            tmp = null;
        } catch (IOException e) {
            throw new StoreException(Problem.IO, out.toString(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Refuses to replace an existing file unless asked to, and never replaces a folder. */
    static void refuseExisting(Path out, boolean overwrite) throws StoreException {
        if (Files.isDirectory(out)) {
            throw new StoreException(Problem.BAD_PATH, out.toString());
        }
        if (Files.exists(out) && !overwrite) {
            throw new StoreException(Problem.ALREADY_EXISTS, out.toString());
        }
    }

    /** Renames {@code from} (in the target's folder) to {@code to} in one step. */
    static void move(Path from, Path to, boolean overwrite) throws IOException, StoreException {
        refuseExisting(to, overwrite);
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without rename: a plain move is the best it offers
            if (overwrite) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
    }

    static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try (var files = Files.walk(p)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary file left behind is harmless; the user's output is what matters
        }
    }
}

package id.rembuk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Looks at the bytes of a would-be session file without opening it as a database. An MVStore
 * file is made of 4 KiB blocks and starts with two copies of a text header
 * {@code H:2,block:<hex>,chunk:<hex>,...[clean:1,]...}; each chunk ends with a footer
 * {@code chunk:...,fletcher:...}. Files Rembuk hands to others are closed cleanly
 * ({@link SessionLibrary#saveAs}), and for those a copy cut short is recognised here.
 */
final class FileHeader {
    static final int BLOCK = 4096;
    /** Far above any workshop (a two-day session is a few MB); refuses garbage before copying it. */
    static final long MAX_SIZE = 1L << 30;

    private FileHeader() {
    }

    static void check(Path file) throws StoreException {
        String name = file.toString();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                throw new StoreException(Problem.EMPTY_FILE, name);
            }
            if (size > MAX_SIZE) {
                throw new StoreException(Problem.TOO_LARGE, name);
            }
            String head = ascii(ch, 0, (int) Math.min(size, BLOCK));
            if (!head.startsWith("H:2,")) {
                throw new StoreException(Problem.NOT_H2, name);
            }
            if (size < 2L * BLOCK) {
                throw new StoreException(Problem.TRUNCATED, name);
            }
            Map<String, String> fields = fields(head);
            if ("1".equals(fields.get("clean"))) {
                checkClean(ch, size, fields, name);
            }
        } catch (IOException e) {
            throw new StoreException(Problem.IO, name, e);
        }
    }

    /**
     * A cleanly closed file ends at the end of a chunk, and its header names the newest chunk, which
     * must be there whole. (A file left by a crash may end in a half-written chunk that H2 skips,
     * and H2 drops the clean flag as soon as it opens a file for writing, so only clean files are held to this.)
     */
    private static void checkClean(FileChannel ch, long size, Map<String, String> fields, String name)
            throws IOException, StoreException {
        String footer = ascii(ch, size - 128, 128);
        if (size % BLOCK != 0 || !footer.startsWith("chunk:") || !footer.contains("fletcher:")) {
            throw new StoreException(Problem.TRUNCATED, name);
        }
        long block = hex(fields.get("block"), name);
        if ((block + 1) * BLOCK > size) {
            throw new StoreException(Problem.TRUNCATED, name);
        }
        Map<String, String> chunk = fields(ascii(ch, block * BLOCK, 1024));
        String id = fields.get("chunk");
        long len = chunk.containsKey("len") ? hex(chunk.get("len"), name) : 0;
        if (id == null || !id.equals(chunk.get("chunk")) || len < 1 || (block + len) * BLOCK > size
                || !ascii(ch, (block + len) * BLOCK - 128, 128).startsWith("chunk:" + id + ",")) {
            throw new StoreException(Problem.TRUNCATED, name);
        }
    }

    private static String ascii(FileChannel ch, long at, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining() && ch.read(buf, at + buf.position()) > 0) {
            // read until full or end of file
        }
        return new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
    }

    /** The {@code key:value,key:value} line up to the first newline or zero byte. */
    private static Map<String, String> fields(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == 0) {
                end = i;
                break;
            }
        }
        Map<String, String> map = new HashMap<>();
        for (String part : text.substring(0, end).split(",")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                map.put(part.substring(0, colon).strip(), part.substring(colon + 1).strip());
            }
        }
        return map;
    }

    private static long hex(String value, String name) throws StoreException {
        try {
            return Long.parseLong(value, 16);
        } catch (RuntimeException e) {
            throw new StoreException(Problem.CORRUPT, name, e);
        }
    }
}

package id.rembuk.store;

import id.rembuk.domain.change.Change;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.TreeSet;

/**
 * An order-independent fingerprint of a change set: the sum of a 64-bit hash of every change's
 * full content. Kept in the file beside the log, it shows a lost or altered row on open;
 * being a sum, it stays valid for a set union (a merge) without rereading the log.
 */
public final class ChangeDigest {
    private ChangeDigest() {
    }

    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    public static long of(Change c) {
        MessageDigest md = SHA.get();
        md.reset();
        {
            put(md, c.id().toString());
            put(md, c.kind());
            put(md, c.entityId());
            put(md, c.field());
            put(md, c.value() == null ? "\u0000null" : c.value());
            put(md, c.supersedes().size() < 2 ? c.supersedes().stream().map(Object::toString).findFirst().orElse("")
                    : String.join(",", new TreeSet<>(c.supersedes().stream().map(Object::toString).toList())));
            put(md, Long.toString(c.hlc()));
            put(md, c.replica().toString());
            return ByteBuffer.wrap(md.digest()).getLong();
        }
    }

    private static void put(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0x1f);
    }
}

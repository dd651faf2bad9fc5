package id.rembuk.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Entity ids: random for things people add, derived from their parts where two laptops must agree. */
public final class Ids {
    private Ids() {
    }

    public static String random() {
        return UUID.randomUUID().toString();
    }

    /** The same parts give the same id on every laptop, so independent entries meet in one entity. */
    public static String derived(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String require(String id, String what) {
        InvalidValue.check(id != null && !id.isBlank() && id.length() <= 200 && id.strip().equals(id)
                && id.indexOf('\n') < 0, "domain.invalid.id", what);
        return id;
    }

    public static String optional(String id, String what) {
        return id == null || id.isBlank() ? "" : require(id.strip(), what);
    }
}

package id.rembuk.domain;

import java.util.Locale;

/** An enum whose values have a user label in the domain bundle ({@code domain.<group>.<value>}). */
public interface Labelled {
    String name();

    /** The middle part of the key, e.g. {@code unsur}. */
    String labelGroup();

    default String messageKey() {
        return "domain." + labelGroup() + "." + name().toLowerCase(Locale.ROOT);
    }
}

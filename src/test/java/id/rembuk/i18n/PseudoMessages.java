package id.rembuk.i18n;

/**
 * Turns on the marks {@link Messages} puts around every bundle text (⟦Indonesian⟧, ⟪English⟫), so a
 * test walking a live window knows which texts came from a bundle, and in which language.
 */
public final class PseudoMessages {
    public static final char ID_OPEN = '\u27E6';
    public static final char ID_CLOSE = '\u27E7';
    public static final char EN_OPEN = '\u27EA';
    public static final char EN_CLOSE = '\u27EB';

    private PseudoMessages() {
    }

    public static void on() {
        Messages.markTexts(true);
    }

    public static void off() {
        Messages.markTexts(false);
    }
}

package id.rembuk.store;

/** The program's version, as Maven wrote it into the jar's manifest. */
public final class Version {
    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return "Rembuk " + (v == null ? "dev" : v);
    }
}

package id.rembuk.cli;

/** Entry point of the command line (owned by the CLI work). */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args) {
        System.err.println("the command line is being built");
        return 2;
    }
}

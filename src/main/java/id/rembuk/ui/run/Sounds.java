package id.rembuk.ui.run;

/** What the run screen plays; the real one synthesises tones, tests count the calls. */
public interface Sounds {
    /** Two minutes left: a soft single tone. */
    void warning();

    /** Time is up: a two-tone chime. */
    void chime();
}

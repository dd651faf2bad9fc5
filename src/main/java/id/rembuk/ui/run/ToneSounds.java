package id.rembuk.ui.run;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Tones made on the spot with javax.sound: no media module, no sound files to ship. A laptop
 * without a sound device stays silent rather than failing; the countdown's colour still warns.
 */
public final class ToneSounds implements Sounds {
    private static final float RATE = 44_100f;
    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rembuk-sound");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void warning() {
        play(new double[] {660}, 0.35, 0.25);
    }

    @Override
    public void chime() {
        // a descending major third, twice: heard over a room's chatter without startling it
        play(new double[] {784, 622, 784, 622}, 0.4, 0.45);
    }

    private void play(double[] notes, double seconds, double volume) {
        player.execute(() -> {
            try (SourceDataLine line = AudioSystem.getSourceDataLine(new AudioFormat(RATE, 16, 1, true, false))) {
                byte[] pcm = render(notes, seconds, volume);
                line.open(line.getFormat(), pcm.length);
                line.start();
                line.write(pcm, 0, pcm.length);
                line.drain();
            } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                // no sound device (a projector-only laptop, a headless test): silence is acceptable
            }
        });
    }

    /** Sine notes with a soft attack and decay, 16-bit little-endian mono. */
    static byte[] render(double[] notes, double seconds, double volume) {
        int perNote = (int) (RATE * seconds);
        byte[] out = new byte[notes.length * perNote * 2];
        int i = 0;
        for (double f : notes) {
            for (int n = 0; n < perNote; n++) {
                double t = n / RATE;
                double envelope = Math.min(1.0, n / (RATE * 0.01)) * Math.exp(-3.0 * t / seconds);
                short v = (short) (Math.sin(2 * Math.PI * f * t) * envelope * volume * Short.MAX_VALUE);
                out[i++] = (byte) v;
                out[i++] = (byte) (v >> 8);
            }
        }
        return out;
    }
}

package id.rembuk.participants;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses how a CSV's bytes are text. Offices produce three kinds: Excel's "CSV UTF-8" (with a
 * byte order mark), other tools' UTF-8 (without one), and Excel's plain "CSV" on Windows, which is
 * Windows-1252. UTF-8 is strict enough that text in Windows-1252 with any accent or curly quote
 * ("Syafi’i") is almost never valid UTF-8, so: BOM, else valid UTF-8, else Windows-1252.
 */
final class TextDecoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /** @param label how the text was decoded, as shown in the report */
    record Decoded(String text, String label) {
    }

    static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        // Excel's "Unicode Text" export: UTF-16 with a BOM, tab-separated
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(b, WINDOWS_1252), "Windows-1252");
        }
    }
}

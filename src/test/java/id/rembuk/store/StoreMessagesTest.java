package id.rembuk.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.i18n.Messages;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every problem and every store message has its text in both languages, and the two differ. */
class StoreMessagesTest {
    @AfterEach
    void indonesianAgain() {
        Messages.setLocale(Messages.INDONESIAN);
    }

    @Test
    void everyProblemAndStoreKeyInBothBundles() {
        ResourceBundle id = Messages.bundle("id.rembuk.i18n.messages", Messages.INDONESIAN).orElseThrow();
        ResourceBundle en = Messages.bundle("id.rembuk.i18n.messages", Locale.ENGLISH).orElseThrow();
        for (Problem p : Problem.values()) {
            assertThat(id.getString(p.messageKey())).as(p.messageKey()).contains("{0}");
            assertThat(en.getString(p.messageKey())).as(p.messageKey()).isNotEqualTo(id.getString(p.messageKey()));
        }
        for (String key : id.keySet()) {
            if (key.startsWith("store.")) {
                assertThat(en.keySet()).as(key).contains(key);
            }
        }
        for (String key : en.keySet()) {
            assertThat(id.keySet()).as(key).contains(key);
        }
    }

    @Test
    void messagesNameTheFileInTheUsersLanguage() {
        StoreException e = new StoreException(Problem.FOREIGN_CODE, "/media/usb/Banggai.rembuk");
        assertThat(e.userMessage()).contains("ditolak demi keamanan").endsWith("/media/usb/Banggai.rembuk");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(e.userMessage()).contains("refused for safety");
    }
}

package id.rembuk.ui.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import id.rembuk.agenda.UserTemplates;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Records;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.notes.NotesSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a session's agenda as a template, and filling an agenda from the stage's template, on a real session. */
class TemplateActionsTest {
    @TempDir
    Path home;
    NotesSession session;
    TemplateActions actions;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.INDONESIAN);
        session = new NotesSession(home);
        actions = new TemplateActions(session.shell, new id.rembuk.ui.SameThreadExecutor(), session.dialogs, home);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private List<AgendaItem> agenda() {
        return Records.read(session.shell.stateProperty().get(), EntityKind.AGENDA_ITEM, AgendaItem::from).records();
    }

    @Test
    void theSessionsAgendaBecomesATemplateOfThisLaptop() {
        List<AgendaItem> items = agenda();
        assertThat(items).isNotEmpty();
        actions.saveAsTemplate(items);
        UserTemplates.Listing saved = new UserTemplates(home).list();
        assertThat(saved.problems()).isEmpty();
        assertThat(saved.templates()).hasSize(1);
        assertThat(saved.templates().get(0).template().blockCount()).isEqualTo(items.size());
        assertThat(session.shell.noticeProperty().get()).startsWith("Templat disimpan: Agenda ");
        assertThat(session.dialogs.errors).isEmpty();
    }

    @Test
    void fillingFromTheStageTemplateIsOneUndoableAction() {
        int before = agenda().size();
        actions.fillFromStageTemplate();
        assertThat(agenda().size()).isEqualTo(before + 18);
        assertThat(session.shell.undoLabelProperty().get()).startsWith("Agenda dari templat Tahap");
        session.shell.undo();
        assertThat(agenda()).hasSize(before);
    }

    @Test
    void anAgendaSavedOnThisLaptopFillsAnotherSessionInOneUndoableAction() {
        List<AgendaItem> items = agenda();
        actions.saveAsTemplate(items);
        String name = new UserTemplates(home).list().templates().get(0).template().name();
        int before = items.size();

        session.dialogs.choice = null;
        actions.fillFromSavedTemplate();
        assertThat(session.dialogs.offered).hasSize(1);
        assertThat(session.dialogs.offered.get(0).get(0)).startsWith(name + " · " + before + " blok (");
        assertThat(agenda()).as("cancelled: nothing changes").hasSize(before);

        session.dialogs.choice = session.dialogs.offered.get(0).get(0);
        actions.fillFromSavedTemplate();
        assertThat(agenda()).hasSize(before * 2);
        assertThat(session.shell.undoLabelProperty().get()).contains(name);
        session.shell.undo();
        assertThat(agenda()).hasSize(before);
        assertThat(session.dialogs.errors).isEmpty();
    }

    @Test
    void withNoSavedTemplateTheUserIsToldWhereTemplatesComeFrom() {
        actions.fillFromSavedTemplate();
        assertThat(session.dialogs.offered).isEmpty();
        assertThat(session.dialogs.errors).singleElement().asString()
                .startsWith("Belum ada templat agenda tersimpan di laptop ini (" + new UserTemplates(home).dir() + ")")
                .contains("Simpan sebagai templat…");
    }
}

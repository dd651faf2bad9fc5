package id.rembuk.ui.agenda;

import id.rembuk.agenda.AgendaTemplate;
import id.rembuk.agenda.AgendaTemplateException;
import id.rembuk.agenda.AgendaTemplates;
import id.rembuk.agenda.UserTemplates;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.SessionInfo;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.UiFormat;
import id.rembuk.ui.dialog.DialogService;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the agenda screens do with templates: save the session's agenda as a template of this
 * laptop, and fill an empty agenda from the stage's built-in template.
 */
public final class TemplateActions {
    private final ShellViewModel shell;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final UserTemplates templates;

    public TemplateActions(ShellViewModel shell, TaskExecutor executor, DialogService dialogs, Path home) {
        this.shell = shell;
        this.executor = executor;
        this.dialogs = dialogs;
        this.templates = new UserTemplates(home);
    }

    /** Saves the blocks as "Agenda Kabupaten Banggai · Tahap I" in the templates folder, off the FX thread. */
    public void saveAsTemplate(List<AgendaItem> items) {
        SessionInfo info = shell.infoProperty().get();
        String name = info == null ? Messages.get("editor.template.untitled")
                : Messages.get("editor.template.name", info.region(), UiFormat.stage(info));
        AgendaTemplate template = AgendaTemplate.fromItems(name, Optional.ofNullable(info).map(SessionInfo::stage),
                items);
        executor.execute(() -> templates.save(template), file -> shell.notice(
                () -> Messages.get("editor.template.saved", name, file.toString())), failure -> {
                    if (failure instanceof AgendaTemplateException e) {
                        dialogs.showError(Messages.get("editor.template.failed"), e.userMessage());
                    } else {
                        dialogs.showFailure(failure);
                    }
                });
    }

    /**
     * Fills the agenda from a template saved on this laptop (an earlier bimtek's agenda, or a file
     * copied into the templates folder), chosen from a list; one action, one Ctrl+Z.
     */
    public void fillFromSavedTemplate() {
        executor.execute(templates::list, listing -> {
            if (listing.templates().isEmpty()) {
                dialogs.showError(Messages.get("editor.template.pickTitle"),
                        Messages.get("editor.template.none", templates.dir()));
                return;
            }
            dialogs.choose(Messages.get("editor.template.pickTitle"), Messages.get("editor.template.pick"),
                    listing.templates(), e -> Messages.get("editor.template.entry", e.template().name(),
                            e.template().blockCount(), e.file().getFileName()))
                    .ifPresent(e -> shell.apply(AgendaTemplates.action(e.template())));
        }, dialogs::showFailure);
    }

    /** Fills the agenda from the stage's template; one action, so one Ctrl+Z takes it back. */
    public void fillFromStageTemplate() {
        SessionInfo info = shell.infoProperty().get();
        if (info != null) {
            shell.apply(AgendaTemplates.action(AgendaTemplates.builtIn(info.stage())));
        }
    }
}

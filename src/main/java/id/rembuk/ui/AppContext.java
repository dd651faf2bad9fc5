package id.rembuk.ui;

import id.rembuk.ui.conflicts.ConflictsFeature;
import id.rembuk.ui.dialog.DialogService;
import id.rembuk.ui.overview.OverviewView;
import id.rembuk.ui.overview.OverviewViewModel;
import id.rembuk.ui.agenda.AgendaEditorView;
import id.rembuk.ui.agenda.AgendaEditorViewModel;
import id.rembuk.ui.agenda.TemplateActions;
import id.rembuk.ui.breakout.BreakoutFeature;
import id.rembuk.ui.groups.GroupsView;
import id.rembuk.ui.groups.GroupsViewModel;
import id.rembuk.ui.importing.ImportDialog;
import id.rembuk.ui.merge.FxFilePickers;
import id.rembuk.ui.merge.MergeFeature;
import id.rembuk.ui.people.PeopleFeature;
import id.rembuk.ui.profile.ProfileFeature;
import id.rembuk.ui.readiness.ReadinessFeature;
import id.rembuk.ui.breakout.BreakoutTool;
import id.rembuk.ui.notes.BlockNotesPanel;
import id.rembuk.ui.notes.BlockNotesViewModel;
import id.rembuk.ui.notes.NotesShortcuts;
import id.rembuk.ui.roadmap.RoadmapFeature;
import id.rembuk.ui.run.RunFeature;
import id.rembuk.ui.run.ToneSounds;
import id.rembuk.ui.swot.SwotFeature;
import id.rembuk.store.SessionLibrary;
import id.rembuk.ui.session.LibrarySessionService;
import id.rembuk.ui.session.SessionService;
import id.rembuk.ui.shell.NavArea;
import id.rembuk.ui.shell.NavigationRegistry;
import id.rembuk.ui.shell.Shortcut;
import id.rembuk.ui.shell.ShellViewModel;
import id.rembuk.ui.task.TaskExecutor;
import id.rembuk.ui.theme.UiSettings;
import id.rembuk.ui.scoring.ScoringFeature;
import id.rembuk.ui.programme.ProgrammeFeature;
import id.rembuk.ui.tows.TowsFeature;
import id.rembuk.ui.quickwin.QuickWinFeature;
import id.rembuk.ui.vision.VisionFeature;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The composition root: builds the services and view models once and wires them. Views get
 * what they need from here; nothing else creates a service.
 */
public final class AppContext {
    private final UiSettings settings;
    private final SessionService sessions;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ShellViewModel shell;
    private final OverviewViewModel overview;
    private final NavigationRegistry navigation = new NavigationRegistry();
    private final RunFeature run;
    private final BreakoutFeature breakout;
    private final PeopleFeature people;
    private final GroupsViewModel groups;
    private final ReadinessFeature readiness;
    private final SwotFeature swot;
    private final TowsFeature tows;
    private final VisionFeature vision;
    private final ProgrammeFeature programme;
    private final ScoringFeature scoring;
    private final QuickWinFeature quickwin;
    private final ProfileFeature profile;
    private final RoadmapFeature roadmap;
    private final ConflictsFeature conflicts;
    private AgendaEditorViewModel agenda;
    private final MergeFeature merge;
    private final TaskExecutor exports = new id.rembuk.ui.task.BackgroundTaskExecutor("rembuk-export");
    private final id.rembuk.ui.export.ExportFeature export;

    public AppContext(Path home, UiSettings settings, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.settings = settings;
        this.executor = executor;
        this.dialogs = dialogs;
        this.sessions = new LibrarySessionService(new SessionLibrary(home));
        this.shell = new ShellViewModel(sessions, executor, dialogs, clock);
        this.overview = new OverviewViewModel(shell.stateProperty(), shell.sessionIdProperty());
        // feature areas register here, in sidebar order
        navigation.section("ui.nav.section.event");
        navigation.register(new NavArea("overview", "ui.nav.overview", Material2OutlinedAL.DASHBOARD,
                () -> new OverviewView(overview, shell).root()));
        this.run = new RunFeature(shell, clock, new ToneSounds());
        registerAgenda(home);
        this.people = new PeopleFeature(shell, clock, new ImportDialog(shell, executor, dialogs)::start);
        people.register(navigation);
        this.groups = new GroupsViewModel(shell);
        navigation.register(new NavArea("groups", GroupsView.NAV_TITLE_KEY, Material2OutlinedAL.GROUP_WORK,
                () -> new GroupsView(groups).root()));
        navigation.addShortcuts(GroupsView.NAV_TITLE_KEY, List.of(new Shortcut("Alt+← / →", "groups.keys.move")));
        // the group screens come with the groups; each feature below adds its tab to them
        this.breakout = new BreakoutFeature(shell, executor, run.viewModel(), home, clock);
        registerBreakout();
        this.merge = new MergeFeature(shell, sessions, dialogs,
                new FxFilePickers(id.rembuk.ui.theme.Owner::focused), javafx.application.Platform::runLater,
                () -> settings.fontSizeProperty().get());
        merge.landGroupFilesOn(breakout);
        // the papers the room takes home, written on a thread of their own so typing goes on meanwhile
        this.export = new id.rembuk.ui.export.ExportFeature(shell, new id.rembuk.ui.export.ReportsWriter(), exports,
                dialogs, () -> settings.fontSizeProperty().get());
        // what two laptops wrote differently waits here for the facilitator after a merge
        this.conflicts = new ConflictsFeature(shell, clock.getZone());
        conflicts.register(navigation);
        merge.showConflictsWith(() -> navigation.selectedProperty().set(ConflictsFeature.AREA));
        // the masterplan's chain, in the order the groups work through it
        navigation.section("ui.nav.section.analysis");
        this.readiness = new ReadinessFeature(shell, run.projector()::showPleno);
        readiness.register(navigation);
        this.swot = new SwotFeature(shell, run.projector()::showPleno);
        swot.register(navigation);
        this.tows = new TowsFeature(shell, run.projector()::showPleno);
        tows.register(navigation);
        this.vision = new VisionFeature(shell, run.projector()::showPleno);
        vision.register(navigation);
        // Tahap II–IV: from strategies to programmes, scores, quick wins, their profiles and the roadmap
        navigation.section("ui.nav.section.plan");
        this.programme = new ProgrammeFeature(shell, run.projector()::showPleno);
        programme.register(navigation);
        this.scoring = new ScoringFeature(shell, run.projector()::showPleno);
        scoring.register(navigation);
        this.quickwin = new QuickWinFeature(shell, run.projector()::showPleno);
        quickwin.register(navigation);
        this.profile = new ProfileFeature(shell, run.projector()::showPleno);
        profile.register(navigation);
        this.roadmap = new RoadmapFeature(shell, run.projector()::showPleno);
        roadmap.register(navigation);
        readiness.breakoutTools().forEach(breakout::addTool);
        swot.breakoutTools().forEach(breakout::addTool);
        tows.breakoutTools().forEach(breakout::addTool);
        vision.breakoutTools().forEach(breakout::addTool);
        programme.breakoutTools().forEach(breakout::addTool);
        scoring.breakoutTools().forEach(breakout::addTool);
    }

    /** The agenda editor, then the run screen with its notes beside the clock. */
    private void registerAgenda(Path home) {
        TemplateActions templates = new TemplateActions(shell, executor, dialogs, home);
        agenda = new AgendaEditorViewModel(shell, templates::saveAsTemplate);
        navigation.register(new NavArea("agenda", "editor.nav", Material2OutlinedAL.EVENT_NOTE,
                () -> new AgendaEditorView(agenda).root()));
        navigation.addShortcuts("editor.nav", List.of(new Shortcut("Insert", "editor.keys.add"),
                new Shortcut("Delete", "editor.keys.delete"), new Shortcut("Alt+↑ / ↓", "editor.keys.move")));
        run.fillAgendaWith(templates::fillFromStageTemplate, templates::fillFromSavedTemplate);
        run.viewModel().mutedProperty().bindBidirectional(settings.mutedProperty());
        settings.mutedProperty().addListener((o, old, m) -> settings.save(executor));
        BlockNotesViewModel notes = new BlockNotesViewModel(shell, run.viewModel().notesBlockIdProperty());
        run.register(navigation, () -> new BlockNotesPanel(notes).root());
        navigation.addShortcuts(NotesShortcuts.TITLE, NotesShortcuts.all());
    }

    /** The group screens; each group's notes model lives as long as the app, views come and go. */
    private void registerBreakout() {
        breakout.register(navigation);
        Map<String, BlockNotesViewModel> groupNotes = new HashMap<>();
        breakout.addTool(new BreakoutTool("notes", "breakout.tool.notes", Material2OutlinedMZ.NOTES, group -> {
            BlockNotesViewModel n = groupNotes.computeIfAbsent(group, g -> {
                BlockNotesViewModel m = new BlockNotesViewModel(shell, breakout.viewModel().notesBlockIdProperty());
                m.setGroup(g);
                return m;
            });
            return new BlockNotesPanel(n).root();
        }));
    }

    public UiSettings settings() {
        return settings;
    }

    public SessionService sessions() {
        return sessions;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public NavigationRegistry navigation() {
        return navigation;
    }

    /** View models that format text refresh it after a language switch, before the window is rebuilt. */
    public void languageChanged() {
        shell.languageChanged();
        overview.refresh();
        people.languageChanged();
        groups.refresh();
        agenda.refresh();
        readiness.languageChanged();
        swot.languageChanged();
        tows.languageChanged();
        vision.languageChanged();
        programme.languageChanged();
        scoring.languageChanged();
        quickwin.languageChanged();
        profile.languageChanged();
        roadmap.languageChanged();
        conflicts.languageChanged();
        run.languageChanged();
    }

    public RunFeature run() {
        return run;
    }

    public BreakoutFeature breakout() {
        return breakout;
    }

    /** Group files out, the groups' files merged back in. */
    public MergeFeature merge() {
        return merge;
    }

    /** "Ekspor dokumen…". */
    public id.rembuk.ui.export.ExportFeature export() {
        return export;
    }

    /** The laptop's window is gone: the projector window goes with it. */
    public void mainWindowClosed() {
        run.projector().showingProperty().set(false);
    }

    /** Closes the open session and waits for the background work to end. */
    public void shutdown() {
        run.shutdown();
        shell.close();
        executor.shutdown(10_000);
        exports.shutdown(10_000);
    }
}

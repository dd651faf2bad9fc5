package id.rembuk.cli;

import id.rembuk.agenda.AgendaTemplate;
import id.rembuk.agenda.AgendaTemplateException;
import id.rembuk.agenda.AgendaTemplates;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.Stage;
import id.rembuk.domain.change.Action;
import id.rembuk.i18n.Messages;
import id.rembuk.report.json.SessionOutput;
import id.rembuk.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false)
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--region", required = true, paramLabel = "R", descriptionKey = "opt.region")
    String region;

    @Option(names = "--stage", required = true, paramLabel = "I..IV", descriptionKey = "opt.stage")
    String stage;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "opt.from")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "opt.to")
    String to;

    @Option(names = "--venue", paramLabel = "V", descriptionKey = "opt.venue")
    String venue;

    @Option(names = "--province", paramLabel = "P", descriptionKey = "opt.province")
    String province;

    @Option(names = "--facilitator", paramLabel = "NAME", descriptionKey = "opt.facilitator")
    List<String> facilitators = new ArrayList<>();

    @Option(names = "--expert", paramLabel = "NAME", descriptionKey = "opt.expert")
    List<String> experts = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", descriptionKey = "opt.out_session")
    Path out;

    @Option(names = "--agenda", paramLabel = "FILE.json", descriptionKey = "opt.agenda")
    Path agendaFile;

    @Option(names = "--no-agenda", descriptionKey = "opt.no_agenda")
    boolean noAgenda;

    @Option(names = "--force", descriptionKey = "opt.force")
    boolean force;

    @Override
    public Integer call() throws CliError, StoreException {
        SessionInfo info = info();
        Path target = Args.sessionOut(out);
        // read before anything is written: a template that cannot be used leaves no half-made session
        Optional<AgendaTemplate> agenda = agenda(info);
        UUID sessionId = UUID.randomUUID();
        SessionOutput.create(target, force, sessionId, Messages.get("cli.replica.new"), s -> {
            s.apply(new Action(Messages.get("cli.action.new"), info.toEdits(sessionId)));
            if (agenda.isPresent()) {
                s.apply(AgendaTemplates.action(agenda.get()));
            }
        });
        PrintWriter o = spec.commandLine().getOut();
        o.println(Messages.get("cli.new.done", target.toAbsolutePath().normalize()));
        o.println(Messages.get("cli.new.summary", info.region(), info.stage().name(), info.firstDay(),
                info.lastDay(), sessionId));
        if (agenda.isEmpty()) {
            o.println(Messages.get("cli.new.no_agenda"));
            return Cli.OK;
        }
        AgendaTemplate t = agenda.get();
        o.println(Messages.get("cli.new.agenda", t.name(), Integer.toString(t.blockCount()),
                Integer.toString(t.days().size())));
        if (t.stage().isPresent() && t.stage().get() != info.stage()) {
            o.println(Messages.get("cli.new.agenda_other_stage", t.stage().get().name(), info.stage().name()));
        }
        int lastDay = t.days().get(t.days().size() - 1).number();
        if (lastDay > info.days().size()) {
            o.println(Messages.get("cli.new.agenda_more_days", Integer.toString(lastDay),
                    Integer.toString(info.days().size())));
        }
        return Cli.OK;
    }

    private Optional<AgendaTemplate> agenda(SessionInfo info) throws CliError {
        if (noAgenda && agendaFile != null) {
            throw CliError.usage("cli.new.agenda_conflict");
        }
        if (noAgenda) {
            return Optional.empty();
        }
        if (agendaFile == null) {
            return Optional.of(AgendaTemplates.builtIn(info.stage()));
        }
        try {
            return Optional.of(AgendaTemplates.read(agendaFile));
        } catch (AgendaTemplateException e) {
            throw new CliError(Cli.FAILED, "cli.new.agenda_unusable", e.userMessage());
        }
    }

    private SessionInfo info() throws CliError {
        if (region.isBlank()) {
            throw CliError.usage("cli.new.region_required");
        }
        Stage st;
        try {
            st = Stage.parse(stage);
        } catch (IllegalArgumentException e) {
            throw CliError.usage("cli.usage.bad_stage", stage);
        }
        LocalDate first = Args.date(from, "--from");
        LocalDate last = to == null ? first : Args.date(to, "--to");
        if (last.isBefore(first)) {
            throw CliError.usage("cli.new.to_before_from", first, last);
        }
        if (first.plusDays(13).isBefore(last)) {
            throw CliError.usage("cli.new.too_long", first, last);
        }
        try {
            return new SessionInfo(region, province, st, first, last, venue, facilitators, experts, false);
        } catch (IllegalArgumentException e) {
            throw CliError.usage("cli.new.invalid", e.getMessage());
        }
    }
}

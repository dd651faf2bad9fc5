package id.rembuk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.rembuk.agenda.DayTiming;
import id.rembuk.agenda.RunOfShow;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.BlockRun;
import id.rembuk.domain.IndonesianFormat;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.store.ExternalFile;
import id.rembuk.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The rundown as planned and as it ran: what the minutes and the berita acara are written from. */
@Command(name = "agenda", mixinStandardHelpOptions = true)
final class AgendaCommand implements Callable<Integer> {
    private final Clock clock = Clock.systemDefaultZone();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "arg.session_in")
    Path file;

    @Option(names = "--day", paramLabel = "N", descriptionKey = "opt.day")
    Integer day;

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    record Block(int day, String id, LocalTime plannedStart, LocalTime plannedEnd, String title, String kind,
                 String status, Instant startedAt, Instant endedAt, long actualMinutes, int extraMinutes) {
    }

    @Override
    public Integer call() throws StoreException, JsonProcessingException, CliError {
        SessionState state;
        try (ExternalFile.Copy copy = ExternalFile.openReadOnlyCopy(file)) {
            state = copy.session().state();
        }
        List<Integer> days = RunOfShow.days(state);
        if (day != null && !days.contains(day)) {
            throw CliError.usage("cli.agenda.no_day", day);
        }
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        PrintWriter o = spec.commandLine().getOut();
        List<Block> all = new ArrayList<>();
        for (int d : days) {
            if (day != null && d != day) {
                continue;
            }
            RunOfShow show = RunOfShow.of(state, d);
            if (!json) {
                print(show, now, zone, o);
            }
            for (AgendaItem b : show.blocks()) {
                BlockRun r = show.run(b.id());
                all.add(new Block(d, b.id(), b.start(), b.end(), b.title(), b.type().name(), r.status().name(),
                        r.startedAt().orElse(null), r.endedAt().orElse(null),
                        Math.round(r.elapsedSeconds(now) / 60.0), r.extraMinutes()));
            }
        }
        if (days.isEmpty() && !json) {
            o.println(Messages.get("cli.agenda.empty"));
        }
        if (json) {
            o.println(new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writerWithDefaultPrettyPrinter().writeValueAsString(all));
        }
        return Cli.OK;
    }

    private static void print(RunOfShow show, Instant now, ZoneId zone, PrintWriter o) {
        o.println(Messages.get("cli.agenda.day", show.day()));
        for (AgendaItem b : show.blocks()) {
            BlockRun r = show.run(b.id());
            String actual = r.startedAt().map(s -> {
                String from = IndonesianFormat.time(LocalTime.ofInstant(s, zone));
                String to = r.endedAt().filter(e -> r.status().isClosed())
                        .map(e -> IndonesianFormat.time(LocalTime.ofInstant(e, zone))).orElse("…");
                return from + "–" + to + " (" + Messages.get("cli.agenda.minutes", Math.round(r.elapsedSeconds(now) / 60.0))
                        + ")";
            }).orElse("");
            o.println(String.format("  %-11s  %-12s  %-22s  %s", IndonesianFormat.timeRange(b.start(), b.end()),
                    Messages.get(r.status().messageKey()), actual, b.title()));
        }
        DayTiming t = show.timing(now, zone);
        if (t.dayOver()) {
            o.println(Messages.get("cli.agenda.ended", t.projectedEnd().map(IndonesianFormat::time).orElse("-"),
                    t.plannedEnd().map(IndonesianFormat::time).orElse("-")));
        }
        o.println();
    }
}

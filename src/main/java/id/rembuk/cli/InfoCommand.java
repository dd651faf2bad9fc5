package id.rembuk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.SessionSummary;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.SessionState;
import id.rembuk.i18n.Messages;
import id.rembuk.store.ExternalFile;
import id.rembuk.store.SessionFile;
import id.rembuk.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "arg.session_in")
    Path file;

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    /** What {@code info} reports; the JSON form uses these names. */
    record Report(String file, UUID sessionId, boolean sample, String region, String province, String stage,
                  LocalDate firstDay, LocalDate lastDay, String venue, List<String> facilitators,
                  List<String> experts, int schemaVersion, long changes, Map<String, Long> countsByKind,
                  Map<String, Map<String, Long>> countsByDimension, Map<String, Long> participantsByUnsur,
                  Map<String, Long> participantsByGroup, int conflicts, List<ReplicaCount> replicas) {
    }

    record ReplicaCount(UUID id, String label, long changes) {
    }


    @Override
    public Integer call() throws StoreException, JsonProcessingException {
        Report r;
        try (ExternalFile.Copy copy = ExternalFile.openReadOnlyCopy(file)) {
            r = report(copy.session());
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writerWithDefaultPrettyPrinter().writeValueAsString(r));
        } else {
            print(r, o);
        }
        return Cli.OK;
    }

    private Report report(SessionFile s) throws StoreException {
        SessionState state = s.state();
        Optional<SessionInfo> info = SessionInfo.from(state, s.sessionId());
        List<Change> changes = s.changes();
        Map<UUID, Long> perReplica = changes.stream()
                .collect(Collectors.groupingBy(Change::replica, Collectors.counting()));
        List<ReplicaCount> replicas = s.replicas().entrySet().stream()
                .map(e -> new ReplicaCount(e.getKey(), e.getValue(), perReplica.getOrDefault(e.getKey(), 0L)))
                .toList();
        SessionSummary sum = SessionSummary.of(state, s.sessionId());
        return new Report(file.toString(), s.sessionId(), info.map(SessionInfo::sample).orElse(false),
                info.map(SessionInfo::region).orElse(""), info.map(SessionInfo::province).orElse(""),
                info.map(i -> i.stage().name()).orElse(""), info.map(SessionInfo::firstDay).orElse(null),
                info.map(SessionInfo::lastDay).orElse(null), info.map(SessionInfo::venue).orElse(""),
                info.map(SessionInfo::facilitators).orElse(List.of()), info.map(SessionInfo::experts).orElse(List.of()),
                s.schemaInfo().schemaVersion(), changes.size(), byKind(sum), byDimension(sum),
                nonZero(sum.perUnsur()), sum.perGroup(), sum.conflicts(), replicas);
    }

    private static Map<String, Long> byKind(SessionSummary sum) {
        Map<String, Long> m = new LinkedHashMap<>();
        sum.counts().forEach((k, n) -> {
            if (n > 0) {
                m.put(k.code(), n);
            }
        });
        return m;
    }

    private static Map<String, Map<String, Long>> byDimension(SessionSummary sum) {
        Map<String, Map<String, Long>> m = new LinkedHashMap<>();
        sum.perDimension().forEach((k, dims) -> {
            Map<String, Long> row = new LinkedHashMap<>();
            dims.forEach((d, n) -> row.put(d.code(), n));
            m.put(k.code(), row);
        });
        return m;
    }

    private static <K extends Enum<K>> Map<String, Long> nonZero(Map<K, Long> m) {
        Map<String, Long> out = new LinkedHashMap<>();
        m.forEach((k, n) -> {
            if (n > 0) {
                out.put(k.name(), n);
            }
        });
        return out;
    }

    private static String kindLabel(String code) {
        return EntityKind.ofCode(code).map(k -> Messages.get(k.messageKey())).orElse(code);
    }

    private static void print(Report r, PrintWriter o) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Messages.locale());
        o.println(Messages.get("cli.info.file", r.file()));
        o.println(Messages.get("cli.info.session", r.sessionId().toString()));
        if (r.sample()) {
            o.println(Messages.get("cli.info.sample"));
        }
        if (r.region().isEmpty()) {
            o.println(Messages.get("cli.info.no_session_data"));
        } else {
            o.println(Messages.get("cli.info.region", r.region() + (r.province().isEmpty() ? "" : ", " + r.province())));
            o.println(Messages.get("cli.info.stage", r.stage()));
            o.println(Messages.get("cli.info.dates", day.format(r.firstDay()), day.format(r.lastDay())));
            o.println(Messages.get("cli.info.venue", r.venue().isEmpty() ? "-" : r.venue()));
            o.println(Messages.get("cli.info.facilitators", r.facilitators().isEmpty() ? "-"
                    : String.join("; ", r.facilitators())));
            o.println(Messages.get("cli.info.experts", r.experts().isEmpty() ? "-" : String.join("; ", r.experts())));
        }
        o.println(Messages.get("cli.info.changes", Long.toString(r.changes()), Integer.toString(r.schemaVersion())));
        o.println(Messages.get("cli.info.by_kind"));
        r.countsByKind().forEach((k, n) -> o.printf("  %-24s %6d%n", kindLabel(k), n));
        o.println(Messages.get("cli.info.by_dimension"));
        StringBuilder head = new StringBuilder(String.format("  %-24s", ""));
        for (Dimension d : Dimension.values()) {
            head.append(String.format(" %5s", d.code()));
        }
        o.println(head);
        r.countsByDimension().forEach((k, dims) -> {
            StringBuilder line = new StringBuilder(String.format("  %-24s", kindLabel(k)));
            dims.values().forEach(n -> line.append(String.format(" %5d", n)));
            o.println(line);
        });
        if (!r.participantsByUnsur().isEmpty()) {
            o.println(Messages.get("cli.info.by_unsur"));
            r.participantsByUnsur().forEach((u, n) -> o.printf("  %-24s %6d%n",
                    Messages.get("domain.unsur." + u.toLowerCase(java.util.Locale.ROOT)), n));
        }
        o.println(Messages.get("cli.info.conflicts", Integer.toString(r.conflicts())));
        o.println(Messages.get("cli.info.replicas"));
        for (ReplicaCount rc : r.replicas()) {
            o.println("  " + Messages.get("cli.info.replica", rc.label().isEmpty() ? "-" : rc.label(),
                    rc.id().toString(), Long.toString(rc.changes())));
        }
    }
}

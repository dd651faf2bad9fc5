package id.rembuk.report.documents;

import id.rembuk.domain.ActionItem;
import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Element;
import id.rembuk.domain.Participant;
import id.rembuk.domain.People;
import id.rembuk.domain.QuickWin;
import id.rembuk.domain.Records;
import id.rembuk.domain.SessionInfo;
import id.rembuk.domain.change.SessionState;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the documents print, read once from a session state: the session's facts, its people (one
 * per person, see {@link People#participants}), the agenda, quick wins and follow-ups. The reports
 * take this, so they are plain functions of it and easy to test; the minutes and the quick-win
 * profiles also read the groups' work from {@link #state()} through the domain's own computations.
 *
 * @param title the activity's title as the session names it, or {@link SessionInfo#title()}
 * @param state the whole session, for the documents that print the groups' work (the minutes); empty
 *              for facts made by hand
 */
public record SessionFacts(SessionInfo info, String title, List<Participant> participants, List<AgendaItem> agenda,
                           List<QuickWin> quickWins, List<ActionItem> followUps, SessionState state) {
    private static final String SAMPLE_MARK = "(CONTOH)";
    private static final Pattern HEAD = Pattern.compile(
            "(?i)^(kepala (dinas|badan|bappeda|kantor|pelaksana)|sekretaris daerah|inspektur|camat|kepala bagian)\\b.*");

    public SessionFacts {
        participants = List.copyOf(participants);
        agenda = List.copyOf(agenda);
        quickWins = List.copyOf(quickWins);
        followUps = List.copyOf(followUps);
        state = state == null ? SessionState.empty() : state;
    }

    /** Facts without the session behind them (the groups' work reads as empty). */
    public SessionFacts(SessionInfo info, String title, List<Participant> participants, List<AgendaItem> agenda,
                        List<QuickWin> quickWins, List<ActionItem> followUps) {
        this(info, title, participants, agenda, quickWins, followUps, SessionState.empty());
    }

    /** Empty when the session has no session record (a damaged or foreign file). */
    public static Optional<SessionFacts> of(SessionState state, UUID sessionId) {
        Optional<SessionInfo> info = SessionInfo.from(state, sessionId);
        if (info.isEmpty()) {
            return Optional.empty();
        }
        String title = state.get(EntityKind.SESSION.code(), sessionId.toString())
                .flatMap(e -> e.get("title")).map(String::strip).filter(t -> !t.isEmpty())
                .orElse(info.get().title());
        List<Participant> people = People.participants(state).stream()
                .sorted(Comparator.comparing((Participant p) -> p.unsur().ordinal())
                        .thenComparing(p -> p.institution().toLowerCase(Locale.ROOT))
                        .thenComparing(p -> p.name().toLowerCase(Locale.ROOT)).thenComparing(Participant::id))
                .toList();
        List<AgendaItem> agenda = Records.read(state, EntityKind.AGENDA_ITEM, AgendaItem::from).records().stream()
                .sorted(Comparator.comparingInt(AgendaItem::day).thenComparing(AgendaItem::start)
                        .thenComparingInt(AgendaItem::order))
                .toList();
        List<QuickWin> wins = Records.read(state, EntityKind.QUICK_WIN, QuickWin::from).records().stream()
                .sorted(Comparator.comparing((QuickWin q) -> q.dimension().ordinal()).thenComparing(QuickWin::name))
                .toList();
        List<ActionItem> follow = Records.read(state, EntityKind.ACTION_ITEM, ActionItem::from).records().stream()
                .filter(a -> a.programmeId().isEmpty())
                .sorted(Comparator.comparingInt(ActionItem::order).thenComparing(ActionItem::id))
                .toList();
        return Optional.of(new SessionFacts(info.get(), title, people, agenda, wins, follow, state));
    }

    /** The region as an office names itself: without the sample marker ("Kabupaten Banggai"). */
    public String regionName() {
        return info.region().replace(SAMPLE_MARK, "").strip();
    }

    public String activity() {
        return title.replace(SAMPLE_MARK, "").replaceAll("\\s+", " ").strip();
    }

    /** "Bupati" for a kabupaten, "Wali Kota" for a kota. */
    public String regentTitle() {
        return regionName().toLowerCase(Locale.ROOT).startsWith("kota") ? "Wali Kota" : "Bupati";
    }

    /** The town a document is signed in: the venue's last part ("Luwuk"), else the region's name. */
    public String place() {
        String venue = info.venue().replace(SAMPLE_MARK, "").strip();
        int comma = venue.lastIndexOf(',');
        if (comma >= 0 && comma < venue.length() - 1) {
            return venue.substring(comma + 1).strip();
        }
        return regionName().replaceFirst("(?i)^(kabupaten|kota)\\s+", "");
    }

    /** The head of the planning agency, who usually signs for the region; empty when not registered. */
    public Optional<Participant> planningHead() {
        return participants.stream()
                .filter(p -> p.jabatan().toLowerCase(Locale.ROOT).startsWith("kepala bappeda")
                        || p.jabatan().toLowerCase(Locale.ROOT).startsWith("kepala badan")
                        && p.institution().toLowerCase(Locale.ROOT).contains("perencanaan"))
                .findFirst();
    }

    /** Whether the position is the head of an office (Kepala Dinas, Camat...), not of a division in it. */
    public static boolean isHead(Participant p) {
        return HEAD.matcher(p.jabatan().strip()).matches();
    }

    /** The group as the attendance list prints it: "Governance", or the readiness element's name. */
    public static String groupLabel(String groupId) {
        if (groupId == null || groupId.isEmpty()) {
            return "";
        }
        return Dimension.ofCode(groupId).map(d -> d.defaultLabel().replaceFirst("^Smart ", ""))
                .orElseGet(() -> Arrays.stream(Element.values()).filter(e -> e.name().equals(groupId)).findFirst()
                        .map(e -> capital(e.name())).orElse(groupId));
    }

    /** The unsur as printed on Indonesian documents, whatever the language of the program. */
    public static String unsurLabel(Participant.Unsur u) {
        return switch (u) {
            case OPD -> "OPD";
            case DEWAN_SMART_CITY -> "Dewan Smart City";
            case AKADEMISI -> "Akademisi";
            case BISNIS -> "Bisnis";
            case PEMUDA -> "Pemuda";
            case SENIMAN_BUDAYAWAN -> "Seniman/Budayawan";
            case RELAWAN_TIK -> "Relawan TIK";
            case KOMUNITAS -> "Komunitas";
            case MEDIA -> "Media";
            case TENAGA_AHLI -> "Tenaga Ahli";
            case PANITIA -> "Panitia";
            case LAINNYA -> "Lainnya";
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}

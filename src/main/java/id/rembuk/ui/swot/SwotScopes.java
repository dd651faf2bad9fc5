package id.rembuk.ui.swot;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Group;
import id.rembuk.domain.Labels;
import id.rembuk.domain.Participant;
import id.rembuk.domain.People;
import id.rembuk.domain.ReadinessSetup;
import id.rembuk.domain.Records;
import id.rembuk.domain.Stage;
import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem;
import id.rembuk.domain.change.SessionState;
import id.rembuk.groups.GroupSetup;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.swot.SwotBoardViewModel.Choice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which boards a screen offers, who it writes and votes as, and what boards and groups are called.
 * Plain Java: the choice depends on the stage, the readiness setup, the groups, the participants and
 * the cards written, not on the toolkit.
 */
final class SwotScopes {
    /** The group whose laptop this is; null on the facilitator's screen. */
    private final String ownGroup;

    SwotScopes(String ownGroup) {
        this.ownGroup = ownGroup;
    }

    /**
     * The boards to choose from. The facilitator's: the stage's (elements in Tahap I, dimensions
     * after), then any other board that holds cards, so nothing written is out of reach. A group's:
     * its own element's board, or its dimension's (in Tahap I: the elements, written as that group, and
     * its dimension's board once that holds cards).
     */
    List<SwotScope> available(SessionState st, Stage stage) {
        List<Element> elements = Records.read(st, EntityKind.READINESS_SETUP, ReadinessSetup::from).records().stream()
                .findFirst().orElse(ReadinessSetup.DEFAULT).elements();
        List<SwotScope> out = new ArrayList<>();
        if (ownGroup != null) {
            Optional<Element> e = Arrays.stream(Element.values()).filter(x -> Group.idFor(x).equals(ownGroup))
                    .findFirst();
            Optional<Dimension> d = Dimension.ofCode(ownGroup);
            if (e.isPresent()) {
                out.add(SwotScope.of(e.get()));
            } else if (d.isPresent() && stage == Stage.I) {
                elements.forEach(x -> out.add(SwotScope.of(x)));
                // a group that already started its dimension's board (Tahap II work begun early) keeps it
                if (Records.read(st, EntityKind.SWOT_ITEM, SwotItem::from).records().stream()
                        .anyMatch(i -> i.dimension().equals(d))) {
                    out.add(SwotScope.of(d.get()));
                }
            } else {
                d.ifPresent(x -> out.add(SwotScope.of(x)));
            }
            return out;
        }
        Set<SwotScope> all = new LinkedHashSet<>();
        if (stage == Stage.I) {
            elements.forEach(x -> all.add(SwotScope.of(x)));
        } else {
            for (Dimension d : Dimension.values()) {
                all.add(SwotScope.of(d));
            }
        }
        List<SwotItem> items = Records.read(st, EntityKind.SWOT_ITEM, SwotItem::from).records();
        for (Dimension d : Dimension.values()) {
            if (items.stream().anyMatch(i -> i.dimension().equals(Optional.of(d)))) {
                all.add(SwotScope.of(d));
            }
        }
        for (Element e : Element.values()) {
            if (items.stream().anyMatch(i -> i.element().equals(Optional.of(e)))) {
                all.add(SwotScope.of(e));
            }
        }
        out.addAll(all);
        return out;
    }

    /** "Smart Governance" (the session's wording if it has one), "Struktur". */
    static String title(SessionState st, SwotScope sc) {
        if (sc == null) {
            return "";
        }
        Labels labels = labelsOf(st);
        return sc.dimension().map(d -> labels.dimension(d, Messages.locale()))
                .orElseGet(() -> Messages.get(sc.element().orElseThrow().messageKey()));
    }

    /** "GOV", "Struktur": the board's name on a tab. */
    static String shortName(SwotScope sc) {
        return sc.dimension().map(Dimension::code).orElseGet(() -> Messages.get(sc.element().orElseThrow().messageKey()));
    }

    private static Labels labelsOf(SessionState st) {
        try {
            return Labels.of(st);
        } catch (RuntimeException e) {
            return Labels.defaults();
        }
    }

    /** Short group names for the chips: the dimension's code, the element's name. */
    static Map<String, String> groupLabels(SessionState st) {
        Map<String, String> out = new HashMap<>();
        for (Group g : GroupSetup.groups(st)) {
            out.put(g.id(), g.dimension().map(Dimension::code)
                    .orElseGet(() -> Messages.get(g.element().orElseThrow().messageKey())));
        }
        for (Element e : Element.values()) {
            out.putIfAbsent(Group.idFor(e), Messages.get(e.messageKey()));
        }
        return out;
    }

    static String groupName(SessionState st, Group g) {
        return g.dimension().map(d -> labelsOf(st).dimension(d, Messages.locale()))
                .orElseGet(() -> Messages.get(g.element().orElseThrow().messageKey()));
    }

    /** Who new cards may be written as: the plenary or any group; on a group's laptop that group only. */
    List<Choice> writers(SessionState st, Map<String, String> groupLabels) {
        List<Choice> out = new ArrayList<>();
        if (ownGroup == null) {
            out.add(new Choice("", Messages.get("swot.writer.pleno"), SwotBoardViewModel.PLENO_STYLE));
            for (Group g : GroupSetup.groups(st)) {
                out.add(new Choice(g.id(), Messages.get("swot.writer.group", groupName(st, g)), "group-" + g.id()));
            }
        } else {
            out.add(new Choice(ownGroup, groupLabels.getOrDefault(ownGroup, ownGroup), "group-" + ownGroup));
        }
        return out;
    }

    /** Who may place dots: the groups, or the participants by name; on a group's laptop its own only. */
    List<Choice> voters(SessionState st, SwotBoard.BudgetPer per, Map<String, String> groupLabels) {
        List<Choice> out = new ArrayList<>();
        if (per == SwotBoard.BudgetPer.GROUP) {
            for (Group g : GroupSetup.groups(st)) {
                if (ownGroup == null || ownGroup.equals(g.id())) {
                    out.add(new Choice(g.id(), groupName(st, g), "group-" + g.id()));
                }
            }
        } else {
            People.participants(st).stream()
                    .filter(p -> ownGroup == null || ownGroup.equals(p.group()))
                    .sorted(Comparator.comparing((Participant p) -> p.name().toLowerCase(Locale.ROOT))
                            .thenComparing(Participant::id))
                    .forEach(p -> out.add(new Choice(p.id(), p.group().isEmpty() ? p.name()
                            : Messages.get("swot.voter.person", p.name(), groupLabels.getOrDefault(p.group(), p.group())),
                            p.group().isEmpty() ? SwotBoardViewModel.PLENO_STYLE : "group-" + p.group())));
        }
        return out;
    }
}

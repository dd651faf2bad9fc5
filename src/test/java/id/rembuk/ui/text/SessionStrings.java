package id.rembuk.ui.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rembuk.domain.Dimension;
import id.rembuk.domain.SubDimension;
import id.rembuk.report.json.StateJson;
import id.rembuk.ui.shell.ShellViewModel;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The strings a window may show that are the session's own data, not the program's words: every
 * text value of the session's state (names, titles, notes, agenda blocks …), the laptops' names,
 * and the dimension labels the domain carries in both languages (a session may rename them).
 */
public final class SessionStrings {
    private SessionStrings() {
    }

    public static Set<String> of(ShellViewModel shell) throws IOException {
        Set<String> all = new HashSet<>();
        JsonNode root = new ObjectMapper().readTree(StateJson.canonical(shell.sessionIdProperty().get(),
                shell.stateProperty().get()));
        collect(root, all);
        all.addAll(shell.replicasProperty().get().values());
        for (Dimension d : Dimension.values()) {
            all.add(d.defaultLabel());
            // "Governance" where space is short: every dimension starts with "Smart"
            all.add(d.defaultLabel().replace("Smart ", ""));
        }
        for (SubDimension s : SubDimension.values()) {
            all.add(s.defaultLabelId());
            all.add(s.defaultLabelEn());
        }
        return all;
    }

    private static void collect(JsonNode node, Set<String> into) {
        if (node.isTextual() && node.asText().startsWith("[") || node.isTextual() && node.asText().startsWith("{")) {
            // a field holding rows of its own (a profile's steps and indicators) as JSON text
            try {
                collect(new ObjectMapper().readTree(node.asText()), into);
            } catch (IOException notJson) {
                // plain text that happens to start with a bracket
            }
        }
        if (node.isTextual()) {
            into.add(node.asText());
            // a field of rows ("1-2: Pemetaan alur …", "Waktu tunggu | 180 menit | 30 menit") shows piece by piece
            for (String line : node.asText().split("\\R")) {
                into.add(line.strip());
                for (String piece : line.split("\\||\\t|: ")) {
                    into.add(piece.strip());
                }
            }
        }
        node.forEach(child -> collect(child, into));
    }
}

package id.rembuk.participants;

import id.rembuk.domain.Ids;
import id.rembuk.domain.InvalidValue;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Participant.Unsur;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns one data row into the participant it would create, leaving out every value found wrong. */
final class RowReader {
    static final int MAX_TEXT = 200;
    private static final Set<String> NONE = Set.of("-", "--", "–", "—", "n/a", "na", "tidak ada", "tdk ada", "none",
            "nihil");

    private final HeaderMap header;

    RowReader(HeaderMap header) {
        this.header = header;
    }

    /** The participant (with the bad optional values left out; empty if it has no usable name) and the problems. */
    record Read(Optional<Participant> participant, List<RowProblem> problems) {
    }

    /** True when none of the imported columns holds anything (a numbered but unused line of a form). */
    boolean isEmpty(TableRow row) {
        return header.columns().values().stream().allMatch(i -> row.cell(i).isBlank());
    }

    Read read(TableRow row) {
        List<RowProblem> problems = new ArrayList<>();
        String name = text(row, Column.NAME, problems);
        if (name.isEmpty() && problems.isEmpty()) {
            problems.add(RowProblem.error(Column.NAME, "participants.problem.name_missing"));
        }
        String nip = keep(NipCheck.check(cell(row, Column.NIP)), problems);
        String jabatan = text(row, Column.JABATAN, problems);
        String institution = text(row, Column.INSTITUTION, problems);
        Unsur unsur = unsur(cell(row, Column.UNSUR).clean(), problems);
        String group = group(cell(row, Column.GROUP).clean(), problems);
        Cell phoneCell = cell(row, Column.PHONE);
        Cell emailCell = cell(row, Column.EMAIL);
        Cell contact = cell(row, Column.CONTACT);
        if (!contact.isBlank()) {
            Contact c = Contact.split(contact.clean());
            if (phoneCell.isBlank() && !c.phone().isEmpty()) {
                phoneCell = Cell.text(c.phone());
            }
            if (emailCell.isBlank() && !c.email().isEmpty()) {
                emailCell = Cell.text(c.email());
            }
        }
        String phone = keep(phone(phoneCell), problems);
        String email = keep(email(emailCell), problems);
        Optional<Participant> p = Optional.empty();
        if (!name.isEmpty()) {
            try {
                p = Optional.of(new Participant(Ids.random(), name, nip, jabatan, institution, unsur, group, phone, email));
            } catch (InvalidValue e) {
                // every value was checked above with the record's own rules; this is a rule added since
                problems.add(RowProblem.error(Column.NAME, e.key(), stringArgs(e.args())));
            }
        }
        return new Read(p, problems);
    }

    private Cell cell(TableRow row, Column c) {
        return header.index(c).map(row::cell).orElse(Cell.EMPTY);
    }

    private String text(TableRow row, Column c, List<RowProblem> problems) {
        String t = cell(row, c).clean();
        if (t.length() > MAX_TEXT) {
            problems.add(RowProblem.error(c, "participants.problem.too_long", Integer.toString(t.length()),
                    Integer.toString(MAX_TEXT)));
            return "";
        }
        return t;
    }

    private static String keep(Checked c, List<RowProblem> problems) {
        c.problem().ifPresent(problems::add);
        return c.value();
    }

    private static Unsur unsur(String value, List<RowProblem> problems) {
        if (value.isEmpty()) {
            return Unsur.LAINNYA;
        }
        Optional<Unsur> u = Values.unsur(value);
        if (u.isPresent()) {
            return u.get();
        }
        problems.add(RowProblem.warning(Column.UNSUR,
                Values.isTeam(value) ? "participants.problem.unsur_team" : "participants.problem.unsur_unknown", value));
        return Unsur.LAINNYA;
    }

    private static String group(String value, List<RowProblem> problems) {
        if (value.isEmpty() || NONE.contains(value.toLowerCase(Locale.ROOT))) {
            return "";
        }
        Optional<String> g = Values.group(value);
        if (g.isEmpty()) {
            problems.add(RowProblem.warning(Column.GROUP, "participants.problem.group_unknown", value));
        }
        return g.orElse("");
    }

    static Checked phone(Cell cell) {
        String raw = cell.clean();
        if (raw.isEmpty() || NONE.contains(raw.toLowerCase(Locale.ROOT))) {
            return Checked.ok("");
        }
        String t = raw.startsWith("'") ? raw.substring(1).strip() : raw;
        if (t.matches("[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+")) {
            return Checked.bad(RowProblem.error(Column.PHONE, "participants.problem.phone_scientific", raw));
        }
        if (t.matches("8[0-9]{8,11}")) {
            // an Indonesian mobile number stored as a number loses its 0 and nothing else: 0 is its only
            // possible first digit, so it is put back, and the row says so
            String fixed = "0" + t;
            return Checked.warn(fixed, RowProblem.warning(Column.PHONE, "participants.problem.phone_zero", raw, fixed));
        }
        if (!valid(() -> new Participant("x", "x", "", "", "", Unsur.LAINNYA, "", t, ""))) {
            return Checked.bad(RowProblem.error(Column.PHONE, "participants.problem.phone_invalid", raw));
        }
        return Checked.ok(t);
    }

    static Checked email(Cell cell) {
        String raw = cell.clean();
        if (raw.isEmpty() || NONE.contains(raw.toLowerCase(Locale.ROOT))) {
            return Checked.ok("");
        }
        String t = raw.replaceFirst("(?i)^mailto:", "");
        if (!valid(() -> new Participant("x", "x", "", "", "", Unsur.LAINNYA, "", "", t))) {
            return Checked.bad(RowProblem.error(Column.EMAIL, "participants.problem.email_invalid", raw));
        }
        return Checked.ok(t);
    }

    /** The domain's own rule for one field, so the import accepts exactly what the record does. */
    private static boolean valid(Runnable construct) {
        try {
            construct.run();
            return true;
        } catch (InvalidValue e) {
            return false;
        }
    }

    private static String[] stringArgs(Object[] args) {
        String[] s = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            s[i] = String.valueOf(args[i]);
        }
        return s;
    }

    /** "0812 3456 7890 / nama@contoh.id" split into its phone and e-mail. */
    record Contact(String phone, String email) {
        static Contact split(String text) {
            String email = "";
            StringBuilder rest = new StringBuilder();
            for (String token : text.split("[\\s/;,|]+")) {
                if (token.contains("@") && email.isEmpty()) {
                    email = token;
                } else if (!token.isEmpty()) {
                    rest.append(rest.length() == 0 ? "" : " ").append(token);
                }
            }
            return new Contact(rest.toString().replaceFirst("(?i)^(hp|wa|telp|tel)\\s*[.:]?\\s*", ""), email);
        }
    }
}

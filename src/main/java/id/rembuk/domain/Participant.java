package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One person on the attendance list. Names, NIP and phone numbers are personal data (UU 27/2022).
 *
 * @param nip         18-digit civil servant number, kept as text (leading zeros, no arithmetic); may be empty
 * @param jabatan     position ("Kepala Bidang Aplikasi Informatika")
 * @param institution instansi / OPD ("Dinas Komunikasi dan Informatika")
 * @param group       id of the FGD group, empty when not yet assigned
 */
public record Participant(String id, String name, String nip, String jabatan, String institution, Unsur unsur,
                          String group, String phone, String email) implements SessionRecord {

    public static final String F_NAME = "name";
    public static final String F_NIP = "nip";
    public static final String F_JABATAN = "jabatan";
    public static final String F_INSTITUTION = "institution";
    public static final String F_UNSUR = "unsur";
    public static final String F_GROUP = "group";
    public static final String F_PHONE = "phone";
    public static final String F_EMAIL = "email";

    /** Which part of the city's stakeholders a participant represents. */
    public enum Unsur implements Labelled {
        OPD, DEWAN_SMART_CITY, AKADEMISI, BISNIS, PEMUDA, SENIMAN_BUDAYAWAN, RELAWAN_TIK, KOMUNITAS, MEDIA,
        TENAGA_AHLI, PANITIA, LAINNYA;

        @Override
        public String labelGroup() {
            return "unsur";
        }
    }

    public Participant {
        Ids.require(id, "participant");
        name = Text.required(name, "name", 200);
        nip = nip == null ? "" : nip.replaceAll("[\\s.\\-]", "");
        InvalidValue.check(nip.isEmpty() || nip.matches("[0-9]{18}"), "domain.invalid.nip", nip);
        jabatan = Text.optional(jabatan, 200);
        institution = Text.optional(institution, 200);
        Objects.requireNonNull(unsur, "unsur");
        group = Ids.optional(group, "group");
        phone = Text.optional(phone, 40);
        InvalidValue.check(phone.isEmpty() || phone.matches("\\+?[0-9 ()\\-.]{6,39}"), "domain.invalid.phone", phone);
        email = Text.optional(email, 200);
        InvalidValue.check(email.isEmpty() || email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "domain.invalid.email",
                email);
    }

    /** NIP as printed on attendance lists: birth date, appointment month, sex, serial ("19780512 200312 1 004"). */
    public String nipDisplay() {
        return nip.isEmpty() ? "" : nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " "
                + nip.substring(15);
    }

    /** Phone as digits in the 62… form, so 0812…, 62812… and +62 812… compare equal; empty if none. */
    public String normalisedPhone() {
        return normalisePhone(phone);
    }

    public static String normalisePhone(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("0")) {
            return "62" + digits.substring(1);
        }
        return digits;
    }

    /** Name in lower case with titles' punctuation and extra spaces removed, for finding the same person twice. */
    public static String normaliseName(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Override
    public EntityKind kind() {
        return EntityKind.PARTICIPANT;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_NAME, name).text(F_NIP, nip).text(F_JABATAN, jabatan)
                .text(F_INSTITUTION, institution).value(F_UNSUR, unsur).text(F_GROUP, group).text(F_PHONE, phone)
                .text(F_EMAIL, email).build();
    }

    public static Participant from(EntityState e) {
        return new Participant(e.key().id(), Fields.text(e, F_NAME), Fields.text(e, F_NIP), Fields.text(e, F_JABATAN),
                Fields.text(e, F_INSTITUTION), Fields.enumOr(e, F_UNSUR, Unsur.class, Unsur.LAINNYA),
                Fields.text(e, F_GROUP), Fields.text(e, F_PHONE), Fields.text(e, F_EMAIL));
    }
}

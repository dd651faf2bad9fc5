package id.rembuk.participants;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The participant columns an attendance list may have, each with the header names offices use
 * for it, in Bahasa Indonesia and English, compared in their {@link Names#key} form.
 */
public enum Column {
    NAME("participants.column.name", "nama", "nama lengkap", "nama peserta", "nama lengkap peserta", "nama dan gelar",
            "nama lengkap dan gelar", "nama gelar", "nama lengkap gelar", "nama lengkap beserta gelar", "name",
            "full name", "participant", "participant name", "peserta"),
    NIP("participants.column.nip", "nip", "nip baru", "nip nrp", "nip nik", "nomor induk pegawai", "no induk pegawai",
            "employee number", "employee id", "civil servant number", "civil servant id"),
    JABATAN("participants.column.jabatan", "jabatan", "position", "job title", "jabatan pekerjaan", "role",
            "jabatan dalam instansi", "jabatan di instansi", "jabatan struktural", "jabatan dinas", "nama jabatan"),
    INSTITUTION("participants.column.institution", "instansi", "opd", "unit kerja", "institution", "instansi opd",
            "opd instansi", "instansi lembaga", "lembaga", "lembaga instansi", "asal instansi", "asal opd",
            "asal lembaga", "instansi asal", "perangkat daerah", "satuan kerja", "satker", "skpd", "agency",
            "organisation", "organization", "organisasi", "instansi unit kerja", "unit kerja instansi",
            "instansi organisasi", "institusi", "asal", "office", "instansi opd lembaga", "nama instansi", "nama opd",
            "nama lembaga", "nama organisasi", "nama unit kerja", "nama perangkat daerah"),
    UNSUR("participants.column.unsur", "unsur", "kategori", "category", "unsur peserta", "kategori peserta",
            "stakeholder", "stakeholder group", "unsur keterwakilan", "keterwakilan", "participant category",
            "unsur kategori"),
    GROUP("participants.column.group", "kelompok", "group", "dimensi", "dimension", "kelompok fgd", "fgd group",
            "kelompok dimensi", "kelompok diskusi", "discussion group", "fgd", "group fgd", "kel"),
    PHONE("participants.column.phone", "no hp", "hp", "nomor hp", "no telp", "no telepon", "telepon", "telp",
            "telpon", "nomor telepon", "no handphone", "handphone", "nomor handphone", "no wa", "wa", "whatsapp",
            "no whatsapp", "nomor wa", "hp wa", "no hp wa", "nomor hp wa", "telp hp", "no telp hp", "telepon hp",
            "phone", "phone number", "mobile", "mobile phone", "mobile number", "cell", "cellphone", "kontak hp",
            "no kontak", "nomor kontak", "telepon wa", "telp wa", "no telp wa", "no hp whatsapp", "no tlp", "tlp",
            "hp whatsapp", "no hp telp", "no telp hp wa"),
    EMAIL("participants.column.email", "email", "e mail", "surel", "alamat email", "alamat e mail", "email address",
            "e mail address", "alamat surel", "mail", "surat elektronik"),
    /** Phone and e-mail in one column ("No. HP/Email"), as on many attendance forms. */
    CONTACT("participants.column.contact", "kontak", "contact", "no hp email", "hp email", "no hp e mail",
            "hp e mail", "telp email", "no telp email", "telepon email", "phone email", "phone e mail",
            "kontak hp email", "no hp wa email", "email hp", "email no hp", "hp wa email", "no telp hp email");

    private static final Map<String, Column> BY_NAME = new HashMap<>();

    static {
        for (Column c : values()) {
            for (String s : c.synonyms) {
                if (BY_NAME.put(s, c) != null) {
                    throw new IllegalStateException("header name listed twice: " + s);
                }
            }
        }
    }

    private final String messageKey;
    private final Set<String> synonyms;

    Column(String messageKey, String... synonyms) {
        this.messageKey = messageKey;
        this.synonyms = Set.copyOf(Arrays.asList(synonyms));
    }

    /** Key of the column's name in the participants bundle ("Nama", "No. HP"). */
    public String messageKey() {
        return messageKey;
    }

    /** The column a header names, if any: "Nama Lengkap", "E-mail", "No. HP/WA", "Instansi/OPD". */
    public static Optional<Column> ofHeader(String header) {
        return Optional.ofNullable(BY_NAME.get(Names.key(header)));
    }
}

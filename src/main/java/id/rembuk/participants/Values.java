package id.rembuk.participants;

import id.rembuk.domain.Dimension;
import id.rembuk.domain.Element;
import id.rembuk.domain.Group;
import id.rembuk.domain.Participant.Unsur;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Lenient reading of the Unsur and Kelompok columns. Only names that can mean one thing are
 * read; anything else is reported on its row and left for the facilitator, never guessed.
 */
final class Values {
    private static final Map<String, Unsur> UNSUR = new HashMap<>();
    private static final Map<String, String> GROUP = new HashMap<>();
    /** Words in front of a group's name that say nothing about which group: "Kelompok Smart Economy". */
    private static final String GROUP_PREFIX = "^(kelompok|group|dimensi|dimension|elemen|element|kel|fgd)\\s+";

    static {
        for (Unsur u : Unsur.values()) {
            UNSUR.put(Names.key(u.name()), u);
        }
        unsur(Unsur.OPD, "opd", "perangkat daerah", "organisasi perangkat daerah", "skpd", "pemda", "pemerintah daerah",
                "pemerintah", "pemkab", "pemkot", "asn", "pns", "dinas", "instansi pemerintah", "government",
                "government agency", "local government");
        unsur(Unsur.DEWAN_SMART_CITY, "dewan smart city", "dewan", "dsc", "smart city council", "council");
        unsur(Unsur.AKADEMISI, "akademisi", "akademik", "perguruan tinggi", "universitas", "kampus", "dosen",
                "academia", "academic", "academics", "university");
        unsur(Unsur.BISNIS, "bisnis", "swasta", "pengusaha", "dunia usaha", "pelaku usaha", "umkm", "business",
                "private sector", "industri", "industry");
        unsur(Unsur.PEMUDA, "pemuda", "kepemudaan", "youth", "karang taruna");
        unsur(Unsur.SENIMAN_BUDAYAWAN, "seniman budayawan", "seniman", "budayawan", "seniman dan budayawan",
                "tokoh budaya", "artist", "artists", "artists and cultural figures", "culture", "budaya");
        unsur(Unsur.RELAWAN_TIK, "relawan tik", "rtik", "relawan teknologi informasi dan komunikasi", "ict volunteer",
                "ict volunteers");
        unsur(Unsur.KOMUNITAS, "komunitas", "masyarakat", "tokoh masyarakat", "lsm", "ormas", "organisasi masyarakat",
                "community", "civil society", "ngo");
        unsur(Unsur.MEDIA, "media", "pers", "wartawan", "jurnalis", "media massa", "press", "journalist");
        unsur(Unsur.TENAGA_AHLI, "tenaga ahli", "narasumber", "pakar", "expert", "experts", "resource person");
        unsur(Unsur.PANITIA, "panitia", "penyelenggara", "committee", "organiser", "organizer");
        unsur(Unsur.LAINNYA, "lainnya", "lain lain", "lain", "other", "others");

        for (Dimension d : Dimension.values()) {
            String id = Group.idFor(d);
            group(id, d.code(), d.defaultLabel(), d.defaultLabel().replaceFirst("^Smart ", ""), d.descriptionId());
        }
        group(Group.idFor(Dimension.GOV), "tata kelola", "pemerintahan", "governance");
        group(Group.idFor(Dimension.BRD), "branding", "pencitraan", "pariwisata");
        group(Group.idFor(Dimension.ECO), "ekonomi", "economy");
        group(Group.idFor(Dimension.LIV), "living", "kehidupan");
        group(Group.idFor(Dimension.SOC), "society", "sosial", "kemasyarakatan");
        group(Group.idFor(Dimension.ENV), "environment", "lingkungan hidup");
        for (Element e : Element.values()) {
            group(Group.idFor(e), e.name(), e.label());
        }
        group(Group.idFor(Element.STRUKTUR), "structure");
        group(Group.idFor(Element.INFRASTRUKTUR), "infrastructure");
        group(Group.idFor(Element.SUPRASTRUKTUR), "superstructure", "supra struktur");
        group(Group.idFor(Element.ALAM), "alam", "nature", "natural potential", "sumber daya alam");
        group(Group.idFor(Element.BUDAYA), "culture");
    }

    private Values() {
    }

    private static void unsur(Unsur u, String... names) {
        for (String n : names) {
            UNSUR.put(Names.key(n), u);
        }
    }

    private static void group(String id, String... names) {
        for (String n : names) {
            GROUP.put(Names.key(n), id);
        }
    }

    /** The Unsur a value names: "OPD", "Perangkat Daerah", "Dewan Smart City", "Akademisi", "Seniman/Budayawan". */
    static Optional<Unsur> unsur(String value) {
        return Optional.ofNullable(UNSUR.get(Names.key(value)));
    }

    /**
     * "Tim Pelaksana" is a body, not an unsur: its members are academics, business people, youth,
     * artists and others. Recognised so the row can say exactly that.
     */
    static boolean isTeam(String value) {
        String k = Names.key(value);
        return k.equals("tim pelaksana") || k.equals("tim pelaksana smart city") || k.equals("implementation team");
    }

    /** The group id a value names: "GOV", "Smart Governance", "Tata Kelola", "Kelompok Ekonomi", "Struktur". */
    static Optional<String> group(String value) {
        String k = Names.key(value);
        String id = GROUP.get(k);
        if (id == null) {
            id = GROUP.get(k.replaceFirst(GROUP_PREFIX, ""));
        }
        if (id == null) {
            id = GROUP.get(k.replaceFirst(GROUP_PREFIX, "").replaceFirst("^smart\\s+", ""));
        }
        return Optional.ofNullable(id);
    }
}

package id.rembuk.ui.swot;

import id.rembuk.domain.SwotBoard;
import id.rembuk.domain.SwotItem.Quadrant;
import java.util.List;

/** A Smart Governance board as a group leaves it after an hour: twenty cards, clusters, a merge, a round of dots. */
final class SwotSample {
    private SwotSample() {
    }

    static void fill(SwotBoardViewModel vm) {
        String[][] cards = {
            {"S", "GOV", "Komitmen bupati terhadap SPBE kuat"},
            {"S", "GOV", "Jaringan fiber optik sudah sampai 12 kecamatan"},
            {"S", "ECO", "Aplikasi SIPD dipakai semua OPD"},
            {"S", "", "Diskominfo punya 8 pranata komputer"},
            {"S", "GOV", "Perbup SPBE sudah terbit tahun 2021"},
            {"W", "GOV", "Data tiap OPD tidak terpadu"},
            {"W", "BRD", "Data belum satu pintu"},
            {"W", "GOV", "Belum ada pusat data daerah"},
            {"W", "ECO", "Server OPD tersebar dan tidak terawat"},
            {"W", "GOV", "SDM TIK di kecamatan sangat sedikit"},
            {"W", "", "Pelatihan ASN soal aplikasi jarang"},
            {"W", "GOV", "Anggaran TIK di bawah 1% APBD"},
            {"O", "GOV", "Program nasional GMSC dan pendampingan Kominfo"},
            {"O", "ECO", "DAK bidang TIK tersedia tiap tahun"},
            {"O", "", "Palapa Ring membuat bandwidth lebih murah"},
            {"O", "BRD", "Universitas Tompotika siap bermitra"},
            {"T", "GOV", "Serangan siber ke situs pemda meningkat"},
            {"T", "BRD", "Hoaks menyebar lewat media sosial"},
            {"T", "", "Cuaca ekstrem memutus jaringan di pesisir"},
            {"T", "ECO", "Ketergantungan pada vendor aplikasi"},
            {"T", "GOV", "Pergantian pimpinan mengubah prioritas"},
        };
        for (String[] c : cards) {
            vm.writerProperty().set(c[1]);
            vm.add(Quadrant.valueOf(c[0]), c[2]);
        }
        vm.writerProperty().set("");
        vm.merge(List.of(id(vm, "Data tiap OPD tidak terpadu"), id(vm, "Data belum satu pintu")));
        vm.cluster(List.of(id(vm, "Data tiap OPD tidak terpadu"), id(vm, "Belum ada pusat data daerah"),
                id(vm, "Server OPD tersebar dan tidak terawat")), "Data dan integrasi");
        vm.cluster(List.of(id(vm, "SDM TIK di kecamatan sangat sedikit"), id(vm, "Pelatihan ASN soal aplikasi jarang")),
                "SDM");
        vm.cluster(List.of(id(vm, "Jaringan fiber optik sudah sampai 12 kecamatan"),
                id(vm, "Aplikasi SIPD dipakai semua OPD")), "Infrastruktur");
        vm.openRound(5, SwotBoard.BudgetPer.GROUP);
        dots(vm, "GOV", "Data tiap OPD tidak terpadu", "Data tiap OPD tidak terpadu", "Belum ada pusat data daerah",
                "Komitmen bupati terhadap SPBE kuat", "Serangan siber ke situs pemda meningkat");
        dots(vm, "ECO", "Data tiap OPD tidak terpadu", "DAK bidang TIK tersedia tiap tahun",
                "Anggaran TIK di bawah 1% APBD");
        dots(vm, "BRD", "Data tiap OPD tidak terpadu", "Hoaks menyebar lewat media sosial",
                "Program nasional GMSC dan pendampingan Kominfo", "Komitmen bupati terhadap SPBE kuat");
        vm.voterProperty().set("GOV");
    }

    private static void dots(SwotBoardViewModel vm, String voter, String... texts) {
        vm.voterProperty().set(voter);
        for (String t : texts) {
            vm.vote(id(vm, t));
        }
    }

    static String id(SwotBoardViewModel vm, String text) {
        for (Quadrant q : Quadrant.values()) {
            for (SwotCard c : vm.cards(q)) {
                if (c.text().equals(text)) {
                    return c.id();
                }
            }
        }
        throw new IllegalArgumentException("no card " + text);
    }
}

package id.rembuk.report.documents;

import id.rembuk.domain.IndonesianFormat;
import java.time.LocalDate;

/**
 * Numbers and dates in Indonesian words, as a berita acara writes them: "Pada hari ini Senin
 * tanggal tujuh bulan Desember tahun dua ribu dua puluh enam".
 */
public final class Terbilang {
    private static final String[] UNITS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
        "delapan", "sembilan", "sepuluh", "sebelas"};

    private Terbilang() {
    }

    /** 0 ≤ n < 10^15 in words: 11 "sebelas", 100 "seratus", 1000 "seribu", 2022 "dua ribu dua puluh dua". */
    public static String of(long n) {
        if (n < 0) {
            return "minus " + of(-n);
        }
        if (n < 12) {
            return UNITS[(int) n];
        }
        if (n < 20) {
            return UNITS[(int) (n - 10)] + " belas";
        }
        if (n < 100) {
            return UNITS[(int) (n / 10)] + " puluh" + rest(n % 10);
        }
        if (n < 200) {
            return "seratus" + rest(n - 100);
        }
        if (n < 1000) {
            return UNITS[(int) (n / 100)] + " ratus" + rest(n % 100);
        }
        if (n < 2000) {
            return "seribu" + rest(n - 1000);
        }
        if (n < 1_000_000) {
            return of(n / 1000) + " ribu" + rest(n % 1000);
        }
        if (n < 1_000_000_000) {
            return of(n / 1_000_000) + " juta" + rest(n % 1_000_000);
        }
        if (n < 1_000_000_000_000L) {
            return of(n / 1_000_000_000) + " miliar" + rest(n % 1_000_000_000);
        }
        return of(n / 1_000_000_000_000L) + " triliun" + rest(n % 1_000_000_000_000L);
    }

    private static String rest(long n) {
        return n == 0 ? "" : " " + of(n);
    }

    /** "Senin tanggal tujuh bulan Desember tahun dua ribu dua puluh enam". */
    public static String date(LocalDate d) {
        return IndonesianFormat.dayName(d) + " tanggal " + of(d.getDayOfMonth()) + " bulan "
                + IndonesianFormat.monthName(d.getMonthValue()) + " tahun " + of(d.getYear());
    }
}

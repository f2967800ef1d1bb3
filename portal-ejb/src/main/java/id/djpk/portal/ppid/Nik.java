package id.djpk.portal.ppid;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The Nomor Induk Kependudukan on the KTP: 16 digits, the first six the region of registration (province
 * code 11–94 first), then the date of birth as DDMMYY with 40 added to the day for women, then a
 * four-digit serial. Only plausibility is checked: the population register itself is not available here.
 */
public final class Nik {

    private Nik() {
    }

    public static boolean isValid(String nik) {
        if (nik == null || !nik.matches("\\d{16}")) {
            return false;
        }
        int province = Integer.parseInt(nik.substring(0, 2));
        if (province < 11 || province > 94) {
            return false;
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        if (day > 40) {
            day -= 40;
        }
        if (day < 1 || month < 1 || month > 12 || "0000".equals(nik.substring(12))) {
            return false;
        }
        try {
            // the two-digit year cannot tell 1900s from 2000s; 2000 is a leap year, so 29 February passes
            LocalDate.of(2000, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}

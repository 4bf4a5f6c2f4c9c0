package nl.huurronde.genereer;

/**
 * Synthetic BSNs. Scheme: the digit 9, a 7-digit counter, and the 11-proef check digit;
 * counters whose check digit would be 10 are skipped. This gives about 9 million unique numbers,
 * in order, so uniqueness needs no memory. The 9-range holds the RvIG's test persons (9999xxxxx);
 * the golden examples use 1xxxxxxxx, so the two never collide.
 */
final class Bsn {

    private static final int PREFIX = 9;
    private static final int[] GEWICHTEN = {9, 8, 7, 6, 5, 4, 3, 2};

    private int teller;

    /** The next unique, valid BSN. */
    String volgende() {
        while (true) {
            teller++;
            if (teller > 9_999_999) {
                throw new IllegalStateException("BSN-reeks op: meer dan 9 miljoen personen");
            }
            int controle = controlecijfer(PREFIX * 10_000_000 + teller);
            if (controle < 10) {
                return negenCijfers(PREFIX * 100_000_000L + teller * 10L + controle);
            }
        }
    }

    /** A 9-digit number that fails the 11-proef and is distinct from every BSN this instance hands out. */
    String ongeldige() {
        String geldig = volgende();
        int laatste = geldig.charAt(8) - '0';
        // changing only the check digit always breaks the proef: the sum moves by 1..9, never by 11
        return geldig.substring(0, 8) + (char) ('0' + (laatste + 1) % 10);
    }

    static boolean elfproef(String bsn) {
        if (bsn == null || bsn.length() != 9) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 9; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            som += (i < 8 ? GEWICHTEN[i] : -1) * (c - '0');
        }
        return som % 11 == 0;
    }

    /** The check digit that makes the 8 leading digits pass; 10 means no digit does. */
    private static int controlecijfer(int achtCijfers) {
        int som = 0;
        for (int i = 7; i >= 0; i--) {
            som += GEWICHTEN[i] * (achtCijfers % 10);
            achtCijfers /= 10;
        }
        return som % 11;
    }

    private static String negenCijfers(long getal) {
        return Long.toString(getal);
    }
}

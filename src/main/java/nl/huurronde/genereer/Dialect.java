package nl.huurronde.genereer;

import java.util.SplittableRandom;

/**
 * How one file is written: the things inputs.md allows an extract to vary at file level.
 *
 * @param volgorde   output position → canonical column index
 * @param extraKolom name of an unknown column the job must ignore, or null
 * @param mengen     vary amount, date, boolean and enum spellings per value
 * @param kopMengen  vary the header names' case (names match case-insensitively)
 */
record Dialect(boolean bom, char scheidingsteken, boolean crlf, int[] volgorde, String extraKolom, boolean mengen,
               boolean kopMengen) {

    static Dialect standaard(int kolommen) {
        return new Dialect(false, ',', false, identiteit(kolommen), null, false, false);
    }

    /** The golden examples' header, order and delimiter, so their rows can be copied verbatim. */
    static Dialect canoniek(int kolommen, boolean bom, boolean mengen) {
        return new Dialect(bom, ',', false, identiteit(kolommen), null, mengen, false);
    }

    static Dialect willekeurig(SplittableRandom rng, int kolommen, boolean bom, char scheidingsteken,
                               boolean crlf, boolean schudden, String extraKolom) {
        int[] volgorde = identiteit(kolommen);
        if (schudden) {
            for (int i = kolommen - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = volgorde[i];
                volgorde[i] = volgorde[j];
                volgorde[j] = t;
            }
        }
        return new Dialect(bom, scheidingsteken, crlf, volgorde, extraKolom, true, true);
    }

    boolean decimaleKomma() {
        return scheidingsteken == ';';
    }

    String regeleinde() {
        return crlf ? "\r\n" : "\n";
    }

    private static int[] identiteit(int n) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return v;
    }
}

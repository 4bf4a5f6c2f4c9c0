package nl.huurronde.genereer;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Spells values the way inputs.md allows. Amounts arrive as whole cents (long: exact, and fast to
 * print); with mixing off every value has its canonical form ({@code 612.40}, {@code 2020-07-01},
 * {@code J}/{@code N}), with mixing on each value picks one of the accepted spellings.
 */
final class Opmaak {

    private final SplittableRandom rng;
    private final boolean mengen;
    private final boolean decimaleKomma;
    private final StringBuilder sb = new StringBuilder(24);

    Opmaak(SplittableRandom rng, Dialect dialect) {
        this.rng = rng;
        this.mengen = dialect.mengen();
        this.decimaleKomma = dialect.decimaleKomma();
    }

    /** Canonical amount, {@code 1234.56}. */
    static String bedrag(long cent) {
        StringBuilder s = new StringBuilder(12);
        s.append(cent / 100).append('.');
        long rest = cent % 100;
        if (rest < 10) {
            s.append('0');
        }
        return s.append(rest).toString();
    }

    /** An amount ≥ 0 in one of the accepted spellings; never an ambiguous one like {@code 1.234}. */
    String bedragVar(long cent) {
        if (!mengen) {
            return bedrag(cent);
        }
        long euro = cent / 100;
        int rest = (int) (cent % 100);
        int r = rng.nextInt(100);
        boolean komma = decimaleKomma ? r < 85 : r < 12;
        boolean duizendtallen = euro >= 1000 && rng.nextInt(5) == 0;
        boolean euroteken = rng.nextInt(20) == 0;
        if (rest == 0 && !duizendtallen && rng.nextInt(6) == 0) {
            return (euroteken ? "€ " : "") + euro; // "1234": no separator, no decimals
        }
        sb.setLength(0);
        if (euroteken) {
            sb.append("€ ");
        }
        if (duizendtallen) {
            groepeer(euro, komma ? '.' : ',');
        } else {
            sb.append(euro);
        }
        sb.append(komma ? ',' : '.');
        if (rest < 10) {
            sb.append('0');
        }
        sb.append(rest);
        return sb.toString();
    }

    private void groepeer(long euro, char scheider) {
        String cijfers = Long.toString(euro);
        int eerste = cijfers.length() % 3 == 0 ? 3 : cijfers.length() % 3;
        sb.append(cijfers, 0, eerste);
        for (int i = eerste; i < cijfers.length(); i += 3) {
            sb.append(scheider).append(cijfers, i, i + 3);
        }
    }

    /** Canonical date, {@code yyyy-MM-dd}. */
    static String datum(LocalDate d) {
        StringBuilder s = new StringBuilder(10);
        s.append(d.getYear()).append('-');
        twee(s, d.getMonthValue()).append('-');
        return twee(s, d.getDayOfMonth()).toString();
    }

    String datumVar(LocalDate d) {
        if (d == null) {
            return "";
        }
        if (!mengen) {
            return datum(d);
        }
        int r = rng.nextInt(100);
        int nederlands = decimaleKomma ? 75 : 20;
        if (r >= nederlands) {
            return datum(d);
        }
        sb.setLength(0);
        char scheider = r % 2 == 0 ? '-' : '/';
        twee(sb, d.getDayOfMonth()).append(scheider);
        twee(sb, d.getMonthValue()).append(scheider);
        return sb.append(d.getYear()).toString();
    }

    private static final String[] JA = {"J", "J", "J", "ja", "Ja", "true", "TRUE", "1", "j"};
    private static final String[] NEE = {"N", "N", "N", "nee", "Nee", "false", "0", "n", ""};

    /** A boolean; an empty value means N, so false may also be written as nothing. */
    String janee(boolean waarde) {
        if (!mengen) {
            return waarde ? "J" : "N";
        }
        return waarde ? JA[rng.nextInt(JA.length)] : NEE[rng.nextInt(NEE.length)];
    }

    /** Enum values and status are case-insensitive. */
    String enumwaarde(String naam) {
        if (!mengen) {
            return naam;
        }
        int r = rng.nextInt(40);
        if (r == 0) {
            return naam.toLowerCase();
        }
        if (r == 1) {
            return naam.charAt(0) + naam.substring(1).toLowerCase();
        }
        return naam;
    }

    /** Postcode as {@code 1234AB}, or with a space or lower case (stored as 1234AB by the job). */
    String postcode(String postcode) {
        if (!mengen) {
            return postcode;
        }
        int r = rng.nextInt(40);
        return switch (r) {
            case 0 -> postcode.substring(0, 4) + " " + postcode.substring(4);
            case 1 -> postcode.toLowerCase();
            case 2 -> postcode.substring(0, 4) + " " + postcode.substring(4).toLowerCase();
            default -> postcode;
        };
    }

    /** Huisletter and toevoeging are compared case-insensitively with spaces ignored. */
    String adresdeel(String deel) {
        if (!mengen || deel.isEmpty()) {
            return deel;
        }
        int r = rng.nextInt(20);
        if (r == 0) {
            return deel.toLowerCase().equals(deel) ? deel.toUpperCase() : deel.toLowerCase();
        }
        if (r == 1) {
            return deel.replace(" ", "");
        }
        return deel;
    }

    private static StringBuilder twee(StringBuilder s, int n) {
        if (n < 10) {
            s.append('0');
        }
        return s.append(n);
    }
}

package nl.huurronde.beleid;

import java.math.BigDecimal;

/** How values are written in the canonical policy text: equal values give equal text. */
final class Canoniek {

    static final String AFWEZIG = "-";

    private Canoniek() {}

    static String waarde(Object waarde) {
        return switch (waarde) {
            case null -> AFWEZIG;
            // 0.041 and 0.0410 are the same policy
            case BigDecimal getal -> getal.signum() == 0 ? "0" : getal.stripTrailingZeros().toPlainString();
            case String tekst -> tekst.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
            default -> waarde.toString();
        };
    }
}

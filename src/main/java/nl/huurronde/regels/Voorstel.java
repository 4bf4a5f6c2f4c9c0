package nl.huurronde.regels;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The computed proposal for one contract: what audit.csv, the letter and the finance export
 * show. Amounts have scale 2; {@code percentageMax} is a fraction with scale 4 or null;
 * {@code streefhuurNieuw} is null when the contract has no streefhuur.
 *
 * @param inkomenCategorie LAAG, ONBEKEND, a band name, or NVT (not SOCIAAL)
 * @param redenen          in {@link Reden} order (an EnumSet)
 */
public record Voorstel(
        Soort soort,
        String inkomenCategorie,
        BigDecimal streefhuurNieuw,
        BigDecimal percentageMax,
        BigDecimal kaleHuurNieuw,
        BigDecimal verhogingBedrag,
        BigDecimal verhogingPct,
        boolean inHuursom,
        Set<Reden> redenen) {}

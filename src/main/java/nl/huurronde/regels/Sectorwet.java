package nl.huurronde.regels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The law's figures that place a contract without {@code sector} (rules.md §1), as the law
 * files declare them: the dated liberalisatiegrens periods and, in rounds with a middle segment,
 * the Wet betaalbare huur's start date and point bounds.
 *
 * @param liberalisatieVanaf   contracts that started before this date (1 July 1994) were never liberalised
 * @param liberalisatiegrenzen from-date of each period → the limit in force from that date
 * @param wwsIndelingVanaf     contracts from this date are placed by their WWS points; null when the
 *                             round's law has no middle segment (rounds before 2024)
 * @param middenVanafPunten    lowest WWS total of the middle segment (144)
 * @param vrijVanafPunten      lowest WWS total of the free sector (187)
 */
public record Sectorwet(LocalDate liberalisatieVanaf, NavigableMap<LocalDate, BigDecimal> liberalisatiegrenzen,
                        LocalDate wwsIndelingVanaf, BigDecimal middenVanafPunten, BigDecimal vrijVanafPunten) {

    public Sectorwet {
        liberalisatiegrenzen = Collections.unmodifiableNavigableMap(new TreeMap<>(liberalisatiegrenzen));
    }

    /** One period of the liberalisatiegrens: the limit in force from {@code vanaf} until the next period. */
    public record Periode(LocalDate vanaf, BigDecimal grens) {}

    /** The period in force on {@code datum}, or null when the law has no figure for that date. */
    public Periode periodeOp(LocalDate datum) {
        Map.Entry<LocalDate, BigDecimal> periode = liberalisatiegrenzen.floorEntry(datum);
        return periode == null ? null : new Periode(periode.getKey(), periode.getValue());
    }
}

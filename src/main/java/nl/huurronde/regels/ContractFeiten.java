package nl.huurronde.regels;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One contract as the rules see it: the accepted row of huurders.csv (sector already
 * decided, rules.md §1) with its household. Nullable: maximaleHuur, streefhuur,
 * woningverbeteringDatum, inBezitSinds, uitBezit, laatsteVerhoging.
 *
 * @param uitBezit the day the unit leaves the stock (sale, demolition): from then on it is not owned
 */
public record ContractFeiten(
        String contractId,
        Sector sector,
        Woningtype woningtype,
        BigDecimal kaleHuur,
        BigDecimal maximaleHuur,
        BigDecimal streefhuur,
        boolean chronischZiek,
        boolean huurbevriezing,
        LocalDate woningverbeteringDatum,
        LocalDate inBezitSinds,
        LocalDate uitBezit,
        LocalDate laatsteVerhoging,
        HuishoudenFeiten huishouden) {}

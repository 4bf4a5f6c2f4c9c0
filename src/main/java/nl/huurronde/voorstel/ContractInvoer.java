package nl.huurronde.voorstel;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.huurronde.rules.ContractFeiten;
import nl.huurronde.rules.HuishoudenFeiten;
import nl.huurronde.rules.Sector;
import nl.huurronde.rules.Woningtype;

/** An accepted contract with its household, as the compute step reads it from the staging tables. */
record ContractInvoer(long regel, String contractId, String vheId, Sector sector, Woningtype woningtype,
                      BigDecimal kaleHuur, BigDecimal servicekosten, BigDecimal maximaleHuur, BigDecimal wwsPunten,
                      BigDecimal streefhuur, boolean chronischZiek, boolean huurbevriezing,
                      LocalDate woningverbeteringDatum, LocalDate inBezitSinds, HuishoudenFeiten huishouden) {

    /** The contract's own row, before its household is known. */
    record Basis(long regel, String contractId, String vheId, Sector sector, Woningtype woningtype,
                 BigDecimal kaleHuur, BigDecimal servicekosten, BigDecimal maximaleHuur, BigDecimal wwsPunten,
                 BigDecimal streefhuur, boolean chronischZiek, boolean huurbevriezing,
                 LocalDate woningverbeteringDatum, LocalDate inBezitSinds, boolean adresGedeeld,
                 boolean brpAfgewezen) {

        ContractInvoer met(HuishoudenFeiten huishouden) {
            return new ContractInvoer(regel, contractId, vheId, sector, woningtype, kaleHuur, servicekosten,
                    maximaleHuur, wwsPunten, streefhuur, chronischZiek, huurbevriezing, woningverbeteringDatum,
                    inBezitSinds, huishouden);
        }
    }

    ContractFeiten feiten() {
        return new ContractFeiten(contractId, sector, woningtype, kaleHuur, maximaleHuur, streefhuur, chronischZiek,
                huurbevriezing, woningverbeteringDatum, inBezitSinds, huishouden);
    }
}

package nl.huurronde.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.huurronde.rules.Sector;
import nl.huurronde.rules.Woningtype;

/**
 * One row of huurders.csv as read. Fields that could not be read are null; for a rejected row
 * {@code sector} is null too. Amounts have scale 2.
 *
 * @param postcode      normalised {@code 1234AB}
 * @param huisletter    upper case
 * @param sector        as decided by {@link nl.huurronde.rules.Sectorbepaling}; null when rejected
 * @param servicekosten 0.00 when empty
 * @param adresSleutel  {@link Adres#sleutel}, null when the address cannot be read
 */
public record HuurderRegel(long regel, String contractId, String vheId, String huurderNaam, String straat,
        Integer huisnummer, String huisletter, String toevoeging, String postcode, String woonplaats,
        Woningtype woningtype, LocalDate contractIngang, BigDecimal aanvangshuur, Sector sector,
        BigDecimal kaleHuur, BigDecimal servicekosten, BigDecimal maximaleHuur, BigDecimal wwsPunten,
        BigDecimal streefhuur, boolean chronischZiek, boolean huurbevriezing, LocalDate woningverbeteringDatum,
        LocalDate inBezitSinds, String adresSleutel) {}

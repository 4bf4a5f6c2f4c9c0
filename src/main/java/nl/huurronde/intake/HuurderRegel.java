package nl.huurronde.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.huurronde.contract.Contract;
import nl.huurronde.contract.Huurder;

/**
 * One row of huurders.csv as read: the contract's facts, the tenant's name and address, and what only
 * the intake needs (the start date and rent that decide the sector, the address key). Fields that could
 * not be read are null; for a rejected row the contract's {@code sector} is null too.
 *
 * @param adresSleutel {@link Adres#sleutel}, null when the address cannot be read
 */
public record HuurderRegel(Contract contract, Huurder huurder, LocalDate contractIngang, BigDecimal aanvangshuur,
                           String adresSleutel) {

    /** The row's physical line in the file. */
    public long regel() {
        return contract.regel();
    }
}

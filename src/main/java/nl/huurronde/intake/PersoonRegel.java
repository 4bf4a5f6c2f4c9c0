package nl.huurronde.intake;

import java.time.LocalDate;

import nl.huurronde.regels.Rol;

/**
 * One row of brp.csv as read.
 *
 * @param adresSleutel {@link Adres#sleutel}, null when the address cannot be read (then the row belongs
 *                     to no household)
 * @param bsn          the value when it is 9 digits, even if it fails the 11-proef (it still counts for
 *                     the duplicate check); else null
 * @param rol          INWONEND when empty; null when unreadable
 */
public record PersoonRegel(long regel, String adresSleutel, String bsn, LocalDate geboortedatum, Rol rol) {}

package nl.huurronde.genereer;

import java.time.LocalDate;

import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Woningtype;

/** One generated contract before it is spelled out as a row. Amounts in cents; −1 = empty. */
final class Contract {
    String contractId;
    String vheId;
    String naam;
    Adressen.Adres adres;
    Woningtype woningtype;
    LocalDate ingang;
    long aanvangshuur;
    /** The sector the contract has; written only when {@link #sectorInRij}. */
    Sector sector;
    boolean sectorInRij;
    long kaleHuur;
    long servicekosten = -1;
    long maximaleHuur = -1;
    long streefhuur = -1;
    int wwsPunten = -1;
    boolean chronischZiek;
    boolean huurbevriezing;
    LocalDate woningverbetering;
    LocalDate inBezitSinds;
}

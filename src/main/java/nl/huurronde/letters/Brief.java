package nl.huurronde.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import nl.huurronde.rules.Reden;
import nl.huurronde.rules.Sector;
import nl.huurronde.rules.Soort;
import nl.huurronde.rules.Woningtype;

/**
 * Everything one letter shows; no BSN, income amount or birth date ever reaches it.
 *
 * @param inkomenCategorie  LAAG, ONBEKEND, NVT or an IAH band's name
 * @param inkomenGrensTekst for IAH: the band's limit for this household size as the Belastingdienst
 *                          states it, e.g. "€ 43.574 of hoger"; otherwise null
 * @param inkomensjaar      the income year the category is about (t−2)
 * @param verhogingPct      in percent, e.g. 4.10; negative for a huurverlaging
 * @param maximaleHuur      nullable
 * @param wwsPunten         nullable
 * @param streefhuurNieuw   this year's streefhuur; nullable
 * @param aowGrond          the round's law exempts AOW households from IAH (2019–2020)
 * @param vierPlusGrond     the round's law exempts households of 4+ persons from IAH (2019–2020)
 * @param vervangtVersie    non-null for a "Herzien voorstel" after bezwaar: the version it replaces
 * @param kopie             a reprint, marked "KOPIE"
 */
public record Brief(Briefhoofd briefhoofd, LocalDate verzenddatum, LocalDate ingangsdatum,
        int jaar, Geadresseerde geadresseerde, String contractId, String vheId,
        Sector sector, Woningtype woningtype, Soort soort,
        Set<Reden> redenen,
        String inkomenCategorie,
        String inkomenGrensTekst,
        int inkomensjaar,
        BigDecimal kaleHuurOud, BigDecimal servicekosten, BigDecimal kaleHuurNieuw,
        BigDecimal verhogingBedrag, BigDecimal verhogingPct,
        BigDecimal maximaleHuur, BigDecimal wwsPunten,
        BigDecimal streefhuurNieuw,
        boolean aowGrond, boolean vierPlusGrond,
        int versie, Integer vervangtVersie,
        boolean kopie) {

    public Brief {
        Objects.requireNonNull(briefhoofd, "briefhoofd");
        Objects.requireNonNull(verzenddatum, "verzenddatum");
        Objects.requireNonNull(ingangsdatum, "ingangsdatum");
        Objects.requireNonNull(geadresseerde, "geadresseerde");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(woningtype, "woningtype");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(kaleHuurOud, "kaleHuurOud");
        Objects.requireNonNull(kaleHuurNieuw, "kaleHuurNieuw");
        // EnumSet keeps the reason codes in their fixed order
        redenen = redenen == null || redenen.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Reden.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(redenen));
        if (servicekosten == null) {
            servicekosten = BigDecimal.ZERO.setScale(2);
        }
        if (verhogingBedrag == null) {
            verhogingBedrag = kaleHuurNieuw.subtract(kaleHuurOud);
        }
        if (verhogingPct == null) {
            verhogingPct = kaleHuurOud.signum() == 0 ? BigDecimal.ZERO
                    : verhogingBedrag.multiply(BigDecimal.valueOf(100))
                            .divide(kaleHuurOud, 2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** The new rent is below the old one: the letter announces a huurverlaging. */
    public boolean isHuurverlaging() {
        return kaleHuurNieuw.compareTo(kaleHuurOud) < 0;
    }

    /** A revised proposal after bezwaar. */
    public boolean isHerzien() {
        return vervangtVersie != null;
    }
}

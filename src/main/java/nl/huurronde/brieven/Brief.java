package nl.huurronde.brieven;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import nl.huurronde.contract.Contract;
import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Reden;
import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Soort;
import nl.huurronde.regels.Voorstel;
import nl.huurronde.regels.Woningtype;

/**
 * Everything one letter shows; no BSN, income amount or birth date ever reaches it. The contract's facts
 * and the proposal come whole, as stored ({@link Contract}, {@link Voorstel}), so a fact added to the
 * contract reaches the letter without being copied; the accessors below are the letter's names for them.
 *
 * @param inkomenGrensTekst for IAH: the band's limit for this household size as the Belastingdienst
 *                          states it, e.g. "€ 43.574 of hoger"; otherwise null
 * @param vervangtVersie    non-null for a "Herzien voorstel" after bezwaar: the version it replaces
 * @param kopie             a reprint, marked "KOPIE"
 */
public record Brief(Briefhoofd briefhoofd, Ronde ronde, LocalDate verzenddatum, LocalDate ingangsdatum,
                    Geadresseerde geadresseerde, Contract contract, Voorstel voorstel, String inkomenGrensTekst,
                    int versie, Integer vervangtVersie, boolean kopie) {

    /**
     * What the round's law and year put in every letter.
     *
     * @param inkomensjaar  the income year the category is about (t−2)
     * @param aowGrond      the round's law exempts AOW households from IAH (2019–2020)
     * @param vierPlusGrond the round's law exempts households of 4+ persons from IAH (2019–2020)
     * @param laagHuur      the policy's fixed increase below a rent threshold (2022+), or null
     */
    public record Ronde(int jaar, int inkomensjaar, boolean aowGrond, boolean vierPlusGrond,
                        Beleid.LaagHuur laagHuur) {
        public Ronde(int jaar, int inkomensjaar, boolean aowGrond, boolean vierPlusGrond) {
            this(jaar, inkomensjaar, aowGrond, vierPlusGrond, null);
        }
    }

    public Brief {
        Objects.requireNonNull(briefhoofd, "briefhoofd");
        Objects.requireNonNull(ronde, "ronde");
        Objects.requireNonNull(verzenddatum, "verzenddatum");
        Objects.requireNonNull(ingangsdatum, "ingangsdatum");
        Objects.requireNonNull(geadresseerde, "geadresseerde");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(contract.contractId(), "contractId");
        Objects.requireNonNull(contract.sector(), "sector");
        Objects.requireNonNull(contract.woningtype(), "woningtype");
        Objects.requireNonNull(contract.kaleHuur(), "kaleHuurOud");
        Objects.requireNonNull(voorstel, "voorstel");
        Objects.requireNonNull(voorstel.soort(), "soort");
        Objects.requireNonNull(voorstel.kaleHuurNieuw(), "kaleHuurNieuw");
    }

    public int jaar() {
        return ronde.jaar();
    }

    public int inkomensjaar() {
        return ronde.inkomensjaar();
    }

    public boolean aowGrond() {
        return ronde.aowGrond();
    }

    public boolean vierPlusGrond() {
        return ronde.vierPlusGrond();
    }

    public String contractId() {
        return contract.contractId();
    }

    public String vheId() {
        return contract.vheId();
    }

    public Sector sector() {
        return contract.sector();
    }

    public Woningtype woningtype() {
        return contract.woningtype();
    }

    public BigDecimal kaleHuurOud() {
        return contract.kaleHuur();
    }

    /** 0.00 when none. */
    public BigDecimal servicekosten() {
        return contract.servicekosten() == null ? BigDecimal.ZERO.setScale(2) : contract.servicekosten();
    }

    /** Nullable. */
    public BigDecimal maximaleHuur() {
        return contract.maximaleHuur();
    }

    /** Nullable. */
    public BigDecimal wwsPunten() {
        return contract.wwsPunten();
    }

    public Soort soort() {
        return voorstel.soort();
    }

    /** In their fixed order (an EnumSet). */
    public Set<Reden> redenen() {
        Set<Reden> redenen = voorstel.redenen();
        return redenen == null || redenen.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Reden.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(redenen));
    }

    /** LAAG, ONBEKEND, NVT or an IAH band's name. */
    public String inkomenCategorie() {
        return voorstel.inkomenCategorie();
    }

    public BigDecimal kaleHuurNieuw() {
        return voorstel.kaleHuurNieuw();
    }

    public BigDecimal verhogingBedrag() {
        return voorstel.verhogingBedrag() != null ? voorstel.verhogingBedrag()
                : voorstel.kaleHuurNieuw().subtract(contract.kaleHuur());
    }

    /** In percent, e.g. 4.10; negative for a huurverlaging. */
    public BigDecimal verhogingPct() {
        if (voorstel.verhogingPct() != null) {
            return voorstel.verhogingPct();
        }
        return kaleHuurOud().signum() == 0 ? BigDecimal.ZERO
                : verhogingBedrag().multiply(BigDecimal.valueOf(100)).divide(kaleHuurOud(), 2, RoundingMode.HALF_UP);
    }

    /**
     * The percentage applied, as a fraction (after the huursom cap for REGULIER and WOONWAGEN); null for a fixed
     * amount (the low-rent increase, an IAH band in euros) and for BEVRIEZING.
     */
    public BigDecimal percentageMax() {
        return voorstel.percentageMax();
    }

    /** The policy's fixed increase for a low rent applied: REGULIER without a percentage, below the threshold. */
    public boolean isLaagHuurVerhoging() {
        return soort() == Soort.REGULIER && voorstel.percentageMax() == null && ronde.laagHuur() != null
                && kaleHuurOud().compareTo(ronde.laagHuur().grens()) < 0;
    }

    /** This year's streefhuur; nullable. */
    public BigDecimal streefhuurNieuw() {
        return voorstel.streefhuurNieuw();
    }

    /** The new rent is below the old one: the letter announces a huurverlaging. */
    public boolean isHuurverlaging() {
        return kaleHuurNieuw().compareTo(kaleHuurOud()) < 0;
    }

    /** A revised proposal after bezwaar. */
    public boolean isHerzien() {
        return vervangtVersie != null;
    }
}

package nl.huurronde.regels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the rules need for one round: the corporation's policy ({@code beleid} of the
 * job file) merged with the law of the round's year. Plain data; the policy package builds it.
 *
 * @param jaar                   round year Y
 * @param peildatum              P = ingangsdatum (1 July Y unless the policy moves it later)
 * @param laagHuur               the "+bedrag below grens" rule, or null when the policy has none
 * @param iahBanden              IAH bands, any order; empty = no IAH this round
 * @param jongerenVrijstelling   the under-23 income exemption (policy value or the law's figure)
 */
public record Beleid(
        int jaar,
        LocalDate peildatum,
        BigDecimal inflatie,
        BigDecimal regulierMaxPct,
        LaagHuur laagHuur,
        boolean iahNietVanafStreefhuur,
        List<IahBand> iahBanden,
        BigDecimal huursomMaxPct,
        boolean huursomIahTeltMee,
        BigDecimal vrijeSectorPct,
        BigDecimal middenPct,
        BigDecimal woonwagenPct,
        int inkomenPeiljaarOffset,
        int jongerenLeeftijd,
        BigDecimal jongerenVrijstelling,
        Wet wet) {

    public Beleid {
        iahBanden = List.copyOf(iahBanden);
    }

    /** Income year I = Y − peiljaar_offset. */
    public int inkomensjaar() {
        return jaar - inkomenPeiljaarOffset;
    }

    /** The law's "+bedrag below grens" rule for low rents (2022+). */
    public record LaagHuur(BigDecimal grens, BigDecimal bedrag) {}

    /**
     * An IAH band: households whose income reaches the limit for their size get the band's
     * increase, either {@code pct} (a fraction) or a fixed {@code bedrag} (exactly one is non-null).
     */
    public record IahBand(String naam, BigDecimal vanaf1, BigDecimal vanafMeer, BigDecimal pct, BigDecimal bedrag) {}

    /**
     * The parts of the law of year Y that the rules apply directly.
     *
     * @param aowJaren / aowMaanden  the AOW age of year Y
     * @param aowVrijstelling        the law exempts AOW households from IAH (2019–2020)
     * @param vierPlusVrijstelling   the law exempts households of 4+ persons from IAH (2019–2020)
     * @param chronischZiekVrijstelling the law exempts a household with someone chronically ill or disabled
     *                               from IAH (every bundled year; declared in the law file, so the rule reads it)
     * @param middenhuur             the Wet betaalbare huur's middle segment exists (rounds from 1 July 2024)
     * @param sector                 the liberalisatiegrens periods and the WWS bounds that place a contract
     * @param kamerMaxPct            a lower legal maximum for rooms (onzelfstandig; 2019: 0.031), or null
     */
    public record Wet(int aowJaren, int aowMaanden, boolean aowVrijstelling, boolean vierPlusVrijstelling,
                      boolean chronischZiekVrijstelling, boolean middenhuur, Sectorwet sector, BigDecimal kamerMaxPct) {

        /**
         * A year whose rooms have the same maximum as dwellings (every year from 2020) and that exempts the
         * chronically ill (every year).
         */
        public Wet(int aowJaren, int aowMaanden, boolean aowVrijstelling, boolean vierPlusVrijstelling,
                   boolean middenhuur, Sectorwet sector) {
            this(aowJaren, aowMaanden, aowVrijstelling, vierPlusVrijstelling, true, middenhuur, sector, null);
        }
    }
}

package nl.huurronde.regels;

import java.math.BigDecimal;

/**
 * Post-check of rules.md §4: no regulated rent above its maximale huur and no increase above the
 * legal maximum for its kind. The policy was already checked against the law, so a violation here
 * is a bug in the rules and stops the run.
 */
public final class Nacontrole {

    private Nacontrole() {}

    /**
     * The law's figures for the round's year; a null field is not checked.
     *
     * @param laagHuurMaxBedrag the law's fixed increase for low rents (2022+), allowed for REGULIER
     * @param iahMaxBedrag      the highest fixed IAH increase (amount bands, 2022+)
     */
    public record Limieten(BigDecimal regulierMaxPct, BigDecimal iahMaxPct,
                           BigDecimal iahMaxBedrag, BigDecimal laagHuurMaxBedrag,
                           BigDecimal vrijeSectorMaxPct, BigDecimal middenMaxPct, BigDecimal kamerMaxPct) {

        /** Rooms have the same maximum as dwellings (every year from 2020). */
        public Limieten(BigDecimal regulierMaxPct, BigDecimal iahMaxPct, BigDecimal iahMaxBedrag,
                        BigDecimal laagHuurMaxBedrag, BigDecimal vrijeSectorMaxPct, BigDecimal middenMaxPct) {
            this(regulierMaxPct, iahMaxPct, iahMaxBedrag, laagHuurMaxBedrag, vrijeSectorMaxPct, middenMaxPct, null);
        }
    }

    /** @throws IllegalStateException naming the contract id when the proposal breaks the law */
    public static void controleer(ContractFeiten contract, Voorstel voorstel, Limieten limieten) {
        BigDecimal current = Rekenregels.bedrag(contract.kaleHuur());
        BigDecimal nieuw = voorstel.kaleHuurNieuw();
        BigDecimal verhoging = nieuw.subtract(current);
        // No proposal this round (raised less than 12 months ago): the rent stays as it is, also when it is
        // above its maximale huur; lowering it would be a proposal, which this round does not make.
        if (voorstel.redenen().contains(Reden.GEEN_VOORSTEL_LAATSTE_VERHOGING)) {
            if (verhoging.signum() != 0) {
                throw fout(contract, voorstel, "een andere huur zonder voorstel");
            }
            return;
        }
        if (contract.sector() != Sector.VRIJ && contract.maximaleHuur() != null
                && nieuw.compareTo(contract.maximaleHuur()) > 0) {
            throw fout(contract, voorstel, "nieuwe huur boven de maximale huur");
        }
        if (verhoging.signum() <= 0) {
            return;
        }
        boolean toegestaan = switch (voorstel.soort()) {
            case BEVRIEZING -> false;
            case REGULIER -> binnenPct(current, verhoging, contract.woningtype() == Woningtype.ONZELFSTANDIG
                    && limieten.kamerMaxPct() != null ? limieten.kamerMaxPct() : limieten.regulierMaxPct())
                    || contract.woningtype() == Woningtype.ZELFSTANDIG
                            && binnenBedrag(verhoging, limieten.laagHuurMaxBedrag());
            // From 2020 the law gives rooms, caravans and pitches the same maximum as dwellings.
            case WOONWAGEN -> binnenPct(current, verhoging, limieten.regulierMaxPct());
            case IAH -> voorstel.percentageMax() != null
                    ? binnenPct(current, verhoging, limieten.iahMaxPct())
                    : limieten.iahMaxBedrag() == null || binnenBedrag(verhoging, limieten.iahMaxBedrag());
            case VRIJE_SECTOR -> binnenPct(current, verhoging, limieten.vrijeSectorMaxPct());
            case MIDDENHUUR -> binnenPct(current, verhoging, limieten.middenMaxPct());
        };
        if (!toegestaan) {
            throw fout(contract, voorstel, "verhoging boven het wettelijk maximum");
        }
    }

    /** Null limit = not checked; else the increase may be at most round2(current × pct). */
    private static boolean binnenPct(BigDecimal current, BigDecimal verhoging, BigDecimal pct) {
        return pct == null || verhoging.compareTo(Rekenregels.round2(current.multiply(pct))) <= 0;
    }

    /** For an alternative allowance: a null amount allows nothing extra. */
    private static boolean binnenBedrag(BigDecimal verhoging, BigDecimal bedrag) {
        return bedrag != null && verhoging.compareTo(bedrag) <= 0;
    }

    private static IllegalStateException fout(ContractFeiten contract, Voorstel voorstel, String wat) {
        return new IllegalStateException("Nacontrole mislukt voor contract " + contract.contractId()
                + " (" + voorstel.soort() + "): " + wat + "; dit is een fout in de rekenregels, de run stopt");
    }
}

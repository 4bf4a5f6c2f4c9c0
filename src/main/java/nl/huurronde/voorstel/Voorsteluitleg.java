package nl.huurronde.voorstel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import nl.huurronde.beleid.WetJaar;
import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Reden;
import nl.huurronde.regels.Soort;
import nl.huurronde.regels.Woningtype;
import nl.huurronde.register.Ronde;

/**
 * A stored version explained in words and figures: its reason codes as sentences ({@link Reden#zin()}),
 * and the law's maximum and the policy's percentage for its kind of proposal. One explanation for the
 * desk's contract page ({@code balie.Contractuitleg}) and the Huurcommissie dossier ({@code bezwaar}).
 */
public final class Voorsteluitleg {

    private Voorsteluitleg() {}

    /**
     * The law and policy figures that applied to a proposal of this kind.
     *
     * @param wettelijkMaximum the law's maximum percentage of the year for this kind, or null (no maximum)
     * @param beleidPct        the policy's percentage for this kind (IAH: the one applied), or null
     */
    public record Cijfers(BigDecimal wettelijkMaximum, BigDecimal beleidPct, BigDecimal huursomMaxPct, int wetJaar,
                          String wetBron) {}

    /** The sentences of the version's reason codes; a health reason only when {@code gezondheid}. */
    public static List<String> redenen(VoorstelVersie v, boolean gezondheid) {
        List<String> zinnen = new ArrayList<>();
        for (Reden reden : v.voorstel().redenen()) {
            if (!reden.gezondheid() || gezondheid) {
                zinnen.add(reden.zin());
            }
        }
        return zinnen;
    }

    /** The figures of the run's law and policy for a proposal of {@code soort}. */
    public static Cijfers cijfers(Ronde ronde, Soort soort, Woningtype woningtype, BigDecimal percentageToegepast) {
        Beleid beleid = ronde.beleid();
        WetJaar wet = ronde.config().wet();
        BigDecimal wettelijk = veilig(() -> switch (soort) {
            case REGULIER -> woningtype == Woningtype.ONZELFSTANDIG ? wet.kamerMaxPct() : wet.regulierMaxPct();
            case WOONWAGEN -> wet.woonwagenMaxPct();
            case VRIJE_SECTOR -> wet.vrijeSectorMaxPct();
            case IAH -> wet.iahPct();
            case MIDDENHUUR, BEVRIEZING -> null;
        });
        BigDecimal pct = switch (soort) {
            case REGULIER -> beleid.regulierMaxPct();
            case WOONWAGEN -> beleid.woonwagenPct();
            case VRIJE_SECTOR -> beleid.vrijeSectorPct();
            case MIDDENHUUR -> beleid.middenPct();
            case IAH -> percentageToegepast;
            case BEVRIEZING -> null;
        };
        return new Cijfers(wettelijk, pct, beleid.huursomMaxPct(), wet.jaar(), wet.bron());
    }

    /** {@link #cijfers} of a stored version. */
    public static Cijfers cijfers(Ronde ronde, VoorstelVersie v) {
        return cijfers(ronde, v.voorstel().soort(), v.contract().woningtype(), v.voorstel().percentageMax());
    }

    private static BigDecimal veilig(Supplier<BigDecimal> cijfer) {
        try {
            return cijfer.get();
        } catch (RuntimeException e) {
            return null; // a figure the law of that year does not have
        }
    }
}

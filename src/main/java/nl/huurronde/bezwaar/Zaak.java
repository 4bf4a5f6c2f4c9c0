package nl.huurronde.bezwaar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import nl.huurronde.opdracht.Opdrachtregel;

/**
 * One bezwaar case of the register (table bezwaarzaak). {@code toelichting} is free text that can hold
 * health data: it is never logged and {@link #toString} leaves it out.
 */
record Zaak(String runId, String contractId, int zaak, LocalDate ontvangen, LocalDate ingangsdatum, Kanaal kanaal, List<Grond> gronden,
            String toelichting, boolean teLaat, Zaakstatus status, LocalDate statusDatum, LocalDate ingediend,
            String zaaknummer, Uitkomst uitkomst, BigDecimal bedrag, Integer versie, String door,
            LocalDateTime geregistreerd) {

    Zaak {
        gronden = List.copyOf(gronden);
    }

    /** How the objection reached the landlord. */
    enum Kanaal {
        BRIEF, EMAIL, PORTAAL, BALIE;

        static Kanaal van(String woord) {
            return keuze(woord, Kanaal.class, "kanaal");
        }
    }

    /** The tenant's grounds. */
    enum Grond {
        CHRONISCH_ZIEK, HUISHOUDEN, INKOMEN, WWS, OVERIG;

        static Grond van(String woord) {
            return keuze(woord, Grond.class, "grond");
        }
    }

    /** The Huurcommissie's ruling. */
    enum Uitkomst {
        GEHANDHAAFD, VERLAAGD, AFGEWEZEN;

        static Uitkomst van(String woord) {
            return keuze(woord, Uitkomst.class, "uitkomst");
        }
    }

    Zaak met(Zaakstatus nieuw, LocalDate datum) {
        return new Zaak(runId, contractId, zaak, ontvangen, ingangsdatum, kanaal, gronden, toelichting, teLaat, nieuw, datum,
                ingediend, zaaknummer, uitkomst, bedrag, versie, door, geregistreerd);
    }

    Zaak ingediend(LocalDate datum, String nummer) {
        return new Zaak(runId, contractId, zaak, ontvangen, ingangsdatum, kanaal, gronden, toelichting, teLaat,
                Zaakstatus.INGEDIEND, datum, datum, nummer, uitkomst, bedrag, versie, door, geregistreerd);
    }

    Zaak uitspraak(LocalDate datum, Uitkomst u, BigDecimal b, Integer v) {
        return new Zaak(runId, contractId, zaak, ontvangen, ingangsdatum, kanaal, gronden, toelichting, teLaat,
                Zaakstatus.UITSPRAAK, datum, ingediend, zaaknummer, u, b, v, door, geregistreerd);
    }

    Zaak toegekend(LocalDate datum, int v) {
        return new Zaak(runId, contractId, zaak, ontvangen, ingangsdatum, kanaal, gronden, toelichting, teLaat,
                Zaakstatus.TOEGEKEND, datum, ingediend, zaaknummer, uitkomst, bedrag, v, door, geregistreerd);
    }

    String grondenTekst() {
        return String.join("|", gronden.stream().map(Enum::name).toList());
    }

    @Override
    public String toString() {
        return "Zaak[" + runId + " " + contractId + " #" + zaak + " " + status + "]";
    }

    private static <E extends Enum<E>> E keuze(String woord, Class<E> soort, String optie) {
        String w = woord == null ? "" : woord.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : soort.getEnumConstants()) {
            if (e.name().equals(w)) {
                return e;
            }
        }
        throw new Opdrachtregel.GebruiksFout("--" + optie + " verwacht een van: " + String.join("|",
                java.util.Arrays.stream(soort.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                        .toList()) + ", niet '" + nl.huurronde.intake.Waarden.veilig(woord == null ? "" : woord, 40) + "'");
    }
}

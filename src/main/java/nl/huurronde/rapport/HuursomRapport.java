package nl.huurronde.rapport;

import java.io.IOException;
import java.io.OutputStream;

import nl.huurronde.bestand.Uitvoerbestand;
import nl.huurronde.register.Ronde;
import org.springframework.stereotype.Component;

/**
 * huursom-rapport.pdf: the round on two A4 pages for the board (outputs.md "Huursom report"): key figures,
 * the huursom before and after the cap, counts and sums per sector and soort, and charts of the increases,
 * of the rents against streefhuur and maximale huur, and of the households above the aftoppingsgrenzen and
 * the liberalisatiegrens. Written by the export step of the yearly run and of a simulation.
 */
@Component
public class HuursomRapport {

    public static final String BESTAND = "huursom-rapport.pdf";

    private final RapportGegevens gegevens;

    HuursomRapport(RapportGegevens gegevens) {
        this.gegevens = gegevens;
    }

    /** The report's count of one run: hand it every proposal (version 1) once, then {@link #schrijf}. */
    public Rapporttelling telling(Ronde ronde) {
        return new Rapporttelling(ronde.config().wet(), ronde.config().jaar());
    }

    /**
     * Writes {@code <run folder>/huursom-rapport.pdf} completely or not at all (owner-only).
     *
     * @param telling what {@link #telling} returned, after the pass over the proposals
     */
    public void schrijf(Ronde ronde, Rapporttelling telling) throws IOException {
        RapportCijfers cijfers = gegevens.lees(ronde, telling);
        try (Uitvoerbestand bestand = Uitvoerbestand.open(ronde.map().resolve(BESTAND))) {
            try (OutputStream uit = bestand.stroom()) {
                RapportPdf.schrijf(cijfers, uit);
            }
            bestand.voltooi();
        }
    }
}

package nl.huurronde.rapport;

import java.io.IOException;
import java.io.OutputStream;
import nl.huurronde.export.Uitvoerbestand;
import nl.huurronde.ronde.Ronde;
import nl.huurronde.voorstel.Voorstellen;
import org.springframework.stereotype.Component;

/**
 * huursom-rapport.pdf: the round on two A4 pages for the board (outputs.md "Huursom report"): key figures,
 * the huursom before and after the cap, counts and sums per sector and soort, and charts of the increases,
 * of the rents against streefhuur and maximale huur, and of the households above the aftoppingsgrenzen and
 * the liberalisatiegrens. Written by the export step of the yearly run and of a simulation.
 */
@Component
public class HuursomRapport {

    static final String BESTAND = "huursom-rapport.pdf";

    private final RapportGegevens gegevens;

    HuursomRapport(RapportGegevens gegevens) {
        this.gegevens = gegevens;
    }

    /** Writes {@code <run folder>/huursom-rapport.pdf} completely or not at all (owner-only). */
    public void schrijf(Ronde ronde, Voorstellen voorstellen) throws IOException {
        RapportCijfers cijfers = gegevens.lees(ronde, voorstellen);
        try (Uitvoerbestand bestand = Uitvoerbestand.open(ronde.map().resolve(BESTAND))) {
            try (OutputStream uit = bestand.stroom()) {
                RapportPdf.schrijf(cijfers, uit);
            }
            bestand.voltooi();
        }
    }
}

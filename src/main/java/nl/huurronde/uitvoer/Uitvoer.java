package nl.huurronde.uitvoer;

import java.io.IOException;

import nl.huurronde.beleid.BrievenModus;
import nl.huurronde.rapport.HuursomRapport;
import nl.huurronde.rapport.Rapporttelling;
import nl.huurronde.register.Ronde;
import nl.huurronde.voorstel.Voorstellen;
import org.springframework.stereotype.Component;

/**
 * The outputs of a run once its proposals are final, in the order outputs.md fixes, each file complete or
 * absent. The yearly run writes them from the voorstel table, the simulation from memory. A simulation
 * writes the audit and the huursom figures only (operations.md): no financial export, no print index.
 */
@Component
public class Uitvoer {

    private final Exporteur exporteur;
    private final HuursomCsv huursom;
    private final HuursomRapport rapport;
    private final RunManifest manifest;

    Uitvoer(Exporteur exporteur, HuursomCsv huursom, HuursomRapport rapport, RunManifest manifest) {
        this.exporteur = exporteur;
        this.huursom = huursom;
        this.rapport = rapport;
        this.manifest = manifest;
    }

    /** @param opContract version 1 of every proposal, in contract order; the huursom figures are recorded */
    public void schrijf(Ronde ronde, Voorstellen opContract) throws IOException {
        Rapporttelling rapportTelling = rapport.telling(ronde);
        exporteur.auditEnFinancieel(ronde, opContract, rapportTelling); // one pass over the proposals
        huursom.schrijf(ronde);
        rapport.schrijf(ronde, rapportTelling);
        exporteur.afgewezen(ronde);
        if (!ronde.simulatie() && (ronde.config().brieven() == BrievenModus.DRUKBESTAND
                || ronde.config().brieven() == BrievenModus.BEIDE)) {
            exporteur.drukbestandIndex(ronde);
        }
        manifest.schrijf(ronde, "VOLTOOID", null);
    }
}

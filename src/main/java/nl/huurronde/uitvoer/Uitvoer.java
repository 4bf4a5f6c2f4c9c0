package nl.huurronde.uitvoer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
        boolean index = !ronde.simulatie() && (ronde.config().brieven() == BrievenModus.DRUKBESTAND
                || ronde.config().brieven() == BrievenModus.BEIDE);
        FutureTask<Void> drukbestandIndex = index ? naastElkaar(() -> exporteur.drukbestandIndex(ronde)) : null;
        try {
            Rapporttelling rapportTelling = rapport.telling(ronde);
            exporteur.auditEnFinancieel(ronde, opContract, rapportTelling); // one pass over the proposals
            huursom.schrijf(ronde);
            rapport.schrijf(ronde, rapportTelling);
            exporteur.afgewezen(ronde);
        } catch (IOException | RuntimeException e) {
            if (drukbestandIndex != null) {
                try {
                    wacht(drukbestandIndex);
                } catch (IOException | RuntimeException ook) {
                    e.addSuppressed(ook);
                }
            }
            throw e;
        }
        if (drukbestandIndex != null) {
            wacht(drukbestandIndex);
        }
        manifest.schrijf(ronde, "VOLTOOID", null);
    }

    /** A file the pass over the proposals does not read from, so it is written on the second core meanwhile. */
    @FunctionalInterface
    private interface Bestand {
        void schrijf() throws IOException;
    }

    private static FutureTask<Void> naastElkaar(Bestand bestand) {
        FutureTask<Void> taak = new FutureTask<>(() -> {
            bestand.schrijf();
            return null;
        });
        Thread.ofPlatform().name("uitvoer-drukbestand-index").start(taak);
        return taak;
    }

    private static void wacht(FutureTask<Void> taak) throws IOException {
        try {
            taak.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("onderbroken tijdens het schrijven van drukbestand-index.csv");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException r -> throw r;
                case Error f -> throw f;
                default -> throw new IOException(e.getCause());
            }
        }
    }
}

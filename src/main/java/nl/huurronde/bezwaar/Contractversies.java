package nl.huurronde.bezwaar;

import java.io.PrintStream;
import java.util.List;

import nl.huurronde.intake.Waarden;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.RondeStatus;
import nl.huurronde.register.Rondes;
import nl.huurronde.register.RunSoort;
import nl.huurronde.ronde.RondeToestand;
import nl.huurronde.voorstel.VoorstelOpslag;
import nl.huurronde.voorstel.VoorstelVersie;
import org.springframework.stereotype.Component;

/**
 * Finds the completed run and the stored versions of one contract for bezwaar and herdruk, with one
 * clear line for each way that can fail.
 */
@Component
class Contractversies {

    private final RondeRegister register;
    private final Rondes rondes;
    private final VoorstelOpslag voorstellen;
    private final BezwaarOpslag bezwaren;
    private final RondeToestand toestand;

    Contractversies(RondeRegister register, Rondes rondes, VoorstelOpslag voorstellen, BezwaarOpslag bezwaren,
                    RondeToestand toestand) {
        this.register = register;
        this.toestand = toestand;
        this.rondes = rondes;
        this.voorstellen = voorstellen;
        this.bezwaren = bezwaren;
    }

    /** A yearly run that finished: its letters and exports exist, its huursom cap is fixed. */
    Ronde voltooideRun(String runId) {
        RondeRegister.RondeRij rij = register.vind(runId).orElseThrow(() -> new RondeFout("onbekende run '"
                + Waarden.veilig(runId, 80) + "'; 'huurronde status' toont de runs"));
        if (rij.soort() == RunSoort.SIMULATIE) {
            throw new RondeFout("run " + runId + " is een simulatie: die heeft geen brieven en geen financiële export");
        }
        if (rij.status() != RondeStatus.VOLTOOID) {
            throw new RondeFout(toestand.nietVoltooid(rij));
        }
        return rondes.laad(runId);
    }

    /** Every version of the contract, oldest first; never empty. */
    List<VoorstelVersie> versies(Ronde ronde, String contractId) {
        List<VoorstelVersie> versies = voorstellen.versies(ronde.runId(), contractId);
        if (versies.isEmpty()) {
            String id = Waarden.veilig(contractId, 40);
            if (bezwaren.afgewezenInRun(ronde.runId(), contractId)) {
                throw new RondeFout("contract " + id + " heeft geen voorstel in run " + ronde.runId()
                        + ": de regel is afgewezen (zie afgewezen.csv)");
            }
            throw new RondeFout("contract " + id + " komt niet voor in run " + ronde.runId());
        }
        return versies;
    }

    /**
     * The run of {@code --run} that holds the contract of {@code --contract}: the run given, or, when that
     * yearly run has no proposal for the contract, its completed supplement (aanvulrun) that has one, said
     * on {@code uit}; staff give the round's run id for every contract of the round.
     */
    String runVanContract(Opdrachtregel regel, PrintStream uit) {
        String runId = regel.verplicht("run").strip();
        String contractId = regel.verplicht("contract").strip();
        if (!voorstellen.versies(runId, contractId).isEmpty()) {
            return runId;
        }
        for (RondeRegister.RondeRij aanvulling : register.aanvullingen(runId)) {
            if (aanvulling.status() == RondeStatus.VOLTOOID
                    && !voorstellen.versies(aanvulling.runId(), contractId).isEmpty()) {
                uit.println("contract " + Waarden.veilig(contractId, 40) + " staat in aanvulling " + aanvulling.runId()
                        + " van run " + runId);
                return aanvulling.runId();
            }
        }
        return runId;
    }
}

package nl.huurronde.ronde;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import nl.huurronde.intake.Waarden;
import nl.huurronde.opdracht.Opdracht;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.register.RondeFout;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.RondeStatus;
import nl.huurronde.register.RunSoort;
import org.springframework.stereotype.Component;

/**
 * {@code huurronde definitief --run <run_id> [--intrekken]}: marks a completed yearly run as the definitive
 * one of its year, or withdraws that mark. One run per year is definitive; to switch, the current one is
 * withdrawn first (a deliberate two-step change rather than a silent replacement).
 */
@Component
class DefinitiefOpdracht implements Opdracht {

    private final RondeRegister register;

    DefinitiefOpdracht(RondeRegister register) {
        this.register = register;
    }

    @Override
    public String naam() {
        return "definitief";
    }

    @Override
    public List<String> opties() {
        return List.of("run", "intrekken");
    }

    @Override
    public void voerUit(Opdrachtregel regel, PrintStream uit) {
        String runId = regel.verplicht("run").strip();
        RondeRegister.RondeRij rij = register.vind(runId).orElseThrow(() -> new RondeFout("onbekende run '"
                + Waarden.veilig(runId, 80) + "'; 'huurronde status' toont de runs"));
        if (regel.vlag("intrekken")) {
            if (!rij.definitief()) {
                throw new RondeFout("run " + runId + " is niet de definitieve run van " + rij.jaar());
            }
            register.trekDefinitiefIn(runId);
            uit.println("Run " + runId + " is niet langer de definitieve run van " + rij.jaar()
                    + "; maak een andere run definitief met huurronde definitief --run ID");
            return;
        }
        if (rij.soort() != RunSoort.RUN) {
            throw new RondeFout("run " + runId + " is een simulatie en kan niet definitief zijn; alleen een "
                    + "jaarlijkse run (huurronde run) maakt brieven");
        }
        if (rij.status() != RondeStatus.VOLTOOID) {
            throw new RondeFout("run " + runId + " kan niet definitief worden: hij is " + (rij.status()
                    == RondeStatus.VERWIJDERD ? "verwijderd" : "niet voltooid (" + rij.status().name() + ")"));
        }
        if (rij.definitief()) {
            uit.println("Run " + runId + " is al de definitieve run van " + rij.jaar() + ".");
            return;
        }
        Optional<RondeRegister.RondeRij> ander = register.definitieveRun(rij.jaar());
        if (ander.isEmpty() && register.zetDefinitief(runId, rij.jaar())) {
            uit.println("Run " + runId + " is nu de definitieve run van " + rij.jaar() + ".");
            return;
        }
        String huidig = ander.or(() -> register.definitieveRun(rij.jaar())).map(RondeRegister.RondeRij::runId)
                .orElse("?");
        throw new RondeFout("run " + huidig + " is al de definitieve run van " + rij.jaar() + "; trek die eerst in "
                + "met huurronde definitief --run " + huidig + " --intrekken, en geef dan opnieuw huurronde "
                + "definitief --run " + runId);
    }
}

package nl.huurronde.ronde;

import java.util.List;
import java.util.Optional;

import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.RondeStatus;
import nl.huurronde.register.RunSoort;
import org.springframework.stereotype.Component;

/**
 * What a stored run is for the user, beyond its status column: whether a BEZIG run is running (a
 * process holds the round's lock) or was interrupted, and whether the same 'run' command would resume
 * it. Every advice to resume a run comes from here, so it is only given for a run that can resume.
 */
@Component
public class RondeToestand {

    private final RondeRegister register;
    private final RondeSlot slot;

    /** Outside a Spring context, with the lock of the data folder's rounds: the fast path of 'status'. */
    public static RondeToestand van(RondeRegister register, javax.sql.DataSource dataSource,
                                    nl.huurronde.batch.Databank databank, String dataMap) {
        return new RondeToestand(register, new RondeSlot(dataSource, databank, dataMap));
    }

    RondeToestand(RondeRegister register, RondeSlot slot) {
        this.register = register;
        this.slot = slot;
    }

    /** A BEZIG run that a process is running now. */
    public boolean loopt(RondeRegister.RondeRij rij) {
        return rij.status() == RondeStatus.BEZIG && slot.bezet(rij.identiteit());
    }

    /** The state as 'status' shows it. */
    public String omschrijving(RondeRegister.RondeRij rij) {
        return switch (rij.status()) {
            case VOLTOOID -> rij.status().name();
            case MISLUKT -> nieuwer(rij).map(n -> "MISLUKT — wordt niet hervat: run " + n.runId()
                    + " van dezelfde ronde is nieuwer").orElse("MISLUKT");
            case VERWIJDERD -> "VERWIJDERD op " + verwijderdOp(rij) + " (persoonsgegevens en uitvoer gewist)";
            case BEZIG -> {
                if (loopt(rij)) {
                    yield "BEZIG";
                }
                Optional<RondeRegister.RondeRij> nieuwer = nieuwer(rij);
                yield nieuwer.isEmpty() ? "onderbroken — start dezelfde opdracht opnieuw om te hervatten"
                        : "onderbroken — wordt niet hervat: run " + nieuwer.get().runId() + " van dezelfde ronde is nieuwer";
            }
        };
    }

    /**
     * Why a yearly run that is not VOLTOOID has no letters for a bezwaar or a reprint, and what to do:
     * wait, resume it, or nothing (deleted, or replaced by a newer run of the round).
     */
    public String nietVoltooid(RondeRegister.RondeRij rij) {
        String run = "run " + rij.runId();
        if (rij.status() == RondeStatus.VERWIJDERD) {
            return run + " is verwijderd op " + verwijderdOp(rij)
                    + ": de persoonsgegevens en de uitvoer van die run bestaan niet meer";
        }
        if (loopt(rij)) {
            return run + " is nog bezig; wacht tot hij voltooid is (huurronde status toont de voortgang)";
        }
        String toestand = rij.status() == RondeStatus.BEZIG ? "onderbroken" : "mislukt";
        Optional<RondeRegister.RondeRij> nieuwer = nieuwer(rij);
        if (nieuwer.isPresent()) {
            return run + " is niet voltooid (" + toestand + ") en wordt niet meer hervat: run "
                    + nieuwer.get().runId() + " van dezelfde ronde is nieuwer";
        }
        return run + " is niet voltooid (" + toestand + "); hervat hem eerst met dezelfde opdracht 'run'";
    }

    /**
     * The warning for work on a yearly run that is not the definitive one of its year while another is
     * (bezwaar, herdruk): it goes ahead, but staff may have the wrong run.
     */
    public Optional<String> nietDefinitief(String runId) {
        Optional<RondeRegister.RondeRij> rij = register.vind(runId);
        if (rij.isEmpty() || rij.get().soort() != RunSoort.RUN || rij.get().definitief()) {
            return Optional.empty();
        }
        return register.definitieveRun(rij.get().jaar()).map(d -> "let op: run " + runId + " is niet de definitieve "
                + "run van " + d.jaar() + "; dat is run " + d.runId() + " (huurronde status)");
    }

    /** The date of the deletion (the run's end for a run deleted before that was recorded). */
    static String verwijderdOp(RondeRegister.RondeRij rij) {
        if (rij.verwijderd() != null) {
            return rij.verwijderd().toLocalDate().toString();
        }
        return rij.beeindigd() == null ? "onbekende datum" : rij.beeindigd().toLocalDate().toString();
    }

    /** The newest run of the same round when that is another run: the same command goes on with that one. */
    private Optional<RondeRegister.RondeRij> nieuwer(RondeRegister.RondeRij rij) {
        List<RondeRegister.RondeRij> ronde = register.metIdentiteit(rij.identiteit());
        return ronde.isEmpty() || ronde.get(0).runId().equals(rij.runId()) ? Optional.empty() : Optional.of(ronde.get(0));
    }
}

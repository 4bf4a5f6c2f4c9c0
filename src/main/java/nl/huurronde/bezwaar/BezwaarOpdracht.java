package nl.huurronde.bezwaar;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.beleid.Codering;
import nl.huurronde.brieven.NlFormaat;
import nl.huurronde.opdracht.Opdracht;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.ronde.RondeToestand;
import nl.huurronde.voorstel.VoorstelVersie;
import org.springframework.stereotype.Component;

/** {@code huurronde bezwaar --run <run_id> --contract <id> [correcties] [--ontvangen jjjj-mm-dd]}. */
@Component
class BezwaarOpdracht implements Opdracht {

    private final Bezwaarregister register;
    private final RondeToestand toestand;

    private final Contractversies contractversies;

    BezwaarOpdracht(Bezwaarregister register, RondeToestand toestand, Contractversies contractversies) {
        this.contractversies = contractversies;
        this.register = register;
        this.toestand = toestand;
    }

    @Override
    public String naam() {
        return "bezwaar";
    }

    @Override
    public List<String> opties() {
        List<String> opties = new ArrayList<>(List.of("run", "contract", "ontvangen", "verzenddatum", "encoding", "door"));
        opties.addAll(Correctie.OPTIES);
        return opties;
    }

    @Override
    public void voerUit(Opdrachtregel regel, PrintStream uit) {
        String runId = contractversies.runVanContract(regel, uit);
        String contractId = regel.verplicht("contract").strip();
        Correctie correctie = Correctie.lees(regel);
        BezwaarVerwerking.vereisCorrectie(correctie);
        Codering codering = brpCodering(regel, correctie);
        toestand.nietDefinitief(runId.strip()).ifPresent(uit::println);
        // The shorthand for registreer + toekennen: the case is recorded in the register too.
        Bezwaarregister.Wijziging w = register.kortweg(runId.strip(), contractId, correctie, Correctie.ontvangen(regel),
                codering, regel.optie("verzenddatum") == null ? null
                        : RegisterOpdrachten.datum(regel, "verzenddatum"), Bezwaarregister.wie(regel.optie("door")));
        BezwaarVerwerking.Uitkomst u = w.verwerkt();
        VoorstelVersie nieuw = u.nieuw();
        VoorstelVersie vorige = u.vorige();
        uit.println("Bezwaar verwerkt: contract " + nieuw.contractId() + " in run " + runId.strip() + ", versie "
                + nieuw.versie() + " vervangt versie " + vorige.versie() + ".");
        uit.println("  " + nieuw.correctie());
        // Amounts as the letters write them: the employee reads these, not a ledger.
        uit.println("  kale huur nu " + NlFormaat.bedrag(nieuw.contract().kaleHuur()) + ", nieuw "
                + NlFormaat.bedrag(nieuw.voorstel().kaleHuurNieuw()) + " (" + nieuw.voorstel().soort() + ", was "
                + NlFormaat.bedrag(vorige.voorstel().kaleHuurNieuw()) + " " + vorige.voorstel().soort()
                + "), ingangsdatum " + nieuw.ingangsdatum());
        uit.println("  correctie voor financiën: mutatie " + NlFormaat.bedrag(u.mutatie()));
        uit.println("  uitvoer: " + u.map());
        uit.println("  bezwaarregister: zaak " + w.zaak().zaak() + " " + w.zaak().status().woord());
        w.meldingen().forEach(m -> uit.println("  " + m));
    }

    /** {@code --encoding} of the {@code --brp} file; null: the encoding of the run's own BRP extract. */
    static Codering brpCodering(Opdrachtregel regel, Correctie correctie) {
        String woord = regel.optie("encoding");
        if (woord == null) {
            return null;
        }
        if (correctie.brp() == null) {
            throw new Opdrachtregel.GebruiksFout("--encoding geldt voor het bestand van --brp, dat hier ontbreekt");
        }
        Codering codering = Codering.van(woord);
        if (codering == null) {
            throw new Opdrachtregel.GebruiksFout("--encoding verwacht een van: " + Codering.woorden()
                    + ", niet '" + woord.strip() + "'");
        }
        return codering;
    }
}

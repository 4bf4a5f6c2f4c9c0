package nl.huurronde.ronde;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.opdracht.Invoeropties;
import nl.huurronde.opdracht.Opdracht;
import nl.huurronde.opdracht.Opdrachtregel;
import org.springframework.stereotype.Component;

/**
 * {@code huurronde aanvulrun --run ID --huurders F [--brp F] [--inkomen F | ...] [--verzenddatum D]}: a
 * supplement of a completed yearly run for the contracts its round has no proposal for (docs/opdrachten.md).
 * Exit 3 when it completed with rejected rows, as {@code run}.
 */
@Component
class AanvulOpdracht implements Opdracht {

    private final AanvulStarter starter;

    AanvulOpdracht(AanvulStarter starter) {
        this.starter = starter;
    }

    @Override
    public String naam() {
        return "aanvulrun";
    }

    @Override
    public List<String> opties() {
        List<String> opties = new ArrayList<>(List.of("run", "verzenddatum"));
        opties.addAll(Invoeropties.NAMEN);
        return opties;
    }

    @Override
    public void voerUit(Opdrachtregel regel, PrintStream uit) {
        voerUitMetCode(regel, uit);
    }

    @Override
    public int voerUitMetCode(Opdrachtregel regel, PrintStream uit) {
        String run = regel.verplicht("run").strip();
        regel.verplicht("huurders");
        String datum = regel.optie("verzenddatum");
        LocalDate verzenddatum;
        try {
            verzenddatum = datum == null ? null : LocalDate.parse(datum.strip());
        } catch (DateTimeParseException e) {
            throw new Opdrachtregel.GebruiksFout("--verzenddatum verwacht een datum jjjj-mm-dd, niet '" + datum.strip()
                    + "'");
        }
        Afloop afloop = starter.start(new AanvulStarter.Opdracht(run, Invoeropties.overrides(regel), verzenddatum), uit);
        return afloop.metAfwijzingen() ? 3 : 0;
    }
}

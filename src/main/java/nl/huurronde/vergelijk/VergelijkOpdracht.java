package nl.huurronde.vergelijk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.huurronde.opdracht.Invoeropties;
import nl.huurronde.opdracht.Opdracht;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.rapport.Varianten;
import nl.huurronde.register.RondeFout;
import org.springframework.stereotype.Component;

/**
 * {@code huurronde vergelijk --job A.yml [--job B.yml] [--parameter-a k=v]... [--parameter-b k=v]...}: two
 * policy variants as simulations on the same inputs, compared. Options that a run knows ({@code --huurders},
 * {@code --brp}, {@code --inkomen}, {@code --inkomenscategorie}, {@code --encoding}, {@code --csv-dialect},
 * {@code --parameter}) apply to both; {@code --parameter-a} / {@code --parameter-b} to one. Without a
 * second {@code --job}, B is A's job file, so
 * {@code vergelijk --job jobs/2026.yml --parameter-b beleid.regulier_max_pct=0.03} asks "what if the maximum
 * were 3%".
 */
@Component
class VergelijkOpdracht implements Opdracht {

    private final Vergelijking vergelijking;

    VergelijkOpdracht(Vergelijking vergelijking) {
        this.vergelijking = vergelijking;
    }

    @Override
    public String naam() {
        return "vergelijk";
    }

    @Override
    public List<String> opties() {
        List<String> opties = new ArrayList<>(Invoeropties.NAMEN);
        opties.addAll(List.of("job", "csv-dialect", "parameter", "parameter-a", "parameter-b", "uitvoer", "aantal",
                "opnieuw"));
        return opties;
    }

    @Override
    public void voerUit(Opdrachtregel regel, PrintStream uit) {
        Varianten varianten = varianten(regel);
        try {
            vergelijking.vergelijk(varianten, uit);
        } catch (IOException e) {
            throw new RondeFout("de vergelijking kon niet worden geschreven: " + e.getMessage());
        }
    }

    static Varianten varianten(Opdrachtregel regel) {
        List<String> jobs = regel.alle("job");
        if (jobs.isEmpty() || jobs.size() > 2) {
            throw new Opdrachtregel.GebruiksFout("vergelijk verwacht --job A.yml en eventueel --job B.yml");
        }
        Map<String, String> gedeeld = new LinkedHashMap<>(Invoeropties.overrides(regel));
        if (regel.optie("csv-dialect") != null) {
            gedeeld.put("csv_dialect", regel.optie("csv-dialect"));
        }
        gedeeld.putAll(parameters(regel.alle("parameter"), "parameter"));
        Map<String, String> a = new LinkedHashMap<>(gedeeld);
        a.putAll(parameters(regel.alle("parameter-a"), "parameter-a"));
        Map<String, String> b = new LinkedHashMap<>(gedeeld);
        b.putAll(parameters(regel.alle("parameter-b"), "parameter-b"));
        Path uitvoer = regel.optie("uitvoer") == null ? null : Path.of(regel.optie("uitvoer"));
        int aantal = Varianten.STANDAARD_AANTAL;
        if (regel.optie("aantal") != null) {
            try {
                aantal = Integer.parseInt(regel.optie("aantal").strip());
            } catch (NumberFormatException e) {
                aantal = -1;
            }
            if (aantal < 0) {
                throw new Opdrachtregel.GebruiksFout("--aantal verwacht een geheel getal van 0 of meer");
            }
        }
        return new Varianten(Path.of(jobs.get(0)), a, Path.of(jobs.get(jobs.size() - 1)), b, uitvoer, aantal,
                regel.vlag("opnieuw"));
    }

    /** {@code sleutel=waarde} options as dotted keys below {@code huurronde}. */
    private static Map<String, String> parameters(List<String> waarden, String optie) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String parameter : waarden) {
            int is = parameter.indexOf('=');
            if (is <= 0) {
                throw new Opdrachtregel.GebruiksFout("--" + optie + " verwacht sleutel=waarde, niet '" + parameter + "'");
            }
            String sleutel = parameter.substring(0, is).strip();
            if (sleutel.startsWith("huurronde.")) {
                sleutel = sleutel.substring("huurronde.".length());
            }
            parameters.put(sleutel, parameter.substring(is + 1).strip());
        }
        return parameters;
    }
}

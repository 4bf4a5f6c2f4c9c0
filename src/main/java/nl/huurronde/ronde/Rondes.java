package nl.huurronde.ronde;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.huurronde.policy.BeleidFout;
import nl.huurronde.policy.JobConfig;
import nl.huurronde.policy.JobFileLoader;
import org.springframework.stereotype.Service;

/**
 * Gives the steps their {@link Ronde}: the stored run with its job file re-read. A job file that no
 * longer matches the checksum stored at the first start stops the run: a resumed run must use the
 * same policy it started with.
 */
@Service
public class Rondes {

    private final RondeRegister register;

    Rondes(RondeRegister register) {
        this.register = register;
    }

    public Ronde laad(String runId) {
        RondeRegister.RondeRij rij = register.vind(runId)
                .orElseThrow(() -> new IllegalArgumentException("onbekende run: " + runId));
        JobConfig config;
        try {
            config = JobFileLoader.laad(Path.of(rij.jobBestand()), overrides(rij.overrides()));
        } catch (BeleidFout e) {
            throw new RondeFout(e.getMessage());
        }
        if (!config.sha256().equals(rij.beleidSha())) {
            throw new RondeFout("het beleid in " + rij.jobBestand() + " is gewijzigd sinds run " + runId
                    + " startte (controlegetal " + rij.beleidSha().substring(0, 12) + " verwacht, nu "
                    + config.sha256().substring(0, 12) + "); zet het oorspronkelijke bestand terug of start opnieuw met --opnieuw");
        }
        return new Ronde(rij.runId(), rij.soort(), rij.identiteit(), config, rij.verzenddatum(),
                Path.of(rij.uitvoerMap()), rij.status(), rij.huursomCap(), rij.capBepaald());
    }

    /** key=value lines as stored in ronde_run.overrides. */
    static String tekst(Map<String, String> overrides) {
        StringBuilder sb = new StringBuilder();
        overrides.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    static Map<String, String> overrides(String tekst) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String regel : tekst.split("\n")) {
            int is = regel.indexOf('=');
            if (is > 0) {
                map.put(regel.substring(0, is), regel.substring(is + 1));
            }
        }
        return map;
    }
}

package nl.huurronde.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import nl.huurronde.beleid.BeleidFout;
import nl.huurronde.beleid.JobConfig;
import nl.huurronde.beleid.JobFileLoader;
import org.springframework.stereotype.Service;

/**
 * Gives the steps their {@link Ronde}: the stored run with its job file. The job file is read and
 * checked once per run in a process (the steps ask for their run many times); the run's own row
 * (status, cap) is read fresh every time. A job file that no longer matches the checksum stored at the
 * first start stops the run: a resumed run must use the same policy it started with.
 */
@Service
public class Rondes {

    /** A run's job file as stored at its start: the same key gives the same configuration. */
    private record Bron(String runId, String jobBestand, String overrides, String beleidSha) {}

    /** A configuration with the times its files had when read: an edited file is read (and checked) again. */
    private record Geladen(JobConfig config, FileTime jobGewijzigd, FileTime wetGewijzigd) {
        boolean actueel() {
            return Objects.equals(jobGewijzigd, gewijzigd(config.bestand()))
                    && Objects.equals(wetGewijzigd, gewijzigd(wetBestand(config)));
        }
    }

    private static final int BEWAARD = 16;

    private final RondeRegister register;
    /** The last few runs' configurations; a process works on one run, a test JVM on many in turn. */
    private final Map<Bron, Geladen> geladen = new LinkedHashMap<>(BEWAARD, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Bron, Geladen> oudste) {
            return size() > BEWAARD;
        }
    };

    Rondes(RondeRegister register) {
        this.register = register;
    }

    public Ronde laad(String runId) {
        RondeRegister.RondeRij rij = register.vind(runId)
                .orElseThrow(() -> new IllegalArgumentException("onbekende run: " + runId));
        Bron bron = new Bron(rij.runId(), rij.jobBestand(), rij.overrides(), rij.beleidSha());
        Geladen bekend;
        synchronized (geladen) {
            bekend = geladen.get(bron);
        }
        if (bekend == null || !bekend.actueel()) {
            FileTime jobGewijzigd = gewijzigd(Path.of(rij.jobBestand()));
            JobConfig gelezen = leesJobBestand(rij);
            bekend = new Geladen(gelezen, jobGewijzigd, gewijzigd(wetBestand(gelezen)));
            synchronized (geladen) {
                geladen.put(bron, bekend);
            }
        }
        JobConfig config = bekend.config();
        return new Ronde(rij.runId(), rij.soort(), rij.identiteit(), config, rij.verzenddatum(),
                Path.of(rij.uitvoerMap()), rij.status(), rij.huursomCap(), rij.capBepaald());
    }

    private static JobConfig leesJobBestand(RondeRegister.RondeRij rij) {
        String runId = rij.runId();
        JobConfig config;
        try {
            config = JobFileLoader.laad(Path.of(rij.jobBestand()), overrides(rij.overrides()));
        } catch (BeleidFout e) {
            throw new RondeFout(e.getMessage());
        }
        if (!config.heeftControlegetal(rij.beleidSha())) {
            throw new RondeFout("het beleid in " + rij.jobBestand() + " is gewijzigd sinds run " + runId
                    + " startte (controlegetal " + rij.beleidSha().substring(0, 12) + " verwacht, nu "
                    + config.sha256().substring(0, 12) + "); zet het oorspronkelijke bestand terug of start opnieuw met --opnieuw");
        }
        return config;
    }

    private static Path wetBestand(JobConfig config) {
        return config.wet().herkomst().gebundeld() ? null : Path.of(config.wet().herkomst().pad());
    }

    /** The file's modification time; null when there is no file (a bundled law) or it cannot be read. */
    private static FileTime gewijzigd(Path bestand) {
        try {
            return bestand == null ? null : Files.getLastModifiedTime(bestand);
        } catch (IOException e) {
            return null;
        }
    }

    /** key=value lines as stored in ronde_run.overrides. */
    public static String tekst(Map<String, String> overrides) {
        StringBuilder sb = new StringBuilder();
        overrides.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    public static Map<String, String> overrides(String tekst) {
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

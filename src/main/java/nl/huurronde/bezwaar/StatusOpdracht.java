package nl.huurronde.bezwaar;

import java.io.PrintStream;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.sql.DataSource;

import nl.huurronde.batch.Databank;
import nl.huurronde.brieven.NlFormaat;
import nl.huurronde.intake.IntakeTellingen;
import nl.huurronde.intake.Waarden;
import nl.huurronde.opdracht.Opdracht;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.register.RondeFout;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.RondeStatus;
import nl.huurronde.register.RunSoort;
import nl.huurronde.ronde.RondeToestand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code huurronde status [--run <run_id>]}: the runs in the database, their state, counts per soort,
 * rejected rows per input file, handled bezwaren and where the outputs are. Reads only the database:
 * it also works when a job file has been moved since.
 */
@Component
public class StatusOpdracht implements Opdracht {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Beyond this many, the bezwaren of a run are counted, not listed. */
    private static final int MAX_GENOEMD = 50;

    private final RondeRegister register;
    private final IntakeTellingen tellingen;
    private final BezwaarOpslag bezwaren;
    private final RondeToestand toestand;
    private final ZaakOpslag zaken;

    StatusOpdracht(RondeRegister register, IntakeTellingen tellingen, BezwaarOpslag bezwaren, RondeToestand toestand,
                   ZaakOpslag zaken) {
        this.register = register;
        this.zaken = zaken;
        this.toestand = toestand;
        this.tellingen = tellingen;
        this.bezwaren = bezwaren;
    }

    /**
     * The same command over a plain data source, without a Spring context: {@code status} answers in well
     * under a second this way (HuurrondeApplication's fast path). The same classes read the database as on
     * the Spring path, so both print the same.
     */
    public static Opdracht zonderSpring(DataSource dataSource, String dataMap) throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Databank databank = Databank.van(dataSource, jdbc);
        RondeRegister register = RondeRegister.van(jdbc);
        return new StatusOpdracht(register, IntakeTellingen.van(jdbc), new BezwaarOpslag(jdbc, databank),
                RondeToestand.van(register, dataSource, databank, dataMap), new ZaakOpslag(jdbc, databank));
    }

    @Override
    public String naam() {
        return "status";
    }

    @Override
    public List<String> opties() {
        return List.of("run");
    }

    @Override
    public void voerUit(Opdrachtregel regel, PrintStream uit) {
        String runId = regel.optie("run");
        List<RondeRegister.RondeRij> runs;
        if (runId != null) {
            runs = List.of(register.vind(runId.strip()).orElseThrow(() -> new RondeFout("onbekende run '"
                    + Waarden.veilig(runId, 80) + "'; 'huurronde status' zonder --run toont alle runs")));
        } else {
            runs = register.alle();
        }
        if (runs.isEmpty()) {
            uit.println("Er zijn nog geen runs in deze databank.");
            return;
        }
        if (runId != null) {
            toon(runs.get(0), uit);
            return;
        }
        // a round's supplements right after their main run, not in the order they started
        java.util.Set<String> aanvullingen = new java.util.HashSet<>();
        runs.stream().filter(r -> r.soort() == RunSoort.AANVULLING).forEach(r -> aanvullingen.add(r.runId()));
        for (RondeRegister.RondeRij run : runs) {
            if (aanvullingen.contains(run.runId())) {
                continue;
            }
            toon(run, uit);
            if (run.soort() == RunSoort.RUN) {
                register.aanvullingen(run.runId()).forEach(a -> toon(a, uit));
            }
        }
    }

    private void toon(RondeRegister.RondeRij run, PrintStream uit) {
        uit.println("Run " + run.runId() + " (" + run.soort().name().toLowerCase() + ", jaar " + run.jaar() + "): "
                + toestand.omschrijving(run) + (run.definitief() ? ", definitief" : ""));
        uit.println("  gestart " + TIJD.format(run.gestart())
                + (run.beeindigd() == null ? "" : ", beëindigd " + TIJD.format(run.beeindigd()))
                + (run.verwijderd() == null ? "" : ", verwijderd " + TIJD.format(run.verwijderd()))
                + "; verzenddatum " + run.verzenddatum() + "; jobbestand " + run.jobBestand());
        if (run.soort() == RunSoort.AANVULLING) {
            register.aanvulling(run.runId()).ifPresent(a -> uit.println("  aanvulling " + a.nummer() + " van run "
                    + a.hoofdrun()));
        } else if (run.soort() == RunSoort.RUN) {
            for (RondeRegister.RondeRij a : register.aanvullingen(run.runId())) {
                int nummer = register.aanvulling(a.runId()).map(RondeRegister.Aanvulling::nummer).orElse(0);
                uit.println("  aanvulling " + nummer + ": " + a.runId() + " (" + toestand.omschrijving(a)
                        + "), verzenddatum " + a.verzenddatum() + ", uitvoer " + a.uitvoerMap());
            }
        }
        if ((run.status() == RondeStatus.MISLUKT || run.status() == RondeStatus.VERWIJDERD) && run.melding() != null) {
            uit.println("  melding: " + run.melding());
        }
        register.inkomenVerwijderd(run.runId()).ifPresent(w -> uit.println("  inkomensgegevens verwijderd op " + w));
        if (run.capBepaald()) {
            uit.println("  huursom cap c: " + (run.huursomCap() == null ? "niet nodig"
                    : NlFormaat.fractie(run.huursomCap())));
        }
        Map<String, Long> perSoort = bezwaren.aantallenPerSoort(run.runId());
        if (!perSoort.isEmpty()) {
            StringJoiner soorten = new StringJoiner(", ");
            long totaal = 0;
            for (Map.Entry<String, Long> e : perSoort.entrySet()) {
                soorten.add(e.getKey() + " " + e.getValue());
                totaal += e.getValue();
            }
            uit.println("  voorstellen: " + totaal + " (" + soorten + ")");
        }
        for (IntakeTellingen.Telling t : tellingen.tel(run.runId())) {
            uit.println("  invoer " + t.bestand() + ": " + t.gelezen() + " gelezen, " + t.verwerkt() + " verwerkt, "
                    + t.afgewezen() + " afgewezen");
        }
        List<BezwaarOpslag.BezwaarRij> rijen = bezwaren.vanRun(run.runId());
        if (!rijen.isEmpty()) {
            long contracten = rijen.stream().map(BezwaarOpslag.BezwaarRij::contractId).distinct().count();
            StringJoiner genoemd = new StringJoiner(", ");
            rijen.stream().limit(MAX_GENOEMD).forEach(b -> genoemd.add(b.contractId() + " v" + b.versie()));
            uit.println("  bezwaren verwerkt: " + rijen.size() + " voor " + contracten + " contract"
                    + (contracten == 1 ? "" : "en") + ": " + genoemd
                    + (rijen.size() > MAX_GENOEMD ? " en " + (rijen.size() - MAX_GENOEMD) + " meer" : ""));
        } else if (run.soort() == nl.huurronde.register.RunSoort.RUN) {
            uit.println("  bezwaren verwerkt: 0");
        }
        if (run.soort() == nl.huurronde.register.RunSoort.RUN && run.status() == RondeStatus.VOLTOOID) {
            RegisterOpdrachten.statusregels(Bezwaarregister.overzicht(zaken, run.runId(), java.time.LocalDate.now()))
                    .forEach(r -> uit.println("  " + r));
        }
        Path map = Path.of(run.uitvoerMap());
        uit.println("  uitvoer: " + map + (Files.isDirectory(map) ? ""
                : run.status() == RondeStatus.VERWIJDERD ? " (verwijderd)" : " (map bestaat niet (meer))"));
        if (!rijen.isEmpty()) {
            uit.println("  bezwaren: " + map.resolve("bezwaar"));
        }
        if (Files.isDirectory(map.resolve("herdruk"))) {
            uit.println("  herdrukken: " + map.resolve("herdruk"));
        }
    }
}

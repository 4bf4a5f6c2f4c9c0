package nl.huurronde;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.huurronde.export.Privebestanden;
import nl.huurronde.genereer.Generator;
import nl.huurronde.genereer.Opties;
import nl.huurronde.genereer.Samenvatting;
import nl.huurronde.ronde.Afloop;
import nl.huurronde.ronde.RondeFout;
import nl.huurronde.ronde.RondeStarter;
import nl.huurronde.ronde.RunSoort;
import nl.huurronde.ronde.StartOpdracht;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * huurronde: the yearly rent round of a housing corporation. One executable jar with a command per
 * task (operations.md). Exit code 0 only when the command did what it says, 3 when a run or simulation
 * completed but rejected rows ({@link Exitcode}); errors are one line.
 */
@SpringBootApplication
public class HuurrondeApplication {

    static final String GEBRUIK = """
            gebruik: huurronde <opdracht> [opties]
              run       --job jobs/<ronde>.yml [--huurders F] [--brp F] [--inkomen F | --inkomenscategorie F]
                        [--encoding utf-8|windows-1252|iso-8859-15] [--uitvoer MAP]
                        [--parameter beleid.sleutel=waarde]... [--csv-dialect excel-nl] [--opnieuw]
                        [--wet WETBESTAND]  (de wettelijke cijfers van het jaar, vóór een release ze meebrengt)
              simulatie --job jobs/<ronde>.yml [dezelfde opties als run]
              genereer  --aantal N --uit MAP [--seed S] [--jaar J]
              vergelijk --job A.yml [--job B.yml] [--parameter-a k=v]... [--parameter-b k=v]... [--parameter k=v]...
                        [--huurders F] [--brp F] [--inkomen F | --inkomenscategorie F] [--encoding E] [--uitvoer MAP]
                        [--aantal N] [--opnieuw]
              bezwaar   --run ID --contract ID [--chronisch-ziek] [--personen N] [--geboortedatum jjjj-mm-dd[,ROL]]...
                        [--brp F.csv [--encoding E]] [--inkomenscategorie LAAG|BAND] [--maximale-huur BEDRAG]
                        [--wws-punten N]
                        [--ontvangen jjjj-mm-dd]
              herdruk   --run ID --contract ID [--versie N]
              status    [--run ID]
              verwijder --run ID     (persoonsgegevens van een ronde na de bewaartermijn)
              Database: standaard H2 onder ./data; PostgreSQL met --spring.profiles.active=postgres""";

    private static final List<String> RUN_OPTIES = Stream.concat(Invoeropties.NAMEN.stream(),
            Stream.of("job", "uitvoer", "parameter", "csv-dialect", "opnieuw", "wet")).toList();

    public static void main(String[] args) {
        System.exit(voerUit(args, System.out, System.err));
    }

    /** Runs one command; returns the exit code. */
    public static int voerUit(String[] args, PrintStream uit, PrintStream fout) {
        try {
            Opdrachtregel regel = Opdrachtregel.lees(args);
            return switch (regel.opdracht()) {
                case "run" -> start(regel, RunSoort.RUN, uit);
                case "simulatie" -> start(regel, RunSoort.SIMULATIE, uit);
                case "genereer" -> genereer(regel, uit);
                case "help", "--help" -> {
                    uit.println(GEBRUIK);
                    yield 0;
                }
                default -> andereOpdracht(regel, uit);
            };
        } catch (Opdrachtregel.GebruiksFout e) {
            fout.println("fout: " + e.getMessage());
            fout.println(GEBRUIK);
            return 2;
        } catch (RondeFout e) {
            fout.println("fout: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            fout.println("fout: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }

    private static int start(Opdrachtregel regel, RunSoort soort, PrintStream uit) {
        regel.alleenOpties(RUN_OPTIES);
        StartOpdracht opdracht = new StartOpdracht(Path.of(regel.verplicht("job")), overrides(regel),
                regel.vlag("opnieuw"), soort);
        try (ConfigurableApplicationContext context = context(regel)) {
            Afloop afloop = context.getBean(RondeStarter.class).start(opdracht, uit);
            return afloop.metAfwijzingen() ? Exitcode.MET_AFWIJZINGEN : Exitcode.VOLTOOID;
        }
    }

    /** Commands provided as {@link Opdracht} beans. */
    private static int andereOpdracht(Opdrachtregel regel, PrintStream uit) {
        if (!regel.opdracht().matches("[a-z-]+")) {
            throw new Opdrachtregel.GebruiksFout("onbekende opdracht '" + regel.opdracht() + "'");
        }
        try (ConfigurableApplicationContext context = context(regel)) {
            Opdracht opdracht = context.getBeansOfType(Opdracht.class).values().stream()
                    .filter(o -> o.naam().equals(regel.opdracht())).findFirst()
                    .orElseThrow(() -> new Opdrachtregel.GebruiksFout("onbekende opdracht '" + regel.opdracht() + "'"));
            regel.alleenOpties(opdracht.opties());
            opdracht.voerUit(regel, uit);
            return 0;
        }
    }

    /** Command-line options as dotted keys below {@code huurronde} of the job file. */
    static Map<String, String> overrides(Opdrachtregel regel) {
        Map<String, String> overrides = new LinkedHashMap<>(Invoeropties.overrides(regel));
        if (regel.optie("uitvoer") != null) {
            overrides.put("uitvoer", regel.optie("uitvoer"));
        }
        if (regel.optie("wet") != null) {
            overrides.put("wet", regel.optie("wet"));
        }
        if (regel.optie("csv-dialect") != null) {
            overrides.put("csv_dialect", regel.optie("csv-dialect"));
        }
        for (String parameter : regel.alle("parameter")) {
            int is = parameter.indexOf('=');
            if (is <= 0) {
                throw new Opdrachtregel.GebruiksFout("--parameter verwacht sleutel=waarde, niet '" + parameter + "'");
            }
            String sleutel = parameter.substring(0, is).strip();
            if (sleutel.startsWith("huurronde.")) {
                sleutel = sleutel.substring("huurronde.".length());
            }
            overrides.put(sleutel, parameter.substring(is + 1).strip());
        }
        return overrides;
    }

    private static int genereer(Opdrachtregel regel, PrintStream uit) {
        regel.alleenOpties(List.of("aantal", "uit", "seed", "jaar"));
        int aantal = geheel(regel.verplicht("aantal"), "aantal");
        Path map = Path.of(regel.verplicht("uit"));
        long seed = regel.optie("seed") == null ? 1L : geheel(regel.optie("seed"), "seed");
        int jaar = regel.optie("jaar") == null ? 2026 : geheel(regel.optie("jaar"), "jaar");
        try {
            Samenvatting s = Generator.schrijf(map, aantal, seed, jaar, Opties.standaard());
            uit.println("Gegenereerd in " + map.toAbsolutePath() + ": " + s);
            return 0;
        } catch (java.io.IOException e) {
            throw new RondeFout("kan niet schrijven in " + map + ": " + e.getMessage());
        }
    }

    private static int geheel(String waarde, String naam) {
        try {
            return Integer.parseInt(waarde.strip());
        } catch (NumberFormatException e) {
            throw new Opdrachtregel.GebruiksFout("--" + naam + " verwacht een geheel getal, niet '" + waarde + "'");
        }
    }

    private static ConfigurableApplicationContext context(Opdrachtregel regel) {
        // The embedded database holds personal data: its folder is owner-only before H2 creates files in it.
        String data = regel.springArgumenten().stream().filter(a -> a.startsWith("--huurronde.data="))
                .map(a -> a.substring("--huurronde.data=".length())).reduce((a, b) -> b).orElse("./data");
        try {
            Privebestanden.maakMap(Path.of(data));
        } catch (java.io.IOException e) {
            throw new RondeFout("kan de datamap " + data + " niet maken: " + e.getMessage());
        }
        SpringApplication app = new SpringApplication(HuurrondeApplication.class);
        return app.run(regel.springArgumenten().toArray(String[]::new));
    }

    /** The program version from the jar's manifest (run.json). */
    public static String versie() {
        String versie = HuurrondeApplication.class.getPackage().getImplementationVersion();
        return versie == null ? "ontwikkeling" : versie;
    }
}

package nl.huurronde;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.huurronde.bestand.Privebestanden;
import nl.huurronde.beleid.BeleidFout;
import nl.huurronde.beleid.JobConfig;
import nl.huurronde.beleid.JobFileLoader;
import nl.huurronde.genereer.Generator;
import nl.huurronde.intake.Afwijzing;
import nl.huurronde.intake.Inkomensverzoek;
import nl.huurronde.intake.InvoerFout;
import nl.huurronde.genereer.Opties;
import nl.huurronde.genereer.Samenvatting;
import nl.huurronde.opdracht.Invoeropties;
import nl.huurronde.opdracht.Opdracht;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.register.RondeFout;
import nl.huurronde.register.RunSoort;
import nl.huurronde.ronde.Afloop;
import nl.huurronde.ronde.RondeStarter;
import nl.huurronde.ronde.StartOpdracht;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * huurronde: the yearly rent round of a housing corporation. One executable jar with a command per
 * task (operations.md). Exit code 0 only when the command did what it says, 3 when a run or simulation
 * completed but rejected rows ({@link Exitcode}); errors are one line.
 */
@SpringBootApplication
public class HuurrondeApplication {

    public static void main(String[] args) {
        System.exit(voerUit(args, System.out, System.err));
    }

    /** Runs one command; returns the exit code ({@link Exitcode}). */
    public static int voerUit(String[] args, PrintStream uit, PrintStream fout) {
        return voerUit(args, uit, fout, true);
    }

    /** With {@code snel} false, status always boots Spring (tests compare both paths). */
    static int voerUit(String[] args, PrintStream uit, PrintStream fout, boolean snel) {
        try {
            args = samengesteld(args);
            Hulp hulp = gevraagdeHulp(args);
            if (hulp != null) {
                uit.print(hulp.tekst());
                return Exitcode.VOLTOOID;
            }
            Opdrachtregel regel = Opdrachtregel.lees(args);
            Integer snelAntwoord = snel ? SnelleStatus.probeer(regel, uit) : null;
            if (snelAntwoord != null) {
                return snelAntwoord;
            }
            return switch (regel.opdracht()) {
                case "run" -> start(regel, RunSoort.RUN, uit);
                case "simulatie" -> start(regel, RunSoort.SIMULATIE, uit);
                case "genereer" -> genereer(regel, uit);
                case "inkomensverzoek" -> inkomensverzoek(regel, uit);
                case "web" -> web(regel, uit);
                case "help", "--help", "-h" -> {
                    uit.println(Hulpteksten.GEBRUIK);
                    yield Exitcode.VOLTOOID;
                }
                default -> andereOpdracht(regel, uit);
            };
        } catch (Opdrachtregel.GebruiksFout e) {
            fout.println("fout: " + e.getMessage());
            fout.println(Hulpteksten.GEBRUIK);
            return Exitcode.GEBRUIKSFOUT;
        } catch (RondeFout e) {
            fout.println("fout: " + e.getMessage());
            return Exitcode.MISLUKT;
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // the build's Spring AOT processing stops the application after its bean definitions
        } catch (RuntimeException e) {
            fout.println("fout: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return Exitcode.MISLUKT;
        }
    }

    /**
     * A command with a step, {@code huurronde bezwaar registreer ...}: the two words become one command
     * name ("bezwaar registreer") when Hulpteksten knows it, so dispatch and help treat it as any other.
     */
    static String[] samengesteld(String[] args) {
        if (args.length >= 2 && args[1].matches("[a-z]+") && Hulpteksten.van(args[0] + " " + args[1]) != null) {
            String[] samen = new String[args.length - 1];
            samen[0] = args[0] + " " + args[1];
            System.arraycopy(args, 2, samen, 1, args.length - 2);
            return samen;
        }
        if (args.length >= 3 && args[0].equals("help") && Hulpteksten.van(args[1] + " " + args[2]) != null) {
            return new String[] {"help", args[1] + " " + args[2]};
        }
        return args;
    }

    /**
     * {@code huurronde <opdracht> --help} (or {@code -h}, anywhere after the command) and
     * {@code huurronde help <opdracht>}: that command's usage, without starting the application;
     * null when no command's help is asked.
     */
    private static Hulp gevraagdeHulp(String[] args) {
        List<String> rest = Arrays.stream(args).skip(1).filter(a -> !Opdrachtregel.springArgument(a)).toList();
        if (rest.isEmpty()) {
            return null;
        }
        String naam;
        if (rest.contains("--help") || rest.contains("-h")) {
            naam = args[0];
        } else if (args[0].equals("help") && rest.size() == 1) {
            naam = rest.get(0);
        } else {
            return null;
        }
        Hulp hulp = Hulpteksten.van(naam.equals("--help") || naam.equals("-h") ? "help" : naam);
        if (hulp == null) {
            throw new Opdrachtregel.GebruiksFout("onbekende opdracht '" + naam + "'");
        }
        return hulp;
    }

    private static int start(Opdrachtregel regel, RunSoort soort, PrintStream uit) {
        regel.alleenOpties(Hulpteksten.van(soort == RunSoort.RUN ? "run" : "simulatie").optienamen());
        StartOpdracht opdracht = new StartOpdracht(Path.of(regel.verplicht("job")), overrides(regel),
                regel.vlag("opnieuw"), soort);
        try (ConfigurableApplicationContext context = context(regel)) {
            Afloop afloop = context.getBean(RondeStarter.class).start(opdracht, uit);
            return afloop.metAfwijzingen() ? Exitcode.MET_AFWIJZINGEN : Exitcode.VOLTOOID;
        }
    }

    /** Commands provided as {@link Opdracht} beans. */
    private static int andereOpdracht(Opdrachtregel regel, PrintStream uit) {
        if (!regel.opdracht().matches("[a-z-]+( [a-z]+)?")) {
            throw new Opdrachtregel.GebruiksFout("onbekende opdracht '" + regel.opdracht() + "'");
        }
        try (ConfigurableApplicationContext context = context(regel)) {
            Opdracht opdracht = context.getBeansOfType(Opdracht.class).values().stream()
                    .filter(o -> o.naam().equals(regel.opdracht())).findFirst()
                    .orElseThrow(() -> new Opdrachtregel.GebruiksFout("onbekende opdracht '" + regel.opdracht() + "'"));
            regel.alleenOpties(opdracht.opties());
            return opdracht.voerUitMetCode(regel, uit) == Exitcode.MET_AFWIJZINGEN ? Exitcode.MET_AFWIJZINGEN
                    : Exitcode.VOLTOOID;
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

    /**
     * {@code huurronde web [--poort 8080] [--adres 127.0.0.1]}: the desk. The only command that starts a
     * web server: its profile {@code balie} turns the servlet application type and the web and security
     * auto-configuration on (application-balie.properties) and activates the beans of package balie.
     * Returns when the server stops (Ctrl-C, SIGTERM).
     */
    private static int web(Opdrachtregel regel, PrintStream uit) {
        regel.alleenOpties(Hulpteksten.van("web").optienamen());
        int poort = regel.optie("poort") == null ? 8080 : geheel(regel.optie("poort"), "poort");
        if (poort < 1 || poort > 65535) {
            throw new Opdrachtregel.GebruiksFout("--poort verwacht een poortnummer van 1 tot en met 65535, niet " + poort);
        }
        String adres = regel.optie("adres") == null ? "127.0.0.1" : regel.optie("adres").strip();
        if (!adres.matches("[0-9A-Za-z.:\\[\\]-]{1,100}")) {
            throw new Opdrachtregel.GebruiksFout("--adres verwacht een IP-adres of hostnaam, bijv. 127.0.0.1");
        }
        java.util.concurrent.CountDownLatch gestopt = new java.util.concurrent.CountDownLatch(1);
        ConfigurableApplicationContext context = context(regel, app -> {
            app.setAdditionalProfiles("balie");
            app.setDefaultProperties(Map.of("server.port", String.valueOf(poort), "server.address", adres));
            app.addListeners((ApplicationListener<org.springframework.context.event.ContextClosedEvent>) e -> gestopt.countDown());
        });
        uit.println("De balie draait op http://" + (adres.contains(":") ? "[" + adres + "]" : adres) + ":" + poort
                + "/ (stoppen: Ctrl-C)");
        uit.flush();
        context.registerShutdownHook();
        try {
            gestopt.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            context.close();
        }
        return Exitcode.VOLTOOID;
    }

    private static int genereer(Opdrachtregel regel, PrintStream uit) {
        regel.alleenOpties(Hulpteksten.van("genereer").optienamen());
        int aantal = geheel(regel.verplicht("aantal"), "aantal");
        Path map = Path.of(regel.verplicht("uit"));
        long seed = regel.optie("seed") == null ? 1L : geheel(regel.optie("seed"), "seed");
        int jaar = regel.optie("jaar") == null ? 2026 : geheel(regel.optie("jaar"), "jaar");
        try {
            Samenvatting s = Generator.schrijf(map, aantal, seed, jaar, Opties.standaard().metInkomensantwoord(true));
            uit.println("Gegenereerd in " + map.toAbsolutePath() + ": " + s.tekst());
            return Exitcode.VOLTOOID;
        } catch (IllegalArgumentException e) {
            throw new Opdrachtregel.GebruiksFout(e.getMessage()); // e.g. a year the generator has no law for
        } catch (java.io.IOException e) {
            throw new RondeFout("kan niet schrijven in " + map + ": " + e.getMessage());
        }
    }

    /** Reads only the job file and the roll: no database (docs/decisions.md, "The income request"). */
    private static int inkomensverzoek(Opdrachtregel regel, PrintStream uit) {
        regel.alleenOpties(Hulpteksten.van("inkomensverzoek").optienamen());
        Map<String, String> overrides = new LinkedHashMap<>();
        if (regel.optie("huurders") != null) {
            overrides.put("invoer.huurders", regel.optie("huurders"));
        }
        if (regel.optie("encoding") != null) {
            if (nl.huurronde.beleid.Codering.van(regel.optie("encoding")) == null) {
                throw new Opdrachtregel.GebruiksFout("--encoding verwacht een van: "
                        + nl.huurronde.beleid.Codering.woorden() + ", niet '" + regel.optie("encoding").strip() + "'");
            }
            overrides.put("invoer.encoding", regel.optie("encoding").strip());
            overrides.put("invoer.encodings", "");
        }
        char scheiding = scheidingsteken(regel.optie("scheidingsteken"));
        JobConfig config;
        try {
            config = JobFileLoader.laad(Path.of(regel.verplicht("job")), overrides);
        } catch (BeleidFout e) {
            throw new RondeFout(e.getMessage());
        }
        if (config.beleid().iahBanden().isEmpty()) {
            throw new RondeFout("het beleid van " + config.jaar() + " heeft geen IAH-banden: deze ronde vraagt geen "
                    + "inkomensafhankelijke huurverhoging, dus er is geen vraagbestand nodig");
        }
        Path bestand = regel.optie("uit") != null ? Path.of(regel.optie("uit"))
                : config.uitvoer().resolve("inkomensverzoek-" + config.jaar() + ".csv");
        Inkomensverzoek.Uitkomst uitkomst;
        try {
            uitkomst = Inkomensverzoek.schrijf(config, bestand.toAbsolutePath(), scheiding, regel.vlag("kopregel"));
        } catch (InvoerFout e) {
            throw new RondeFout(e.getMessage());
        } catch (java.io.IOException e) {
            throw new RondeFout("kan " + bestand + " niet schrijven: " + e.getMessage());
        }
        uit.println("Vraagbestand " + bestand.toAbsolutePath() + ": " + uitkomst.adressen() + " adressen (van "
                + uitkomst.contracten() + " contracten; alleen voor de Belastingdienst, alleen-eigenaar).");
        if (!uitkomst.afgewezen().isEmpty()) {
            uit.println("  niet verstuurd: " + uitkomst.afgewezenRegels() + " afgewezen regels van huurders.csv");
            // like the run's summary: the first lines here, all of them in the run's afgewezen.csv
            uitkomst.afgewezen().stream().limit(10).forEach(a -> uit.println("    " + a.bestand() + " regel " + a.regel()
                    + (a.kolom().isEmpty() ? "" : ", kolom " + a.kolom()) + ": " + a.reden()));
            if (uitkomst.afgewezen().size() > 10) {
                uit.println("    ... en nog " + (uitkomst.afgewezen().size() - 10) + "; de run noemt ze alle in afgewezen.csv");
            }
        }
        return Exitcode.VOLTOOID;
    }

    private static char scheidingsteken(String waarde) {
        if (waarde == null) {
            return ';';
        }
        return switch (waarde.strip()) {
            case ";" -> ';';
            case "," -> ',';
            case "tab", "\\t" -> '\t';
            default -> throw new Opdrachtregel.GebruiksFout("--scheidingsteken verwacht ; , of tab, niet '" + waarde + "'");
        };
    }

    private static int geheel(String waarde, String naam) {
        try {
            return Integer.parseInt(waarde.strip());
        } catch (NumberFormatException e) {
            throw new Opdrachtregel.GebruiksFout("--" + naam + " verwacht een geheel getal, niet '" + waarde + "'");
        }
    }

    /**
     * The batch commands' context: on Spring's ahead-of-time bean definitions when the launcher asks for them
     * ({@code -Dhuurronde.spring-aot=true}) and the jar holds them (the build's process-aot, made for these
     * commands' settings; docs/decisions.md, "Start-up"). Not for the desk: its profile adds beans.
     */
    private static ConfigurableApplicationContext context(Opdrachtregel regel) {
        if (Boolean.getBoolean("huurronde.spring-aot")
                && HuurrondeApplication.class.getResource("HuurrondeApplication__ApplicationContextInitializer.class") != null) {
            System.setProperty("spring.aot.enabled", "true");
        }
        return context(regel, app -> {});
    }

    private static ConfigurableApplicationContext context(Opdrachtregel regel,
                                                          java.util.function.Consumer<SpringApplication> instelling) {
        // The embedded database holds personal data: its folder is owner-only before H2 creates files in it.
        String data = regel.springArgumenten().stream().filter(a -> a.startsWith("--huurronde.data="))
                .map(a -> a.substring("--huurronde.data=".length())).reduce((a, b) -> b).orElse("./data");
        try {
            Privebestanden.maakMap(Path.of(data));
        } catch (java.io.IOException e) {
            throw new RondeFout("kan de datamap " + data + " niet maken: " + e.getMessage());
        }
        SpringApplication app = new SpringApplication(HuurrondeApplication.class);
        instelling.accept(app);
        String[] url = new String[1];
        app.addListeners((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof ApplicationEnvironmentPreparedEvent voorbereid) {
                url[0] = voorbereid.getEnvironment().getProperty("spring.datasource.url");
            }
        });
        try {
            return app.run(regel.springArgumenten().toArray(String[]::new));
        } catch (RuntimeException e) {
            RondeFout verbinding = Verbindingsfout.van(e, url[0]);
            throw verbinding != null ? verbinding : e;
        }
    }
}

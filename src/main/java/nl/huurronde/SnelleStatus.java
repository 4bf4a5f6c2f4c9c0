package nl.huurronde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.huurronde.bezwaar.StatusOpdracht;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.register.RondeFout;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code status} without starting Spring (docs/decisions.md, "Start-up"): the database settings are
 * resolved from the same places Spring reads them (arguments, system properties, environment, the
 * application properties with the postgres profile), the database is opened with plain JDBC and the
 * same {@link StatusOpdracht} prints. Whenever anything is unsure (a setting source this class does not
 * read, no database yet, a schema older or newer than the code, any database error), it answers null and
 * the caller takes the Spring path, which migrates, reports connection errors and so on; output is
 * buffered, so nothing is ever half printed.
 */
final class SnelleStatus {

    /** The newest Flyway migration in db/migration; SnelleStatusTest keeps it in step with the files. */
    static final int SCHEMAVERSIE = 16;

    private static final List<String> SPRING_SLEUTELS = List.of("spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password", "spring.profiles.active");
    private static final Pattern PLAATSHOUDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    private SnelleStatus() {
    }

    /** The exit code when status was answered, null when the Spring path must answer. */
    static Integer probeer(Opdrachtregel regel, PrintStream uit) {
        if (!regel.opdracht().equals("status") || !List.of("run").containsAll(regel.opties().keySet())) {
            return null;
        }
        Map<String, String> instellingen = instellingen(regel.springArgumenten());
        if (instellingen == null) {
            return null;
        }
        String url = instellingen.get("spring.datasource.url");
        if (url.startsWith("jdbc:h2:")) {
            if (url.startsWith("jdbc:h2:mem:")) {
                return null;
            }
            url = url + ";IFEXISTS=TRUE"; // no database yet: the Spring path creates and migrates it
        } else if (!url.startsWith("jdbc:postgresql:")) {
            return null;
        }
        Properties verbinding = new Properties();
        instellingen.forEach((sleutel, waarde) -> {
            if (sleutel.startsWith("spring.datasource.hikari.data-source-properties.")) {
                verbinding.setProperty(sleutel.substring("spring.datasource.hikari.data-source-properties.".length()), waarde);
            }
        });
        verbinding.setProperty("user", instellingen.getOrDefault("spring.datasource.username", ""));
        verbinding.setProperty("password", instellingen.getOrDefault("spring.datasource.password", ""));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (Connection c = verbind(url, verbinding)) {
            if (!actueel(c)) {
                return null;
            }
            PrintStream tijdelijk = new PrintStream(buffer, true, StandardCharsets.UTF_8);
            StatusOpdracht.zonderSpring(new SingleConnectionDataSource(c, true), instellingen.get("huurronde.data"))
                    .voerUit(regel, tijdelijk);
            tijdelijk.flush();
        } catch (RondeFout e) {
            throw e; // the command's own answer (an unknown run), the same as on the Spring path
        } catch (SQLException | RuntimeException e) {
            return null;
        }
        uit.print(buffer.toString(StandardCharsets.UTF_8));
        uit.flush();
        return Exitcode.VOLTOOID;
    }

    /**
     * The connection from the driver itself: DriverManager would first look for drivers in every jar of
     * the class path (ServiceLoader) and start each one it finds, PostgreSQL's with java.util.logging,
     * about a fifth of this command's time (docs/benchmarks.md).
     */
    private static Connection verbind(String url, Properties verbinding) throws SQLException {
        String klasse = url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver";
        Driver driver;
        try {
            driver = (Driver) Class.forName(klasse, true, SnelleStatus.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return DriverManager.getConnection(url, verbinding);
        }
        Connection c = driver.connect(url, verbinding);
        if (c == null) {
            throw new SQLException("de driver " + klasse + " neemt " + url.substring(0, url.indexOf(':', 5)) + " niet aan");
        }
        return c;
    }

    /** Whether Flyway applied exactly the migrations this code has, all successfully. */
    private static boolean actueel(Connection c) throws SQLException {
        return Schemamigratie.actueel(c, "flyway_schema_history", List.of());
    }

    /**
     * The resolved settings this command needs (and the driver properties), in Spring's order of
     * precedence: arguments, system properties, environment, the profile's properties, the application's;
     * null when a setting may come from somewhere else (a config file beside the program, another
     * profile, Spring's JSON or config-location variables) or an argument is not a plain key=value.
     */
    static Map<String, String> instellingen(List<String> springArgumenten) {
        Map<String, String> argumenten = new LinkedHashMap<>();
        for (String arg : springArgumenten) {
            int is = arg.indexOf('=');
            if (is < 0) {
                return null;
            }
            String sleutel = arg.substring(2, is);
            if (sleutel.startsWith("spring.") && !SPRING_SLEUTELS.contains(sleutel)) {
                return null;
            }
            argumenten.put(sleutel, arg.substring(is + 1));
        }
        for (String variabele : List.of("SPRING_APPLICATION_JSON", "SPRING_CONFIG_LOCATION", "SPRING_CONFIG_ADDITIONAL_LOCATION",
                "SPRING_CONFIG_IMPORT", "SPRING_CONFIG_NAME", "SPRING_PROFILES_INCLUDE", "SPRING_PROFILES_DEFAULT")) {
            if (System.getenv(variabele) != null) {
                return null;
            }
        }
        if (System.getProperties().stringPropertyNames().stream()
                .anyMatch(n -> n.startsWith("spring.") && !SPRING_SLEUTELS.contains(n))) {
            return null;
        }
        for (Path map : List.of(Path.of("."), Path.of("config"))) {
            for (String naam : List.of("application.properties", "application.yml", "application.yaml",
                    "application-postgres.properties", "application-postgres.yml", "application-postgres.yaml")) {
                if (Files.exists(map.resolve(naam))) {
                    return null;
                }
            }
        }
        Properties basis = bronbestand("application.properties");
        if (basis == null) {
            return null;
        }
        Bronnen bronnen = new Bronnen(argumenten, basis, new Properties());
        String profielen = bronnen.waarde("spring.profiles.active");
        if (profielen != null && !profielen.isBlank()) {
            List<String> actief = Arrays.stream(profielen.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
            if (!List.of("postgres").containsAll(actief)) {
                return null;
            }
            if (actief.contains("postgres")) {
                bronnen.profiel = bronbestand("application-postgres.properties");
                if (bronnen.profiel == null) {
                    return null;
                }
            }
        }
        Map<String, String> uitkomst = new LinkedHashMap<>();
        for (String sleutel : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "huurronde.data")) {
            String waarde = bronnen.opgelost(sleutel, 0);
            if (waarde == null && !sleutel.equals("spring.datasource.password")) {
                return null;
            }
            uitkomst.put(sleutel, waarde == null ? "" : waarde);
        }
        for (Properties p : List.of(basis, bronnen.profiel)) {
            for (String sleutel : p.stringPropertyNames()) {
                if (sleutel.startsWith("spring.datasource.hikari.data-source-properties.")) {
                    uitkomst.put(sleutel, bronnen.opgelost(sleutel, 0));
                }
            }
        }
        return uitkomst.containsValue(null) ? null : uitkomst;
    }

    private static Properties bronbestand(String naam) {
        try (InputStream in = SnelleStatus.class.getClassLoader().getResourceAsStream(naam)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            return null;
        }
    }

    /** The property sources in Spring's order, with its relaxed names for environment variables. */
    private static final class Bronnen {
        private final Map<String, String> argumenten;
        private final Properties basis;
        private Properties profiel;

        Bronnen(Map<String, String> argumenten, Properties basis, Properties profiel) {
            this.argumenten = argumenten;
            this.basis = basis;
            this.profiel = profiel;
        }

        String waarde(String sleutel) {
            if (argumenten.containsKey(sleutel)) {
                return argumenten.get(sleutel);
            }
            if (System.getProperty(sleutel) != null) {
                return System.getProperty(sleutel);
            }
            String env = System.getenv(sleutel);
            if (env == null) {
                env = System.getenv(sleutel.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT));
            }
            if (env != null) {
                return env;
            }
            return profiel.getProperty(sleutel, basis.getProperty(sleutel));
        }

        /** The value with its ${name:default} placeholders resolved; null when one cannot be. */
        String opgelost(String sleutel, int diepte) {
            String waarde = waarde(sleutel);
            if (waarde == null || diepte > 10) {
                return diepte > 10 ? null : waarde;
            }
            StringBuilder uit = new StringBuilder();
            Matcher m = PLAATSHOUDER.matcher(waarde);
            while (m.find()) {
                String vervanging = opgelost(m.group(1), diepte + 1);
                if (vervanging == null) {
                    vervanging = m.group(2);
                }
                if (vervanging == null) {
                    return null;
                }
                m.appendReplacement(uit, Matcher.quoteReplacement(vervanging));
            }
            m.appendTail(uit);
            return uit.toString();
        }
    }
}

package nl.huurronde;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Runs the real program in the test JVM, as the command line would (a fresh Spring context per call),
 * against a chosen database: an H2 file database in a folder, or a fresh PostgreSQL database on the
 * server that .ci/run started (HUURRONDE_TEST_PG_URL).
 */
public final class Huurronde {

    /** What a command printed and returned. */
    public record Uitkomst(int code, String uit, String fout) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + uit + "--- stderr\n" + fout;
        }
    }

    private final List<String> databankArgumenten;

    private Huurronde(List<String> databankArgumenten) {
        this.databankArgumenten = databankArgumenten;
    }

    /** The embedded default: an H2 file database under the given folder. */
    public static Huurronde h2(Path dataMap) {
        return new Huurronde(List.of("--huurronde.data=" + dataMap.toAbsolutePath()));
    }

    public static boolean postgresBeschikbaar() {
        return System.getenv("HUURRONDE_TEST_PG_URL") != null;
    }

    /** Skips a PostgreSQL test on a machine without the server, but fails it in CI, where .ci/run starts one. */
    public static void vereisPostgres() {
        if (!postgresBeschikbaar()) {
            if ("true".equals(System.getenv("CI"))) {
                org.junit.jupiter.api.Assertions.fail("CI zonder PostgreSQL: .ci/run moet HUURRONDE_TEST_PG_URL zetten");
            }
            org.junit.jupiter.api.Assumptions.abort("geen PostgreSQL-server (HUURRONDE_TEST_PG_URL)");
        }
    }

    /** A new, empty PostgreSQL database on the CI server (profile postgres). */
    public static Huurronde postgres(Path dataMap) throws SQLException {
        String basis = System.getenv("HUURRONDE_TEST_PG_URL");
        String gebruiker = System.getenv().getOrDefault("HUURRONDE_TEST_PG_USER", "huurronde");
        String naam = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(basis, gebruiker, "")) {
            c.createStatement().execute("CREATE DATABASE " + naam);
        }
        String url = basis.substring(0, basis.lastIndexOf('/') + 1) + naam;
        return new Huurronde(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + gebruiker, "--spring.datasource.password=",
                "--huurronde.data=" + dataMap.toAbsolutePath()));
    }

    /** The database options, for a program started as a separate process. */
    public List<String> argumenten() {
        return databankArgumenten;
    }

    /** The value of one database option, e.g. {@code databankOptie("spring.datasource.url")}. */
    public String databankOptie(String naam) {
        String voorvoegsel = "--" + naam + "=";
        return databankArgumenten.stream().filter(a -> a.startsWith(voorvoegsel))
                .map(a -> a.substring(voorvoegsel.length())).findFirst().orElseThrow();
    }

    /** Like {@link #voer}, but status always through a Spring context (never the fast path). */
    public Uitkomst voerViaSpring(String... args) {
        return voer(false, args);
    }

    /**
     * status through the fast path alone (SnelleStatus, no Spring): null when it hands over to the Spring
     * path; its refusals (an unknown run) come back as exit 1, as from the program.
     */
    public Uitkomst snelleStatus(String... args) {
        List<String> alle = new ArrayList<>(Arrays.asList(args));
        alle.addAll(databankArgumenten);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            Integer code = SnelleStatus.probeer(nl.huurronde.opdracht.Opdrachtregel.lees(alle.toArray(String[]::new)),
                    new PrintStream(uit, true, StandardCharsets.UTF_8));
            return code == null ? null : new Uitkomst(code, uit.toString(StandardCharsets.UTF_8), "");
        } catch (nl.huurronde.register.RondeFout e) {
            return new Uitkomst(Exitcode.MISLUKT, uit.toString(StandardCharsets.UTF_8), "fout: " + e.getMessage() + "\n");
        }
    }

    public Uitkomst voer(String... args) {
        return voer(true, args);
    }

    private Uitkomst voer(boolean snel, String... args) {
        List<String> alle = new ArrayList<>(Arrays.asList(args));
        alle.addAll(databankArgumenten);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        ByteArrayOutputStream fout = new ByteArrayOutputStream();
        int code = HuurrondeApplication.voerUit(alle.toArray(String[]::new),
                new PrintStream(uit, true, StandardCharsets.UTF_8), new PrintStream(fout, true, StandardCharsets.UTF_8), snel);
        return new Uitkomst(code, uit.toString(StandardCharsets.UTF_8), fout.toString(StandardCharsets.UTF_8));
    }
}

package nl.huurronde.rapport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.huurronde.HuurrondeApplication;
import nl.huurronde.genereer.Generator;
import nl.huurronde.genereer.Opties;

/**
 * Simulation speed, not a unit test: generates N contracts with the synthetic generator, runs
 * {@code simulatie} through the real program on a fresh H2 database, and prints per step the time and
 * contracts per second from Spring Batch's own step records (in memory, everything after the intake is the
 * one step {@code simuleren}, outputs included).
 * A smaller warm-up run first lets the JIT settle. Run from the test classpath:
 * {@code java -cp target/classes:target/test-classes:<deps> nl.huurronde.rapport.SimulatieBenchmark [aantal] [job] [jaar]}.
 */
public final class SimulatieBenchmark {

    public static void main(String[] args) throws Exception {
        int aantal = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String job = args.length > 1 ? args[1] : "jobs/2026.yml";
        int jaar = args.length > 2 ? Integer.parseInt(args[2]) : 2026;
        Path werk = Files.createTempDirectory("simulatie-benchmark");
        System.out.printf("java %s (%s), %d processors, max heap %d MB%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        meet(werk.resolve("opwarmen"), Math.max(1_000, aantal / 10), job, jaar);
        meet(werk.resolve("meting"), aantal, job, jaar);
    }

    private static void meet(Path map, int aantal, String job, int jaar) throws Exception {
        Path invoer = map.resolve("invoer");
        long start = System.nanoTime();
        Generator.schrijf(invoer, aantal, 1L, jaar, Opties.standaard());
        System.out.printf("%n%,d contracten gegenereerd in %.1f s%n", aantal, (System.nanoTime() - start) / 1e9);

        Path data = map.resolve("data");
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        start = System.nanoTime();
        int code = HuurrondeApplication.voerUit(new String[] {"simulatie", "--job", job,
                "--huurders", invoer.resolve("huurders.csv").toString(), "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomen", invoer.resolve("inkomen.csv").toString(), "--uitvoer", map.resolve("uit").toString(),
                "--huurronde.data=" + data}, new PrintStream(uit, true, StandardCharsets.UTF_8), System.err);
        double totaal = (System.nanoTime() - start) / 1e9;
        System.out.print(uit.toString(StandardCharsets.UTF_8));
        if (code != 0) {
            throw new IllegalStateException("simulatie mislukt (exit " + code + ")");
        }
        System.out.printf("simulatie totaal (met opstarten van Spring): %.1f s%n", totaal);

        Map<String, Double> stappen = stappen(data);
        double rekenen = 0;
        for (Map.Entry<String, Double> stap : stappen.entrySet()) {
            System.out.printf("  %-18s %7.2f s  %,10.0f contracten/s%n", stap.getKey(), stap.getValue(),
                    aantal / stap.getValue());
            if (stap.getKey().startsWith("berekenen") || stap.getKey().startsWith("huursom")
                    || stap.getKey().equals("simuleren")) {
                rekenen += stap.getValue();
            }
        }
        System.out.printf("  %-18s %7.2f s  %,10.0f contracten/s%n", "na de intake", rekenen, aantal / rekenen);

    }

    /** Duration per step of the one job execution in the database, in execution order. */
    private static Map<String, Double> stappen(Path data) throws Exception {
        Map<String, Double> stappen = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath()
                + "/huurronde;AUTO_SERVER=TRUE", "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID")) {
            while (rs.next()) {
                Timestamp van = rs.getTimestamp(2);
                Timestamp tot = rs.getTimestamp(3);
                stappen.put(rs.getString(1), Duration.between(van.toInstant(), tot.toInstant()).toNanos() / 1e9);
            }
        }
        return stappen;
    }
}

package nl.huurronde.balie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.Proces;

/**
 * The desk on a real database, shared by the desk's test classes (one per test JVM): the golden 2020
 * contracts with some tenants renamed (accents, a dotless i, markup, a bidi override), run as the
 * yearly run; one bezwaar on G04 (chronic illness: version 2 and its revised letter); a supplement of
 * that run with one new contract (G90); a second yearly
 * run without G23 (so G23 is a contract of the first run only); three users made with
 * {@code huurronde gebruiker}; and {@code huurronde web} started as its own process on a free port.
 */
final class Balieronde {

    static final String WACHTWOORD = "geheim-wachtwoord-1";
    static final String YILMAZ = "Ayşe Yılmaz";
    static final String MULLER = "Jürgen Müller";
    static final String SCRIPT = "<script>alert('x')</script> de Vries";
    static final String RTL = "Dhr. \u202Eknip";
    static final String NIEUW_CONTRACT = "G90";
    static final String LAATKOMER = "Dhr. K. Laatkomer";

    private static Balieronde gedeeld;

    final Path tmp;
    final Huurronde huurronde;
    final Path runMap;
    final String runId;
    final String tweedeRun;
    /** The supplement of {@link #runId} with the one contract {@link #NIEUW_CONTRACT}. */
    final String aanvulRun;
    final int poort;
    final Process web;
    final Path log;

    private Balieronde(Path tmp) throws Exception {
        this.tmp = tmp;
        huurronde = Huurronde.h2(tmp.resolve("data"));
        Path invoer = Golden.kopie(tmp.resolve("invoer"));
        Path huurders = invoer.resolve("huurders.csv");
        List<String> regels = new ArrayList<>(Files.readAllLines(huurders, StandardCharsets.UTF_8));
        hernoem(regels, "G01", YILMAZ);
        hernoem(regels, "G02", MULLER);
        hernoem(regels, "G03", "\"" + SCRIPT + "\"");
        hernoem(regels, "G05", RTL);
        Files.write(huurders, regels, StandardCharsets.UTF_8);
        Path uitvoer = tmp.resolve("uit");
        Huurronde.Uitkomst run = huurronde.voer(Golden.run(invoer, uitvoer));
        assertThat(run.code()).as(run.toString()).isZero();
        runMap = Golden.runMap(uitvoer);
        runId = runMap.getFileName().toString();
        Huurronde.Uitkomst bezwaar = huurronde.voer("bezwaar", "--run", runId, "--contract", "G04", "--chronisch-ziek");
        assertThat(bezwaar.code()).as(bezwaar.toString()).isZero();

        // a supplement of the first run with one contract new to the round
        Path aanvulling = tmp.resolve("aanvulling/huurders.csv");
        Files.createDirectories(aanvulling.getParent());
        List<String> metNieuw = new ArrayList<>(regels);
        metNieuw.add(NIEUW_CONTRACT + ",VHE0090,\"" + LAATKOMER + "\",Thorbeckegracht,90,,,8011VM,Zwolle,ZELFSTANDIG,"
                + "2015-03-01,450.00,,500.00,25.00,800.00,,600.00,N,N,,");
        Files.write(aanvulling, metNieuw, StandardCharsets.UTF_8);
        Huurronde.Uitkomst aanvul = huurronde.voer("aanvulrun", "--run", runId, "--huurders", aanvulling.toString());
        assertThat(aanvul.code()).as(aanvul.toString()).isZero();
        aanvulRun = runId + "-a1";

        Path zonder = tmp.resolve("invoer2");
        Golden.kopie(zonder);
        List<String> minder = new ArrayList<>(regels);
        minder.removeIf(r -> r.startsWith("G23,"));
        Files.write(zonder.resolve("huurders.csv"), minder, StandardCharsets.UTF_8);
        Huurronde.Uitkomst tweede = huurronde.voer(Golden.run(zonder, tmp.resolve("uit2"), "--opnieuw"));
        assertThat(tweede.code()).as(tweede.toString()).isZero();
        tweedeRun = Golden.runMap(tmp.resolve("uit2")).getFileName().toString();

        gebruiker("medewerker1", "medewerker", WACHTWOORD);
        gebruiker("beheer1", "beheer", WACHTWOORD);
        gebruiker("slot", "medewerker", WACHTWOORD);

        try (ServerSocket vrij = new ServerSocket(0)) {
            poort = vrij.getLocalPort();
        }
        log = tmp.resolve("web.log");
        List<String> args = new ArrayList<>(List.of("web", "--poort", String.valueOf(poort)));
        args.addAll(huurronde.argumenten());
        web = Proces.start(log, args);
        // At the end of the test JVM: stop the desk, then remove its database and outputs.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.destroy();
            try {
                web.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
                try (var paden = Files.walk(tmp)) {
                    paden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } catch (IOException | InterruptedException e) {
                // a temporary folder left behind is harmless
            }
        }));
        wachtOpStart();
    }

    /** The desk of this test JVM, started on first use. */
    static synchronized Balieronde gedeeld() throws Exception {
        if (gedeeld == null) {
            Path tmp = Files.createTempDirectory("balie");
            gedeeld = new Balieronde(tmp);
        }
        return gedeeld;
    }

    String url(String pad) {
        return "http://127.0.0.1:" + poort + pad;
    }

    Huurronde.Uitkomst gebruiker(String naam, String rol, String wachtwoord) {
        InputStream oud = System.in;
        try {
            System.setIn(new ByteArrayInputStream((wachtwoord + "\n").getBytes(StandardCharsets.UTF_8)));
            Huurronde.Uitkomst u = huurronde.voer("gebruiker", "--naam", naam, "--rol", rol);
            assertThat(u.code()).as(u.toString()).isZero();
            return u;
        } finally {
            System.setIn(oud);
        }
    }

    String webLog() throws IOException {
        return Files.readString(log);
    }

    private void wachtOpStart() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long einde = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < einde) {
            if (!web.isAlive()) {
                throw new AssertionError("de balie stopte bij het starten:\n" + webLog());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("de balie startte niet binnen 120 s:\n" + webLog());
    }

    private static void hernoem(List<String> regels, String contract, String naam) {
        for (int i = 0; i < regels.size(); i++) {
            if (regels.get(i).startsWith(contract + ",")) {
                regels.set(i, regels.get(i).replace("Fam. Voorbeeld", naam));
                return;
            }
        }
        throw new AssertionError("geen regel " + contract);
    }
}

package nl.huurronde.ronde;

import nl.huurronde.PdfTekst;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.Proces;
import nl.huurronde.genereer.Generator;
import nl.huurronde.genereer.Opties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at many points of a real run in a separate process; the same command resumes it, until it
 * completes. The result must equal an uninterrupted run: byte-identical CSVs, the same letters with
 * the same text, no contract twice, none missing.
 */
class HervattenNaKillTest {

    static final List<String> CSV = List.of("audit.csv", "financieel.csv", "financieel-totalen.csv", "huursom.csv",
            "afgewezen.csv", "drukbestand-index.csv");

    @TempDir
    Path tmp;

    @Test
    void h2() throws Exception {
        hervatNaKills(List.of("--huurronde.data=" + tmp.resolve("data-gedood")),
                List.of("--huurronde.data=" + tmp.resolve("data-schoon")));
    }

    @Test
    void postgres() throws Exception {
        Huurronde.vereisPostgres();
        hervatNaKills(postgresArgumenten(), postgresArgumenten());
    }

    private List<String> postgresArgumenten() throws Exception {
        // A fresh database per run, through the same helper the other PostgreSQL tests use.
        Huurronde databank = Huurronde.postgres(tmp.resolve("pgdata"));
        return databank.argumenten();
    }

    private void hervatNaKills(List<String> gedood, List<String> schoon) throws Exception {
        Path invoer = tmp.resolve("invoer");
        Generator.schrijf(invoer, 2000, 11, 2025, Opties.standaard());
        List<String> basis = List.of("run", "--job", "jobs/2025.yml", "--huurders", invoer.resolve("huurders.csv").toString(),
                "--brp", invoer.resolve("brp.csv").toString(), "--inkomen", invoer.resolve("inkomen.csv").toString(),
                "--parameter", "beleid.huursom.max_pct=0.03", "--parameter", "drukbestand_max=400",
                "--huurronde.chunk-grootte=100", "--huurronde.brieven.portie=150");

        Path schoneUit = tmp.resolve("schoon");
        long werk = draaiTotEinde(argumenten(basis, schoneUit, schoon), tmp.resolve("schoon.log"));

        // Kill points spread over the whole run: each attempt works a random share of the clean run's
        // working time (0.3–1.3 × 1/11 of it, so ten kills stay well inside the work), then gets SIGKILL.
        Path gedoodUit = tmp.resolve("gedood");
        Random toeval = new Random(20261125);
        int kills = 0;
        int code = -1;
        for (int poging = 0; code != 0 && poging < 30; poging++) {
            Path log = tmp.resolve("poging-" + poging + ".log");
            long wacht = kills < 10 ? Math.max(50, (long) (werk / 11.0 * (0.3 + toeval.nextDouble()))) : -1;
            code = draai(argumenten(basis, gedoodUit, gedood), log, wacht);
            if (code == -9) {
                kills++;
            } else if (code != 3) { // completed; the generated roll has deliberately bad rows
                throw new AssertionError("poging " + poging + " faalde: " + Files.readString(log));
            }
        }
        assertThat(code).as("the resumed run completes, with the roll's rejections").isEqualTo(3);
        assertThat(kills).as("kill points").isGreaterThanOrEqualTo(10);
        assertThat(Files.readString(tmp.resolve("poging-1.log"))).as("the second attempt resumes").contains("wordt hervat");

        Path a = Golden.runMap(schoneUit);
        Path b = Golden.runMap(gedoodUit);
        assertThat(b.getFileName()).isEqualTo(a.getFileName());
        for (String bestand : CSV) {
            assertThat(Files.readAllBytes(b.resolve(bestand))).as(bestand).isEqualTo(Files.readAllBytes(a.resolve(bestand)));
        }
        assertThat(teksten(b.resolve("brieven"))).isEqualTo(teksten(a.resolve("brieven")));
        assertThat(teksten(b.resolve("drukbestanden"))).isEqualTo(teksten(a.resolve("drukbestanden")));
    }

    private static List<String> argumenten(List<String> basis, Path uit, List<String> databank) {
        List<String> args = new ArrayList<>(basis);
        args.add("--uitvoer");
        args.add(uit.toString());
        args.addAll(databank);
        return args;
    }

    /** Runs to the end; returns the working time in ms (from the start of the job to the exit). */
    private long draaiTotEinde(List<String> args, Path log) throws Exception {
        Process p = Proces.start(log, args);
        long begin = wachtOpStart(p, log);
        assertThat(Proces.einde(p)).as(Files.readString(log)).isEqualTo(3); // completed with rejections
        return (System.nanoTime() - begin) / 1_000_000;
    }

    /** Runs and kills after wacht ms of work (-1: to the end); the exit code, or -9 when it was killed. */
    private int draai(List<String> args, Path log, long wacht) throws Exception {
        Process p = Proces.start(log, args);
        if (wacht >= 0) {
            wachtOpStart(p, log);
            if (!p.waitFor(wacht, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL
                p.waitFor();
                return -9;
            }
        }
        return Proces.einde(p);
    }

    /** Waits until the program has its lock and starts or resumes the job; returns that moment. */
    private static long wachtOpStart(Process p, Path log) throws Exception {
        while (p.isAlive()) {
            String tekst = Files.exists(log) ? Files.readString(log) : "";
            if (tekst.contains(" gestart.") || tekst.contains("wordt hervat.")) {
                return System.nanoTime();
            }
            Thread.sleep(20);
        }
        return System.nanoTime();
    }

    /** File name → extracted text of every PDF in a folder (no temporary files may be left). */
    private static Map<String, String> teksten(Path map) throws IOException {
        Map<String, String> teksten = new TreeMap<>();
        try (Stream<Path> bestanden = Files.list(map)) {
            for (Path pdf : bestanden.toList()) {
                teksten.put(pdf.getFileName().toString(), PdfTekst.lees(pdf).tekst());
            }
        }
        return teksten;
    }
}

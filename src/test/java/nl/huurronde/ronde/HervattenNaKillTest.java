package nl.huurronde.ronde;

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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
                "--huurronde.chunk-grootte=100");

        Path schoneUit = tmp.resolve("schoon");
        assertThat(draai(argumenten(basis, schoneUit, schoon), 0)).isZero();

        Path gedoodUit = tmp.resolve("gedood");
        Random toeval = new Random(20261125);
        int kills = 0;
        int code = -1;
        for (int poging = 0; poging < 40 && code != 0; poging++) {
            // Start-up takes a few seconds; then kill somewhere in the work (import … exports).
            long wacht = kills < 11 ? 2000 + toeval.nextInt(7000) : 0;
            code = draai(argumenten(basis, gedoodUit, gedood), wacht);
            if (code == -9) {
                kills++;
            }
        }
        assertThat(code).as("the resumed run completes").isZero();
        assertThat(kills).as("kill points").isGreaterThanOrEqualTo(10);
        assertThat(Files.readString(tmp.resolve("proces.log"))).as("runs were resumed").contains("wordt hervat");

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

    /** Runs to the end (wacht 0) or kills after wacht ms; returns the exit code, -9 when killed. */
    private int draai(List<String> args, long wacht) throws IOException, InterruptedException {
        Process p = Proces.start(tmp.resolve("proces.log"), args);
        if (wacht > 0 && !p.waitFor(wacht, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL
            p.waitFor();
            return -9;
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return p.exitValue();
    }

    /** File name → extracted text of every PDF in a folder (no temporary files may be left). */
    private static Map<String, String> teksten(Path map) throws IOException {
        Map<String, String> teksten = new TreeMap<>();
        try (Stream<Path> bestanden = Files.list(map)) {
            for (Path pdf : bestanden.toList()) {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    teksten.put(pdf.getFileName().toString(), new PDFTextStripper().getText(doc));
                }
            }
        }
        return teksten;
    }
}

package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import nl.huurronde.Proces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Privacy is part of correctness: no BSN, birth date or income of the input reaches any output file
 * (CSV, JSON, PDF text) or anything the program prints; personal data is deleted with verwijder.
 */
class PrivacyTest {

    @TempDir
    Path tmp;

    @Test
    void geenBsnGeboortedatumOfInkomenInUitvoerOfLog() throws Exception {
        Path log = tmp.resolve("proces.log");
        Process p = Proces.start(log, new ArrayList<>(List.of(Golden.run(tmp.resolve("uit"),
                "--huurronde.data=" + tmp.resolve("data"), "--parameter", "max_afwijzingen=0.2"))));
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();

        Set<String> verboden = verbodenWaarden();
        List<String> teksten = new ArrayList<>();
        teksten.add(Files.readString(log));
        try (Stream<Path> bestanden = Files.walk(tmp.resolve("uit"))) {
            for (Path bestand : bestanden.filter(Files::isRegularFile).toList()) {
                teksten.add(bestand.toString().endsWith(".pdf") ? pdfTekst(bestand) : Files.readString(bestand));
            }
        }
        assertThat(teksten).hasSizeGreaterThan(20);
        for (String tekst : teksten) {
            for (String waarde : verboden) {
                assertThat(tekst).as("personal value " + waarde).doesNotContain(waarde);
            }
        }
    }

    @Test
    void verwijderWistDeRondeUitDatabaseEnUitvoer() throws IOException {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        assertThat(huurronde.voer(Golden.run(tmp.resolve("uit"))).code()).isZero();
        Path run = Golden.runMap(tmp.resolve("uit"));
        String runId = run.getFileName().toString();
        Huurronde.Uitkomst weg = huurronde.voer("verwijder", "--run", runId, "--bevestig");
        assertThat(weg.code()).as(weg.toString()).isZero();
        assertThat(run).doesNotExist();
        assertThat(huurronde.voer("status", "--run", runId).uit()).contains("VERWIJDERD");
        assertThat(huurronde.voer("herdruk", "--run", runId, "--contract", "G01").code()).isEqualTo(1);
    }

    /** Every BSN, birth date (as ISO, Dutch numeric and Dutch text) and income amount of the golden inputs. */
    private static Set<String> verbodenWaarden() throws IOException {
        Set<String> verboden = new LinkedHashSet<>();
        for (Map<String, String> persoon : CsvBestand.lees(Golden.MAP.resolve("brp.csv"))) {
            verboden.add(persoon.get("bsn"));
            LocalDate geboren = LocalDate.parse(persoon.get("geboortedatum"));
            verboden.add(geboren.toString());
            verboden.add(String.format("%02d-%02d-%d", geboren.getDayOfMonth(), geboren.getMonthValue(), geboren.getYear()));
            verboden.add(nl.huurronde.brieven.NlFormaat.datum(geboren));
        }
        for (Map<String, String> inkomen : CsvBestand.lees(Golden.MAP.resolve("inkomen.csv"))) {
            String bedrag = inkomen.get("verzamelinkomen");
            // 43574 is also the policy's published IAH limit, which IAH letters state by law.
            if (!bedrag.isEmpty() && !bedrag.startsWith("43574")) {
                verboden.add(bedrag);
                verboden.add(nl.huurronde.brieven.NlFormaat.bedrag(new java.math.BigDecimal(bedrag)));
                if (bedrag.endsWith(".00")) { // 43573.99 in whole euros is the published limit again
                    verboden.add(nl.huurronde.brieven.NlFormaat.heleEuros(new java.math.BigDecimal(bedrag)));
                }
            }
        }
        return verboden;
    }

    private static String pdfTekst(Path pdf) {
        return PdfTekst.lees(pdf).tekst();
    }
}

package nl.huurronde.genereer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import nl.huurronde.CsvBestand;
import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * genereer writes inkomensantwoord.zip beside the other files: one CSV and real PDFs that name the address
 * and the category; a run on it gives the IAH with every statement found, none missing.
 */
class AntwoordzipTest {

    @TempDir
    Path tmp;

    @Test
    void eenEchtAntwoordDatDeRunLeest() throws Exception {
        Path invoer = tmp.resolve("invoer");
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        Huurronde.Uitkomst g = huurronde.voer("genereer", "--aantal", "400", "--uit", invoer.toString(), "--seed", "5");
        assertThat(g.code()).as(g.toString()).isZero();
        assertThat(g.uit()).contains("inkomensantwoord.zip (");

        int pdfs = 0;
        try (ZipFile zip = new ZipFile(invoer.resolve("inkomensantwoord.zip").toFile())) {
            List<? extends ZipEntry> onderdelen = Collections.list(zip.entries());
            assertThat(onderdelen.stream().filter(e -> e.getName().endsWith(".csv")).map(ZipEntry::getName))
                    .containsExactly("antwoord.csv");
            for (ZipEntry e : onderdelen) {
                if (e.getName().endsWith(".pdf")) {
                    pdfs++;
                    String tekst = PdfTekst.lees(zip.getInputStream(e).readAllBytes()).plat();
                    String naam = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                    assertThat(tekst).contains("Huishoudverklaring", "Adres: " + naam.substring(0, 6),
                            "Inkomenscategorie: ");
                    assertThat(e.getSize()).isLessThan(10_000);
                }
            }
        }
        assertThat(pdfs).isPositive();

        Huurronde.Uitkomst u = huurronde.voer("run", "--job", "jobs/2026.yml",
                "--huurders", invoer.resolve("huurders.csv").toString(), "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomensantwoord", invoer.resolve("inkomensantwoord.zip").toString(),
                "--uitvoer", tmp.resolve("uit").toString(), "--parameter", "brieven=geen");
        assertThat(u.code()).as(u.toString()).isIn(0, 3);
        Path run = nl.huurronde.Golden.runMap(tmp.resolve("uit"));
        List<Map<String, String>> audit = CsvBestand.lees(run.resolve("audit.csv"));
        assertThat(audit).anySatisfy(r -> assertThat(r.get("soort")).isEqualTo("IAH"));
        assertThat(audit).noneSatisfy(r -> assertThat(r.get("redenen")).contains("HUISHOUDVERKLARING_ONTBREEKT"));
        assertThat(java.nio.file.Files.readString(run.resolve("afgewezen.csv"))).doesNotContain("huishoudverklaring");
    }
}

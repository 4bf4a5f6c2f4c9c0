package nl.huurronde.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import nl.huurronde.intake.InkomensantwoordRunTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IAH letter on the answer zip carries the tenant's own huishoudverklaring after it: in the archive
 * letter, in the print file (index ranges cover letter + statement, the next tenant starts after it), in a
 * reprint and in a bezwaar's revised letter; the product's own category page only without a statement.
 */
class HuishoudverklaringBijlageTest {

    private static final String EIGEN_PAGINA = "Bijlage: verklaring van de Belastingdienst over de inkomenscategorie";

    @TempDir
    Path tmp;

    @Test
    void deVerklaringZitAchterDeBriefInArchiefDrukbestandHerdrukEnBezwaar() throws IOException {
        Map<String, Map<String, String>> rol = CsvBestand.perSleutel(Golden.MAP.resolve("huurders.csv"), "contract_id");
        Map<String, byte[]> onderdelen = new LinkedHashMap<>();
        onderdelen.put("antwoord.csv", InkomensantwoordRunTest.csv(rol).getBytes(StandardCharsets.UTF_8));
        for (String id : List.of("G04", "G05", "G08", "G09")) { // G11: none, so the regular increase
            onderdelen.put(InkomensantwoordRunTest.pdfNaam(rol.get(id)), InkomensantwoordRunTest.verklaring(rol.get(id)));
        }
        Path zip = Files.write(tmp.resolve("antwoord.zip"), InkomensantwoordRunTest.zip(onderdelen));
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        Huurronde.Uitkomst u = huurronde.voer("run", "--job", "jobs/2020-swz.yml",
                "--huurders", Golden.MAP.resolve("huurders.csv").toString(),
                "--brp", Golden.MAP.resolve("brp.csv").toString(), "--inkomensantwoord", zip.toString(),
                "--uitvoer", tmp.resolve("uit").toString(), "--parameter", "drukbestand_max=10",
                "--parameter", "max_afwijzingen=0.1");
        assertThat(u.code()).as(u.toString()).isEqualTo(3); // G11's missing statement is listed
        Path run = Golden.runMap(tmp.resolve("uit"));
        String runId = run.getFileName().toString();

        // archive letters
        for (String id : List.of("G04", "G05", "G08", "G09")) {
            PdfTekst brief = PdfTekst.lees(run.resolve("brieven").resolve(id + ".pdf"));
            String laatste = PdfTekst.pagina(Files.readAllBytes(run.resolve("brieven").resolve(id + ".pdf")),
                    brief.paginas());
            assertThat(laatste).as(id).contains("Huishoudverklaring", "Adres: " + rol.get(id).get("postcode") + " "
                    + rol.get(id).get("huisnummer"), "Inkomenscategorie: HOOG");
            assertThat(brief.plat()).as(id).doesNotContain(EIGEN_PAGINA).contains(id);
        }
        for (String id : List.of("G01", "G11")) {
            assertThat(PdfTekst.lees(run.resolve("brieven").resolve(id + ".pdf")).tekst()).as(id)
                    .doesNotContain("Huishoudverklaring");
        }

        // print files: the ranges cover each tenant's block, one after the other, never split over files
        List<Map<String, String>> index = CsvBestand.lees(run.resolve("drukbestand-index.csv"));
        assertThat(index).hasSize(23);
        for (String bestand : index.stream().map(r -> r.get("bestand")).distinct().toList()) {
            byte[] pdf = Files.readAllBytes(run.resolve("drukbestanden").resolve(bestand));
            List<Map<String, String>> rijen = index.stream().filter(r -> r.get("bestand").equals(bestand)).toList();
            int verwacht = 1;
            for (Map<String, String> rij : rijen) {
                int eerste = Integer.parseInt(rij.get("eerste_pagina"));
                int laatste = Integer.parseInt(rij.get("laatste_pagina"));
                assertThat(eerste).as(rij.toString()).isEqualTo(verwacht);
                assertThat(PdfTekst.pagina(pdf, eerste)).as(rij.toString()).contains(rij.get("contract_id"));
                String slot = PdfTekst.pagina(pdf, laatste);
                boolean metVerklaring = List.of("G04", "G05", "G08", "G09").contains(rij.get("contract_id"));
                assertThat(slot.contains("Huishoudverklaring")).as(rij.toString()).isEqualTo(metVerklaring);
                if (metVerklaring) {
                    assertThat(slot).contains("Adres: 8011VM " + rol.get(rij.get("contract_id")).get("huisnummer"));
                }
                verwacht = laatste + 1 + (laatste - eerste + 1) % 2; // duplex: a blank page after an odd block
            }
            assertThat(PdfTekst.lees(pdf).paginas()).isEqualTo(verwacht - 1);
        }

        // a reprint and a bezwaar's revised letter enclose it too
        Huurronde.Uitkomst herdruk = huurronde.voer("herdruk", "--run", runId, "--contract", "G04");
        assertThat(herdruk.code()).as(herdruk.toString()).isZero();
        assertThat(PdfTekst.lees(run.resolve("herdruk/G04-v1-kopie.pdf")).tekst()).contains("Huishoudverklaring");
        Huurronde.Uitkomst bezwaar = huurronde.voer("bezwaar", "--run", runId, "--contract", "G04", "--maximale-huur", "520",
                "--verzenddatum", "2020-05-08", "--ontvangen", "2020-05-10");
        assertThat(bezwaar.code()).as(bezwaar.toString()).isZero();
        try (var lijst = Files.list(run.resolve("bezwaar/G04-v2"))) {
            Path pdf = lijst.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            assertThat(PdfTekst.lees(pdf).plat()).contains("Huishoudverklaring", "Adres: 8011VM 4")
                    .doesNotContain(EIGEN_PAGINA);
        }
    }

    @Test
    void zonderAntwoordZipBlijftDeEigenPagina() throws IOException {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(Golden.run(tmp.resolve("uit"),
                "--parameter", "brieven=per-contract"));
        assertThat(u.code()).as(u.toString()).isZero();
        Path run = Golden.runMap(tmp.resolve("uit"));
        assertThat(PdfTekst.lees(run.resolve("brieven/G04.pdf")).plat()).contains(EIGEN_PAGINA)
                .doesNotContain("Huishoudverklaring");
    }
}

package nl.huurronde.rapport;

import nl.huurronde.Golden;
import nl.huurronde.PdfTekst;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.huurronde.CsvBestand;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The huursom report of a real run on the golden inputs, read back with PDFBox: every figure printed
 * equals the sum computed independently from audit.csv, financieel.csv and huursom.csv.
 */
class HuursomRapportTest {

    @TempDir
    Path tmp;

    /** Runs the command on the golden (clean) roll; its run writes the report. */
    private Path rapportVan(String... opdracht) throws IOException {
        return rapportVan(0, opdracht);
    }

    /** Runs the command, expecting the exit code (3: completed with rejected rows); its run writes the report. */
    private Path rapportVan(int exitcode, String... opdracht) throws IOException {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(opdracht);
        assertThat(u.code()).as(u.toString()).isEqualTo(exitcode);
        return Golden.runMap(tmp.resolve("uit"));
    }


    @Test
    void kerncijfersZijnDeSommenVanAuditEnFinancieel() throws IOException {
        Path run = rapportVan(Golden.opdracht("run", tmp.resolve("uit"), "--parameter", "beleid.huursom.max_pct=0.02"));
        Path pdf = run.resolve("huursom-rapport.pdf");
        PdfTekst tekst = PdfTekst.lees(pdf);
        String plat = tekst.plat();
        PdfTekst.bewaar(pdf, "huursom-rapport-2020-swz-cap.pdf");

        List<Map<String, String>> audit = CsvBestand.lees(run.resolve("audit.csv"));
        Map<String, Som> perGroep = new TreeMap<>();
        Som totaal = Som.NUL;
        Som huursom = Som.NUL;
        for (Map<String, String> rij : audit) {
            BigDecimal oud = new BigDecimal(rij.get("kale_huur_oud"));
            BigDecimal nieuw = new BigDecimal(rij.get("kale_huur_nieuw"));
            perGroep.merge(rij.get("sector") + " " + rij.get("soort"), new Som(1, oud, nieuw), Som::plus);
            totaal = totaal.plus(oud, nieuw);
            if (rij.get("in_huursom").equals("J")) {
                huursom = huursom.plus(oud, nieuw);
            }
        }
        BigDecimal mutaties = BigDecimal.ZERO;
        for (Map<String, String> rij : CsvBestand.lees(run.resolve("financieel.csv"))) {
            mutaties = mutaties.add(new BigDecimal(rij.get("mutatie")));
        }

        assertThat(tekst.paginas()).isEqualTo(2);
        assertThat(plat).contains("Huursomrapport huurronde 1 juli 2020", "SWZ · run " + run.getFileName());
        assertThat(plat).contains("Contracten verwerkt 23")
                .contains("Som kale huur oud, per maand " + Opmaak.bedrag(totaal.oud()))
                .contains("Som kale huur nieuw, per maand " + Opmaak.bedrag(totaal.nieuw()))
                .contains("Mutatie per maand " + Opmaak.bedrag(mutaties))
                .contains("Opbrengsteffect per jaar (12 × mutatie) "
                        + Opmaak.bedrag(mutaties.multiply(BigDecimal.valueOf(12))));
        // the huursom after the cap from audit.csv; before the cap and c as huursom.csv and the golden file say
        assertThat(plat).contains("Na de cap " + huursom.aantal() + " " + Opmaak.bedrag(huursom.oud()) + " "
                + Opmaak.bedrag(huursom.nieuw()) + " 1,99%");
        assertThat(plat).contains("Vóór de cap " + huursom.aantal() + " " + Opmaak.bedrag(huursom.oud()));
        assertThat(plat).containsPattern("Vóór de cap \\d+ € [\\d.,]+ € [\\d.,]+ 2,66%");
        assertThat(plat).contains("Maximale huursomstijging (beleid): 2,00%",
                "Cap c op de reguliere en woonwagenverhoging: 2,95%");

        Map<String, String> voorCap = new TreeMap<>();
        for (Map<String, String> rij : CsvBestand.lees(run.resolve("huursom.csv"))) {
            if (rij.get("sectie").equals("SOORT") && rij.get("fase").equals("VOOR_CAP")) {
                voorCap.put(rij.get("sector") + " " + rij.get("soort"), rij.get("som_nieuw"));
            }
        }
        assertThat(perGroep).hasSize(voorCap.size());
        perGroep.forEach((groep, som) -> assertThat(plat).contains(groep + " " + som.aantal() + " "
                + Opmaak.bedrag(som.oud()) + " " + Opmaak.bedrag(new BigDecimal(voorCap.get(groep))) + " "
                + Opmaak.bedrag(som.nieuw()) + " " + Opmaak.bedrag(som.mutatie()) + " " + Opmaak.procent(som.pct())));
        assertThat(plat).contains("Totaal 23 " + Opmaak.bedrag(totaal.oud()));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("rw-------");

        // The histogram counts as huursom.csv has them; the classes computed from audit.csv agree.
        Map<String, Long> verdeling = new TreeMap<>();
        for (Map<String, String> rij : CsvBestand.lees(run.resolve("huursom.csv"))) {
            if (rij.get("sectie").equals("VERDELING") && rij.get("fase").equals("NA_CAP")) {
                verdeling.put(rij.get("soort") + " " + rij.get("klasse"), Long.parseLong(rij.get("aantal")));
            }
        }
        Map<String, Long> uitAudit = new TreeMap<>();
        for (Map<String, String> rij : audit) {
            uitAudit.merge(rij.get("soort") + " " + Klassen.NAMEN.get(Klassen.van(new BigDecimal(rij.get("verhoging_pct")))),
                    1L, Long::sum);
        }
        assertThat(uitAudit).isEqualTo(verdeling);
        assertThat(plat).contains("Verdeling van de huurverhogingen per soort (vóór en na de cap)", "REGULIER (15)");

        // Households above the aftoppingsgrenzen 2020 and the liberalisatiegrens 2021, before and after.
        long[] klein = new long[3];
        long[] groot = new long[3];
        long[] liberaal = new long[3];
        for (Map<String, String> rij : audit) {
            if (!rij.get("sector").equals("SOCIAAL")) {
                continue;
            }
            BigDecimal oud = new BigDecimal(rij.get("kale_huur_oud"));
            BigDecimal nieuw = new BigDecimal(rij.get("kale_huur_nieuw"));
            int personen = Integer.parseInt(rij.get("huishouden_personen"));
            boolean onbekend = personen == 0 || rij.get("redenen").contains("HUISHOUDEN_ONBEKEND");
            if (!onbekend) {
                tel(personen <= 2 ? klein : groot, oud, nieuw, new BigDecimal(personen <= 2 ? "619.01" : "663.40"));
            }
            tel(liberaal, oud, nieuw, new BigDecimal("752.33"));
        }
        assertThat(plat).contains("1–2 personen boven € 619,01 (van " + klein[0] + ") " + klein[1] + " " + klein[2],
                "3+ personen boven € 663,40 (van " + groot[0] + ") " + groot[1] + " " + groot[2],
                "boven liberalisatiegrens 2021 € 752,33 (van " + liberaal[0] + ") " + liberaal[1] + " " + liberaal[2]);
        assertThat(klein[2]).isPositive(); // the golden set has households above the limit: the check is not vacuous
    }

    private static void tel(long[] telling, BigDecimal oud, BigDecimal nieuw, BigDecimal grens) {
        telling[0]++;
        telling[1] += oud.compareTo(grens) > 0 ? 1 : 0;
        telling[2] += nieuw.compareTo(grens) > 0 ? 1 : 0;
    }

    /**
     * Issue #24 item 15: the 2026 round has warnings (unconfirmed IAH limits, the huursom maximum not checked); the
     * board reads them in words, not as the job file's keys.
     */
    @Test
    void hetLetOpKaderNoemtGeenSleutels() throws IOException {
        Path run = rapportVan(3, "simulatie", "--job", "jobs/2026.yml", "--uitvoer", tmp.resolve("uit").toString());
        String plat = PdfTekst.lees(run.resolve("huursom-rapport.pdf")).plat();
        // the box ends the first page, before its footer
        String letOp = plat.substring(plat.indexOf("Let op"), plat.indexOf("huurronde · "));
        assertThat(letOp).contains("de maximale huursomstijging in het beleid is niet getoetst",
                "de inkomensgrens voor een eenpersoonshuishouden van inkomensband 1",
                "(vrijgesteld inkomen van inwonende jongeren", "is gebruikt als de vrijstelling voor inwonende jongeren");
        assertThat(letOp).doesNotContain("beleid.", "_pct", "vanaf_1", "[1]", "banden");
    }

    @Test
    void eenSimulatieVanEenJaarZonderBekendeAftoppingsgrenzenZegtDat() throws IOException {
        // 2027: the law is provisional, its aftoppingsgrenzen and the 2027/2028 limits are not published
        // the sample set's deliberately bad rows: completed with rejections
        Path run = rapportVan(3, "simulatie", "--job", "jobs/2027.yml", "--uitvoer", tmp.resolve("uit").toString());
        PdfTekst tekst = PdfTekst.lees(run.resolve("huursom-rapport.pdf"));
        PdfTekst.bewaar(run.resolve("huursom-rapport.pdf"), "huursom-rapport-2027-simulatie.pdf");
        String plat = tekst.plat();
        assertThat(tekst.paginas()).isEqualTo(2);
        assertThat(plat).contains("Huursomrapport huurronde 1 juli 2027 — VOORLOPIG", "SIMULATIE: beleidsverkenning",
                "VOORLOPIG: de wet van 2027 is nog niet compleet", "aanname: beleid.regulier_max_pct = 0.035",
                "De aftoppingsgrenzen van 2027 zijn nog niet bekend",
                "De liberalisatiegrens van 2028 is nog niet bekend; die van 2026 is gebruikt.",
                "boven liberalisatiegrens 2026 € 932,93");
        assertThat(plat).doesNotContain("personen boven");
        assertThat(plat).contains("Cap c op de reguliere en woonwagenverhoging: niet nodig");
        List<Map<String, String>> audit = CsvBestand.lees(run.resolve("audit.csv"));
        assertThat(plat).contains("Contracten verwerkt " + Opmaak.aantal(audit.size()));
    }
}

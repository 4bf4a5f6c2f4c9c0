package nl.huurronde.vergelijk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code huurronde vergelijk} on the golden 2020 SWZ inputs, through the real program and simulations: a policy against
 * itself shows nothing, and a lower regulier_max_pct shows exactly the differences of the two audits.
 */
class VergelijkingTest {

    static final Path JOB = Path.of("jobs/2020-swz.yml");

    @TempDir
    Path tmp;

    /** Runs {@code huurronde vergelijk} on the golden inputs; returns the comparison's folder. */
    private Path vergelijk(String... opties) throws IOException {
        List<String> args = new ArrayList<>(List.of("vergelijk", "--job", JOB.toString(),
                "--huurders", Golden.MAP.resolve("huurders.csv").toString(),
                "--brp", Golden.MAP.resolve("brp.csv").toString(),
                "--inkomen", Golden.MAP.resolve("inkomen.csv").toString(), "--uitvoer", tmp.resolve("uit").toString()));
        args.addAll(List.of(opties));
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(args.toArray(String[]::new));
        assertThat(u.code()).as(u.toString()).isZero();
        String regel = u.uit().lines().filter(l -> l.startsWith("  uitvoer: ")).reduce((x, y) -> y).orElseThrow();
        return Path.of(regel.substring("  uitvoer: ".length()));
    }

    /** vergelijking.csv as sectie|groep|kenmerk → row. */
    static Map<String, Map<String, String>> rijen(Path map) throws IOException {
        Map<String, Map<String, String>> rijen = new LinkedHashMap<>();
        for (Map<String, String> rij : CsvBestand.lees(map.resolve("vergelijking.csv"))) {
            rijen.put(rij.get("sectie") + "|" + rij.get("groep") + "|" + rij.get("kenmerk"), rij);
        }
        return rijen;
    }

    @Test
    void eenBeleidTegenZichzelfGeeftGeenVerschillen() throws IOException {
        Path map = vergelijk("--opnieuw");
        Map<String, Map<String, String>> rijen = rijen(map);
        String runA = rijen.get("RUN||run_id").get("a");
        String runB = rijen.get("RUN||run_id").get("b");
        assertThat(runA).isNotEqualTo(runB); // --opnieuw: two separate simulations, computed twice
        assertThat(map.getFileName().toString()).isEqualTo("vergelijk-" + runA + "-" + runB);
        assertThat(rijen.keySet()).noneMatch(k -> k.startsWith("CONTRACT|"));
        for (Map<String, String> rij : rijen.values()) {
            if (!rij.get("sectie").equals("RUN") && !rij.get("kenmerk").equals("gelijk") && !rij.get("verschil").isEmpty()) {
                assertThat(new BigDecimal(rij.get("verschil"))).as(rij.toString()).isZero();
            }
        }
        assertThat(rijen.get("VERSCHIL||gelijk").get("verschil")).isEqualTo("23");
        assertThat(rijen.get("TOTAAL||aantal")).containsEntry("a", "23").containsEntry("b", "23");
        PdfTekst pdf = PdfTekst.lees(map.resolve("vergelijking.pdf"));
        assertThat(pdf.paginas()).isEqualTo(1);
        assertThat(pdf.plat()).contains("Geen verschillen");

        // Without --opnieuw the completed simulation is reused: the same run on both sides.
        Path opnieuw = vergelijk();
        assertThat(rijen(opnieuw).get("RUN||run_id").get("b")).isEqualTo(rijen(opnieuw).get("RUN||run_id").get("a"));
    }

    @Test
    void eenLagerMaximumGeeftPreciesDeVerschillenVanDeTweeAudits() throws IOException {
        Path map = vergelijk("--parameter-b", "beleid.regulier_max_pct=0.03", "--aantal", "5");
        Map<String, Map<String, String>> rijen = rijen(map);
        Path uit = tmp.resolve("uit");
        Map<String, Map<String, String>> auditA = CsvBestand.perSleutel(
                uit.resolve(rijen.get("RUN||run_id").get("a")).resolve("audit.csv"), "contract_id");
        Map<String, Map<String, String>> auditB = CsvBestand.perSleutel(
                uit.resolve(rijen.get("RUN||run_id").get("b")).resolve("audit.csv"), "contract_id");
        assertThat(rijen.get("RUN||beleid").get("b")).isEqualTo("2020-swz.yml met beleid.regulier_max_pct=0.03");

        // The golden case G01: 500.00 rises 4.1% under A, 3% under B.
        assertThat(auditA.get("G01").get("kale_huur_nieuw")).isEqualTo("520.50");
        assertThat(rijen.get("CONTRACT|G01|kale_huur_nieuw")).containsEntry("a", "520.50").containsEntry("b", "515.00")
                .containsEntry("verschil", "-5.50");

        // Every difference from the two audits, largest first, then by contract id.
        List<String[]> verschillen = new ArrayList<>();
        for (String id : auditA.keySet()) {
            BigDecimal a = new BigDecimal(auditA.get(id).get("kale_huur_nieuw"));
            BigDecimal bb = new BigDecimal(auditB.get(id).get("kale_huur_nieuw"));
            if (a.compareTo(bb) != 0) {
                verschillen.add(new String[] {id, bb.subtract(a).toPlainString()});
            }
        }
        verschillen.sort(Comparator.comparing((String[] v) -> new BigDecimal(v[1]).abs()).reversed()
                .thenComparing(v -> v[0]));
        assertThat(verschillen).isNotEmpty();
        assertThat(rijen.get("VERSCHIL||hoger_in_b").get("verschil")).isEqualTo("0"); // a lower maximum never raises
        assertThat(rijen.get("VERSCHIL||lager_in_b").get("verschil")).isEqualTo(Integer.toString(verschillen.size()));
        List<String> contracten = rijen.keySet().stream().filter(k -> k.startsWith("CONTRACT|") && k.endsWith("|soort"))
                .map(k -> k.split("\\|")[1]).toList();
        assertThat(contracten).containsExactlyElementsOf(
                verschillen.stream().limit(5).map(v -> v[0]).toList());
        for (String[] v : verschillen.subList(0, 5)) {
            assertThat(rijen.get("CONTRACT|" + v[0] + "|kale_huur_nieuw").get("verschil")).isEqualTo(v[1]);
        }

        // Per soort: the counts and average increases of each audit.
        for (String soort : List.of("REGULIER", "IAH", "WOONWAGEN", "BEVRIEZING", "VRIJE_SECTOR")) {
            assertThat(rijen.get("SOORT|" + soort + "|aantal").get("a")).isEqualTo(aantal(auditA, soort));
            assertThat(rijen.get("SOORT|" + soort + "|aantal").get("b")).isEqualTo(aantal(auditB, soort));
            assertThat(rijen.get("SOORT|" + soort + "|gem_pct").get("a")).isEqualTo(gemiddeldPct(auditA, soort));
            assertThat(rijen.get("SOORT|" + soort + "|gem_pct").get("b")).isEqualTo(gemiddeldPct(auditB, soort));
        }
        assertThat(new BigDecimal(rijen.get("SOORT|REGULIER|gem_pct").get("verschil"))).isNegative();
        assertThat(new BigDecimal(rijen.get("SOORT|IAH|gem_pct").get("verschil"))).isZero();
        Map<String, Long> perCategorie = auditA.values().stream()
                .collect(Collectors.groupingBy(r -> r.get("inkomen_categorie"), Collectors.counting()));
        perCategorie.forEach((categorie, n) ->
                assertThat(rijen.get("INKOMEN|" + categorie + "|aantal").get("a")).isEqualTo(Long.toString(n)));

        // The huursom of each side equals its audit's contracts in the huursom.
        assertThat(rijen.get("HUURSOM||som_nieuw").get("a")).isEqualTo(somNieuwInHuursom(auditA));
        assertThat(rijen.get("HUURSOM||som_nieuw").get("b")).isEqualTo(somNieuwInHuursom(auditB));

        PdfTekst pdf = PdfTekst.lees(map.resolve("vergelijking.pdf"));
        assertThat(pdf.paginas()).isEqualTo(2);
        assertThat(pdf.plat()).contains("B: 2020-swz.yml met beleid.regulier_max_pct=0.03",
                "G01 VHE0001 REGULIER REGULIER € 500,00 € 520,50 € 515,00 € -5,50");
        PdfTekst.bewaar(map.resolve("vergelijking.pdf"), "vergelijking-2020-swz.pdf");
    }

    @Test
    void auditsInExcelNlGevenDezelfdeVergelijkingEnEenOntbrekendeAuditIsEenDuidelijkeFout() throws IOException {
        Path standaard = vergelijk("--parameter-b", "beleid.regulier_max_pct=0.03");
        Path excel = vergelijk("--parameter-b", "beleid.regulier_max_pct=0.03", "--csv-dialect", "excel-nl");
        Map<String, Map<String, String>> rijen = rijen(standaard);
        Path auditA = tmp.resolve("uit").resolve(rijen.get("RUN||run_id").get("a")).resolve("audit.csv");
        assertThat(Files.readString(tmp.resolve("uit").resolve(runs(excel)[0]).resolve("audit.csv"))).contains(";");
        assertThat(cijfers(PdfTekst.lees(excel.resolve("vergelijking.pdf")).plat()))
                .isEqualTo(cijfers(PdfTekst.lees(standaard.resolve("vergelijking.pdf")).plat()));

        Files.delete(auditA);
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("vergelijk", "--job", JOB.toString(),
                "--huurders", Golden.MAP.resolve("huurders.csv").toString(),
                "--brp", Golden.MAP.resolve("brp.csv").toString(),
                "--inkomen", Golden.MAP.resolve("inkomen.csv").toString(), "--uitvoer", tmp.resolve("uit").toString(),
                "--parameter-b", "beleid.regulier_max_pct=0.03");
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout().strip()).startsWith("fout: de audit van run " + rijen.get("RUN||run_id").get("a"))
                .contains("--opnieuw").doesNotContain("Exception");
    }

    /** The two run ids of a comparison folder vergelijk-<runA>-<runB> (ids look like 2020-sim-1a2b3c4d). */
    private static String[] runs(Path map) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}-sim-[0-9a-f]+").matcher(map.getFileName().toString());
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group());
        }
        return ids.toArray(String[]::new);
    }

    /** The figures of a comparison PDF: from after the two variants' descriptions on. */
    private static String cijfers(String tekst) {
        return tekst.substring(tekst.indexOf("Beide op dezelfde invoer"));
    }

    private static String aantal(Map<String, Map<String, String>> audit, String soort) {
        return Long.toString(audit.values().stream().filter(r -> r.get("soort").equals(soort)).count());
    }

    private static String gemiddeldPct(Map<String, Map<String, String>> audit, String soort) {
        List<BigDecimal> pcts = audit.values().stream().filter(r -> r.get("soort").equals(soort))
                .map(r -> new BigDecimal(r.get("verhoging_pct"))).toList();
        return pcts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(pcts.size()), 2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String somNieuwInHuursom(Map<String, Map<String, String>> audit) {
        return audit.values().stream().filter(r -> r.get("in_huursom").equals("J"))
                .map(r -> new BigDecimal(r.get("kale_huur_nieuw"))).reduce(BigDecimal.ZERO, BigDecimal::add)
                .toPlainString();
    }
}

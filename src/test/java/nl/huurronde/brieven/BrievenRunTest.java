package nl.huurronde.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The letters step of the real yearly run: every processed contract gets its letter, read back with PDFBox. */
class BrievenRunTest {

    @TempDir
    Path tmp;

    private Path draai(String... extra) throws IOException {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(Golden.run(tmp.resolve("uit"), extra));
        assertThat(u.code()).as(u.toString()).isZero();
        try (Stream<Path> mappen = Files.list(tmp.resolve("uit"))) {
            return mappen.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    void elkVerwerktContractKrijgtZijnBriefMetDeBedragenVanDeAudit() throws IOException {
        Path run = draai();
        Map<String, Map<String, String>> audit = CsvBestand.perSleutel(run.resolve("audit.csv"), "contract_id");
        try (Stream<Path> brieven = Files.list(run.resolve("brieven"))) {
            assertThat(brieven.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(audit.keySet().stream().map(id -> id + ".pdf").sorted().toList());
        }
        PdfTekst g01 = PdfTekst.lees(Files.readAllBytes(run.resolve("brieven/G01.pdf")));
        assertThat(g01.paginas()).isEqualTo(1);
        assertThat(g01.plat()).contains("€ 500,00", "€ 520,50", "4,10%", "1 juli 2020", "20 april 2020", "G01",
                "VHE0001", "Thorbeckegracht 1", "Huurcommissie");
        PdfTekst g04 = PdfTekst.lees(Files.readAllBytes(run.resolve("brieven/G04.pdf")));
        assertThat(g04.paginas()).as("IAH: extra page with the income statement").isEqualTo(2);
        assertThat(g04.plat()).contains("€ 528,00", "5,60%", "2018", "€ 43.574 of hoger").doesNotContain("50.000");
        PdfTekst g15 = PdfTekst.lees(Files.readAllBytes(run.resolve("brieven/G15.pdf")));
        assertThat(g15.plat()).containsIgnoringCase("huurverlaging").contains("€ 710,00");
    }

    /**
     * What Excel's "CSV (puntkomma)" on a Dutch Windows writes (issue #24): windows-1252, semicolons, CRLF,
     * and rows of only separators below the data. With {@code --encoding windows-1252} the letters show the
     * accents, and the empty rows are neither read nor rejected (40 of 63 would trip max_afwijzingen).
     */
    @Test
    void eenExcelExportInWindows1252GeeftBrievenMetDeJuisteLetters() throws IOException {
        Path invoer = Golden.kopie(tmp.resolve("invoer"));
        List<String> regels = Files.readAllLines(invoer.resolve("huurders.csv"));
        StringBuilder excel = new StringBuilder();
        for (String regel : regels) {
            String rij = regel.startsWith("G01,") ? regel.replace("Fam. Voorbeeld,Thorbeckegracht,",
                    "Fam. Hélène Voorbeëld,Ruïnestraat,") : regel;
            excel.append(rij.replace(',', ';')).append("\r\n");
        }
        String leeg = ";".repeat(regels.get(0).split(",").length - 1);
        for (int i = 0; i < 40; i++) {
            excel.append(i % 10 == 0 ? leeg.replace(";", " ; ") : leeg).append("\r\n");
        }
        Files.write(invoer.resolve("huurders.csv"), excel.toString().getBytes(Charset.forName("windows-1252")));

        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data"))
                .voer(Golden.run(invoer, tmp.resolve("uit"), "--encoding", "windows-1252"));
        assertThat(u.code()).as(u.toString()).isZero();
        Path run = Golden.runMap(tmp.resolve("uit"));
        assertThat(PdfTekst.lees(Files.readAllBytes(run.resolve("brieven/G01.pdf"))).plat())
                .contains("Fam. Hélène Voorbeëld", "Ruïnestraat 1");
        assertThat(CsvBestand.lees(run.resolve("afgewezen.csv"))).isEmpty();
        assertThat(Files.readString(run.resolve("run.json")))
                .containsPattern("\"huurders.csv\"[^}]*\"gelezen\": 23,\\s*\"verwerkt\": 23,\\s*\"afgewezen\": 0");
    }

    /**
     * Issue #24 item 4: the sample job files start {@code bezwaar_adres} with the landlord's name; the
     * letter must not say it twice. A job whose address lacks the name (2020-swz) still gets it once.
     */
    @Test
    void deNaamVanDeVerhuurderStaatEenKeerInHetBezwaaradres() throws IOException {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data2026")).voer("run", "--job", "jobs/2026.yml",
                "--uitvoer", tmp.resolve("uit2026").toString(), "--parameter", "brieven=per-contract");
        assertThat(u.code()).as(u.toString()).isIn(0, 3);
        Path run2026 = Golden.runMap(tmp.resolve("uit2026"));
        Path brief;
        try (Stream<Path> brieven = Files.list(run2026.resolve("brieven"))) {
            brief = brieven.sorted().findFirst().orElseThrow();
        }
        assertThat(bezwaarzin(brief)).isEqualTo("Woonstichting De Voorbeeldhaven, t.a.v. Bezwaren huurverhoging,"
                + " Postbus 4711, 9999 ZZ Voorbeeldhaven");

        Path run2020 = draai("--parameter", "brieven=per-contract");
        assertThat(bezwaarzin(run2020.resolve("brieven/G01.pdf"))).isEqualTo("SWZ, Postbus 123, 8000 AA Zwolle");
    }

    /** What the letter names as the address for an objection: from "Stuur uw bezwaar naar" to the full stop. */
    private static String bezwaarzin(Path pdf) throws IOException {
        String tekst = PdfTekst.lees(Files.readAllBytes(pdf)).plat();
        var m = java.util.regex.Pattern.compile("Stuur uw bezwaar naar (.+?)\\. Schrijf in uw brief").matcher(tekst);
        assertThat(m.find()).as(tekst).isTrue();
        return m.group(1);
    }

    @Test
    void drukbestandOpAdresGesorteerdMetKloppendeIndex() throws IOException {
        // packages of 10 read 3 letters at a time: a letter lost, doubled or out of order between portions shows here
        Path run = draai("--parameter", "drukbestand_max=10", "--huurronde.brieven.portie=3");
        List<Map<String, String>> index = CsvBestand.lees(run.resolve("drukbestand-index.csv"));
        assertThat(index).hasSize(23);
        assertThat(index.stream().map(r -> r.get("contract_id")).distinct()).hasSize(23);
        assertThat(index.stream().map(r -> r.get("bestand")).distinct().toList())
                .containsExactly("drukbestand-0001.pdf", "drukbestand-0002.pdf", "drukbestand-0003.pdf");
        List<Integer> huisnummers = index.stream().map(r -> Integer.parseInt(r.get("huisnummer"))).toList();
        assertThat(huisnummers).isSorted();
        for (String bestand : List.of("drukbestand-0001.pdf", "drukbestand-0002.pdf", "drukbestand-0003.pdf")) {
            byte[] pdf = Files.readAllBytes(run.resolve("drukbestanden").resolve(bestand));
            List<Map<String, String>> rijen = index.stream().filter(r -> r.get("bestand").equals(bestand)).toList();
            // duplex (the default): every letter on a front side, a blank page after an odd letter, also the last
            int volgende = 1;
            for (Map<String, String> rij : rijen) {
                int eerste = Integer.parseInt(rij.get("eerste_pagina"));
                int laatste = Integer.parseInt(rij.get("laatste_pagina"));
                assertThat(eerste).as(rij.toString()).isEqualTo(volgende).isOdd();
                assertThat(PdfTekst.pagina(pdf, eerste)).as(rij.toString()).contains(rij.get("contract_id"));
                if ((laatste - eerste + 1) % 2 == 1) {
                    assertThat(PdfTekst.pagina(pdf, laatste + 1)).as("blank after " + rij).isBlank();
                    volgende = laatste + 2;
                } else {
                    volgende = laatste + 1;
                }
            }
            assertThat(PdfTekst.lees(pdf).paginas()).isEqualTo(volgende - 1).isEven();
        }
        assertThat(index).as("the sample has 1- and 2-page letters").anySatisfy(r ->
                assertThat(r.get("laatste_pagina")).isNotEqualTo(r.get("eerste_pagina")));
        assertThat(index).anySatisfy(r -> assertThat(r.get("laatste_pagina")).isEqualTo(r.get("eerste_pagina")));
    }

    @Test
    void zonderDuplexVolgenDeBrievenElkaarZonderLegePaginas() throws IOException {
        Path run = draai("--parameter", "duplex=false", "--parameter", "brieven=drukbestand");
        List<Map<String, String>> index = CsvBestand.lees(run.resolve("drukbestand-index.csv"));
        byte[] pdf = Files.readAllBytes(run.resolve("drukbestanden/drukbestand-0001.pdf"));
        int volgende = 1;
        for (Map<String, String> rij : index) {
            assertThat(Integer.parseInt(rij.get("eerste_pagina"))).as(rij.toString()).isEqualTo(volgende);
            volgende = Integer.parseInt(rij.get("laatste_pagina")) + 1;
        }
        assertThat(PdfTekst.lees(pdf).paginas()).isEqualTo(volgende - 1);
    }

    @Test
    void duplexMoetJaOfNeeZijn() {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data"))
                .voer(Golden.run(tmp.resolve("uit"), "--parameter", "duplex=soms"));
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout()).contains("duplex");
    }

    /**
     * Issue #24 item 15 on the 2026 sample: the +€ 25 below € 350 says why it may be more than 4,1%, a caravan's
     * letter names its percentage, and the job file's contact and signature reach every letter.
     */
    @Test
    void brievenDieUitleggen2026() throws IOException {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data2026")).voer("run", "--job", "jobs/2026.yml",
                "--uitvoer", tmp.resolve("uit2026").toString(), "--parameter", "brieven=per-contract",
                "--parameter", "verhuurder.ondertekening.naam=A. de Boer",
                "--parameter", "verhuurder.ondertekening.functie=directeur-bestuurder",
                "--parameter", "verhuurder.contact.naam=het team Huren",
                "--parameter", "verhuurder.contact.email=huren@voorbeeldhaven.example");
        assertThat(u.code()).as(u.toString()).isIn(0, 3);
        Path run = Golden.runMap(tmp.resolve("uit2026"));
        List<Map<String, String>> audit = CsvBestand.lees(run.resolve("audit.csv"));
        Map<String, String> laag = audit.stream().filter(r -> r.get("soort").equals("REGULIER")
                && r.get("percentage_max").isEmpty()).findFirst().orElseThrow();
        String laagBrief = PdfTekst.lees(run.resolve("brieven/" + laag.get("contract_id") + ".pdf")).plat();
        assertThat(laagBrief).contains("Voor een kale huur onder € 350,00 staat de wet een vaste verhoging per maand"
                + " toe", "Wij verhogen huren onder die grens met € 25,00 per maand");
        Map<String, String> woonwagen = audit.stream().filter(r -> r.get("soort").equals("WOONWAGEN")).findFirst()
                .orElseThrow();
        String wagenBrief = PdfTekst.lees(run.resolve("brieven/" + woonwagen.get("contract_id") + ".pdf")).plat();
        assertThat(wagenBrief).contains("Voor woonwagens en standplaatsen is de huurverhoging dit jaar ten hoogste "
                + NlFormaat.fractie(new java.math.BigDecimal(woonwagen.get("percentage_max"))));
        for (String brief : List.of(laagBrief, wagenBrief)) {
            assertThat(brief).contains("Neem dan contact op met het team Huren: bel 0900 - 123 45 67 of mail naar"
                    + " huren@voorbeeldhaven.example.", "Met vriendelijke groet, A. de Boer directeur-bestuurder"
                    + " Woonstichting De Voorbeeldhaven");
        }
    }

    /** Issue #24 item 13: the salutation in Dutch letter form, read back from the letters of a real run. */
    @Test
    void deAanhefInNederlandseBriefvorm() throws IOException {
        Path invoer = Golden.kopie(tmp.resolve("invoer"));
        Map<String, String> namen = Map.of("G01", "Mevr. N. Bos", "G02", "Dhr. W. de Vries", "G03", "Fam. El Amrani",
                "G05", "N. Bos", "G06", "Bos, N. en S.");
        List<String> regels = new java.util.ArrayList<>();
        for (String regel : Files.readAllLines(invoer.resolve("huurders.csv"))) {
            String id = regel.substring(0, regel.indexOf(','));
            regels.add(namen.containsKey(id) ? regel.replace(",Fam. Voorbeeld,", ",\"" + namen.get(id) + "\",") : regel);
        }
        Files.write(invoer.resolve("huurders.csv"), regels);
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(Golden.run(invoer, tmp.resolve("uit"),
                "--parameter", "brieven=per-contract"));
        assertThat(u.code()).as(u.toString()).isZero();
        Path run = Golden.runMap(tmp.resolve("uit"));
        Map<String, String> verwacht = Map.of("G01", "Geachte mevrouw Bos,", "G02", "Geachte heer De Vries,",
                "G03", "Geachte familie El Amrani,", "G05", "Geachte N. Bos,", "G06", "Geachte N. en S. Bos,",
                "G07", "Geachte familie Voorbeeld,");
        verwacht.forEach((id, aanhef) -> {
            String tekst = PdfTekst.lees(run.resolve("brieven/" + id + ".pdf")).plat();
            assertThat(tekst).as(id).contains(aanhef).doesNotContain("Beste");
        });
    }

    /**
     * Issue #24 item 13: the golden round's verzenddatum (20 April 2020) is long past when the run starts: the
     * console and run.json say so; the letters keep the date the job file gives.
     */
    @Test
    void eenVerstrekenVerzenddatumGeeftEenWaarschuwing() throws IOException {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(Golden.run(tmp.resolve("uit"),
                "--parameter", "brieven=geen"));
        assertThat(u.code()).as(u.toString()).isZero();
        String melding = "verzenddatum 2020-04-20 ligt vóór de start van de run (" + java.time.LocalDate.now() + ")";
        assertThat(u.uit()).contains("let op: " + melding);
        Path run = Golden.runMap(tmp.resolve("uit"));
        assertThat(Files.readString(run.resolve("run.json"))).containsPattern("\"waarschuwingen\": \\[[^\\]]*"
                + java.util.regex.Pattern.quote(melding));
    }

    @Test
    void teLateVerzenddatumWordtGeweigerdZonderUitvoer() {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data"))
                .voer(Golden.run(tmp.resolve("uit"), "--parameter", "verzenddatum=2020-04-28"));
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("verzenddatum").contains("2020-04-27");
        assertThat(tmp.resolve("uit")).doesNotExist();
    }

    @Test
    void latereIngangsdatumMaaktLatereVerzendingMogelijk() throws IOException {
        Path run = draai("--parameter", "verzenddatum=2020-05-15", "--parameter", "ingangsdatum=2020-08-01",
                "--parameter", "brieven=per-contract");
        assertThat(PdfTekst.lees(Files.readAllBytes(run.resolve("brieven/G01.pdf"))).plat()).contains("1 augustus 2020");
        assertThat(run.resolve("drukbestanden")).doesNotExist();
    }
}

package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import nl.huurronde.intake.InkomensantwoordRunTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verwijder --run ID --inkomen} through the real program: a round on the answer zip (letters with
 * statements, a reprint), then the destruction; afterwards the raw bytes of the data folder (H2 file and
 * all) and of the output folder hold no category answer, statement byte or income, the letters lost only
 * their enclosures, the print files' index still fits, and status and run.json say what went. On H2 and
 * on PostgreSQL; and the refusal before the bezwaar period is over, with --nu as the logged way round it.
 */
class InkomenVerwijderTest {

    private static final List<String> MET_VERKLARING = List.of("G04", "G05", "G08", "G09");

    @TempDir
    Path tmp;

    private Map<String, Map<String, String>> rol;
    private final Map<String, byte[]> verklaringen = new LinkedHashMap<>();

    private Path antwoord() throws IOException {
        rol = CsvBestand.perSleutel(Golden.MAP.resolve("huurders.csv"), "contract_id");
        Map<String, byte[]> onderdelen = new LinkedHashMap<>();
        onderdelen.put("antwoord.csv", InkomensantwoordRunTest.csv(rol).getBytes(StandardCharsets.UTF_8));
        for (String id : MET_VERKLARING) {
            byte[] pdf = InkomensantwoordRunTest.verklaring(rol.get(id));
            verklaringen.put(id, pdf);
            onderdelen.put(InkomensantwoordRunTest.pdfNaam(rol.get(id)), pdf);
        }
        return Files.write(tmp.resolve("antwoord.zip"), InkomensantwoordRunTest.zip(onderdelen));
    }

    private String run(Huurronde huurronde) throws IOException {
        List<String> opdracht = List.of("run", "--job", "jobs/2020-swz.yml",
                "--huurders", Golden.MAP.resolve("huurders.csv").toString(),
                "--brp", Golden.MAP.resolve("brp.csv").toString(), "--inkomensantwoord", antwoord().toString(),
                "--uitvoer", tmp.resolve("uit").toString(), "--parameter", "drukbestand_max=10",
                "--parameter", "max_afwijzingen=0.1");
        Huurronde.Uitkomst u = huurronde.voer(opdracht.toArray(String[]::new));
        assertThat(u.code()).as(u.toString()).isEqualTo(3);
        // the same run re-exported in the other dialect: its copy of the index must follow the destruction too
        List<String> excel = new ArrayList<>(opdracht);
        excel.addAll(List.of("--csv-dialect", "excel-nl"));
        Huurronde.Uitkomst kopie = huurronde.voer(excel.toArray(String[]::new));
        assertThat(kopie.code()).as(kopie.toString()).isEqualTo(3);
        String runId = Golden.runMap(tmp.resolve("uit")).getFileName().toString();
        Huurronde.Uitkomst herdruk = huurronde.voer("herdruk", "--run", runId, "--contract", "G04");
        assertThat(herdruk.code()).as(herdruk.toString()).isZero();
        return runId;
    }

    /** What must be gone: the answer's rows as delivered, each statement's name and its first stream's bytes. */
    private List<byte[]> sporen() {
        List<byte[]> sporen = new ArrayList<>();
        sporen.add("8011VM;4;;;HOOG".getBytes(StandardCharsets.UTF_8));
        verklaringen.forEach((id, pdf) -> {
            sporen.add(InkomensantwoordRunTest.pdfNaam(rol.get(id)).getBytes(StandardCharsets.UTF_8));
            sporen.add(stroom(pdf));
        });
        return sporen;
    }

    /** 48 bytes of the PDF's first compressed stream: its own content, nothing generic. */
    private static byte[] stroom(byte[] pdf) {
        int begin = indexOf(pdf, "stream\n".getBytes(StandardCharsets.ISO_8859_1), 0) + 7;
        byte[] stuk = new byte[48];
        System.arraycopy(pdf, begin, stuk, 0, stuk.length);
        return stuk;
    }

    private static int indexOf(byte[] in, byte[] wat, int vanaf) {
        outer:
        for (int i = vanaf; i <= in.length - wat.length; i++) {
            for (int j = 0; j < wat.length; j++) {
                if (in[i + j] != wat[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The files under the folders that contain any of the traces, as "file: trace n". */
    private static List<String> gevonden(List<byte[]> sporen, Path... mappen) {
        List<String> treffers = new ArrayList<>();
        for (Path map : mappen) {
            try (Stream<Path> alle = Files.walk(map)) {
                for (Path f : alle.filter(Files::isRegularFile).toList()) {
                    byte[] bytes = Files.readAllBytes(f);
                    for (int s = 0; s < sporen.size(); s++) {
                        if (indexOf(bytes, sporen.get(s), 0) >= 0) {
                            treffers.add(f + ": spoor " + s);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return treffers;
    }

    @Test
    void naVerwijderenStaatErGeenInkomenMeerOpSchijfH2() throws Exception {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        String runId = run(huurronde);
        vernietigEnControleer(huurronde, runId);
    }

    @Test
    void naVerwijderenStaatErGeenInkomenMeerOpSchijfPostgres() throws Exception {
        Huurronde.vereisPostgres();
        Huurronde huurronde = Huurronde.postgres(tmp.resolve("data"));
        String runId = run(huurronde);
        vernietigEnControleer(huurronde, runId);
    }

    private void vernietigEnControleer(Huurronde huurronde, String runId) throws IOException {
        Path run = Golden.runMap(tmp.resolve("uit"));
        Path data = tmp.resolve("data");
        List<byte[]> sporen = sporen();
        // the checks would find them before: the unpacked answer, the H2 file (names of the statements)
        assertThat(gevonden(sporen, data)).isNotEmpty();
        assertThat(PdfTekst.lees(run.resolve("brieven/G04.pdf")).tekst()).contains("Huishoudverklaring");
        int paginasVoor = PdfTekst.lees(run.resolve("brieven/G04.pdf")).paginas();

        Huurronde.Uitkomst vraag = huurronde.voer("verwijder", "--run", runId, "--inkomen");
        assertThat(vraag.code()).as(vraag.toString()).isEqualTo(1);
        assertThat(vraag.uit()).contains("0 inkomensregels, 23 inkomenscategorieën, 4 huishoudverklaringen",
                "de bezwaartermijn is voorbij");
        assertThat(vraag.fout()).contains("geef --bevestig");

        Huurronde.Uitkomst weg = huurronde.voer("verwijder", "--run", runId, "--inkomen", "--bevestig");
        assertThat(weg.code()).as(weg.toString()).isZero();
        assertThat(weg.uit()).contains("inkomensgegevens verwijderd: 0 inkomensregels, 23 inkomenscategorieën, "
                + "4 huishoudverklaringen").doesNotContain("vroegtijdig");

        assertThat(gevonden(sporen, data, run)).isEmpty();
        assertThat(data.resolve("inkomensantwoord").resolve(runId)).doesNotExist();
        // the letters keep their own pages, without the statement
        PdfTekst g04 = PdfTekst.lees(run.resolve("brieven/G04.pdf"));
        assertThat(g04.paginas()).isEqualTo(paginasVoor - 1);
        assertThat(g04.tekst()).contains("G04").doesNotContain("Huishoudverklaring");
        assertThat(PdfTekst.lees(run.resolve("herdruk/G04-v1-kopie.pdf")).tekst()).doesNotContain("Huishoudverklaring");
        List<Map<String, String>> index = drukbestandenPassen(run);
        List<Map<String, String>> kopie = CsvBestand.lees(run.resolve("csv-excel-nl/drukbestand-index.csv"), ';');
        assertThat(kopie).hasSameSizeAs(index);
        for (int i = 0; i < index.size(); i++) {
            assertThat(kopie.get(i)).as("csv-excel-nl, rij " + i).isEqualTo(index.get(i));
        }
        // the proposals stay explainable
        Map<String, Map<String, String>> audit = CsvBestand.perSleutel(run.resolve("audit.csv"), "contract_id");
        assertThat(audit.get("G04")).containsEntry("soort", "IAH").containsEntry("inkomen_categorie", "HOOG");
        assertThat(audit.get("G11").get("redenen")).contains("HUISHOUDVERKLARING_ONTBREEKT");
        // recorded, with counts
        assertThat(Files.readString(run.resolve("run.json"))).contains("\"inkomen_verwijderd\"",
                "\"huishoudverklaringen\": 4", "\"inkomenscategorieen\": 23");
        Huurronde.Uitkomst status = huurronde.voer("status", "--run", runId);
        assertThat(status.uit()).contains("inkomensgegevens verwijderd op ", "4 huishoudverklaringen");
        Huurronde.Uitkomst nogmaals = huurronde.voer("verwijder", "--run", runId, "--inkomen", "--bevestig");
        assertThat(nogmaals.code()).isEqualTo(1);
        assertThat(nogmaals.fout()).contains("zijn al verwijderd op");
        // a reprint after it goes without the statement
        Huurronde.Uitkomst herdruk = huurronde.voer("herdruk", "--run", runId, "--contract", "G05");
        assertThat(herdruk.code()).as(herdruk.toString()).isZero();
    }

    /** Every print file of the run folder without a statement, and its index's ranges fitting its pages. */
    private static List<Map<String, String>> drukbestandenPassen(Path run) throws IOException {
        List<Map<String, String>> index = CsvBestand.lees(run.resolve("drukbestand-index.csv"));
        for (String bestand : index.stream().map(r -> r.get("bestand")).distinct().toList()) {
            byte[] pdf = Files.readAllBytes(run.resolve("drukbestanden").resolve(bestand));
            assertThat(PdfTekst.lees(pdf).tekst()).doesNotContain("Huishoudverklaring");
            int verwacht = 1;
            for (Map<String, String> rij : index.stream().filter(r -> r.get("bestand").equals(bestand)).toList()) {
                assertThat(Integer.parseInt(rij.get("eerste_pagina"))).as(rij.toString()).isEqualTo(verwacht);
                assertThat(PdfTekst.pagina(pdf, verwacht)).as(rij.toString()).contains(rij.get("contract_id"));
                int eerste = Integer.parseInt(rij.get("eerste_pagina"));
                int laatste = Integer.parseInt(rij.get("laatste_pagina"));
                // duplex: a block of an odd number of pages is followed by a blank page, also after destruction
                verwacht = laatste + 1 + (laatste - eerste + 1) % 2;
            }
            assertThat(PdfTekst.lees(pdf).paginas()).isEqualTo(verwacht - 1);
        }
        return index;
    }

    @Test
    void eenAanvullingGaatMeeEnZijnDrukbestandenRakenDieVanDeHoofdrunNiet() throws Exception {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        Path zip = antwoord();
        // two contracts with a statement come only in the supplement, as rows fixed after the main run
        Path hoofdrol = tmp.resolve("hoofd/huurders.csv");
        Files.createDirectories(hoofdrol.getParent());
        Files.write(hoofdrol, Files.readAllLines(Golden.MAP.resolve("huurders.csv")).stream()
                .filter(r -> !r.startsWith("G04,") && !r.startsWith("G08,")).toList());
        Huurronde.Uitkomst hoofd = huurronde.voer("run", "--job", "jobs/2020-swz.yml", "--huurders", hoofdrol.toString(),
                "--brp", Golden.MAP.resolve("brp.csv").toString(), "--inkomensantwoord", zip.toString(),
                "--uitvoer", tmp.resolve("uit").toString(), "--parameter", "drukbestand_max=10",
                "--parameter", "max_afwijzingen=0.2");
        assertThat(hoofd.code()).as(hoofd.toString()).isEqualTo(3);
        String runId = AanvulrunTest.runId(hoofd);
        Huurronde.Uitkomst aanvul = huurronde.voer("aanvulrun", "--run", runId, "--huurders",
                Golden.MAP.resolve("huurders.csv").toString(), "--brp", Golden.MAP.resolve("brp.csv").toString(),
                "--inkomensantwoord", zip.toString(), "--verzenddatum", "2020-04-20");
        assertThat(aanvul.code()).as(aanvul.toString()).isIn(0, 3);
        Path run = Golden.runMap(tmp.resolve("uit"));
        Path aanvulling = run.resolve("aanvulling-1");
        assertThat(PdfTekst.lees(aanvulling.resolve("brieven/G04.pdf")).tekst()).contains("Huishoudverklaring");
        assertThat(PdfTekst.lees(run.resolve("brieven/G05.pdf")).tekst()).contains("Huishoudverklaring");
        assertThat(tmp.resolve("data/inkomensantwoord").resolve(runId + "-a1")).isDirectory();

        Huurronde.Uitkomst vraag = huurronde.voer("verwijder", "--run", runId, "--inkomen");
        assertThat(vraag.uit()).contains("in de databank (aanvulling " + runId + "-a1): ");
        Huurronde.Uitkomst weg = huurronde.voer("verwijder", "--run", runId, "--inkomen", "--bevestig");
        assertThat(weg.code()).as(weg.toString()).isZero();
        assertThat(weg.uit()).contains(runId + ": ", runId + "-a1: ");

        // the main run refused the answer rows of the two contracts its roll lacked; its afgewezen.csv names those
        // statements by file name, which is the address key (postcode_huisnummer.pdf), not income data
        List<byte[]> sporen = sporen();
        assertThat(gevonden(sporen, tmp.resolve("data"), run)).allSatisfy(treffer -> {
            assertThat(treffer).contains(run.resolve("afgewezen.csv").toString());
            int spoor = Integer.parseInt(treffer.substring(treffer.lastIndexOf(' ') + 1));
            assertThat(new String(sporen.get(spoor), StandardCharsets.UTF_8)).endsWith(".pdf");
        });
        assertThat(tmp.resolve("data/inkomensantwoord").resolve(runId + "-a1")).doesNotExist();
        // each run's print files rewritten against its own index: the supplement's file of the same name
        // does not move the main run's ranges
        assertThat(drukbestandenPassen(run)).isNotEmpty();
        assertThat(drukbestandenPassen(aanvulling)).isNotEmpty();
        assertThat(Files.readString(aanvulling.resolve("run.json"))).contains("\"inkomen_verwijderd\"");
        assertThat(huurronde.voer("status", "--run", runId + "-a1").uit()).contains("inkomensgegevens verwijderd op ");
        Huurronde.Uitkomst nogmaals = huurronde.voer("verwijder", "--run", runId, "--inkomen", "--bevestig");
        assertThat(nogmaals.fout()).contains("zijn al verwijderd op");
    }

    @Test
    void inkomensPerPersoonGaanOokEnVoorHetEindeVanDeTermijnAlleenMetNu() throws Exception {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        Huurronde.Uitkomst u = huurronde.voer(Golden.run(tmp.resolve("uit")));
        assertThat(u.code()).as(u.toString()).isZero();
        String runId = Golden.runMap(tmp.resolve("uit")).getFileName().toString();
        Path data = tmp.resolve("data");
        // the status of every income row is text in the H2 file: the trace of the inkomen table
        List<byte[]> sporen = List.of("VASTGESTELD".getBytes(StandardCharsets.UTF_8));
        assertThat(gevonden(sporen, data)).isNotEmpty();

        // as if the ingangsdatum were still to come: the bezwaar period is not over
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/huurronde;AUTO_SERVER=TRUE",
                "sa", "")) {
            c.createStatement().executeUpdate("UPDATE voorstel SET ingangsdatum = DATEADD('DAY', 10, CURRENT_DATE) "
                    + "WHERE run_id = '" + runId + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Huurronde.Uitkomst teVroeg = huurronde.voer("verwijder", "--run", runId, "--inkomen", "--bevestig");
        assertThat(teVroeg.code()).as(teVroeg.toString()).isEqualTo(1);
        assertThat(teVroeg.fout()).contains("zijn niet verwijderd: de bezwaartermijn loopt tot", "geef ook --nu");

        Huurronde.Uitkomst nu = huurronde.voer("verwijder", "--run", runId, "--inkomen", "--bevestig", "--nu");
        assertThat(nu.code()).as(nu.toString()).isZero();
        assertThat(nu.uit()).contains("Let op: vroegtijdig verwijderd (--nu)");
        assertThat(gevonden(sporen, data, Golden.runMap(tmp.resolve("uit")))).isEmpty();
        assertThat(huurronde.voer("status", "--run", runId).uit()).contains("vroegtijdig verwijderd (--nu)");
        assertThat(Files.readString(Golden.runMap(tmp.resolve("uit")).resolve("run.json"))).contains("vroegtijdig");
    }

    @Test
    void eenOpenBezwaarHoudtDeInkomensVast() throws Exception {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        Huurronde.Uitkomst u = huurronde.voer(Golden.run(tmp.resolve("uit")));
        assertThat(u.code()).as(u.toString()).isZero();
        String runId = Golden.runMap(tmp.resolve("uit")).getFileName().toString();
        Huurronde.Uitkomst zaak = huurronde.voer("bezwaar", "registreer", "--run", runId, "--contract", "G05",
                "--ontvangen", "2020-06-10", "--grond", "INKOMEN");
        assertThat(zaak.code()).as(zaak.toString()).isZero();

        // the ingangsdatum of 2020 is long past, but the case is open: refused, also the reason said
        Huurronde.Uitkomst open = huurronde.voer("verwijder", "--run", runId, "--inkomen", "--bevestig");
        assertThat(open.code()).as(open.toString()).isEqualTo(1);
        assertThat(open.fout()).contains("1 bezwaar is nog niet afgehandeld", "geef ook --nu");

        Huurronde.Uitkomst ingetrokken = huurronde.voer("bezwaar", "intrekken", "--run", runId, "--contract", "G05",
                "--datum", "2020-06-20");
        assertThat(ingetrokken.code()).as(ingetrokken.toString()).isZero();
        Huurronde.Uitkomst weg = huurronde.voer("verwijder", "--run", runId, "--inkomen", "--bevestig");
        assertThat(weg.code()).as(weg.toString()).isZero();
        assertThat(huurronde.voer("status", "--run", runId).uit()).contains("inkomensgegevens verwijderd");
    }
}

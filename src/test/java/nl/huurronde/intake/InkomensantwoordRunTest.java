package nl.huurronde.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.genereer.Huishoudverklaring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --inkomensantwoord} through the real program on the golden 2020 contracts, with real zips
 * built here: the categories and statements of a good answer, each kind of bad answer with its clear
 * outcome (an error line, or a rejection and the regular increase).
 */
public class InkomensantwoordRunTest {

    /** The golden contracts with an IAH on inkomen.csv (verwacht.csv). */
    public static final Set<String> IAH = Set.of("G04", "G05", "G08", "G09", "G11");

    @TempDir
    Path tmp;

    private Huurronde huurronde;
    private Map<String, Map<String, String>> rol;

    @BeforeEach
    void rol() throws IOException {
        huurronde = Huurronde.h2(tmp.resolve("data"));
        rol = CsvBestand.perSleutel(Golden.MAP.resolve("huurders.csv"), "contract_id");
    }

    /** The answer's CSV: HOOG for the IAH contracts, LAAG for the others, plus extra rows. */
    public static String csv(Map<String, Map<String, String>> rol, String... extra) {
        StringBuilder tekst = new StringBuilder("postcode;huisnummer;huisletter;toevoeging;categorie\r\n");
        rol.forEach((id, r) -> tekst.append(r.get("postcode")).append(';').append(r.get("huisnummer")).append(';')
                .append(r.get("huisletter")).append(';').append(r.get("toevoeging")).append(';')
                .append(IAH.contains(id) ? "HOOG" : "LAAG").append("\r\n"));
        for (String rij : extra) {
            tekst.append(rij).append("\r\n");
        }
        return tekst.toString();
    }

    public static String pdfNaam(Map<String, String> r) {
        return r.get("postcode") + "_" + r.get("huisnummer") + ".pdf";
    }

    public static byte[] verklaring(Map<String, String> r) {
        return Huishoudverklaring.pdf(r.get("postcode") + " " + r.get("huisnummer"), "HOOG", 2018);
    }

    public static byte[] zip(Map<String, byte[]> onderdelen) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> o : onderdelen.entrySet()) {
                zip.putNextEntry(new ZipEntry(o.getKey()));
                zip.write(o.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Path schrijf(String naam, byte[] inhoud) throws IOException {
        return Files.write(tmp.resolve(naam), inhoud);
    }

    private Huurronde.Uitkomst run(Path antwoord, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--job", "jobs/2020-swz.yml",
                "--huurders", Golden.MAP.resolve("huurders.csv").toString(),
                "--brp", Golden.MAP.resolve("brp.csv").toString(),
                "--inkomensantwoord", antwoord.toString(), "--uitvoer", tmp.resolve("uit").toString()));
        args.addAll(List.of(extra));
        return huurronde.voer(args.toArray(String[]::new));
    }

    @Test
    void eenGoedAntwoordGeeftIahMetVerklaringEnZonderVerklaringDeGewoneVerhoging() throws IOException {
        Map<String, byte[]> onderdelen = new LinkedHashMap<>();
        onderdelen.put("antwoord_2020.csv", csv(rol, "9999ZZ;1;;;HOOG").getBytes(StandardCharsets.UTF_8));
        for (String id : List.of("G04", "G05", "G08")) {
            onderdelen.put("verklaringen/" + pdfNaam(rol.get(id)), verklaring(rol.get(id)));
        }
        // G09: a "PDF" that is not one; G11: none at all; and one PDF for no row of the answer
        onderdelen.put(pdfNaam(rol.get("G09")), "dit is geen pdf".getBytes(StandardCharsets.UTF_8));
        onderdelen.put("1234AB_7.pdf", Huishoudverklaring.pdf("1234AB 7", "HOOG", 2018));
        Path antwoord = schrijf("antwoord.zip", zip(onderdelen));

        // four of 24 lines are bad on purpose: above the 1% of the job file
        Huurronde.Uitkomst u = run(antwoord, "--parameter", "max_afwijzingen=0.5");
        assertThat(u.code()).as(u.toString()).isEqualTo(3);
        Path run = Golden.runMap(tmp.resolve("uit"));
        Map<String, Map<String, String>> audit = CsvBestand.perSleutel(run.resolve("audit.csv"), "contract_id");
        for (String id : List.of("G04", "G05", "G08")) {
            assertThat(audit.get(id).get("soort")).as(id).isEqualTo("IAH");
        }
        for (String id : List.of("G09", "G11")) {
            assertThat(audit.get(id).get("soort")).as(id).isEqualTo("REGULIER");
            assertThat(audit.get(id).get("redenen")).as(id).contains("HUISHOUDVERKLARING_ONTBREEKT");
            assertThat(audit.get(id).get("inkomen_categorie")).as(id).isEqualTo("HOOG");
        }
        assertThat(audit.get("G01").get("redenen")).contains("INKOMEN_ONDER_GRENS");

        String afgewezen = Files.readString(run.resolve("afgewezen.csv"));
        assertThat(afgewezen).contains("inkomensantwoord.zip", "adres staat niet in huurders.csv",
                "huishoudverklaring " + pdfNaam(rol.get("G09")) + " is geen pdf-bestand",
                "geen huishoudverklaring " + pdfNaam(rol.get("G11")) + " in het antwoord",
                "1234AB_7.pdf", "hoort bij geen adres");
        // only the statements that are used stay, owner-only, beside the database
        Path verklaringen = tmp.resolve("data/inkomensantwoord").resolve(run.getFileName()).resolve("verklaringen");
        try (var lijst = Files.list(verklaringen)) {
            assertThat(lijst.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    pdfNaam(rol.get("G04")), pdfNaam(rol.get("G05")), pdfNaam(rol.get("G08")));
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(verklaringen.resolve(pdfNaam(rol.get("G04")))))).isEqualTo("rw-------");
        assertThat(Files.readString(run.resolve("run.json"))).contains("inkomensantwoord.zip");
    }

    @Test
    void deRegelKanDeVerklaringNoemen() throws IOException {
        String kop = "postcode;huisnummer;huisletter;toevoeging;categorie;huishoudverklaring\r\n";
        StringBuilder tekst = new StringBuilder(kop);
        rol.forEach((id, r) -> tekst.append(r.get("postcode")).append(';').append(r.get("huisnummer")).append(";;;")
                .append(IAH.contains(id) ? "HOOG;hv-" + id + ".pdf" : "LAAG;").append("\r\n"));
        Map<String, byte[]> onderdelen = new LinkedHashMap<>();
        onderdelen.put("antwoord.csv", tekst.toString().getBytes(StandardCharsets.UTF_8));
        IAH.forEach(id -> onderdelen.put("hv-" + id + ".pdf", verklaring(rol.get(id))));
        Huurronde.Uitkomst u = run(schrijf("a.zip", zip(onderdelen)));
        assertThat(u.code()).as(u.toString()).isZero();
        Map<String, Map<String, String>> audit = CsvBestand.perSleutel(
                Golden.runMap(tmp.resolve("uit")).resolve("audit.csv"), "contract_id");
        IAH.forEach(id -> assertThat(audit.get(id).get("soort")).as(id).isEqualTo("IAH"));
    }

    @Test
    void geenZip() throws IOException {
        Huurronde.Uitkomst u = run(schrijf("antwoord.zip", "postcode;huisnummer\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout()).contains("inkomensantwoord.zip", "is geen zip-bestand");
        assertThat(tmp.resolve("uit")).doesNotExist();
    }

    @Test
    void eenOnderdeelBuitenDeMapWordtGeweigerd() throws IOException {
        for (String naam : List.of("../../etc/passwd.pdf", "/tmp/x.pdf", "a/../../x.pdf", "..\\x.pdf")) {
            Map<String, byte[]> onderdelen = new LinkedHashMap<>();
            onderdelen.put("antwoord.csv", csv(rol).getBytes(StandardCharsets.UTF_8));
            onderdelen.put(naam, verklaring(rol.get("G04")));
            Huurronde.Uitkomst u = run(schrijf("slip.zip", zip(onderdelen)));
            assertThat(u.code()).as(naam + "\n" + u).isEqualTo(1);
            assertThat(u.fout()).as(naam).contains("wijst buiten de map", "zip slip");
        }
        assertThat(tmp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void eenZipBomWordtGeweigerdOpWatErEchtUitkomt() throws IOException {
        Map<String, byte[]> onderdelen = new LinkedHashMap<>();
        onderdelen.put("antwoord.csv", csv(rol).getBytes(StandardCharsets.UTF_8));
        onderdelen.put(pdfNaam(rol.get("G04")), new byte[17 << 20]); // 17 MiB of zeros: ~17 kB in the zip
        Path bom = schrijf("bom.zip", zip(onderdelen));
        assertThat(Files.size(bom)).isLessThan(100_000);
        Huurronde.Uitkomst u = run(bom);
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout()).contains("is groter dan de grens van 16777216 bytes per onderdeel", "zip-bom");

        // the total: many entries each under the limit
        Map<String, byte[]> veel = new LinkedHashMap<>();
        veel.put("antwoord.csv", csv(rol).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 5; i++) {
            veel.put("x" + i + ".pdf", new byte[1 << 20]);
        }
        Huurronde.Uitkomst totaal = run(schrijf("veel.zip", zip(veel)), "--huurronde.inkomensantwoord.max-totaal=3000000");
        assertThat(totaal.code()).as(totaal.toString()).isEqualTo(1);
        assertThat(totaal.fout()).contains("wat er van de grens voor het hele antwoord over is");
    }

    @Test
    void geenOfTweeCsvBestandenOfEenAnderSoortOnderdeel() throws IOException {
        Huurronde.Uitkomst geen = run(schrijf("g.zip", zip(Map.of("a.pdf", verklaring(rol.get("G04"))))));
        assertThat(geen.fout()).contains("bevat geen CSV-bestand");
        Map<String, byte[]> twee = new LinkedHashMap<>();
        twee.put("a.csv", csv(rol).getBytes(StandardCharsets.UTF_8));
        twee.put("b.csv", csv(rol).getBytes(StandardCharsets.UTF_8));
        assertThat(run(schrijf("t.zip", zip(twee))).fout()).contains("bevat meer dan één CSV-bestand");
        Map<String, byte[]> anders = new LinkedHashMap<>();
        anders.put("a.csv", csv(rol).getBytes(StandardCharsets.UTF_8));
        anders.put("leesmij.exe", new byte[] {1, 2});
        assertThat(run(schrijf("x.zip", zip(anders))).fout()).contains("onverwacht onderdeel 'leesmij.exe'");
    }
}

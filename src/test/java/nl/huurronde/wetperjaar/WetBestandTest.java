package nl.huurronde.wetperjaar;

import nl.huurronde.PdfTekst;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The law supplied at run time ({@code --wet}) and next year's round before its figures are published:
 * a given law file replaces the bundled one and is part of the run's identity and run.json; a wrong one
 * is refused with file, line and key; the 2027 yearly run waits for the published figures while its
 * simulation runs, marked provisional in every output.
 */
class WetBestandTest {

    private static final Path GEBUNDELD = Path.of("src/main/resources/wet");

    @TempDir
    Path tmp;

    @Test
    void eenAndereLiberalisatiegrensVeranderdDeUitkomstEnStaatInRunJson() throws IOException {
        // 1 July 2005 at 599.00 instead of 604.72: W03 (started that day at 600) becomes free sector
        Path wet = tmp.resolve("wet-2025.yml");
        Files.writeString(wet, Files.readString(GEBUNDELD.resolve("2025.yml"))
                + "liberalisatiegrens:\n  2005-07-01: 599.00\n");
        Jaarronde.Resultaat bundel = Jaarronde.voer(tmp.resolve("a"), "2025.yml", "correcties");
        Jaarronde.Resultaat eigen = Jaarronde.voer(tmp.resolve("b"), "2025.yml", "correcties", "--wet", wet.toString());

        assertThat(bundel.audit().get("W03").get("sector")).isEqualTo("SOCIAAL");
        assertThat(eigen.audit().get("W03").get("sector")).isEqualTo("VRIJ");
        assertThat(eigen.audit().get("W03").get("kale_huur_nieuw")).isEqualTo("624.60"); // 600 × 1.041
        assertThat(eigen.audit().get("W01")).isEqualTo(bundel.audit().get("W01"));
        assertThat(bundel.runJson()).contains("\"bron\": \"gebundeld\"", "\"pad\": \"wet/2025.yml\"");
        assertThat(eigen.runJson()).contains("\"bron\": \"bestand\"", "\"pad\": \"" + wet.toAbsolutePath().normalize() + "\"",
                "\"sha256\": \"" + sha256(wet) + "\"");
        assertThat(identiteit(eigen)).isNotEqualTo(identiteit(bundel));
    }

    @Test
    void eenFoutInHetWetbestandNoemtBestandRegelEnSleutel() throws IOException {
        String goed = Files.readString(GEBUNDELD.resolve("2025.yml"));
        assertFout(goed.replace("regulier_max_pct: 0.050", "regulier_maks_pct: 0.050"),
                "onbekende sleutel regulier_maks_pct; bedoelt u regulier_max_pct?", "regel");
        assertFout(goed.replace("regulier_max_pct: 0.050", "regulier_max_pct: 45"),
                "regulier_max_pct", "45 ligt buiten 0 tot 0.20");
        assertFout(goed.replace("  vanaf: 2024-07-01", "  vanaf: 2027-13-01"),
                "wws_indeling.vanaf = 2027-13-01: verwacht een datum JJJJ-MM-DD");
        assertFout(goed.replace("jaar: 2025", "jaar: 2024"), "dit wetbestand hoort bij 2024, de ronde is van 2025");
        assertFout(goed.replace("  aow: false", "  aow: onbekend"), "vrijstellingen.aow", "mag niet onbekend zijn");
    }

    private void assertFout(String wettekst, String... delen) throws IOException {
        Path wet = Files.createTempFile(tmp, "wet", ".yml");
        Files.writeString(wet, wettekst);
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("run", "--job", "jobs/2025.yml",
                "--wet", wet.toString(), "--uitvoer", tmp.resolve("uit").toString());
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout()).contains(delen).contains(wet.toString() + " regel ");
        assertThat(tmp.resolve("uit")).doesNotExist();
    }

    @Test
    void ronde2027WachtOpDeCijfersMaarSimuleertAlVoorlopig() throws IOException {
        Huurronde h = Huurronde.h2(tmp.resolve("data"));
        Huurronde.Uitkomst geweigerd = h.voer("run", "--job", "jobs/2027.yml", "--uitvoer", tmp.resolve("run").toString());
        assertThat(geweigerd.code()).as(geweigerd.toString()).isEqualTo(1);
        assertThat(geweigerd.fout()).contains("de wet van 2027 is nog niet compleet", "regulier_max_pct",
                "iah.eerste_grens_1", "laag_huur.grens", "--wet");
        assertThat(tmp.resolve("run")).doesNotExist();

        Huurronde.Uitkomst simulatie = h.voer("simulatie", "--job", "jobs/2027.yml", "--uitvoer", tmp.resolve("sim").toString());
        assertThat(simulatie.code()).as(simulatie.toString()).isEqualTo(3); // the sample set's deliberately bad rows
        Path map = Golden.runMap(tmp.resolve("sim"));
        String runJson = Files.readString(map.resolve("run.json"));
        assertThat(runJson).contains("\"voorlopig\": true", "beleid.regulier_max_pct = 0.035 (wettelijk cijfer "
                + "regulier_max_pct voor 2027 nog onbekend)");
        List<String> audit = Files.readAllLines(map.resolve("audit.csv"));
        assertThat(audit.getFirst()).endsWith(",redenen,medehuurders,voorlopig");
        assertThat(audit.subList(1, audit.size())).isNotEmpty().allMatch(r -> r.endsWith(",VOORLOPIG"));
        assertThat(PdfTekst.lees(map.resolve("huursom-rapport.pdf")).plat()).contains("VOORLOPIG", "regulier_max_pct = 0.035");
    }

    /** The day the figures are published: the bundled provisional file, filled in, makes the yearly run possible. */
    @Test
    void metDeGepubliceerdeCijfersDraaitDeJaarlijkseRun2027() throws IOException {
        String voorlopig = Files.readString(GEBUNDELD.resolve("2027.yml"));
        String compleet = voorlopig.replace("regulier_max_pct: onbekend", "regulier_max_pct: 0.036")
                .replace("bedrag_eerste_grens: onbekend", "bedrag_eerste_grens: 50")
                .replace("bedrag_tweede_grens: onbekend", "bedrag_tweede_grens: 100")
                .replace("eerste_grens_1: onbekend", "eerste_grens_1: 61800")
                .replace("tweede_grens_1: onbekend", "tweede_grens_1: 72900")
                .replace("eerste_grens_meer: onbekend", "eerste_grens_meer: 71600")
                .replace("tweede_grens_meer: onbekend", "tweede_grens_meer: 97200")
                .replace("  grens: onbekend", "  grens: 350").replace("  bedrag: onbekend", "  bedrag: 25")
                .replace("vrije_sector_max_pct: onbekend", "vrije_sector_max_pct: 0.04")
                .replace("middenhuur_max_pct: onbekend", "middenhuur_max_pct: 0.05");
        assertThat(compleet).contains("huursom:\n  max_pct: onbekend"); // only checks the policy: may stay unknown
        Path wet = tmp.resolve("wet-2027.yml");
        Files.writeString(wet, compleet);
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("run", "--job", "jobs/2027.yml", "--wet",
                wet.toString(), "--uitvoer", tmp.resolve("uit").toString());
        assertThat(u.code()).as(u.toString()).isEqualTo(3); // the sample set's deliberately bad rows
        Path map = Golden.runMap(tmp.resolve("uit"));
        assertThat(Files.readString(map.resolve("run.json"))).contains("\"voorlopig\": false", "\"bron\": \"bestand\"");
        assertThat(Files.readAllLines(map.resolve("audit.csv")).getFirst()).endsWith(",redenen,medehuurders");
        assertThat(map.resolve("financieel.csv")).exists();
    }

    private static String identiteit(Jaarronde.Resultaat r) {
        String json = r.runJson();
        int i = json.indexOf("\"identiteit\": \"") + "\"identiteit\": \"".length();
        return json.substring(i, json.indexOf('"', i));
    }

    private static String sha256(Path bestand) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(bestand)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.huurronde.wetperjaar;

import static nl.huurronde.wetperjaar.Jaarronde.rij;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corrections against the law of spec 2026-12 (rules.md §1 and §4.5, inputs.md), each through the
 * real run under jobs/2025.yml (regular 5.0%, +25 below 350, free sector 4.1%): CSV in, audit out. Each
 * row fails on the rules before the correction.
 */
class WetCorrectiesTest {

    static final Path INVOER = Jaarronde.INVOER.resolve("correcties");

    @TempDir
    Path tmp;

    @Test
    void sectorOpDeIngangsdatumVoor1994EnKamersEnLageHuurAlleenVoorWoningen() {
        Jaarronde.Resultaat r = Jaarronde.voer(tmp, "2025.yml", "correcties");
        Map<String, Map<String, String>> audit = r.audit();
        Jaarronde.vergelijk(r, List.of(
                // started before 1 July 1994 at 1500: never liberalised, SOCIAAL; 600 × 1.05 (was VRIJ)
                rij("W01", "REGULIER", "LAAG", "630.00", "5.00", "J", "INKOMEN_ONDER_GRENS"),
                // 30 June 2005: the limit of 1 July 2004 (597.54) holds; 600 is above it: VRIJ, 700 × 1.041
                rij("W02", "VRIJE_SECTOR", "NVT", "728.70", "4.10", "N", "BUITEN_HUURSOM_SECTOR"),
                // 1 July 2005: the limit of that day (604.72); 600 is below it: SOCIAAL. The old table judged
                // W02 and W03 alike, by the calendar year 2005 (615.01): both SOCIAAL
                rij("W03", "REGULIER", "LAAG", "630.00", "5.00", "J", "INKOMEN_ONDER_GRENS"),
                // a room is never liberalised, also with 190 points after 1 July 2024 (was VRIJ); below 350 but
                // a room: no +25, 300 × 1.05 = 315.00 (the +25 gave 325.00)
                rij("W04", "REGULIER", "LAAG", "315.00", "5.00", "N", "INKOMEN_ONDER_GRENS|BUITEN_HUURSOM_TYPE"),
                // a self-contained dwelling below 350 still gets +25
                rij("W06", "REGULIER", "LAAG", "374.99", "7.14", "J", "INKOMEN_ONDER_GRENS"),
                // no person at the address: household unknown
                rij("W07", "REGULIER", "ONBEKEND", "630.00", "5.00", "J", "INKOMEN_ONBEKEND|HUISHOUDEN_ONBEKEND"),
                // one address for two contracts: the persons cannot be assigned
                rij("W08", "REGULIER", "ONBEKEND", "630.00", "5.00", "J", "INKOMEN_ONBEKEND|HUISHOUDEN_ONBEKEND"),
                rij("W09", "REGULIER", "ONBEKEND", "630.00", "5.00", "J", "INKOMEN_ONBEKEND|HUISHOUDEN_ONBEKEND"),
                // a large frozen rent keeps the huursom below 4.5%: (5 × 30 + 25) / 6,349.99 = 2.76%
                rij("W10", "BEVRIEZING", "LAAG", "3000.00", "0.00", "J", "HUURBEVRIEZING")));
        Jaarronde.geenHuursomCap(r);
        assertThat(audit.get("W01").get("sector")).isEqualTo("SOCIAAL");
        assertThat(audit.get("W02").get("sector")).isEqualTo("VRIJ");
        assertThat(audit.get("W04").get("sector")).isEqualTo("SOCIAAL");
    }

    /** inputs.md: the Belastingdienst's answer for an address whose household is unknown is not attributed. */
    @Test
    void categorieVanDeBelastingdienstNietVoorEenOnbekendHuishouden() {
        Jaarronde.Resultaat r = Jaarronde.voerUit(tmp, List.of("run", "--job", "jobs/2025.yml",
                "--huurders", INVOER.resolve("huurders.csv").toString(),
                "--brp", INVOER.resolve("brp.csv").toString(),
                "--inkomenscategorie", INVOER.resolve("inkomenscategorie.csv").toString()));
        Map<String, Map<String, String>> audit = r.audit();
        // ZEER_HOOG in the answer, but no person at W07's address and W08/W09 share theirs: no IAH
        for (String contract : List.of("W07", "W08", "W09")) {
            assertThat(audit.get(contract).get("inkomen_categorie")).as(contract).isEqualTo("ONBEKEND");
            assertThat(audit.get(contract).get("soort")).as(contract).isEqualTo("REGULIER");
            assertThat(audit.get(contract).get("redenen")).as(contract).contains("HUISHOUDEN_ONBEKEND");
        }
        assertThat(audit.get("W01").get("inkomen_categorie")).isEqualTo("LAAG");
    }

    /** A start from 1 July 1994 to 30 June 2002 has no liberalisatiegrens: the row needs {@code sector}. */
    @Test
    void contractTussen1994En2002ZonderSectorWordtAfgewezenMetAdvies() throws IOException {
        Path invoer = Files.createDirectories(tmp.resolve("invoer"));
        Files.copy(INVOER.resolve("brp.csv"), invoer.resolve("brp.csv"));
        Files.copy(INVOER.resolve("inkomen.csv"), invoer.resolve("inkomen.csv"));
        Files.writeString(invoer.resolve("huurders.csv"), Files.readString(INVOER.resolve("huurders.csv"))
                + "W05,VHE-W05,Fam. W05,Wetstraat,5,,,9707BB,Voorbeeldhaven,ZELFSTANDIG,1998-03-01,500.00,,600.00,0.00,"
                + "900.00,,700.00,N,N,,\n");
        Path uitvoer = tmp.resolve("uit");
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("run", "--job", "jobs/2025.yml",
                "--huurders", invoer.resolve("huurders.csv").toString(), "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomen", invoer.resolve("inkomen.csv").toString(), "--uitvoer", uitvoer.toString(),
                "--parameter", "max_afwijzingen=0.5");
        assertThat(u.code()).as(u.toString()).isEqualTo(3); // completed, W05 rejected
        Path run = Golden.runMap(uitvoer);
        List<Map<String, String>> afgewezen = CsvBestand.lees(run.resolve("afgewezen.csv"));
        assertThat(afgewezen).hasSize(1);
        assertThat(afgewezen.getFirst()).containsEntry("bestand", "huurders.csv").containsEntry("regel", "11")
                .containsEntry("sleutel", "W05").containsEntry("kolom", "sector");
        assertThat(afgewezen.getFirst().get("reden")).contains("1998-03-01").contains("vul de kolom sector");
        assertThat(CsvBestand.perSleutel(run.resolve("audit.csv"), "contract_id")).doesNotContainKey("W05");
    }
}

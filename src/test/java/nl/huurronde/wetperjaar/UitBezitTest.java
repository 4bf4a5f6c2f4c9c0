package nl.huurronde.wetperjaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * huurders.csv's optional uit_bezit (#20 item 5) through the real run: the roll of 2026 with a unit sold
 * on 1 January 2027 (not owned on the day the huursom is measured over: outside it) and one sold a day
 * later (still in it). The proposal, the letter and the finance row stay; only the huursom changes.
 */
class UitBezitTest {

    @TempDir
    Path tmp;

    /** wetperjaar/2026's huurders.csv with a uit_bezit column: H01 on 1 January 2027, H04 a day later. */
    private Path huurders() throws Exception {
        List<String> regels = Files.readAllLines(Jaarronde.INVOER.resolve("2026/huurders.csv"));
        List<String> uit = new ArrayList<>(List.of(regels.get(0) + ",uit_bezit"));
        for (String regel : regels.subList(1, regels.size())) {
            String id = regel.substring(0, regel.indexOf(','));
            uit.add(regel + "," + switch (id) {
                case "H01" -> "01-01-2027";
                case "H04" -> "2027-01-02";
                default -> "";
            });
        }
        Path bestand = tmp.resolve("huurders.csv");
        Files.write(bestand, uit);
        return bestand;
    }

    private List<String> args(Path huurders) {
        Path invoer = Jaarronde.INVOER.resolve("2026");
        return List.of("run", "--job", "jobs/2026.yml", "--huurders", huurders.toString(),
                "--brp", invoer.resolve("brp.csv").toString(), "--inkomen", invoer.resolve("inkomen.csv").toString());
    }

    @Test
    void eenEenheidDieOpEenJanuariNietMeerVanOnsIsTeltNietMeeInDeHuursom() throws Exception {
        Jaarronde.Resultaat r = Jaarronde.voerUit(tmp, args(huurders()));
        Map<String, Map<String, String>> audit = r.audit();
        assertThat(audit.get("H01")).containsEntry("in_huursom", "N")
                .containsEntry("redenen", "INKOMEN_ONDER_GRENS|BUITEN_HUURSOM_UIT_BEZIT")
                .containsEntry("kale_huur_nieuw", "624.60");
        assertThat(audit.get("H04")).containsEntry("in_huursom", "J").containsEntry("redenen", "INKOMEN_ONDER_GRENS");
        // without H01's 600 → 624.60: (25 + 24.60 + 10) / (3,549.99 − 600) = 2.02% instead of 2.37%
        assertThat(r.runJson()).contains("\"voor_cap_pct\": 2.02");
        Map<String, Map<String, String>> financieel = CsvBestand.perSleutel(r.runMap().resolve("financieel.csv"),
                "contract_id");
        assertThat(financieel.get("H01")).containsEntry("kale_huur_nieuw", "624.60").containsEntry("mutatie", "24.60");
        assertThat(r.brief("H01")).contains("624,60");
    }

    @Test
    void opPostgresDezelfdeBytes() throws Exception {
        Huurronde.vereisPostgres();
        Path huurders = huurders();
        List<String> h2 = new ArrayList<>(args(huurders));
        h2.addAll(List.of("--uitvoer", tmp.resolve("h2").toString()));
        List<String> pg = new ArrayList<>(args(huurders));
        pg.addAll(List.of("--uitvoer", tmp.resolve("pg").toString()));
        assertThat(Huurronde.h2(tmp.resolve("h2data")).voer(h2.toArray(String[]::new)).code()).isZero();
        assertThat(Huurronde.postgres(tmp.resolve("pgdata")).voer(pg.toArray(String[]::new)).code()).isZero();
        Path h2Run = Golden.runMap(tmp.resolve("h2"));
        Path pgRun = Golden.runMap(tmp.resolve("pg"));
        for (String bestand : List.of("audit.csv", "financieel.csv", "huursom.csv")) {
            assertThat(Files.readString(pgRun.resolve(bestand))).as(bestand).isEqualTo(Files.readString(h2Run.resolve(bestand)));
        }
        assertThat(Files.readString(pgRun.resolve("audit.csv"))).contains("BUITEN_HUURSOM_UIT_BEZIT");
    }
}

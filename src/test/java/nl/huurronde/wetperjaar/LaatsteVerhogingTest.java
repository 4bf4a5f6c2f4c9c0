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
 * huurders.csv's optional laatste_verhoging (#20 item 3) through the real run on the 2026 roll (round of
 * 1 July 2026): H01 raised exactly 12 months before (the round's date), H04 a day less (its own date
 * 2 July 2026: letter, finance and a reason code follow it), H03 on 1 January 2026 (12 months later is
 * 2027: no proposal this round, no letter, no finance row).
 */
class LaatsteVerhogingTest {

    @TempDir
    Path tmp;

    private Path huurders() throws Exception {
        List<String> regels = Files.readAllLines(Jaarronde.INVOER.resolve("2026/huurders.csv"));
        List<String> uit = new ArrayList<>(List.of(regels.get(0) + ",laatste_verhoging"));
        for (String regel : regels.subList(1, regels.size())) {
            String id = regel.substring(0, regel.indexOf(','));
            uit.add(regel + "," + switch (id) {
                case "H01" -> "2025-07-01";
                case "H04" -> "02-07-2025";
                case "H03" -> "2026-01-01";
                default -> "";
            });
        }
        Path bestand = tmp.resolve("huurders.csv");
        Files.write(bestand, uit);
        return bestand;
    }

    private List<String> args(Path huurders, Path uitvoer) {
        Path invoer = Jaarronde.INVOER.resolve("2026");
        List<String> args = new ArrayList<>(List.of("run", "--job", "jobs/2026.yml", "--huurders", huurders.toString(),
                "--brp", invoer.resolve("brp.csv").toString(), "--inkomen", invoer.resolve("inkomen.csv").toString()));
        if (uitvoer != null) {
            args.addAll(List.of("--uitvoer", uitvoer.toString()));
        }
        return args;
    }

    @Test
    void eenVerhogingPerTwaalfMaanden() throws Exception {
        Jaarronde.Resultaat r = Jaarronde.voerUit(tmp, args(huurders(), null));
        Map<String, Map<String, String>> audit = r.audit();
        assertThat(audit.get("H01")).containsEntry("redenen", "INKOMEN_ONDER_GRENS")
                .containsEntry("kale_huur_nieuw", "624.60");
        assertThat(audit.get("H04")).containsEntry("redenen", "INKOMEN_ONDER_GRENS|INGANG_NA_LAATSTE_VERHOGING")
                .containsEntry("kale_huur_nieuw", "624.60").containsEntry("in_huursom", "J");
        assertThat(audit.get("H03")).containsEntry("redenen", "GEEN_VOORSTEL_LAATSTE_VERHOGING")
                .containsEntry("kale_huur_nieuw", "600.00").containsEntry("verhoging_bedrag", "0.00")
                .containsEntry("in_huursom", "N");
        // H03 (IAH) was outside the huursom anyway
        assertThat(r.runJson()).contains("\"voor_cap_pct\": 2.37");

        Map<String, Map<String, String>> financieel = CsvBestand.perSleutel(r.runMap().resolve("financieel.csv"),
                "contract_id");
        assertThat(financieel.get("H01")).containsEntry("ingangsdatum", "2026-07-01");
        assertThat(financieel.get("H04")).containsEntry("ingangsdatum", "2026-07-02").containsEntry("mutatie", "24.60");
        assertThat(financieel).doesNotContainKey("H03").hasSize(audit.size() - 1);

        assertThat(r.brief("H04")).contains("Vanaf 2 juli 2026 wordt uw kale huur",
                "Uw huur is op 2 juli 2025 voor het laatst verhoogd. De huur mag maar één keer per 12 maanden omhoog."
                        + " Daarom gaat uw nieuwe huur pas in op 2 juli 2026.");
        assertThat(r.brief("H01")).contains("Vanaf 1 juli 2026").doesNotContain("voor het laatst verhoogd");
        assertThat(r.runMap().resolve("brieven").resolve("H03.pdf")).doesNotExist();
        assertThat(CsvBestand.lees(r.runMap().resolve("drukbestand-index.csv")))
                .extracting(rij -> rij.get("contract_id")).hasSize(audit.size() - 1).doesNotContain("H03");
    }

    @Test
    void eenDatumNaDePeildatumWordtAfgewezen() throws Exception {
        Path huurders = huurders();
        List<String> regels = new ArrayList<>(Files.readAllLines(huurders));
        regels.set(2, regels.get(2).replaceFirst(",[^,]*$", ",2026-07-02"));
        regels.set(3, regels.get(3).replaceFirst(",[^,]*$", ",1 juli"));
        Files.write(huurders, regels);
        List<String> args = args(huurders, tmp.resolve("uit"));
        args.addAll(List.of("--parameter", "huurronde.max_afwijzingen=0.5")); // 2 of 12 rows: let the run complete
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(args.toArray(String[]::new));
        assertThat(u.code()).as(u.toString()).isEqualTo(3);
        List<Map<String, String>> afgewezen = CsvBestand.lees(Golden.runMap(tmp.resolve("uit")).resolve("afgewezen.csv"));
        assertThat(afgewezen).extracting(a -> a.get("bestand") + ":" + a.get("regel") + ":" + a.get("kolom"))
                .containsExactly("huurders.csv:3:laatste_verhoging", "huurders.csv:4:laatste_verhoging");
        assertThat(afgewezen.get(0).get("reden")).isEqualTo("laatste verhoging na de peildatum 2026-07-01 ('2026-07-02')");
    }

    @Test
    void opPostgresDezelfdeBytes() throws Exception {
        Huurronde.vereisPostgres();
        Path huurders = huurders();
        assertThat(Huurronde.h2(tmp.resolve("h2data")).voer(args(huurders, tmp.resolve("h2")).toArray(String[]::new))
                .code()).isZero();
        assertThat(Huurronde.postgres(tmp.resolve("pgdata")).voer(args(huurders, tmp.resolve("pg"))
                .toArray(String[]::new)).code()).isZero();
        Path h2Run = Golden.runMap(tmp.resolve("h2"));
        Path pgRun = Golden.runMap(tmp.resolve("pg"));
        for (String bestand : List.of("audit.csv", "financieel.csv", "financieel-totalen.csv", "huursom.csv",
                "drukbestand-index.csv")) {
            assertThat(Files.readString(pgRun.resolve(bestand))).as(bestand).isEqualTo(Files.readString(h2Run.resolve(bestand)));
        }
        assertThat(Files.readString(pgRun.resolve("financieel.csv"))).contains("2026-07-02").doesNotContain("H03");
    }
}

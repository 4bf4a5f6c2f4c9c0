package nl.huurronde.ronde;

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
 * #24 item 7 through the real program: only another CSV dialect is no new round (a re-export of the completed
 * run, nothing computed again), a second yearly run of a year needs --opnieuw, and one run per year is the
 * definitive one ({@code definitief}, {@code status}, a warning on bezwaar/herdruk of another run).
 */
class DefinitieveRunTest {

    @TempDir
    Path tmp;

    @Test
    void eenAnderCsvDialectIsGeenNieuweRondeMaarEenHerexport() throws IOException {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        Path uit = tmp.resolve("uit");
        Huurronde.Uitkomst eerste = huurronde.voer(Golden.run(uit));
        assertThat(eerste.code()).as(eerste.toString()).isZero();
        Path map = Golden.runMap(uit);
        String runId = map.getFileName().toString();
        assertThat(eerste.uit()).contains("  definitief: run " + runId + " is de definitieve run van 2020");

        Huurronde.Uitkomst excel = huurronde.voer(Golden.run(uit, "--csv-dialect", "excel-nl"));
        assertThat(excel.code()).as(excel.toString()).isZero();
        assertThat(excel.uit()).contains("Deze ronde is al voltooid als run " + runId
                + "; alleen de CSV-opmaak verschilt: er is niets opnieuw berekend")
                .doesNotContain("gestart").doesNotContain("letters");
        assertThat(Golden.runMap(uit)).isEqualTo(map); // no second run folder
        Path herexport = map.resolve("csv-excel-nl");
        for (String bestand : List.of("audit.csv", "financieel.csv", "financieel-totalen.csv", "huursom.csv",
                "afgewezen.csv")) {
            assertThat(herexport.resolve(bestand)).as(bestand).exists();
        }
        String audit = Files.readString(herexport.resolve("audit.csv"));
        assertThat(audit).startsWith("contract_id;vhe_id;").contains("G01;").contains("520,50");
        // the same rows as the run's own audit, only in the other dialect
        List<Map<String, String>> origineel = CsvBestand.lees(map.resolve("audit.csv"));
        assertThat(audit.split("\r\n")).hasSize(origineel.size() + 1);
        assertThat(Files.readString(map.resolve("audit.csv"))).startsWith("contract_id,vhe_id,");

        Huurronde.Uitkomst status = huurronde.voer("status");
        assertThat(status.uit().lines().filter(l -> l.startsWith("Run ")).toList())
                .containsExactly("Run " + runId + " (run, jaar 2020): VOLTOOID, definitief");
    }

    @Test
    void eenJaarHeeftEenDefinitieveRun() throws IOException {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        Path uit = tmp.resolve("uit");
        assertThat(huurronde.voer(Golden.run(uit)).code()).isZero();
        String eerste = Golden.runMap(uit).getFileName().toString();

        // other policy for the same year: no silent second yearly run
        Huurronde.Uitkomst tweede = huurronde.voer(Golden.run(uit, "--parameter", "beleid.regulier_max_pct=0.03"));
        assertThat(tweede.code()).as(tweede.toString()).isEqualTo(1);
        assertThat(tweede.fout()).contains("het jaar 2020 heeft al een voltooide jaarlijkse run: " + eerste
                + " (definitief)", "--opnieuw");

        Huurronde.Uitkomst opnieuw = huurronde.voer(Golden.run(uit, "--parameter", "beleid.regulier_max_pct=0.03",
                "--opnieuw"));
        assertThat(opnieuw.code()).as(opnieuw.toString()).isZero();
        String nieuw = opnieuw.uit().lines().filter(l -> l.startsWith("Run ") && l.endsWith(" gestart."))
                .map(l -> l.substring(4, l.length() - " gestart.".length())).findFirst().orElseThrow();
        assertThat(opnieuw.uit()).contains("  let op: run " + nieuw + " is niet definitief; de definitieve run van "
                + "2020 is " + eerste);

        Huurronde.Uitkomst geweigerd = huurronde.voer("definitief", "--run", nieuw);
        assertThat(geweigerd.code()).isEqualTo(1);
        assertThat(geweigerd.fout().strip()).isEqualTo("fout: run " + eerste + " is al de definitieve run van 2020; "
                + "trek die eerst in met huurronde definitief --run " + eerste + " --intrekken, en geef dan opnieuw "
                + "huurronde definitief --run " + nieuw);

        Huurronde.Uitkomst herdruk = huurronde.voer("herdruk", "--run", nieuw, "--contract", "G01");
        assertThat(herdruk.code()).as(herdruk.toString()).isZero();
        assertThat(herdruk.uit()).startsWith("let op: run " + nieuw + " is niet de definitieve run van 2020; dat is run "
                + eerste + " (huurronde status)");
        assertThat(huurronde.voer("herdruk", "--run", eerste, "--contract", "G01").uit()).doesNotContain("let op");

        Huurronde.Uitkomst intrekken = huurronde.voer("definitief", "--run", eerste, "--intrekken");
        assertThat(intrekken.code()).as(intrekken.toString()).isZero();
        Huurronde.Uitkomst wissel = huurronde.voer("definitief", "--run", nieuw);
        assertThat(wissel.code()).as(wissel.toString()).isZero();
        assertThat(wissel.uit()).contains("Run " + nieuw + " is nu de definitieve run van 2020.");
        assertThat(huurronde.voer("status").uit()).contains("Run " + nieuw + " (run, jaar 2020): VOLTOOID, definitief")
                .contains("Run " + eerste + " (run, jaar 2020): VOLTOOID\n");
    }

    @Test
    void eenSimulatieOfOnbekendeRunWordtNietDefinitief() {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        String[] args = Golden.run(tmp.resolve("uit"));
        args[0] = "simulatie";
        Huurronde.Uitkomst sim = huurronde.voer(args);
        assertThat(sim.code()).as(sim.toString()).isZero();
        String simId = sim.uit().lines().filter(l -> l.endsWith(" gestart.")).findFirst().orElseThrow().split(" ")[1];
        Huurronde.Uitkomst u = huurronde.voer("definitief", "--run", simId);
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("run " + simId + " is een simulatie en kan niet definitief zijn");
        assertThat(huurronde.voer("definitief", "--run", "2020-bestaatniet").fout()).contains("onbekende run");
    }
}

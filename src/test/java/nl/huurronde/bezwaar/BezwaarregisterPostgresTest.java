package nl.huurronde.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.huurronde.CsvBestand;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's main path on a real PostgreSQL server: a case from registration to a lowered ruling,
 * a refused second case, a reminder, the list and status; the same outcomes as on H2. Skipped without
 * the server, never in CI.
 */
class BezwaarregisterPostgresTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void server() {
        Huurronde.vereisPostgres();
    }

    @Test
    void eenZaakVanRegistratieTotUitspraakEnEenHerinneringOpPostgres() throws Exception {
        Ronde2020 ronde = new Ronde2020(Huurronde.postgres(tmp.resolve("data")), tmp);
        String[] basis = {"--run", ronde.runId, "--contract", "G01", "--door", "J. de Vries"};
        assertThat(voer(ronde, "registreer", basis, "--ontvangen", "2020-05-10", "--grond", "INKOMEN").code()).isZero();
        Huurronde.Uitkomst tweede = voer(ronde, "registreer", basis, "--ontvangen", "2020-05-11");
        assertThat(tweede.code()).isEqualTo(1);
        assertThat(tweede.fout()).contains("heeft al een open bezwaar");
        assertThat(voer(ronde, "voorleggen", basis, "--datum", "2020-06-20").code()).isZero();
        assertThat(voer(ronde, "indienen", basis, "--datum", "2020-08-03", "--zaaknummer", "HC-1").code()).isZero();
        Huurronde.Uitkomst u = voer(ronde, "uitspraak", basis, "--datum", "2020-10-01", "--uitkomst", "verlaagd",
                "--bedrag", "510.00");
        assertThat(u.code()).as(u.toString()).isZero();
        assertThat(Ronde2020.financieel(ronde.map("G01", 2))).containsEntry("mutatie", "-10.50");
        Huurronde.Uitkomst toekennen = voer(ronde, "toekennen", basis, "--chronisch-ziek");
        assertThat(toekennen.code()).isEqualTo(1);
        assertThat(toekennen.fout()).contains("de Huurcommissie deed al uitspraak");

        assertThat(voer(ronde, "registreer", new String[] {"--run", ronde.runId, "--contract", "G12"},
                "--ontvangen", "2020-06-28").code()).isZero();
        Path betaald = tmp.resolve("betaald.csv");
        StringBuilder b = new StringBuilder("contract_id\n");
        for (int i = 2; i <= 21; i++) {
            b.append(String.format("G%02d%n", i));
        }
        Files.writeString(betaald, b.toString());
        Huurronde.Uitkomst h = ronde.huurronde.voer("herinnering", "--run", ronde.runId, "--betaald",
                betaald.toString(), "--datum", "2020-09-15");
        assertThat(h.code()).as(h.toString()).isZero();
        assertThat(h.uit()).contains(": 2 contracten");

        Path lijst = tmp.resolve("lijst.csv");
        Huurronde.Uitkomst l = ronde.huurronde.voer("bezwaar", "lijst", "--run", ronde.runId, "--peildatum",
                "2020-07-20", "--uit", lijst.toString());
        assertThat(l.code()).as(l.toString()).isZero();
        List<String> rijen = CsvBestand.lees(lijst).stream().map(r -> r.get("contract_id") + " " + r.get("status")
                + " " + r.get("termijn") + " " + r.get("dagen_over")).toList();
        assertThat(rijen).containsExactly("G12 ontvangen 2020-08-11 22", "G22 herinnerd 2020-10-31 103",
                "G23 herinnerd 2020-10-31 103");
        Huurronde.Uitkomst status = ronde.huurronde.voer("status", "--run", ronde.runId);
        assertThat(status.uit()).contains("bezwaarregister: ontvangen 1, uitspraak 1, aanvaard 2");
    }

    private static Huurronde.Uitkomst voer(Ronde2020 ronde, String stap, String[] basis, String... rest) {
        List<String> args = new java.util.ArrayList<>(List.of("bezwaar", stap));
        args.addAll(List.of(basis));
        args.addAll(List.of(rest));
        return ronde.huurronde.voer(args.toArray(String[]::new));
    }
}

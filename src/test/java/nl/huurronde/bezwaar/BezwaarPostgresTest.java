package nl.huurronde.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bezwaar, herdruk and status on a real PostgreSQL server (started by .ci/run): the same outcomes as on
 * H2, one database for the run and every command after it. Skipped without the server, never in CI.
 */
class BezwaarPostgresTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void server() {
        Huurronde.vereisPostgres();
    }

    @Test
    void bezwarenHerdrukEnStatusOpPostgres() throws Exception {
        Ronde2020 ronde = new Ronde2020(Huurronde.postgres(tmp.resolve("data")), tmp);

        Path v2 = ronde.bezwaarOk("G04", "--chronisch-ziek");
        assertThat(Ronde2020.audit(v2)).containsEntry("versie", "2").containsEntry("soort", "REGULIER")
                .containsEntry("kale_huur_nieuw", "520.50").containsEntry("redenen", "CHRONISCH_ZIEK|BEZWAAR|BEZWAARTERMIJN_VERLENGD|BEZWAAR_NA_INGANG");
        assertThat(Ronde2020.financieel(v2)).containsEntry("mutatie", "-7.50");
        Huurronde.Uitkomst herhaald = ronde.bezwaar("G04", "--chronisch-ziek");
        assertThat(herhaald.code()).isEqualTo(1);
        assertThat(herhaald.fout()).contains("verandert niets");
        Path v3 = ronde.bezwaarOk("G04", "--maximale-huur", "510.00");
        assertThat(Ronde2020.financieel(v3)).containsEntry("kale_huur_oud", "500.00").containsEntry("mutatie", "-10.50");

        Path brp = tmp.resolve("brp-g06.csv");
        Files.writeString(brp, """
                postcode,huisnummer,huisletter,toevoeging,bsn,geboortedatum,rol
                8011VM,6,,,100000071,1980-01-01,HUURDER
                8011VM,6,,,100000083,1981-01-01,PARTNER
                """);
        Path g06 = ronde.bezwaarOk("G06", "--brp", brp.toString(), "--verzenddatum", "2020-05-08",
                "--ontvangen", "2020-05-10");
        assertThat(Ronde2020.audit(g06)).containsEntry("soort", "IAH").containsEntry("kale_huur_nieuw", "528.00");
        assertThat(Ronde2020.financieel(g06)).containsEntry("ingangsdatum", "2020-08-01");

        Huurronde.Uitkomst h1 = ronde.herdruk("G04", "--versie", "1");
        assertThat(h1.code()).as(h1.toString()).isZero();
        assertThat(Ronde2020.pdfTekst(ronde.runMap.resolve("herdruk/G04-v1-kopie.pdf"))).contains("KOPIE")
                .contains("528,00");

        Huurronde.Uitkomst status = ronde.huurronde.voer("status", "--run", ronde.runId);
        assertThat(status.code()).as(status.toString()).isZero();
        assertThat(status.uit()).contains("VOLTOOID").contains("bezwaren verwerkt: 3 voor 2 contracten: G04 v2, G04 v3, G06 v2");
    }
}

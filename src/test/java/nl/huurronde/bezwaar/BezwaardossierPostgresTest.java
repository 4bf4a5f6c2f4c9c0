package nl.huurronde.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import nl.huurronde.regels.Reden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Huurcommissie dossier once on a real PostgreSQL server: registered with a scan, put to the
 * Huurcommissie with the "wij handhaven" letter, the dossier read back. Skipped without the server.
 */
class BezwaardossierPostgresTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void server() {
        Huurronde.vereisPostgres();
    }

    @Test
    void hetDossierOpPostgres() throws Exception {
        Ronde2020 ronde = new Ronde2020(Huurronde.postgres(tmp.resolve("data")), tmp);
        Path scan = BezwaardossierTest.scan(tmp.resolve("scan.pdf"), "Bezwaar van de huurder, kenmerk PG-SCAN-G01");
        String[] basis = {"--run", ronde.runId, "--contract", "G01", "--door", "J. de Vries"};
        ok(ronde, "registreer", basis, "--ontvangen", "2020-05-10", "--grond", "WWS", "--toelichting",
                "de keuken telt niet mee", "--scan", scan.toString());
        ok(ronde, "voorleggen", basis, "--datum", "2020-06-20");
        assertThat(Ronde2020.pdfTekst(ronde.runMap.resolve("bezwaar/G01-zaak1-handhaven.pdf")))
                .contains("Wij handhaven ons voorstel.", "Dat doen wij uiterlijk 11 augustus 2020");
        Huurronde.Uitkomst d = ronde.huurronde.voer("bezwaar", "dossier", "--run", ronde.runId, "--contract", "G01");
        assertThat(d.code()).as(d.toString()).isZero();
        Path pad = ronde.runMap.resolve("bezwaren/dossier-G01.pdf");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pad))).isEqualTo("rw-------");
        assertThat(PdfTekst.lees(pad).plat()).contains("Dossier voor de Huurcommissie", "Contractnummer G01",
                "Indienen uiterlijk 11 augustus 2020", "de punten volgens het woningwaarderingsstelsel of de maximale huur",
                "de keuken telt niet mee", "PG-SCAN-G01", Reden.INKOMEN_ONDER_GRENS.zin(),
                "Wettelijk maximum 2020 5,10% (Regulier)", "Huursomcap c", "Voorstel huurverhoging per 1 juli 2020");
    }

    private static void ok(Ronde2020 ronde, String stap, String[] basis, String... rest) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("bezwaar", stap));
        args.addAll(java.util.List.of(basis));
        args.addAll(java.util.List.of(rest));
        Huurronde.Uitkomst u = ronde.huurronde.voer(args.toArray(String[]::new));
        assertThat(u.code()).as(u.toString()).isZero();
    }
}

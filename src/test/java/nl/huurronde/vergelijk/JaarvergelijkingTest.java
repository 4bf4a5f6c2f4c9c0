package nl.huurronde.vergelijk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.huurronde.CsvBestand;
import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vergelijk --job jobs/2025.yml --job jobs/2026.yml}: a year-over-year comparison through the real
 * program, each year on its own sample data (#24 item 14), and a failed comparison leaves no failed run.
 */
class JaarvergelijkingTest {

    @TempDir
    Path tmp;

    @Test
    void tweeJarenElkOpDeEigenInvoerGekoppeldOpContract() throws IOException {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        Huurronde.Uitkomst u = huurronde.voer("vergelijk", "--job", "jobs/2025.yml", "--job", "jobs/2026.yml",
                "--uitvoer", tmp.resolve("uit").toString());
        assertThat(u.code()).as(u.toString()).isZero();
        String regel = u.uit().lines().filter(l -> l.startsWith("  uitvoer: ")).reduce((x, y) -> y).orElseThrow();
        Path map = Path.of(regel.substring("  uitvoer: ".length()));
        Map<String, Map<String, String>> rijen = VergelijkingTest.rijen(map);
        String runA = rijen.get("RUN||run_id").get("a");
        String runB = rijen.get("RUN||run_id").get("b");
        assertThat(runA).startsWith("2025-sim-");
        assertThat(runB).startsWith("2026-sim-");

        // Each year read its own extracts: B's income rows are not refused wholesale.
        Map<String, Map<String, String>> auditA = CsvBestand.perSleutel(
                tmp.resolve("uit").resolve(runA).resolve("audit.csv"), "contract_id");
        Map<String, Map<String, String>> auditB = CsvBestand.perSleutel(
                tmp.resolve("uit").resolve(runB).resolve("audit.csv"), "contract_id");
        assertThat(auditA.size()).isGreaterThan(250);
        assertThat(auditB.size()).isGreaterThan(250);
        assertThat(auditB.values().stream().filter(r -> r.get("inkomen_categorie").equals("ONBEKEND")).count())
                .isLessThan(auditB.size() / 4);
        assertThat(rijen.get("TOTAAL||aantal")).containsEntry("a", Integer.toString(auditA.size()))
                .containsEntry("b", Integer.toString(auditB.size()));

        // Matched by contract_id: those in one year only are counted, the others compared.
        Set<String> beide = new TreeSet<>(auditA.keySet());
        beide.retainAll(auditB.keySet());
        assertThat(rijen.get("VERSCHIL||alleen_in_a").get("verschil"))
                .isEqualTo(Integer.toString(auditA.size() - beide.size()));
        assertThat(rijen.get("VERSCHIL||alleen_in_b").get("verschil"))
                .isEqualTo(Integer.toString(auditB.size() - beide.size()));
        long gelijk = beide.stream().filter(id -> new BigDecimal(auditA.get(id).get("kale_huur_nieuw"))
                .compareTo(new BigDecimal(auditB.get(id).get("kale_huur_nieuw"))) == 0).count();
        assertThat(rijen.get("VERSCHIL||gelijk").get("verschil")).isEqualTo(Long.toString(gelijk));
        // a contract row shows each year's own old rent
        String contract = rijen.keySet().stream().filter(k -> k.startsWith("CONTRACT|") && k.endsWith("|kale_huur_oud"))
                .findFirst().orElseThrow();
        String id = contract.split("\\|")[1];
        assertThat(rijen.get(contract)).containsEntry("a", auditA.get(id).get("kale_huur_oud"))
                .containsEntry("b", auditB.get(id).get("kale_huur_oud"));

        String pdf = PdfTekst.lees(map.resolve("vergelijking.pdf")).plat();
        assertThat(pdf).contains("A: 2025.yml", "B: 2026.yml", "Elk op de eigen invoer, contracten gekoppeld op contract_id")
                .doesNotContain("Beide op dezelfde invoer");
    }

    @Test
    void eenMislukteVergelijkingLaatGeenMisluktRunAchter() {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        // the sample data has deliberate bad rows: with no rejections allowed, B fails
        Huurronde.Uitkomst mislukt = huurronde.voer("vergelijk", "--job", "jobs/2026.yml",
                "--parameter-b", "max_afwijzingen=0", "--uitvoer", tmp.resolve("uit").toString());
        assertThat(mislukt.code()).as(mislukt.toString()).isEqualTo(1);

        Huurronde.Uitkomst status = huurronde.voer("status");
        assertThat(status.code()).as(status.toString()).isZero();
        assertThat(status.uit()).doesNotContain("MISLUKT").contains("melding: vergelijking mislukt: ");

        // the same failing comparison again starts afresh (it is not refused as a deleted run)
        Huurronde.Uitkomst weer = huurronde.voer("vergelijk", "--job", "jobs/2026.yml",
                "--parameter-b", "max_afwijzingen=0", "--uitvoer", tmp.resolve("uit").toString());
        assertThat(weer.code()).as(weer.toString()).isEqualTo(1);
        assertThat(weer.fout()).doesNotContain("verwijderd");
        assertThat(huurronde.voer("status").uit()).doesNotContain("MISLUKT");
    }

    /** Next year's round before its law is published: both simulations are provisional, their audits carry the extra column. */
    @Test
    void tweeVoorlopigeSimulatiesVan2027() throws Exception {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data-2027")).voer("vergelijk", "--job", "jobs/2027.yml",
                "--parameter-b", "beleid.regulier_max_pct=0.03", "--uitvoer", tmp.resolve("uit-2027").toString());
        assertThat(u.code()).as(u.toString()).isZero();
        String regel = u.uit().lines().filter(l -> l.startsWith("  uitvoer: ")).reduce((x, y) -> y).orElseThrow();
        Map<String, Map<String, String>> rijen = VergelijkingTest.rijen(Path.of(regel.substring("  uitvoer: ".length())));
        assertThat(rijen).isNotEmpty();
    }
}

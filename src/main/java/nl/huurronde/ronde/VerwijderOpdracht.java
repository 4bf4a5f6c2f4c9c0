package nl.huurronde.ronde;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import nl.huurronde.Opdracht;
import nl.huurronde.Opdrachtregel;
import nl.huurronde.export.Privebestanden;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code huurronde verwijder --run <run_id>}: deletes a round's personal data after the legal
 * retention period: every row of the run in the project's tables (staging with BSNs, birth dates and
 * incomes, proposals, rejects) and its output folder. The run's line in ronde_run stays, marked as
 * deleted, so the history shows what happened. Spring Batch's metadata holds no personal data.
 */
@Component
class VerwijderOpdracht implements Opdracht {

    private static final List<String> TABELLEN = List.of("drukbestand_index", "drukvolgorde", "bezwaar",
            "huursom_verdeling", "huursom_cijfer", "voorstel", "afwijzing", "inkomenscategorie", "inkomen", "persoon", "huurder",
            "intake_telling", "invoer_bestand");

    private final JdbcTemplate jdbc;
    private final RondeRegister register;
    private final TransactionTemplate transactie;

    VerwijderOpdracht(JdbcTemplate jdbc, RondeRegister register, TransactionTemplate transactie) {
        this.jdbc = jdbc;
        this.register = register;
        this.transactie = transactie;
    }

    @Override
    public String naam() {
        return "verwijder";
    }

    @Override
    public List<String> opties() {
        return List.of("run");
    }

    @Override
    public void voerUit(Opdrachtregel regel, PrintStream uit) {
        String runId = regel.verplicht("run");
        RondeRegister.RondeRij rij = register.vind(runId)
                .orElseThrow(() -> new RondeFout("onbekende run: " + runId));
        if (rij.status() == RondeStatus.BEZIG) {
            throw new RondeFout("run " + runId + " is niet afgesloten; hervat of laat hem eerst mislukken");
        }
        transactie.executeWithoutResult(t -> {
            for (String tabel : TABELLEN) {
                jdbc.update("DELETE FROM " + tabel + " WHERE run_id = ?", runId);
            }
            register.zetStatus(runId, RondeStatus.VERWIJDERD, "persoonsgegevens verwijderd");
        });
        Path map = Path.of(rij.uitvoerMap());
        try {
            Privebestanden.verwijderBoom(map);
        } catch (IOException e) {
            throw new RondeFout("de gegevens in de database zijn verwijderd, maar de map " + map
                    + " niet: " + e.getMessage());
        }
        uit.println("Run " + runId + ": gegevens in de database en de map " + map + " verwijderd.");
    }
}

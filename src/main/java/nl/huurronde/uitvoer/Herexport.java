package nl.huurronde.uitvoer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import nl.huurronde.beleid.BrievenModus;
import nl.huurronde.beleid.CsvDialect;
import nl.huurronde.register.Ronde;
import nl.huurronde.voorstel.VoorstelOpslag;
import org.springframework.stereotype.Component;

/**
 * A completed yearly run's CSV outputs in another dialect, from its stored proposals (version 1) and
 * figures, without computing anything again: audit.csv, financieel.csv, financieel-totalen.csv,
 * huursom.csv, afgewezen.csv and, with a print file, drukbestand-index.csv, in {@code <run>/csv-<dialect>/}.
 * The run's own files, its letters, report and run.json stay as they are: the dialect is a format,
 * not part of the run (docs/decisions.md).
 */
@Component
public class Herexport {

    private final Exporteur exporteur;
    private final HuursomCsv huursom;
    private final VoorstelOpslag opslag;

    Herexport(Exporteur exporteur, HuursomCsv huursom, VoorstelOpslag opslag) {
        this.exporteur = exporteur;
        this.huursom = huursom;
        this.opslag = opslag;
    }

    /** The folder the CSVs of this run in this dialect go to. */
    public static Path map(Ronde ronde, CsvDialect dialect) {
        return ronde.map().resolve("csv-" + dialect.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** Writes the CSVs; returns their folder. */
    public Path schrijf(Ronde ronde, CsvDialect dialect) throws IOException {
        Path map = map(ronde, dialect);
        Ronde kopie = kopie(ronde, dialect);
        exporteur.auditEnFinancieel(kopie, opslag.eersteVersiesOpContract(ronde.runId()), v -> { });
        huursom.schrijf(kopie);
        exporteur.afgewezen(kopie);
        if (!ronde.simulatie() && (ronde.config().brieven() == BrievenModus.DRUKBESTAND
                || ronde.config().brieven() == BrievenModus.BEIDE)) {
            exporteur.drukbestandIndex(kopie);
        }
        return map;
    }

    /**
     * After the print files changed ({@code verwijder --inkomen} drops the statement pages), the copies of
     * drukbestand-index.csv in the other dialects follow: a stale copy sends the print room to the wrong pages.
     */
    public void drukbestandIndex(Ronde ronde) throws IOException {
        for (CsvDialect dialect : CsvDialect.values()) {
            if (dialect != ronde.config().csvDialect()
                    && Files.isRegularFile(map(ronde, dialect).resolve("drukbestand-index.csv"))) {
                exporteur.drukbestandIndex(kopie(ronde, dialect));
            }
        }
    }

    private static Ronde kopie(Ronde ronde, CsvDialect dialect) {
        return new Ronde(ronde.runId(), ronde.soort(), ronde.identiteit(), ronde.config().metCsvDialect(dialect),
                ronde.verzenddatum(), map(ronde, dialect), ronde.status(), ronde.huursomCap(), ronde.capBepaald());
    }
}

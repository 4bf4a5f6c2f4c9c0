package nl.huurronde.bezwaar;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import nl.huurronde.beleid.CsvDialect;
import nl.huurronde.bestand.Privebestanden;
import nl.huurronde.bestand.Uitvoerbestand;
import nl.huurronde.uitvoer.Exporteur;
import nl.huurronde.voorstel.VoorstelVersie;

/**
 * The folder of one revised proposal, {@code <run>/bezwaar/<contract_id>-v<n>/} (outputs.md "After a
 * bezwaar"): the letter, audit.csv with the one row of version n, financieel.csv with the one
 * correction row. Written in a hidden folder and renamed when complete, so a folder under its final
 * name is always whole. The run's own files are never touched.
 */
final class BezwaarUitvoer {

    private BezwaarUitvoer() {}

    static Path map(Path runMap, String contractId, int versie) {
        return runMap.resolve("bezwaar").resolve(contractId + "-v" + versie);
    }

    static String briefNaam(String contractId, int versie) {
        return contractId + "-v" + versie + ".pdf";
    }

    /**
     * @param laatstGeexporteerd the rent of the version this one replaces: {@code mutatie} of the finance
     *                           correction row is the new rent minus this one, what the ledger must add to
     *                           what it already booked. {@code kale_huur_oud} is, as in the run's own
     *                           financieel.csv, the tenant's current rent (the contract's kale huur before
     *                           the round), not the replaced proposal (issue #24, docs/decisions.md)
     */
    static void schrijf(Path doel, VoorstelVersie versie, BigDecimal laatstGeexporteerd, byte[] brief,
                        CsvDialect dialect) {
        Path tijdelijk = doel.resolveSibling("." + doel.getFileName() + ".tmp");
        try {
            verwijder(tijdelijk);
            Privebestanden.maakMap(tijdelijk);
            try (Uitvoerbestand pdf = Uitvoerbestand.open(tijdelijk.resolve(briefNaam(versie.contractId(),
                    versie.versie())))) {
                try (OutputStream uit = pdf.stroom()) {
                    uit.write(brief);
                }
                pdf.voltooi();
            }
            Exporteur.schrijfCsv(tijdelijk.resolve("audit.csv"), dialect,
                    csv -> Exporteur.auditRij(csv.koppen(Exporteur.AUDIT_KOPPEN), versie));
            Exporteur.schrijfCsv(tijdelijk.resolve("financieel.csv"), dialect,
                    csv -> Exporteur.financieelRij(csv.koppen(Exporteur.FINANCIEEL_KOPPEN), versie,
                            versie.contract().kaleHuur(),
                            versie.voorstel().kaleHuurNieuw().subtract(laatstGeexporteerd)));
            // Left by an attempt whose database transaction never committed: that version does not exist.
            verwijder(doel);
            Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("kan de uitvoer van het bezwaar niet schrijven in " + doel.getParent()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The combined corrections file of a run (issue #24 item 13): every bezwaar's correction row, in order. */
    static final String CORRECTIES = "financieel-correcties.csv";

    /** One correction: the version a bezwaar made and what the ledger must add. */
    record Correctieregel(VoorstelVersie versie, BigDecimal mutatie) {}

    /**
     * {@code <run>/financieel-correcties.csv}: the rows of every bezwaar folder's financieel.csv, in contract
     * and version order, rewritten whole after each change that moves money.
     */
    static void schrijfCorrecties(Path runMap, java.util.List<Correctieregel> regels, CsvDialect dialect) {
        try {
            Exporteur.schrijfCsv(runMap.resolve(CORRECTIES), dialect, csv -> {
                csv.koppen(Exporteur.FINANCIEEL_KOPPEN);
                for (Correctieregel r : regels) {
                    Exporteur.financieelRij(csv, r.versie(), r.versie().contract().kaleHuur(), r.mutatie());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("kan " + runMap.resolve(CORRECTIES) + " niet schrijven: " + e.getMessage(), e);
        }
    }

    static void verwijder(Path map) throws IOException {
        Privebestanden.verwijderBoom(map);
    }
}

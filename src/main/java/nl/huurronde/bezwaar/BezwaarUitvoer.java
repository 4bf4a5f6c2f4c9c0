package nl.huurronde.bezwaar;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.StringJoiner;
import java.util.stream.Stream;
import nl.huurronde.export.CsvSchrijver;
import nl.huurronde.export.Privebestanden;
import nl.huurronde.export.Uitvoerbestand;
import nl.huurronde.policy.CsvDialect;
import nl.huurronde.rules.Reden;
import nl.huurronde.voorstel.VoorstelVersie;

/**
 * The folder of one revised proposal, {@code <run>/bezwaar/<contract_id>-v<n>/} (outputs.md "After a
 * bezwaar"): the letter, audit.csv with the one row of version n, financieel.csv with the one
 * correction row. Written in a hidden folder and renamed when complete, so a folder under its final
 * name is always whole. The run's own files are never touched.
 */
final class BezwaarUitvoer {

    /** The columns of the run's audit.csv and financieel.csv (export.Exporteur), in the same order. */
    static final String[] AUDIT_KOPPEN = {"contract_id", "vhe_id", "versie", "sector", "woningtype", "soort",
            "huishouden_personen", "aow", "chronisch_ziek", "inkomen_categorie", "kale_huur_oud", "streefhuur",
            "streefhuur_nieuw", "maximale_huur", "percentage_max", "kale_huur_nieuw", "verhoging_bedrag",
            "verhoging_pct", "in_huursom", "redenen"};
    static final String[] FINANCIEEL_KOPPEN = {"contract_id", "vhe_id", "ingangsdatum", "kale_huur_oud",
            "kale_huur_nieuw", "mutatie", "servicekosten", "bruto_huur_nieuw", "soort", "versie"};

    private BezwaarUitvoer() {}

    static Path map(Path runMap, String contractId, int versie) {
        return runMap.resolve("bezwaar").resolve(contractId + "-v" + versie);
    }

    static String briefNaam(String contractId, int versie) {
        return contractId + "-v" + versie + ".pdf";
    }

    /**
     * @param laatstGeexporteerd the rent of the version this one replaces: the finance correction row goes
     *                           from there ({@code kale_huur_oud}) to the new rent, so {@code mutatie} is
     *                           their difference and the ledger can check it holds the old one
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
            csv(tijdelijk.resolve("audit.csv"), dialect, csv -> auditRij(csv.koppen(AUDIT_KOPPEN), versie));
            csv(tijdelijk.resolve("financieel.csv"), dialect,
                    csv -> financieelRij(csv.koppen(FINANCIEEL_KOPPEN), versie, laatstGeexporteerd));
            // Left by an attempt whose database transaction never committed: that version does not exist.
            verwijder(doel);
            Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("kan de uitvoer van het bezwaar niet schrijven in " + doel.getParent()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The audit columns in the run's format: amounts with 2 decimals, percentage_max as a 4-decimal fraction. */
    static void auditRij(CsvSchrijver csv, VoorstelVersie v) throws IOException {
        var u = v.voorstel();
        csv.tekst(v.contractId()).tekst(v.vheId()).getal(v.versie()).tekst(v.sector().name())
                .tekst(v.woningtype().name()).tekst(u.soort().name()).getal(v.huishouden().personen())
                .janee(v.huishouden().aow()).janee(v.chronischZiek()).tekst(u.inkomenCategorie())
                .getal(v.kaleHuurOud()).getal(v.streefhuur()).getal(u.streefhuurNieuw()).getal(v.maximaleHuur())
                .getal(u.percentageMax()).getal(u.kaleHuurNieuw()).getal(u.verhogingBedrag())
                .getal(u.verhogingPct()).janee(u.inHuursom()).tekst(redenen(v)).einde();
    }

    static void financieelRij(CsvSchrijver csv, VoorstelVersie v, BigDecimal laatstGeexporteerd) throws IOException {
        BigDecimal nieuw = v.voorstel().kaleHuurNieuw();
        csv.tekst(v.contractId()).tekst(v.vheId()).tekst(v.ingangsdatum().toString()).getal(laatstGeexporteerd)
                .getal(nieuw).getal(nieuw.subtract(laatstGeexporteerd)).getal(v.servicekosten())
                .getal(v.brutoHuurNieuw()).tekst(v.voorstel().soort().name()).getal(v.versie()).einde();
    }

    private static String redenen(VoorstelVersie v) {
        StringJoiner tekst = new StringJoiner("|");
        for (Reden reden : v.voorstel().redenen()) {
            tekst.add(reden.name());
        }
        return tekst.toString();
    }

    private interface Inhoud {
        void schrijf(CsvSchrijver csv) throws IOException;
    }

    private static void csv(Path doel, CsvDialect dialect, Inhoud inhoud) throws IOException {
        try (Uitvoerbestand bestand = Uitvoerbestand.open(doel)) {
            try (Writer w = bestand.schrijver()) {
                inhoud.schrijf(new CsvSchrijver(w, dialect));
            }
            bestand.voltooi();
        }
    }

    static void verwijder(Path map) throws IOException {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> alles = Files.walk(map)) {
            for (Path p : alles.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

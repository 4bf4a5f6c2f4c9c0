package nl.huurronde.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import nl.huurronde.policy.CsvDialect;
import nl.huurronde.ronde.Databank;
import nl.huurronde.ronde.Ronde;
import nl.huurronde.voorstel.VoorstelVersie;
import nl.huurronde.voorstel.Voorstellen;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Writes the CSV outputs of a run from the database, in the order outputs.md fixes, each to a
 * temporary name that is renamed when complete. Runs again after a crash give the same bytes.
 */
@Component
public class Exporteur {

    public static final String[] AUDIT_KOPPEN = {"contract_id", "vhe_id", "versie", "sector", "woningtype", "soort",
            "huishouden_personen", "aow", "chronisch_ziek", "inkomen_categorie", "kale_huur_oud", "streefhuur",
            "streefhuur_nieuw", "maximale_huur", "percentage_max", "kale_huur_nieuw", "verhoging_bedrag",
            "verhoging_pct", "in_huursom", "redenen"};
    public static final String[] FINANCIEEL_KOPPEN = {"contract_id", "vhe_id", "ingangsdatum", "kale_huur_oud",
            "kale_huur_nieuw", "mutatie", "servicekosten", "bruto_huur_nieuw", "soort", "versie"};

    private final JdbcTemplate jdbc;
    private final Databank databank;

    Exporteur(JdbcTemplate jdbc, Databank databank) {
        this.jdbc = jdbc;
        this.databank = databank;
    }

    /** audit.csv: version 1 of every processed contract, in contract order. */
    public void audit(Ronde ronde, Voorstellen opContract) throws IOException {
        schrijfCsv(ronde.map().resolve("audit.csv"), ronde.config().csvDialect(), csv -> {
            csv.koppen(AUDIT_KOPPEN);
            opContract.voorElk(v -> {
                try {
                    auditRij(csv, v);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        });
    }

    /** The audit columns in the run's format: amounts with 2 decimals, percentage_max as a 4-decimal fraction. */
    public static void auditRij(CsvSchrijver csv, VoorstelVersie v) throws IOException {
        var u = v.voorstel();
        csv.tekst(v.contractId()).tekst(v.vheId()).getal(v.versie()).tekst(v.sector().name())
                .tekst(v.woningtype().name()).tekst(u.soort().name()).getal(v.huishouden().personen())
                .janee(v.huishouden().aow()).janee(v.chronischZiek()).tekst(u.inkomenCategorie())
                .getal(v.kaleHuurOud()).getal(v.streefhuur()).getal(u.streefhuurNieuw()).getal(v.maximaleHuur())
                .getal(u.percentageMax()).getal(u.kaleHuurNieuw()).getal(u.verhogingBedrag())
                .getal(u.verhogingPct()).janee(u.inHuursom()).tekst(VoorstelVersie.redenen(u.redenen())).einde();
    }

    /** financieel.csv: the new rent per contract for the ledger, per the ingangsdatum. */
    public void financieel(Ronde ronde) throws IOException {
        schrijfCsv(ronde.map().resolve("financieel.csv"), ronde.config().csvDialect(), csv -> {
            csv.koppen(FINANCIEEL_KOPPEN);
            jdbc.query("SELECT contract_id, vhe_id, ingangsdatum, kale_huur_oud, kale_huur_nieuw, verhoging_bedrag, "
                    + "servicekosten, soort, versie FROM voorstel WHERE run_id = ? AND versie = 1 ORDER BY "
                    + databank.codepuntVolgorde("contract_id"), (RowCallbackHandler) rs -> {
                        try {
                            BigDecimal nieuw = bedrag(rs, 5);
                            BigDecimal service = bedrag(rs, 7);
                            csv.tekst(rs.getString(1)).tekst(rs.getString(2)).tekst(rs.getDate(3).toLocalDate().toString())
                                    .getal(bedrag(rs, 4)).getal(nieuw).getal(bedrag(rs, 6)).getal(service)
                                    .getal(nieuw.add(service)).tekst(rs.getString(8)).getal(rs.getInt(9)).einde();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, ronde.runId());
        });
    }

    /** financieel-totalen.csv: per sector and soort, then the total; equal to the rows to the cent. */
    public void financieelTotalen(Ronde ronde) throws IOException {
        schrijfCsv(ronde.map().resolve("financieel-totalen.csv"), ronde.config().csvDialect(), csv -> {
            csv.koppen("sector", "soort", "aantal", "kale_huur_oud", "kale_huur_nieuw", "mutatie", "jaareffect");
            String som = "COUNT(*), COALESCE(SUM(kale_huur_oud), 0), COALESCE(SUM(kale_huur_nieuw), 0), "
                    + "COALESCE(SUM(verhoging_bedrag), 0) FROM voorstel WHERE run_id = ? AND versie = 1";
            jdbc.query("SELECT sector, soort, " + som + " GROUP BY sector, soort ORDER BY "
                    + databank.codepuntVolgorde("sector") + ", " + databank.codepuntVolgorde("soort"),
                    (RowCallbackHandler) rs -> totaalRij(csv, rs.getString(1), rs.getString(2), rs, 3), ronde.runId());
            jdbc.query("SELECT " + som, (RowCallbackHandler) rs -> totaalRij(csv, "TOTAAL", "", rs, 1), ronde.runId());
        });
    }

    private static void totaalRij(CsvSchrijver csv, String sector, String soort, ResultSet rs, int eerste)
            throws java.sql.SQLException {
        try {
            BigDecimal mutatie = rs.getBigDecimal(eerste + 3).setScale(2);
            csv.tekst(sector).tekst(soort).getal(rs.getLong(eerste)).getal(rs.getBigDecimal(eerste + 1).setScale(2))
                    .getal(rs.getBigDecimal(eerste + 2).setScale(2)).getal(mutatie)
                    .getal(mutatie.multiply(BigDecimal.valueOf(12))).einde();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** afgewezen.csv: one line per failing column, sorted by bestand, regel, kolom. */
    public void afgewezen(Ronde ronde) throws IOException {
        schrijfCsv(ronde.map().resolve("afgewezen.csv"), ronde.config().csvDialect(), csv -> {
            csv.koppen("bestand", "regel", "sleutel", "kolom", "reden");
            jdbc.query("SELECT bestand, regel, sleutel, kolom, reden FROM afwijzing WHERE run_id = ? ORDER BY "
                    + databank.codepuntVolgorde("bestand") + ", regel, " + databank.codepuntVolgorde("kolom")
                    + ", volgnr", (RowCallbackHandler) rs -> {
                        try {
                            csv.tekst(rs.getString(1)).getal(rs.getLong(2)).tekst(rs.getString(3))
                                    .tekst(rs.getString(4)).tekst(rs.getString(5)).einde();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, ronde.runId());
        });
    }

    /** drukbestand-index.csv: which pages of which print file hold which contract's letter. */
    public void drukbestandIndex(Ronde ronde) throws IOException {
        schrijfCsv(ronde.map().resolve("drukbestand-index.csv"), ronde.config().csvDialect(), csv -> {
            csv.koppen("bestand", "volgnr", "contract_id", "postcode", "huisnummer", "eerste_pagina", "laatste_pagina");
            jdbc.query("SELECT bestand, volgnr, contract_id, postcode, huisnummer, eerste_pagina, laatste_pagina "
                    + "FROM drukbestand_index WHERE run_id = ? ORDER BY " + databank.codepuntVolgorde("bestand")
                    + ", volgnr", (RowCallbackHandler) rs -> {
                        try {
                            csv.tekst(rs.getString(1)).getal(rs.getInt(2)).tekst(rs.getString(3)).tekst(rs.getString(4))
                                    .getal(rs.getInt(5)).getal(rs.getInt(6)).getal(rs.getInt(7)).einde();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, ronde.runId());
        });
    }

    static BigDecimal bedrag(ResultSet rs, int kolom) throws java.sql.SQLException {
        return schaal(rs.getBigDecimal(kolom), 2);
    }

    private static BigDecimal schaal(BigDecimal waarde, int schaal) {
        return waarde == null ? null : waarde.setScale(schaal);
    }

    /** Writes a CSV file completely or not at all. */
    public static void schrijfCsv(Path doel, CsvDialect dialect, CsvInhoud inhoud) throws IOException {
        try (Uitvoerbestand bestand = Uitvoerbestand.open(doel)) {
            try (Writer w = bestand.schrijver()) {
                inhoud.schrijf(new CsvSchrijver(w, dialect));
            }
            bestand.voltooi();
        }
    }

    /** The rows of one CSV file. */
    @FunctionalInterface
    public interface CsvInhoud {
        void schrijf(CsvSchrijver csv) throws IOException;
    }
}

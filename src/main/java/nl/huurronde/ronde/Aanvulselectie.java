package nl.huurronde.ronde;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import nl.huurronde.beleid.CsvDialect;
import nl.huurronde.contract.Contract;
import nl.huurronde.contract.Huurder;
import nl.huurronde.huursom.HuursomCijfers;
import nl.huurronde.regels.Huursom;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.register.RondeStatus;
import nl.huurronde.uitvoer.Exporteur;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a supplementary run adds to its round (docs/decisions.md, "Supplementary run"): after its intake, every
 * accepted row whose contract already has a proposal in the round (the main run or an earlier supplement) is
 * recorded in {@code aanvul_bestaand}, compared with the row that proposal was made from, and taken out of the
 * supplement's staging, so the compute, letters and exports see only the contracts that are new to the round.
 * At the end, those rows are listed and the round's huursom is measured with the supplement.
 */
@Component
class Aanvulselectie {

    /** The exit status of the selection step when nothing is left to compute: the job ends there. */
    static final String NIETS_NIEUW = "NIETS_NIEUW";

    /** The columns of a contract's row that decide its proposal or letter (names as in huurder). */
    private static final List<String> VERGELEKEN = vergeleken();
    private static final List<String> MEDEHUURDERKOLOMMEN = List.of(Huurder.Kolom.MEDEHUURDER_NAMEN.naam(),
            Contract.Kolom.MEDEHUURDERS.naam(Contract.Tabel.HUURDER));

    private final NamedParameterJdbcTemplate jdbc;
    private final RondeRegister register;
    private final HuursomCijfers cijfers;

    Aanvulselectie(JdbcTemplate jdbc, RondeRegister register, HuursomCijfers cijfers) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.register = register;
        this.cijfers = cijfers;
    }

    private static List<String> vergeleken() {
        List<String> kolommen = new ArrayList<>();
        for (Contract.Kolom kolom : Contract.Kolom.values()) {
            if (kolom != Contract.Kolom.REGEL) {
                kolommen.add(kolom.naam(Contract.Tabel.HUURDER));
            }
        }
        for (Huurder.Kolom kolom : Huurder.Kolom.values()) {
            kolommen.add(kolom.naam());
        }
        return List.copyOf(kolommen);
    }

    /** One row of the supplement's roll whose contract the round already has. */
    record Bestaand(String contractId, long regel, String bronRun, boolean gewijzigd) {}

    /** The runs of the round whose proposals stand: the main run, then its completed supplements by number. */
    List<String> rondeRuns(String hoofdrun, String behalve) {
        List<String> runs = new ArrayList<>(List.of(hoofdrun));
        register.aanvullingen(hoofdrun).stream()
                .filter(r -> r.status() == RondeStatus.VOLTOOID && !r.runId().equals(behalve))
                .forEach(r -> runs.add(r.runId()));
        return runs;
    }

    /**
     * Records and removes from the supplement's staging every accepted row of a contract the round has a
     * proposal for; returns how many accepted rows are left to compute.
     */
    long selecteer(String runId, String hoofdrun) {
        MapSqlParameterSource run = new MapSqlParameterSource("run", runId);
        jdbc.update("DELETE FROM aanvul_bestaand WHERE run_id = :run", run);
        StringJoiner gelijk = new StringJoiner(" AND ");
        // without a medehuurders.csv of its own the supplement knows no co-tenants (docs/opdrachten.md,
        // aanvulrun): the main run's are not a difference to send to bezwaar
        boolean eigenMedehuurders = jdbc.queryForObject("SELECT COUNT(*) FROM medehuurder WHERE run_id = :run", run,
                Long.class) > 0;
        VERGELEKEN.stream().filter(k -> eigenMedehuurders || !MEDEHUURDERKOLOMMEN.contains(k))
                .forEach(k -> gelijk.add("a." + k + " IS NOT DISTINCT FROM m." + k));
        for (String bron : rondeRuns(hoofdrun, runId)) {
            // the row version 1 was made from (voorstel.regel); a proposal without its staged row counts as the same
            jdbc.update("INSERT INTO aanvul_bestaand (run_id, regel, contract_id, bron_run, gewijzigd) "
                    + "SELECT a.run_id, a.regel, a.contract_id, :bron, "
                    + "CASE WHEN m.regel IS NULL OR (" + gelijk + ") THEN FALSE ELSE TRUE END "
                    + "FROM huurder a JOIN voorstel v ON v.run_id = :bron AND v.contract_id = a.contract_id AND v.versie = 1 "
                    + "LEFT JOIN huurder m ON m.run_id = :bron AND m.regel = v.regel "
                    + "WHERE a.run_id = :run AND a.afgewezen = FALSE "
                    + "AND NOT EXISTS (SELECT 1 FROM aanvul_bestaand b WHERE b.run_id = :run AND b.regel = a.regel)",
                    new MapSqlParameterSource("run", runId).addValue("bron", bron));
        }
        // their staged rows (names, addresses) and their co-tenants' names are not needed: the supplement
        // never computes them (co-tenants first, found through the contract's staged row)
        jdbc.update("DELETE FROM medehuurder m WHERE m.run_id = :run AND EXISTS (SELECT 1 FROM huurder h "
                + "WHERE h.run_id = :run AND h.contract_id = m.contract_id AND EXISTS "
                + "(SELECT 1 FROM aanvul_bestaand b WHERE b.run_id = :run AND b.regel = h.regel))", run);
        // EXISTS, not IN (SELECT ...): H2 evaluated the IN list again per row (20,000 rows: minutes)
        jdbc.update("DELETE FROM huurder h WHERE h.run_id = :run AND EXISTS "
                + "(SELECT 1 FROM aanvul_bestaand b WHERE b.run_id = :run AND b.regel = h.regel)", run);
        return nieuw(runId);
    }

    /** The accepted rows left to compute: the contracts new to the round. */
    long nieuw(String runId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM huurder WHERE run_id = :run AND afgewezen = FALSE",
                new MapSqlParameterSource("run", runId), Long.class);
        return n == null ? 0 : n;
    }

    List<Bestaand> bestaand(String runId) {
        return jdbc.query("SELECT contract_id, regel, bron_run, gewijzigd FROM aanvul_bestaand WHERE run_id = :run "
                + "ORDER BY regel", new MapSqlParameterSource("run", runId), (rs, i) -> new Bestaand(
                        rs.getString("contract_id"), rs.getLong("regel"), rs.getString("bron_run"),
                        rs.getBoolean("gewijzigd")));
    }

    /** The round's huursom (after the cap) before this supplement, its own, and with it. */
    record Verschuiving(Huursom.Som voor, Huursom.Som aanvulling, Huursom.Som na) {
        /** How far the supplement moved the round's huursom, in percentage points. */
        BigDecimal procentpunten() {
            return na.pct().subtract(voor.pct());
        }
    }

    Verschuiving verschuiving(String runId, String hoofdrun) {
        Huursom.Som voor = new Huursom.Som(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
        for (String bron : rondeRuns(hoofdrun, runId)) {
            voor = plus(voor, cijfers.somInHuursom(bron, HuursomCijfers.NA_CAP));
        }
        Huursom.Som eigen = cijfers.somInHuursom(runId, HuursomCijfers.NA_CAP);
        return new Verschuiving(voor, eigen, plus(voor, eigen));
    }

    private static Huursom.Som plus(Huursom.Som a, Huursom.Som b) {
        return new Huursom.Som(a.aantal() + b.aantal(), a.somOud().add(b.somOud()).setScale(2),
                a.somNieuw().add(b.somNieuw()).setScale(2));
    }

    /**
     * bestaande-contracten.csv and huursom-aanvulling.csv in the supplement's folder, each complete or
     * absent; the round's own huursom.csv stays as the main run wrote it.
     */
    void schrijf(Ronde ronde, String hoofdrun) throws IOException {
        CsvDialect dialect = ronde.config().csvDialect();
        List<Bestaand> bestaand = bestaand(ronde.runId());
        Exporteur.schrijfCsv(ronde.map().resolve("bestaande-contracten.csv"), dialect, csv -> {
            csv.koppen("contract_id", "regel", "voorstel_in_run", "rij_gewijzigd", "actie");
            for (Bestaand b : bestaand) {
                csv.tekst(b.contractId()).getal(b.regel()).tekst(b.bronRun()).janee(b.gewijzigd())
                        .tekst(b.gewijzigd() ? "de rij wijkt af van de invoer van run " + b.bronRun()
                                + "; een wijziging gaat via huurronde bezwaar --run " + b.bronRun() + " --contract "
                                + b.contractId() : "geen: ongewijzigd").einde();
            }
        });
        Verschuiving v = verschuiving(ronde.runId(), hoofdrun);
        Exporteur.schrijfCsv(ronde.map().resolve("huursom-aanvulling.csv"), dialect, csv -> {
            csv.koppen("sectie", "aantal", "som_oud", "som_nieuw", "pct");
            rij(csv, "RONDE_VOOR", v.voor());
            rij(csv, "AANVULLING", v.aanvulling());
            rij(csv, "RONDE_NA", v.na());
            csv.tekst("VERSCHUIVING").tekst("").tekst("").getal(v.na().somNieuw().subtract(v.voor().somNieuw()))
                    .getal(v.procentpunten()).einde();
            csv.tekst("MAXIMUM").tekst("").tekst("").tekst("")
                    .getal(ronde.beleid().huursomMaxPct().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP))
                    .einde();
        });
    }

    private static void rij(nl.huurronde.bestand.CsvSchrijver csv, String sectie, Huursom.Som som) throws IOException {
        csv.tekst(sectie).getal(som.aantal()).getal(som.somOud()).getal(som.somNieuw()).getal(som.pct()).einde();
    }
}

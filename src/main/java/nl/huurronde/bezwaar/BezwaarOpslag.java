package nl.huurronde.bezwaar;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.huurronde.batch.Databank;
import nl.huurronde.brieven.Geadresseerde;
import nl.huurronde.contract.Huurder;
import nl.huurronde.intake.PersoonRegel;
import nl.huurronde.regels.Huishoudberekening;
import nl.huurronde.regels.InkomenStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The bezwaar table, and what a bezwaar reads of the run's staging tables (address, incomes). */
@Repository
class BezwaarOpslag {

    private final NamedParameterJdbcTemplate jdbc;
    private final Databank databank;

    BezwaarOpslag(JdbcTemplate jdbc, Databank databank) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.databank = databank;
    }

    /** One handled bezwaar. */
    record BezwaarRij(String runId, String contractId, int versie, int vervangtVersie, LocalDate ontvangen,
                      LocalDate verzenddatum, BigDecimal mutatie, String uitvoerMap, LocalDateTime verwerkt) {}

    /** The tenant's name and address from the run's roll, and the key that joins it to BRP persons. */
    record Huurderadres(Geadresseerde geadresseerde, String adresSleutel) {}

    void voegToe(BezwaarRij rij) {
        jdbc.update("""
                INSERT INTO bezwaar (run_id, contract_id, versie, vervangt_versie, ontvangen, verzenddatum, mutatie,
                    uitvoer_map, verwerkt) VALUES (:run_id, :contract_id, :versie, :vervangt_versie, :ontvangen,
                    :verzenddatum, :mutatie, :uitvoer_map, :verwerkt)""", new MapSqlParameterSource()
                .addValue("run_id", rij.runId()).addValue("contract_id", rij.contractId())
                .addValue("versie", rij.versie()).addValue("vervangt_versie", rij.vervangtVersie())
                .addValue("ontvangen", Date.valueOf(rij.ontvangen()))
                .addValue("verzenddatum", Date.valueOf(rij.verzenddatum())).addValue("mutatie", rij.mutatie())
                .addValue("uitvoer_map", rij.uitvoerMap()).addValue("verwerkt", Timestamp.valueOf(rij.verwerkt())));
    }

    Optional<BezwaarRij> vind(String runId, String contractId, int versie) {
        return jdbc.query("SELECT * FROM bezwaar WHERE run_id = :run_id AND contract_id = :contract_id "
                + "AND versie = :versie", contract(runId, contractId).addValue("versie", versie), BezwaarOpslag::rij)
                .stream().findFirst();
    }

    /** The bezwaren of a run in contract and version order. */
    List<BezwaarRij> vanRun(String runId) {
        return jdbc.query("SELECT * FROM bezwaar WHERE run_id = :run_id ORDER BY "
                + databank.codepuntVolgorde("contract_id") + ", versie", run(runId), BezwaarOpslag::rij);
    }

    /** Proposals of the yearly run (version 1) per soort, in code-point order of the soort. */
    Map<String, Long> aantallenPerSoort(String runId) {
        Map<String, Long> aantallen = new LinkedHashMap<>();
        jdbc.query("SELECT soort, COUNT(*) AS aantal FROM voorstel WHERE run_id = :run_id AND versie = 1 "
                + "GROUP BY soort ORDER BY " + databank.codepuntVolgorde("soort"), run(runId), (ResultSet rs) -> {
                    aantallen.put(rs.getString("soort"), rs.getLong("aantal"));
                });
        return aantallen;
    }

    Optional<Huurderadres> adres(String runId, long regel) {
        return jdbc.query("SELECT " + Huurder.kolommen(null) + ", adres_sleutel "
                + "FROM huurder WHERE run_id = :run_id AND regel = :regel",
                run(runId).addValue("regel", regel),
                (rs, i) -> new Huurderadres(Geadresseerde.van(new Huurder.Lezer(rs).lees(rs)),
                        rs.getString("adres_sleutel"))).stream().findFirst();
    }

    /** The contract is in the run's roll but its row was rejected (so it has no proposal). */
    boolean afgewezenInRun(String runId, String contractId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM huurder WHERE run_id = :run_id "
                + "AND contract_id = :contract_id", contract(runId, contractId), Integer.class);
        return n != null && n > 0;
    }

    /**
     * A person of a BRP extract with the income facts of the run, as in the yearly run: an accepted
     * income row counts, a rejected one makes the income unknown, no row counts 0. A person who was not
     * in the run's BRP was not in the request to the Belastingdienst, so their income is unknown
     * (NIET_VASTGESTELD) until a newer statement gives the category.
     */
    Huishoudberekening.Persoon metInkomen(String runId, PersoonRegel persoon) {
        MapSqlParameterSource wie = run(runId).addValue("bsn", persoon.bsn());
        Integer bekend = jdbc.queryForObject("SELECT COUNT(*) FROM persoon WHERE run_id = :run_id AND bsn = :bsn",
                wie, Integer.class);
        if (bekend == null || bekend == 0) {
            return new Huishoudberekening.Persoon(persoon.geboortedatum(), persoon.rol(),
                    InkomenStatus.NIET_VASTGESTELD, null, false);
        }
        InkomenStatus[] status = {null};
        BigDecimal[] inkomen = {null};
        boolean[] afgewezen = {false};
        jdbc.query("SELECT status, verzamelinkomen, afgewezen FROM inkomen WHERE run_id = :run_id AND bsn = :bsn "
                + "ORDER BY regel", wie, (ResultSet rs) -> {
                    if (rs.getBoolean("afgewezen")) {
                        afgewezen[0] = true;
                    } else {
                        String s = rs.getString("status");
                        status[0] = s == null ? null : InkomenStatus.valueOf(s);
                        BigDecimal b = rs.getBigDecimal("verzamelinkomen");
                        inkomen[0] = b == null ? null : b.setScale(2);
                    }
                });
        return new Huishoudberekening.Persoon(persoon.geboortedatum(), persoon.rol(), status[0], inkomen[0],
                afgewezen[0]);
    }

    private static MapSqlParameterSource run(String runId) {
        return new MapSqlParameterSource("run_id", runId);
    }

    private static MapSqlParameterSource contract(String runId, String contractId) {
        return run(runId).addValue("contract_id", contractId);
    }

    private static BezwaarRij rij(ResultSet rs, int i) throws SQLException {
        return new BezwaarRij(rs.getString("run_id"), rs.getString("contract_id"), rs.getInt("versie"),
                rs.getInt("vervangt_versie"), rs.getDate("ontvangen").toLocalDate(),
                rs.getDate("verzenddatum").toLocalDate(), rs.getBigDecimal("mutatie").setScale(2),
                rs.getString("uitvoer_map"), rs.getTimestamp("verwerkt").toLocalDateTime());
    }
}

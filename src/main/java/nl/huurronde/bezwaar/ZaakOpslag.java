package nl.huurronde.bezwaar;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.huurronde.batch.Databank;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The register's tables: bezwaarzaak, bezwaarzaak_historie and herinnering; named parameters, columns by name. */
@Repository
class ZaakOpslag {

    private final NamedParameterJdbcTemplate jdbc;
    private final Databank databank;

    ZaakOpslag(JdbcTemplate jdbc, Databank databank) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.databank = databank;
    }

    /** One line of a case's history. */
    record Stap(int stap, Zaakstatus status, LocalDate datum, String door, LocalDateTime tijdstip, String wat) {}

    /** A registered reminder. */
    record Herinnering(String contractId, LocalDate verzonden, LocalDate ingangsdatum, LocalDate uiterlijk, String door) {}

    int volgendeZaak(String runId, String contractId) {
        Integer n = jdbc.queryForObject("SELECT COALESCE(MAX(zaak), 0) FROM bezwaarzaak WHERE run_id = :run_id "
                + "AND contract_id = :contract_id", sleutel(runId, contractId), Integer.class);
        return (n == null ? 0 : n) + 1;
    }

    void voegToe(Zaak z) {
        jdbc.update("""
                INSERT INTO bezwaarzaak (run_id, contract_id, zaak, ontvangen, ingangsdatum, kanaal, gronden, toelichting, te_laat,
                    status, status_datum, ingediend, zaaknummer, uitkomst, bedrag, versie, door, geregistreerd,
                    open_contract)
                VALUES (:run_id, :contract_id, :zaak, :ontvangen, :ingangsdatum, :kanaal, :gronden, :toelichting, :te_laat,
                    :status, :status_datum, :ingediend, :zaaknummer, :uitkomst, :bedrag, :versie, :door,
                    :geregistreerd, :open_contract)""", waarden(z));
    }

    /** The case's changeable columns; the row must exist. */
    void werkBij(Zaak z) {
        int n = jdbc.update("""
                UPDATE bezwaarzaak SET status = :status, status_datum = :status_datum, ingediend = :ingediend,
                    zaaknummer = :zaaknummer, uitkomst = :uitkomst, bedrag = :bedrag, versie = :versie,
                    open_contract = :open_contract
                WHERE run_id = :run_id AND contract_id = :contract_id AND zaak = :zaak""", waarden(z));
        if (n != 1) {
            throw new IllegalStateException("bezwaarzaak " + z + " niet gevonden");
        }
    }

    void historie(Zaak z, LocalDate datum, String door, String wat) {
        MapSqlParameterSource p = sleutel(z.runId(), z.contractId()).addValue("zaak", z.zaak());
        Integer stap = jdbc.queryForObject("SELECT COALESCE(MAX(stap), 0) FROM bezwaarzaak_historie "
                + "WHERE run_id = :run_id AND contract_id = :contract_id AND zaak = :zaak", p, Integer.class);
        jdbc.update("""
                INSERT INTO bezwaarzaak_historie (run_id, contract_id, zaak, stap, status, datum, door, tijdstip, wat)
                VALUES (:run_id, :contract_id, :zaak, :stap, :status, :datum, :door, :tijdstip, :wat)""",
                p.addValue("stap", (stap == null ? 0 : stap) + 1).addValue("status", z.status().name())
                        .addValue("datum", Date.valueOf(datum)).addValue("door", door)
                        .addValue("tijdstip", Timestamp.valueOf(LocalDateTime.now())).addValue("wat", wat));
    }

    List<Stap> historie(String runId, String contractId, int zaak) {
        return jdbc.query("SELECT * FROM bezwaarzaak_historie WHERE run_id = :run_id AND contract_id = :contract_id "
                + "AND zaak = :zaak ORDER BY stap", sleutel(runId, contractId).addValue("zaak", zaak),
                (rs, i) -> new Stap(rs.getInt("stap"), Zaakstatus.valueOf(rs.getString("status")),
                        rs.getDate("datum").toLocalDate(), rs.getString("door"),
                        rs.getTimestamp("tijdstip").toLocalDateTime(), rs.getString("wat")));
    }

    /** The contract's cases, oldest first. */
    List<Zaak> vanContract(String runId, String contractId) {
        return jdbc.query("SELECT * FROM bezwaarzaak WHERE run_id = :run_id AND contract_id = :contract_id ORDER BY zaak",
                sleutel(runId, contractId), ZaakOpslag::zaak);
    }

    Optional<Zaak> laatste(String runId, String contractId) {
        List<Zaak> zaken = vanContract(runId, contractId);
        return zaken.isEmpty() ? Optional.empty() : Optional.of(zaken.get(zaken.size() - 1));
    }

    /** Every case of the run, in contract and case order. */
    List<Zaak> vanRun(String runId) {
        return jdbc.query("SELECT * FROM bezwaarzaak WHERE run_id = :run_id ORDER BY "
                + databank.codepuntVolgorde("contract_id") + ", zaak", new MapSqlParameterSource("run_id", runId),
                ZaakOpslag::zaak);
    }

    void voegToe(String runId, Herinnering h) {
        jdbc.update("""
                INSERT INTO herinnering (run_id, contract_id, verzonden, ingangsdatum, uiterlijk, door, tijdstip)
                VALUES (:run_id, :contract_id, :verzonden, :ingangsdatum, :uiterlijk, :door, :tijdstip)""",
                sleutel(runId, h.contractId()).addValue("verzonden", Date.valueOf(h.verzonden()))
                        .addValue("ingangsdatum", Date.valueOf(h.ingangsdatum()))
                        .addValue("uiterlijk", Date.valueOf(h.uiterlijk())).addValue("door", h.door())
                        .addValue("tijdstip", Timestamp.valueOf(LocalDateTime.now())));
    }

    List<Herinnering> herinneringen(String runId) {
        return jdbc.query("SELECT * FROM herinnering WHERE run_id = :run_id ORDER BY "
                + databank.codepuntVolgorde("contract_id"), new MapSqlParameterSource("run_id", runId),
                (rs, i) -> new Herinnering(rs.getString("contract_id"), rs.getDate("verzonden").toLocalDate(),
                        rs.getDate("ingangsdatum").toLocalDate(), rs.getDate("uiterlijk").toLocalDate(), rs.getString("door")));
    }

    /** The contracts with a proposal in the run, in code-point order. */
    List<String> contracten(String runId) {
        return jdbc.queryForList("SELECT contract_id FROM voorstel WHERE run_id = :run_id AND versie = 1 ORDER BY "
                + databank.codepuntVolgorde("contract_id"), new MapSqlParameterSource("run_id", runId), String.class);
    }

    private static MapSqlParameterSource sleutel(String runId, String contractId) {
        return new MapSqlParameterSource("run_id", runId).addValue("contract_id", contractId);
    }

    private static MapSqlParameterSource waarden(Zaak z) {
        return sleutel(z.runId(), z.contractId()).addValue("zaak", z.zaak())
                .addValue("ontvangen", Date.valueOf(z.ontvangen()))
                .addValue("ingangsdatum", Date.valueOf(z.ingangsdatum())).addValue("kanaal", z.kanaal().name())
                .addValue("gronden", z.grondenTekst()).addValue("toelichting", z.toelichting())
                .addValue("te_laat", z.teLaat()).addValue("status", z.status().name())
                .addValue("status_datum", Date.valueOf(z.statusDatum()))
                .addValue("ingediend", z.ingediend() == null ? null : Date.valueOf(z.ingediend()),
                        java.sql.Types.DATE)
                .addValue("zaaknummer", z.zaaknummer(), java.sql.Types.VARCHAR)
                .addValue("uitkomst", z.uitkomst() == null ? null : z.uitkomst().name(), java.sql.Types.VARCHAR)
                .addValue("bedrag", z.bedrag(), java.sql.Types.NUMERIC)
                .addValue("versie", z.versie(), java.sql.Types.INTEGER).addValue("door", z.door())
                .addValue("geregistreerd", Timestamp.valueOf(z.geregistreerd()))
                .addValue("open_contract", z.status().open() ? z.contractId() : null, java.sql.Types.VARCHAR);
    }

    private static Zaak zaak(ResultSet rs, int i) throws SQLException {
        String gronden = rs.getString("gronden");
        Date ingediend = rs.getDate("ingediend");
        String uitkomst = rs.getString("uitkomst");
        BigDecimal bedrag = rs.getBigDecimal("bedrag");
        int versie = rs.getInt("versie");
        Integer v = rs.wasNull() ? null : versie;
        return new Zaak(rs.getString("run_id"), rs.getString("contract_id"), rs.getInt("zaak"),
                rs.getDate("ontvangen").toLocalDate(), rs.getDate("ingangsdatum").toLocalDate(), Zaak.Kanaal.valueOf(rs.getString("kanaal")),
                gronden.isEmpty() ? List.of() : Arrays.stream(gronden.split("\\|")).map(Zaak.Grond::valueOf).toList(),
                rs.getString("toelichting"), rs.getBoolean("te_laat"), Zaakstatus.valueOf(rs.getString("status")),
                rs.getDate("status_datum").toLocalDate(), ingediend == null ? null : ingediend.toLocalDate(),
                rs.getString("zaaknummer"), uitkomst == null ? null : Zaak.Uitkomst.valueOf(uitkomst),
                bedrag == null ? null : bedrag.setScale(2), v, rs.getString("door"),
                rs.getTimestamp("geregistreerd").toLocalDateTime());
    }
}

package nl.huurronde.brieven;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import nl.huurronde.batch.Batchinvoeging;
import nl.huurronde.batch.Cursor;
import nl.huurronde.batch.Databank;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Numbers a run's letters in print order (postcode, house number, letter, addition, contract; text in
 * code-point order; of the address the envelope goes to, abroad last) in the table drukvolgorde. Done once before the letters' parts start; a restart
 * keeps a complete numbering. On PostgreSQL one {@code INSERT … SELECT ROW_NUMBER() OVER} does it on the
 * server (its sort spills to disk). On H2 the database sorts the keys and streams them; they are numbered
 * here and inserted in batches, so memory does not grow with the roll (H2 holds a window's rows in the heap).
 */
final class Drukvolgorde {

    private static final int BATCH = 1_000;
    private static final Batchinvoeging INVOEGING = new Batchinvoeging("drukvolgorde", List.of(
            new Batchinvoeging.Kolom("run_id", Types.VARCHAR), new Batchinvoeging.Kolom("volgnr", Types.BIGINT),
            new Batchinvoeging.Kolom("regel", Types.BIGINT)));

    /** The run's letters: the first versions of its proposals with a date of effect, joined to their contract. */
    private static final String BRIEVEN = "FROM huurder h JOIN voorstel v ON v.run_id = h.run_id AND v.versie = 1 "
            + "AND v.regel = h.regel WHERE h.run_id = :run_id AND v.ingangsdatum IS NOT NULL";

    private final DataSource dataSource;
    private final JdbcTemplate jdbcTemplate;
    private final NamedParameterJdbcTemplate jdbc;
    private final Databank databank;

    Drukvolgorde(DataSource dataSource, JdbcTemplate jdbc, Databank databank) {
        this.dataSource = dataSource;
        this.jdbcTemplate = jdbc;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.databank = databank;
    }

    /** Numbers the run's proposals 1..n in print order, unless that was done already; returns n. */
    long leg(String runId) {
        long brieven = aantal(runId);
        if (tel("SELECT COUNT(*) FROM drukvolgorde WHERE run_id = :run_id", runId) == brieven) {
            return brieven;
        }
        jdbc.update("DELETE FROM drukvolgorde WHERE run_id = :run_id", run(runId));
        if (databank.postgres()) {
            // one statement: the server sorts and numbers, nothing travels to the JVM and back
            jdbc.update("INSERT INTO drukvolgorde (run_id, volgnr, regel) SELECT h.run_id, ROW_NUMBER() OVER (ORDER BY "
                    + volgorde() + "), h.regel " + BRIEVEN, run(runId));
        } else {
            nummerHier(runId);
        }
        databank.werkStatistiekBij("drukvolgorde"); // the parts' joins are planned on it
        return brieven;
    }

    /** Print order: abroad after the Netherlands (PostNL takes foreign mail apart), then the envelope's address. */
    private String volgorde() {
        return "CASE WHEN h.corr_land IS NULL THEN 0 ELSE 1 END, "
                + databank.codepuntVolgorde(envelop("postcode")) + ", " + envelop("huisnummer") + ", "
                + databank.codepuntVolgorde("COALESCE(" + envelop("huisletter") + ", '')") + ", "
                + databank.codepuntVolgorde("COALESCE(" + envelop("toevoeging") + ", '')") + ", "
                + databank.codepuntVolgorde("v.contract_id");
    }

    /**
     * H2: the database sorts the keys and streams them (spilling a large sort to disk); they are numbered
     * here and inserted in batches. H2 would hold a window function's rows in the heap.
     */
    private void nummerHier(String runId) {
        try (Cursor cursor = Cursor.open(dataSource, "SELECT h.regel " + BRIEVEN + " ORDER BY " + volgorde(), run(runId))) {
            ResultSet rijen = cursor.rijen();
            int regel = rijen.findColumn("regel");
            List<Plaats> batch = new ArrayList<>(BATCH);
            long volgnr = 0;
            while (rijen.next()) {
                batch.add(new Plaats(++volgnr, rijen.getLong(regel)));
                if (batch.size() == BATCH) {
                    voegToe(runId, batch);
                }
            }
            voegToe(runId, batch);
        } catch (SQLException e) {
            throw new IllegalStateException("kan de drukvolgorde niet bepalen (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    /** The envelope's value of an address column of huurder: corr_&lt;kolom&gt; when the row has a correspondence address. */
    private static String envelop(String kolom) {
        return "CASE WHEN h.corr_straat IS NULL THEN h." + kolom + " ELSE h.corr_" + kolom + " END";
    }

    /**
     * The number of letters of the run: its proposals' first versions, but for the contracts without a
     * proposal this round (no ingangsdatum: one increase per 12 months).
     */
    long aantal(String runId) {
        return tel("SELECT COUNT(*) FROM voorstel WHERE run_id = :run_id AND versie = 1 "
                + "AND ingangsdatum IS NOT NULL", runId);
    }

    /** A letter's number in print order and its contract's line. */
    private record Plaats(long volgnr, long regel) {}

    private void voegToe(String runId, List<Plaats> batch) {
        INVOEGING.<Plaats>voegIn(jdbcTemplate, batch, (p, rij) -> {
            rij.zet("run_id", runId, Types.VARCHAR);
            rij.zet("volgnr", p.volgnr(), Types.BIGINT);
            rij.zet("regel", p.regel(), Types.BIGINT);
        });
        batch.clear();
    }

    private static MapSqlParameterSource run(String runId) {
        return new MapSqlParameterSource("run_id", runId);
    }

    private long tel(String sql, String runId) {
        Long n = jdbc.queryForObject(sql, run(runId), Long.class);
        return n == null ? 0 : n;
    }
}

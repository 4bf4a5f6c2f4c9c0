package nl.huurronde.letters;

import nl.huurronde.ronde.Databank;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Numbers a run's letters in print order (postcode, house number, letter, addition, contract; text in
 * code-point order) in the table drukvolgorde, sorted by the database so memory does not grow with the
 * roll. Done once before the letters' parts start; a restart keeps a complete numbering.
 */
final class Drukvolgorde {

    private final JdbcTemplate jdbc;
    private final Databank databank;

    Drukvolgorde(JdbcTemplate jdbc, Databank databank) {
        this.jdbc = jdbc;
        this.databank = databank;
    }

    /** Numbers the run's proposals 1..n in print order, unless that was done already; returns n. */
    long leg(String runId) {
        long brieven = aantal(runId);
        if (tel("SELECT COUNT(*) FROM drukvolgorde WHERE run_id = ?", runId) == brieven) {
            return brieven;
        }
        jdbc.update("DELETE FROM drukvolgorde WHERE run_id = ?", runId);
        jdbc.update("INSERT INTO drukvolgorde (run_id, volgnr, regel) SELECT h.run_id, ROW_NUMBER() OVER (ORDER BY "
                + databank.codepuntVolgorde("h.postcode") + ", h.huisnummer, "
                + databank.codepuntVolgorde("COALESCE(h.huisletter, '')") + ", "
                + databank.codepuntVolgorde("COALESCE(h.toevoeging, '')") + ", "
                + databank.codepuntVolgorde("v.contract_id") + "), h.regel FROM huurder h JOIN voorstel v "
                + "ON v.run_id = h.run_id AND v.versie = 1 AND v.regel = h.regel WHERE h.run_id = ?", runId);
        databank.werkStatistiekBij("drukvolgorde"); // the parts' joins are planned on it
        return brieven;
    }

    /** The number of letters of the run: its proposals' first versions. */
    long aantal(String runId) {
        return tel("SELECT COUNT(*) FROM voorstel WHERE run_id = ? AND versie = 1", runId);
    }

    private long tel(String sql, String runId) {
        Long n = jdbc.queryForObject(sql, Long.class, runId);
        return n == null ? 0 : n;
    }
}

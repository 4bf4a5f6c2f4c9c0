package nl.huurronde.batch;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What differs between H2 and PostgreSQL for this project: text order and planner statistics. Outputs are sorted by code
 * point, so PostgreSQL must compare with the "C" collation; H2 compares strings by character already.
 */
@Component
public class Databank {

    private final boolean postgres;
    private final JdbcTemplate jdbc;

    /** Outside a Spring context: the fast path of 'status' (HuurrondeApplication). */
    public static Databank van(DataSource dataSource, JdbcTemplate jdbc) throws SQLException {
        return new Databank(dataSource, jdbc);
    }

    Databank(DataSource dataSource, JdbcTemplate jdbc) throws SQLException {
        this.jdbc = jdbc;
        try (Connection c = dataSource.getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /**
     * Refreshes the planner's statistics of tables just filled in bulk. Without this PostgreSQL plans the
     * household join on an empty-table estimate until autovacuum catches up, and the compute step ran
     * 10x slower on 100k contracts (docs/benchmarks.md). H2 plans by index selectivity, kept up to date.
     */
    public void werkStatistiekBij(String... tabellen) {
        if (postgres) {
            jdbc.execute("ANALYZE " + String.join(", ", tabellen));
        }
    }

    /**
     * Switches H2's lazy query execution on or off for this connection (nothing on PostgreSQL, which
     * streams a cursor anyway). Lazy, H2 hands rows over as it reads them, instead of computing the whole
     * result first and keeping up to 20,000 rows of it in the heap; it can only do so where the ORDER BY
     * is an index's own column order, written from its first column (then H2 does not sort).
     */
    public static void lui(Connection verbinding, boolean lui) throws SQLException {
        if ("H2".equals(verbinding.getMetaData().getDatabaseProductName())) {
            try (Statement opdracht = verbinding.createStatement()) {
                opdracht.execute("SET LAZY_QUERY_EXECUTION " + lui);
            }
        }
    }

    public boolean postgres() {
        return postgres;
    }

    /** An ORDER BY term for a text column in code-point order. */
    public String codepuntVolgorde(String kolom) {
        return postgres ? kolom + " COLLATE \"C\"" : kolom;
    }
}

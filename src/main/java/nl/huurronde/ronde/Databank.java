package nl.huurronde.ronde;

import java.sql.Connection;
import java.sql.SQLException;
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

    public boolean postgres() {
        return postgres;
    }

    /** An ORDER BY term for a text column in code-point order. */
    public String codepuntVolgorde(String kolom) {
        return postgres ? kolom + " COLLATE \"C\"" : kolom;
    }
}

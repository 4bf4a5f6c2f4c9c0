package nl.huurronde.ronde;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * What differs between H2 and PostgreSQL for this project: text order. Outputs are sorted by code
 * point, so PostgreSQL must compare with the "C" collation; H2 compares strings by character already.
 */
@Component
public class Databank {

    private final boolean postgres;

    Databank(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
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

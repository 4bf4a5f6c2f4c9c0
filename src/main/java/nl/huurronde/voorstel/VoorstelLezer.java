package nl.huurronde.voorstel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams stored proposals of one version in line order, optionally only some soorten. Restart
 * resumes after the last line of the last committed chunk.
 */
public class VoorstelLezer implements ItemStreamReader<VoorstelVersie> {

    private static final String LAATSTE = "laatste.regel";

    private final DataSource dataSource;
    private final String runId;
    private final int versie;
    private final Supplier<String> extraVoorwaarde;
    private Connection verbinding;
    private ResultSet rijen;
    private long laatsteRegel;

    /**
     * @param extraVoorwaarde SQL condition on voorstel columns (fixed text, no user input), or "";
     *                        asked when the step opens, so it may depend on what earlier steps decided
     */
    public VoorstelLezer(DataSource dataSource, String runId, int versie, Supplier<String> extraVoorwaarde) {
        this.dataSource = dataSource;
        this.runId = runId;
        this.versie = versie;
        this.extraVoorwaarde = extraVoorwaarde;
    }

    @Override
    public void open(ExecutionContext context) {
        laatsteRegel = context.getLong(LAATSTE, 0L);
        String voorwaarde = extraVoorwaarde.get();
        try {
            verbinding = dataSource.getConnection();
            verbinding.setAutoCommit(false);
            PreparedStatement ps = verbinding.prepareStatement("SELECT " + VoorstelOpslag.KOLOMMEN
                    + " FROM voorstel WHERE run_id = ? AND versie = ? AND regel > ?"
                    + (voorwaarde.isEmpty() ? "" : " AND (" + voorwaarde + ")")
                    + " ORDER BY regel", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(1000);
            ps.setString(1, runId);
            ps.setInt(2, versie);
            ps.setLong(3, laatsteRegel);
            rijen = ps.executeQuery();
        } catch (SQLException e) {
            throw new ItemStreamException("kan de voorstellen niet lezen: " + e.getMessage(), e);
        }
    }

    @Override
    public VoorstelVersie read() throws SQLException {
        if (!rijen.next()) {
            return null;
        }
        VoorstelVersie versie = VoorstelOpslag.versie(rijen);
        laatsteRegel = versie.regel();
        return versie;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAATSTE, laatsteRegel);
    }

    @Override
    public void close() {
        try {
            if (verbinding != null) {
                verbinding.rollback();
                verbinding.close();
            }
        } catch (SQLException e) {
            throw new ItemStreamException("kan de verbinding niet sluiten: " + e.getMessage(), e);
        } finally {
            verbinding = null;
        }
    }
}

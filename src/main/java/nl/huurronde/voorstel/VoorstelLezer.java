package nl.huurronde.voorstel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

import nl.huurronde.batch.Cursor;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

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
    private Cursor cursor;
    private ResultSet rijen;
    private VoorstelOpslag.Lezer lezer;
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
        cursor = Cursor.open(dataSource, "SELECT " + VoorstelOpslag.KOLOMMEN
                + " FROM voorstel WHERE run_id = :run_id AND versie = :versie AND regel > :regel"
                + (voorwaarde.isEmpty() ? "" : " AND (" + voorwaarde + ")") + " ORDER BY run_id, versie, regel",
                new MapSqlParameterSource("run_id", runId).addValue("versie", versie).addValue("regel", laatsteRegel));
        rijen = cursor.rijen();
        try {
            lezer = new VoorstelOpslag.Lezer(rijen);
        } catch (SQLException e) {
            close();
            throw new ItemStreamException("kan de voorstellen niet lezen (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    @Override
    public VoorstelVersie read() throws SQLException {
        if (!rijen.next()) {
            return null;
        }
        VoorstelVersie versie = lezer.lees(rijen);
        laatsteRegel = versie.regel();
        return versie;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAATSTE, laatsteRegel);
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}

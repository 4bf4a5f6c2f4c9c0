package nl.huurronde.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A streaming query for a restartable reader: its own connection, held across the step's chunk
 * transactions, with autocommit off (PostgreSQL streams with a cursor only then) and a fetch size,
 * so memory does not grow with the roll. On H2 the connection runs in lazy mode for the query
 * ({@link Databank#lui}): otherwise H2 computes the whole result before the first row, and a 1M roll
 * held more than a 10k one. Hence the readers' ORDER BY run_id, regel: the key's declared order.
 */
public final class Cursor implements AutoCloseable {

    /** Binds the query's parameters. */
    @FunctionalInterface
    public interface Parameters {
        void zet(PreparedStatement opdracht) throws SQLException;
    }

    private final Connection verbinding;
    private final ResultSet rijen;

    private Cursor(Connection verbinding, ResultSet rijen) {
        this.verbinding = verbinding;
        this.rijen = rijen;
    }

    public static Cursor open(DataSource dataSource, String sql, Parameters parameters) {
        Connection verbinding = null;
        try {
            verbinding = dataSource.getConnection();
            verbinding.setAutoCommit(false);
            Databank.lui(verbinding, true);
            PreparedStatement opdracht = verbinding.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            opdracht.setFetchSize(1000);
            parameters.zet(opdracht);
            return new Cursor(verbinding, opdracht.executeQuery());
        } catch (SQLException e) {
            sluit(verbinding);
            throw new ItemStreamException("kan de gegevens niet lezen (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    /**
     * A query with named parameters ({@code :run_id}), bound from {@code parameters}: the same cursor, the
     * SQL handed to the driver with {@code ?} in their place.
     */
    public static Cursor open(DataSource dataSource, String sql, SqlParameterSource parameters) {
        ParsedSql ontleed = NamedParameterUtils.parseSqlStatement(sql);
        Object[] waarden = NamedParameterUtils.buildValueArray(ontleed, parameters, null);
        return open(dataSource, NamedParameterUtils.substituteNamedParameters(ontleed, parameters), opdracht -> {
            for (int i = 0; i < waarden.length; i++) {
                StatementCreatorUtils.setParameterValue(opdracht, i + 1, SqlTypeValue.TYPE_UNKNOWN, waarden[i]);
            }
        });
    }

    /** {@link #elk(DataSource, String, Parameters, Rij)} with named parameters. */
    public static <E extends Exception> void elk(DataSource dataSource, String sql, SqlParameterSource parameters,
                                                 Rij<E> rij) throws E {
        try (Cursor cursor = open(dataSource, sql, parameters)) {
            ResultSet rijen = cursor.rijen();
            while (rijen.next()) {
                rij.verwerk(rijen);
            }
        } catch (SQLException e) {
            throw new UncategorizedSQLException("lezen", sql, e);
        }
    }

    /** One row of {@link #elk}; {@code E}: what else it may throw (an output file's IOException), or nothing. */
    @FunctionalInterface
    public interface Rij<E extends Exception> {
        void verwerk(ResultSet rij) throws SQLException, E;
    }

    /** Streams a whole query through {@code rij} on a cursor of its own (committed rows only). */
    public static <E extends Exception> void elk(DataSource dataSource, String sql, Parameters parameters, Rij<E> rij)
            throws E {
        try (Cursor cursor = open(dataSource, sql, parameters)) {
            ResultSet rijen = cursor.rijen();
            while (rijen.next()) {
                rij.verwerk(rijen);
            }
        } catch (SQLException e) {
            throw new UncategorizedSQLException("lezen", sql, e);
        }
    }

    public ResultSet rijen() {
        return rijen;
    }

    @Override
    public void close() {
        sluit(verbinding);
    }

    private static void sluit(Connection verbinding) {
        if (verbinding == null) {
            return;
        }
        try (verbinding) {
            verbinding.rollback();
            Databank.lui(verbinding, false); // the connection goes back to the pool
        } catch (SQLException e) {
            throw new ItemStreamException("kan de verbinding niet sluiten (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }
}

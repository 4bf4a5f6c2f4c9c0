package nl.huurronde.batch;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.huurronde.contract.Contract;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One INSERT of a table that a step fills with many rows (the staging tables, the proposals, the print
 * index), its values bound by column name. Made once per table: the statement's text and each name's place
 * in it are fixed here, so a row costs a lookup per value instead of a parameter map per row (a
 * MapSqlParameterSource per staged row and NamedParameterJdbcTemplate's re-binding were a quarter of the
 * import's time, docs/benchmarks.md). Runs on the step's transaction, so a chunk rolled back leaves
 * nothing, whichever path wrote it.
 */
public final class Batchinvoeging {

    /** One row's values, set by column name; what is not set is SQL NULL of the column's type. */
    public interface Rij extends Contract.Parameters {}

    /** Fills the values of one row. */
    @FunctionalInterface
    public interface Vuller<T> {
        void vul(T item, Rij rij) throws SQLException;
    }

    private final String sql;
    private final String kopie;
    private final Map<String, Integer> plaats = new HashMap<>();
    private final int[] typen;

    /** @param kolommen the table's columns with their JDBC type ({@link java.sql.Types}), in statement order */
    public Batchinvoeging(String tabel, List<Kolom> kolommen) {
        StringBuilder namen = new StringBuilder();
        StringBuilder vraagtekens = new StringBuilder();
        typen = new int[kolommen.size()];
        for (int i = 0; i < kolommen.size(); i++) {
            Kolom kolom = kolommen.get(i);
            if (plaats.putIfAbsent(kolom.naam(), i + 1) != null) {
                throw new IllegalArgumentException("kolom " + kolom.naam() + " staat twee keer in " + tabel);
            }
            typen[i] = kolom.type();
            namen.append(i == 0 ? "" : ", ").append(kolom.naam());
            vraagtekens.append(i == 0 ? "?" : ", ?");
        }
        sql = "INSERT INTO " + tabel + " (" + namen + ") VALUES (" + vraagtekens + ")";
        kopie = "COPY " + tabel + " (" + namen + ") FROM STDIN";
    }

    /** A column of the statement. */
    public record Kolom(String naam, int type) {}

    /**
     * Inserts one row per item: on PostgreSQL through {@code COPY ... FROM STDIN} (the database's bulk path,
     * in the same transaction), elsewhere as one JDBC batch.
     */
    public <T> void voegIn(JdbcTemplate jdbc, Iterable<? extends T> items, Vuller<T> vuller) {
        jdbc.execute((ConnectionCallback<Void>) verbinding -> {
            if (verbinding.isWrapperFor(PGConnection.class)) {
                kopieer(verbinding.unwrap(PGConnection.class), items, vuller);
            } else {
                batch(verbinding, items, vuller);
            }
            return null;
        });
    }

    /** Calls the filler per item with a row whose values land in {@code waarden}; per row after it {@code klaar}. */
    private <T> void perRij(Iterable<? extends T> items, Vuller<T> vuller, Object[] waarden, SqlActie klaar)
            throws SQLException {
        Rij rij = (naam, waarde, type) -> {
            Integer i = plaats.get(naam);
            if (i == null) {
                throw new IllegalArgumentException("onbekende kolom " + naam + " in " + sql);
            }
            waarden[i - 1] = waarde;
        };
        for (T item : items) {
            Arrays.fill(waarden, null);
            vuller.vul(item, rij);
            klaar.voerUit();
        }
    }

    @FunctionalInterface
    private interface SqlActie {
        void voerUit() throws SQLException;
    }

    private <T> void batch(Connection verbinding, Iterable<? extends T> items, Vuller<T> vuller) throws SQLException {
        try (PreparedStatement opdracht = verbinding.prepareStatement(sql)) {
            Object[] waarden = new Object[typen.length];
            int[] aantal = {0};
            perRij(items, vuller, waarden, () -> {
                for (int i = 0; i < waarden.length; i++) {
                    if (waarden[i] == null) {
                        opdracht.setNull(i + 1, typen[i]);
                    } else if (waarden[i] instanceof String tekst) {
                        opdracht.setString(i + 1, tekst);
                    } else {
                        opdracht.setObject(i + 1, waarden[i], typen[i]);
                    }
                }
                opdracht.addBatch();
                aantal[0]++;
            });
            if (aantal[0] > 0) {
                opdracht.executeBatch();
            }
        }
    }

    /** COPY's text format: tab between values, {@code \N} for NULL, backslash escapes in text. */
    private <T> void kopieer(PGConnection verbinding, Iterable<? extends T> items, Vuller<T> vuller)
            throws SQLException {
        StringBuilder tekst = new StringBuilder(64 * 1024);
        Object[] waarden = new Object[typen.length];
        perRij(items, vuller, waarden, () -> {
            for (int i = 0; i < waarden.length; i++) {
                if (i > 0) {
                    tekst.append('\t');
                }
                kopieertekst(tekst, waarden[i]);
            }
            tekst.append('\n');
        });
        if (tekst.isEmpty()) {
            return;
        }
        try {
            verbinding.getCopyAPI().copyIn(kopie, new StringReader(tekst.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY naar " + kopie + " mislukt", e);
        }
    }

    private static void kopieertekst(StringBuilder tekst, Object waarde) {
        switch (waarde) {
            case null -> tekst.append("\\N");
            case String s -> {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '\\' -> tekst.append("\\\\");
                        case '\t' -> tekst.append("\\t");
                        case '\n' -> tekst.append("\\n");
                        case '\r' -> tekst.append("\\r");
                        default -> tekst.append(c);
                    }
                }
            }
            case Boolean b -> tekst.append(b ? 't' : 'f');
            case BigDecimal bedrag -> tekst.append(bedrag.toPlainString());
            // ISO, which COPY reads whatever the DateStyle; year 0 is 1 BC there, as the driver binds it
            case LocalDate datum when datum.getYear() <= 0 -> tekst.append(String.format("%04d-%02d-%02d BC",
                    1 - datum.getYear(), datum.getMonthValue(), datum.getDayOfMonth()));
            case LocalDate datum -> tekst.append(datum);
            case LocalDateTime tijd when tijd.getYear() > 0 -> tekst.append(tijd);
            case Number getal -> tekst.append(getal);
            default -> throw new IllegalArgumentException("geen COPY-vorm voor " + waarde.getClass().getName());
        }
    }

}

package nl.huurronde.contract;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * The schema follows {@link Contract.Kolom} (and the huurders.csv columns of {@link Huurder.Kolom}, in
 * {@code huurder} only): a repeatable Flyway migration that adds every declared contract
 * column that table {@code huurder} or {@code voorstel} does not have yet. Its checksum is the declaration
 * itself, so Flyway runs it again exactly when a column is declared (or its type changes), after the
 * versioned migrations. A new optional fact of huurders.csv therefore needs no SQL file: the columns of
 * earlier facts came with their own versioned migrations (V2, V12, V13) and stay as they are. A column is
 * only ever added, never changed or dropped: that stays a versioned migration's job.
 */
@Component
public class Kolomschema implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return null; // repeatable
    }

    @Override
    public String getDescription() {
        return "contractkolommen volgens Contract.Kolom";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String ddl : declaratie()) {
            crc.update(ddl.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update('\n');
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        voegOntbrekendeToe(context.getConnection());
    }

    /** Adds the declared columns a table lacks; returns the statements it ran (for the log and the test). */
    public static List<String> voegOntbrekendeToe(Connection verbinding) throws SQLException {
        List<String> uitgevoerd = new ArrayList<>();
        for (Contract.Tabel tabel : Contract.Tabel.values()) {
            String naam = tabel.name().toLowerCase(Locale.ROOT);
            Set<String> bestaand = kolommen(verbinding, naam);
            for (Contract.Kolom kolom : Contract.Kolom.values()) {
                String kolomnaam = kolom.naam(tabel);
                if (!bestaand.contains(kolomnaam)) {
                    String ddl = "ALTER TABLE " + naam + " ADD COLUMN " + kolomnaam + " " + type(kolom.sqlType());
                    try (Statement st = verbinding.createStatement()) {
                        st.execute(ddl);
                    }
                    uitgevoerd.add(ddl);
                }
            }
            if (tabel == Contract.Tabel.HUURDER) {
                for (Huurder.Kolom kolom : huurderkolommen()) {
                    if (!bestaand.contains(kolom.naam())) {
                        String ddl = "ALTER TABLE huurder ADD COLUMN " + kolom.naam() + " " + type(kolom.sqlType());
                        try (Statement st = verbinding.createStatement()) {
                            st.execute(ddl);
                        }
                        uitgevoerd.add(ddl);
                    }
                }
            }
        }
        return uitgevoerd;
    }

    private static List<String> declaratie() {
        List<String> regels = new ArrayList<>();
        for (Contract.Tabel tabel : Contract.Tabel.values()) {
            for (Contract.Kolom kolom : Contract.Kolom.values()) {
                regels.add(tabel + "." + kolom.naam(tabel) + " " + type(kolom.sqlType()));
            }
        }
        for (Huurder.Kolom kolom : huurderkolommen()) {
            regels.add("HUURDER." + kolom.naam() + " " + type(kolom.sqlType()));
        }
        return regels;
    }

    /**
     * The tenant's columns of huurders.csv (the correspondence address came this way, #20); the co-tenants'
     * names are longer than a declared text column and came with V15.
     */
    private static List<Huurder.Kolom> huurderkolommen() {
        return java.util.Arrays.stream(Huurder.Kolom.values()).filter(Huurder.Kolom::invoer).toList();
    }

    /** The column names of a table, lower case (H2 reports unquoted names in upper case, PostgreSQL in lower). */
    private static Set<String> kolommen(Connection verbinding, String tabel) throws SQLException {
        Set<String> namen = new HashSet<>();
        try (Statement st = verbinding.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + tabel + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                namen.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return namen;
    }

    /** The SQL type of a declared column, the same on H2 and PostgreSQL. */
    static String type(int sqlType) {
        return switch (sqlType) {
            case Types.VARCHAR -> "VARCHAR(200)";
            case Types.NUMERIC -> "NUMERIC(12,2)";
            case Types.DATE -> "DATE";
            case Types.BOOLEAN -> "BOOLEAN";
            case Types.INTEGER -> "INTEGER";
            case Types.BIGINT -> "BIGINT";
            default -> throw new IllegalArgumentException("geen kolomtype voor java.sql.Types " + sqlType);
        };
    }
}

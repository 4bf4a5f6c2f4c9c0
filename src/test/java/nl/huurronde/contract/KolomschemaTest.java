package nl.huurronde.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The schema follows Contract.Kolom: a declared column a table lacks is added by the repeatable migration. */
class KolomschemaTest {

    private static final String URL = "jdbc:h2:mem:kolomschema;DB_CLOSE_DELAY=-1";

    @Test
    void naDeMigratiesOntbreektGeenGedeclareerdeKolomEnEenNieuweWordtToegevoegd() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "")
                .locations("classpath:db/migration/h2", "classpath:db/migration/common")
                .javaMigrations(new Kolomschema()).load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            // the repeatable migration ran once, with the declaration's checksum
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT \"checksum\", \"success\" FROM \"flyway_schema_history\" WHERE \"type\" = 'JDBC'")) {
                assertThat(rs.next()).as(historie(c)).isTrue();
                assertThat(rs.getInt("checksum")).isEqualTo(new Kolomschema().getChecksum());
                assertThat(rs.getBoolean("success")).isTrue();
                assertThat(rs.next()).isFalse();
            }
            // every declared column is there: nothing more to add
            assertThat(Kolomschema.voegOntbrekendeToe(c)).isEmpty();

            // a column declared but not yet in the tables (here: taken away) is added to both, with its type
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE huurder DROP COLUMN laatste_verhoging");
                st.execute("ALTER TABLE voorstel DROP COLUMN laatste_verhoging");
            }
            assertThat(Kolomschema.voegOntbrekendeToe(c)).containsExactly(
                    "ALTER TABLE huurder ADD COLUMN laatste_verhoging DATE",
                    "ALTER TABLE voorstel ADD COLUMN laatste_verhoging DATE");
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'VOORSTEL' "
                            + "AND COLUMN_NAME = 'LAATSTE_VERHOGING'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("DATA_TYPE")).isEqualTo("DATE");
            }
            assertThat(Kolomschema.voegOntbrekendeToe(c)).isEmpty();
        }
    }

    private static String historie(Connection c) throws java.sql.SQLException {
        StringBuilder tekst = new StringBuilder();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT \"version\", \"description\", \"type\" FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                tekst.append(rs.getString("version")).append(' ').append(rs.getString("description")).append(' ')
                        .append(rs.getString("type"))
                        .append('\n');
            }
        }
        return tekst.toString();
    }

    @Test
    void deChecksumIsDeDeclaratie() {
        assertThat(new Kolomschema().getChecksum()).isEqualTo(new Kolomschema().getChecksum());
        assertThat(new Kolomschema().getVersion()).isNull();
        assertThat(Kolomschema.type(java.sql.Types.NUMERIC)).isEqualTo("NUMERIC(12,2)");
    }
}

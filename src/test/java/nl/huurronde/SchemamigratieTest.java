package nl.huurronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import nl.huurronde.contract.Kolomschema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway migrates only when the database is not on the code's schema (Schemamigratie): each start below
 * is a real Spring start of {@code status} (not the fast path) on an H2 file database.
 */
class SchemamigratieTest {

    @TempDir
    Path tmp;

    @Test
    void eenActueelSchemaWordtNietOpnieuwGemigreerdEenAnderWel() throws Exception {
        Path data = tmp.resolve("data");
        String[] status = {"status", "--huurronde.data=" + data};
        assertThat(start(status)).isEqualTo(Exitcode.VOLTOOID); // a new database: migrated
        try (Connection c = verbind(data)) {
            assertThat(Schemamigratie.actueel(c, "flyway_schema_history", List.of(new Kolomschema()))).isTrue();
            // An applied migration whose checksum no longer matches its file: Flyway's validation would
            // refuse to start, so a start that succeeds did not run migrate.
            update(c, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '2'");
        }
        assertThat(start(status)).isEqualTo(Exitcode.VOLTOOID);

        // A contract column declared since the last start (the repeatable migration's checksum differs):
        // Flyway runs, applies the repeatable migration again and, with it, validates (the tampered V2 fails).
        int rijen;
        try (Connection c = verbind(data)) {
            update(c, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" - 1 WHERE \"version\" = '2'");
            update(c, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" IS NULL");
            assertThat(Schemamigratie.actueel(c, "flyway_schema_history", List.of(new Kolomschema()))).isFalse();
            rijen = aantal(c);
        }
        assertThat(start(status)).isEqualTo(Exitcode.VOLTOOID);
        try (Connection c = verbind(data)) {
            assertThat(aantal(c)).isEqualTo(rijen + 1);
            assertThat(Schemamigratie.actueel(c, "flyway_schema_history", List.of(new Kolomschema()))).isTrue();
            // A newer schema than the code's (a later version ran on this database): not current, so Flyway
            // decides, and it starts as before (Flyway ignores future migrations by default).
            update(c, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (1000, '"
                    + (SnelleStatus.SCHEMAVERSIE + 1) + "', 'later', 'SQL', 'V" + (SnelleStatus.SCHEMAVERSIE + 1)
                    + "__later.sql', 'sa', 0, TRUE)");
            assertThat(Schemamigratie.actueel(c, "flyway_schema_history", List.of())).isFalse();
        }
        assertThat(start(status)).isEqualTo(Exitcode.VOLTOOID);
    }

    /** The skip knows only the SQL files' versions, so there must be no repeatable SQL migration. */
    @Test
    void geenHerhaalbareSqlMigraties() throws Exception {
        try (Stream<Path> bestanden = Files.walk(Path.of("src/main/resources/db/migration"))) {
            assertThat(bestanden.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("R__"))).isEmpty();
        }
    }

    private static int start(String[] args) {
        ByteArrayOutputStream fout = new ByteArrayOutputStream();
        int code = HuurrondeApplication.voerUit(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(fout, true, StandardCharsets.UTF_8), false);
        assertThat(fout.toString(StandardCharsets.UTF_8)).isEmpty();
        return code;
    }

    private static Connection verbind(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data + "/huurronde;AUTO_SERVER=TRUE", "sa", "");
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static int aantal(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

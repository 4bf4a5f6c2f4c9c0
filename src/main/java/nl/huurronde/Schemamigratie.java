package nl.huurronde;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway's migrate only when the database is not already on the code's schema (docs/decisions.md,
 * "Start-up"): migrate first resolves and reads every migration of the class path and validates them
 * against the history, at every start of every command. When the history shows exactly the code's
 * newest version ({@link SnelleStatus#SCHEMAVERSIE}), every row successful, and each repeatable Java
 * migration (Kolomschema) last applied with its current checksum, there is nothing to apply and the
 * start skips it; anything else (a new database, an older or newer schema, a failed row, a new contract
 * column, any error while looking) runs Flyway's migrate with its validation as before.
 */
@Configuration(proxyBeanMethods = false)
class Schemamigratie {

    private static final Logger LOG = LoggerFactory.getLogger(Schemamigratie.class);

    @Bean
    FlywayMigrationStrategy migreerAlleenAlsNodig() {
        return flyway -> {
            DataSource bron = flyway.getConfiguration().getDataSource();
            List<JavaMigration> herhaalbaar = Arrays.stream(flyway.getConfiguration().getJavaMigrations())
                    .filter(m -> m.getVersion() == null).toList();
            try (Connection c = bron.getConnection()) {
                if (actueel(c, flyway.getConfiguration().getTable(), herhaalbaar)) {
                    LOG.debug("schema op versie {}: geen migratie nodig", SnelleStatus.SCHEMAVERSIE);
                    return;
                }
            } catch (SQLException | RuntimeException e) {
                LOG.debug("schemastand niet vast te stellen, Flyway migreert: {}", e.getMessage());
            }
            flyway.migrate();
        };
    }

    /**
     * Whether Flyway applied exactly the versioned migrations this code has, all successfully, and the
     * given repeatable migrations with their current checksums (the newest row of each description).
     */
    static boolean actueel(Connection c, String tabel, List<JavaMigration> herhaalbaar) throws SQLException {
        if (!tabel.matches("[a-z_]+")) {
            return false; // a table name this check would have to quote differently
        }
        int hoogste = -1;
        Map<String, Integer> checksums = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"description\", \"checksum\", \"success\" FROM \""
                     + tabel + "\" ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                if (!rs.getBoolean("success")) {
                    return false;
                }
                String versie = rs.getString("version");
                if (versie != null) {
                    hoogste = Math.max(hoogste, Integer.parseInt(versie.strip()));
                } else {
                    int checksum = rs.getInt("checksum");
                    checksums.put(rs.getString("description"), rs.wasNull() ? null : checksum);
                }
            }
        } catch (SQLException | NumberFormatException e) {
            return false; // no history table (an empty database) or a version this check cannot read
        }
        if (hoogste != SnelleStatus.SCHEMAVERSIE) {
            return false;
        }
        for (JavaMigration m : herhaalbaar) {
            if (!checksums.containsKey(m.getDescription()) || !Objects.equals(checksums.get(m.getDescription()), m.getChecksum())) {
                return false;
            }
        }
        return true;
    }
}

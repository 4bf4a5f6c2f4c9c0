package nl.huurronde.ronde;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.huurronde.export.Privebestanden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The lock that keeps two runs of the same round apart. Held by the process for the whole run and
 * released by the operating system or the database when the process dies, so a kill -9 never leaves
 * a stale lock: PostgreSQL's session advisory lock, or a file lock beside the embedded H2 database.
 */
@Component
class RondeSlot {

    private final DataSource dataSource;
    private final Databank databank;
    private final Path dataMap;

    RondeSlot(DataSource dataSource, Databank databank, @Value("${huurronde.data}") String dataMap) {
        this.dataSource = dataSource;
        this.databank = databank;
        this.dataMap = Path.of(dataMap);
    }

    /** A held lock; close to release. */
    interface Vergrendeling extends AutoCloseable {
        @Override
        void close();
    }

    Vergrendeling verkrijg(String identiteit) {
        try {
            return databank.postgres() ? advisory(identiteit) : bestand(identiteit);
        } catch (SQLException | IOException e) {
            throw new RondeFout("kan de ronde niet vergrendelen: " + e.getMessage());
        }
    }

    private Vergrendeling advisory(String identiteit) throws SQLException {
        long sleutel = Long.parseUnsignedLong(identiteit.substring(0, 15), 16);
        Connection c = dataSource.getConnection();
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, sleutel);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    c.close();
                    throw bezet();
                }
            }
        }
        return () -> {
            try (c; PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                ps.setLong(1, sleutel);
                ps.execute();
            } catch (SQLException e) {
                // closing the session releases the lock as well
            }
        };
    }

    private Vergrendeling bestand(String identiteit) throws IOException {
        Path map = Privebestanden.maakMap(dataMap);
        FileChannel kanaal = FileChannel.open(map.resolve(".slot-" + identiteit.substring(0, 16)),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock slot;
        try {
            slot = kanaal.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            slot = null; // held by this same process
        }
        if (slot == null) {
            kanaal.close();
            throw bezet();
        }
        FileLock gehouden = slot;
        return () -> {
            try (kanaal) {
                gehouden.release();
            } catch (IOException e) {
                // closing the channel releases the lock as well
            }
        };
    }

    private static RondeFout bezet() {
        return new RondeFout("deze ronde draait al in een ander proces; wacht tot die run klaar is "
                + "(huurronde status toont de voortgang)");
    }
}

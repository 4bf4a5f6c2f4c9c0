package nl.huurronde.ronde;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

import nl.huurronde.batch.Databank;
import nl.huurronde.bestand.Privebestanden;
import nl.huurronde.register.RondeFout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lock that keeps two runs of the same round apart. Held by the process for the whole run and
 * released by the operating system or the database when the process dies, so a kill -9 never leaves
 * a stale lock: PostgreSQL's session advisory lock, or a file lock beside the embedded H2 database.
 */
@Component
class RondeSlot {

    /**
     * The file locks this process holds. A file lock belongs to the process, and closing any channel
     * on the file drops it (POSIX), so the process must not open the file again to find out.
     */
    private static final Set<Path> IN_DIT_PROCES = ConcurrentHashMap.newKeySet();

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

    /**
     * Whether a process holds the round's lock now, without disturbing it: PostgreSQL's pg_locks is only
     * read; the file lock is tried and released at once. A run starting in that same instant is refused
     * as if the round ran, and may simply be started again. When the lock cannot be looked at, the
     * answer is "held", so a running round is never shown as interrupted.
     */
    boolean bezet(String identiteit) {
        try {
            return databank.postgres() ? advisoryBezet(identiteit) : bestandBezet(identiteit);
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private boolean advisoryBezet(String identiteit) {
        long sleutel = sleutel(identiteit);
        // A bigint advisory key is stored as classid (high 32 bits), objid (low 32 bits), objsubid 1.
        Boolean bezet = new NamedParameterJdbcTemplate(dataSource).queryForObject("""
                SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1
                    AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                    AND classid::bigint = :hoog AND objid::bigint = :laag)""",
                new MapSqlParameterSource().addValue("hoog", sleutel >>> 32).addValue("laag", sleutel & 0xFFFFFFFFL),
                Boolean.class);
        return Boolean.TRUE.equals(bezet);
    }

    private boolean bestandBezet(String identiteit) throws IOException {
        Path bestand = slotbestand(identiteit);
        if (IN_DIT_PROCES.contains(bestand)) {
            return true;
        }
        if (!Files.exists(bestand)) {
            return false; // every run of the round creates it before it locks it
        }
        try (FileChannel kanaal = FileChannel.open(bestand, StandardOpenOption.WRITE)) {
            FileLock slot = kanaal.tryLock();
            if (slot == null) {
                return true;
            }
            slot.release();
            return false;
        } catch (NoSuchFileException e) {
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    Vergrendeling verkrijg(String identiteit) {
        try {
            return databank.postgres() ? advisory(identiteit) : bestand(identiteit);
        } catch (SQLException | IOException e) {
            throw new RondeFout("kan de ronde niet vergrendelen: " + e.getMessage());
        }
    }

    private Vergrendeling advisory(String identiteit) throws SQLException {
        long sleutel = sleutel(identiteit);
        Connection c = dataSource.getConnection();
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?) AS vergrendeld")) {
            ps.setLong(1, sleutel);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean("vergrendeld")) {
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
        Path bestand = slotbestand(identiteit);
        if (!IN_DIT_PROCES.add(bestand)) {
            throw bezet(); // held by this same process: opening the file again would drop that lock
        }
        FileChannel kanaal = null;
        FileLock slot = null;
        try {
            Privebestanden.maakMap(dataMap);
            kanaal = FileChannel.open(bestand, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            slot = kanaal.tryLock();
        } finally {
            if (slot == null) {
                if (kanaal != null) {
                    kanaal.close();
                }
                IN_DIT_PROCES.remove(bestand);
            }
        }
        if (slot == null) {
            throw bezet();
        }
        FileLock gehouden = slot;
        FileChannel open = kanaal;
        return () -> {
            try (open) {
                gehouden.release();
            } catch (IOException e) {
                // closing the channel releases the lock as well
            } finally {
                IN_DIT_PROCES.remove(bestand);
            }
        };
    }

    private Path slotbestand(String identiteit) {
        return dataMap.toAbsolutePath().normalize().resolve(".slot-" + identiteit.substring(0, 16));
    }

    private static long sleutel(String identiteit) {
        return Long.parseUnsignedLong(identiteit.substring(0, 15), 16);
    }

    private static RondeFout bezet() {
        return new RondeFout("deze ronde draait al in een ander proces; wacht tot die run klaar is "
                + "(huurronde status toont de voortgang)");
    }
}

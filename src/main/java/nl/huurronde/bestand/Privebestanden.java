package nl.huurronde.bestand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Folders and files with personal data are owner-only (0700 / 0600). */
public final class Privebestanden {

    static final Set<PosixFilePermission> ALLEEN_EIGENAAR = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> MAP_EIGENAAR = PosixFilePermissions.fromString("rwx------");

    private Privebestanden() {}

    /** Creates the folder (and missing parents) owner-only; an existing folder keeps its permissions. */
    public static Path maakMap(Path map) throws IOException {
        Path absoluut = map.toAbsolutePath();
        if (!Files.isDirectory(absoluut)) {
            Path ouder = absoluut.getParent();
            if (ouder != null && !Files.isDirectory(ouder)) {
                maakMap(ouder);
            }
            try {
                Files.createDirectory(absoluut, PosixFilePermissions.asFileAttribute(MAP_EIGENAAR));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (!Files.isDirectory(absoluut)) {
                    throw e; // a file where the folder must come
                }
                // another thread (a partition of the same step) made it just now
            }
        }
        return absoluut;
    }

    /** Writes a new file owner-only from the start (no moment readable by others); replaces an old one. */
    public static void schrijf(Path doel, byte[] inhoud) throws IOException {
        Files.deleteIfExists(doel);
        Files.write(Files.createFile(doel, PosixFilePermissions.asFileAttribute(ALLEEN_EIGENAAR)), inhoud);
    }

    /** Deletes a folder with everything in it; nothing when it does not exist. */
    public static void verwijderBoom(Path map) throws IOException {
        if (!Files.exists(map)) {
            return;
        }
        try (java.util.stream.Stream<Path> alles = Files.walk(map)) {
            for (Path p : alles.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package nl.huurronde.bestand;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * An output file that only appears under its final name when it is complete: written to a hidden
 * temporary name, forced to disk, then atomically renamed. Created owner-only (it may hold personal data).
 */
public final class Uitvoerbestand implements AutoCloseable {

    private final Path doel;
    private final Path tijdelijk;
    private final FileChannel kanaal;
    private final OutputStream stroom;
    private boolean voltooid;

    private Uitvoerbestand(Path doel) throws IOException {
        this.doel = doel;
        Privebestanden.maakMap(doel.getParent());
        this.tijdelijk = doel.resolveSibling("." + doel.getFileName() + ".tmp");
        Files.deleteIfExists(tijdelijk);
        Files.createFile(tijdelijk, PosixFilePermissions.asFileAttribute(Privebestanden.ALLEEN_EIGENAAR));
        this.kanaal = FileChannel.open(tijdelijk, Set.of(StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        this.stroom = Channels.newOutputStream(kanaal);
    }

    public static Uitvoerbestand open(Path doel) throws IOException {
        return new Uitvoerbestand(doel);
    }

    /** A buffered UTF-8 writer on the temporary file; closing it does not complete the file. */
    public Writer schrijver() {
        return new BufferedWriter(new OutputStreamWriter(new NietSluitend(stroom), StandardCharsets.UTF_8), 1 << 16);
    }

    public OutputStream stroom() {
        return new NietSluitend(stroom);
    }

    /** Forces the bytes to disk and renames the file to its final name. */
    public void voltooi() throws IOException {
        stroom.flush();
        kanaal.force(true);
        kanaal.close();
        Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        voltooid = true;
    }

    @Override
    public void close() {
        if (voltooid) {
            return;
        }
        try {
            kanaal.close();
            Files.deleteIfExists(tijdelijk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets a writer be closed (flushing it) without closing the underlying channel. */
    private static final class NietSluitend extends java.io.FilterOutputStream {
        NietSluitend(OutputStream uit) {
            super(uit);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Writes a whole small file at once. */
    public static void schrijf(Path doel, String inhoud) throws IOException {
        try (Uitvoerbestand bestand = open(doel); Writer w = bestand.schrijver()) {
            w.write(inhoud);
            w.flush();
            bestand.voltooi();
        }
    }
}

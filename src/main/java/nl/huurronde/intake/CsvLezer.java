package nl.huurronde.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Streams the records of one extract: strict decoding in its encoding (UTF-8 with the BOM dropped, or
 * windows-1252 when the job says so, see {@link TekenBron#open}), {@code ,} or {@code ;} from the
 * header, RFC 4180 quoting (a backslash is ordinary), LF or CRLF, blank lines and records of only empty
 * fields ({@code ;;;;} rows of a spreadsheet export) skipped, quoted newlines allowed.
 * {@link CsvRecord#regel()} is the physical line where the record starts. A record with more or fewer
 * fields than the header comes back with {@code veldenAantalFout}; the validators reject it.
 *
 * <p>The parser is our own small state machine rather than opencsv's reader: that one reads whole
 * physical lines through {@code BufferedReader.readLine} (a lone CR ends a line there, and a line has no
 * length limit), while here every field is capped and line numbers count LF only.
 */
public final class CsvLezer implements Closeable {

    private final Bestandsoort soort;
    private final Path pad;
    private final InputStream stroom;
    private final Kopregel kop;
    private final Ontleder ontleder;
    private final Map<String, Integer> posities;

    private CsvLezer(Bestandsoort soort, Path pad, InputStream stroom, Kopregel kop, Ontleder ontleder) {
        this.soort = soort;
        this.pad = pad;
        this.stroom = stroom;
        this.kop = kop;
        this.ontleder = ontleder;
        this.posities = kop.posities();
    }

    /**
     * Opens the file and reads its header (the same header checks as {@link Voorcontrole}).
     *
     * @param tekenset the input's encoding (job file {@code invoer.encoding})
     */
    public static CsvLezer open(Path pad, Bestandsoort soort, Charset tekenset) throws InvoerFout {
        InputStream stroom;
        try {
            stroom = Files.newInputStream(pad);
        } catch (IOException e) {
            throw Voorcontrole.leesfout(soort, pad, e);
        }
        try {
            TekenBron tekens = TekenBron.open(stroom, tekenset);
            Kopregel kop = Kopregel.lees(tekens, soort);
            Ontleder ontleder = new Ontleder(tekens, kop.scheiding(), kop.aantalKolommen(), kop.volgendeRegel());
            return new CsvLezer(soort, pad, stroom, kop, ontleder);
        } catch (IOException e) {
            sluitStil(stroom);
            throw Voorcontrole.leesfout(soort, pad, e);
        } catch (InvoerFout | RuntimeException e) {
            sluitStil(stroom);
            throw e;
        }
    }

    /** The next record, or null at the end of the file. */
    public CsvRecord volgende() throws InvoerFout {
        Ontleder.Ruw ruw = lees();
        if (ruw == null) {
            return null;
        }
        List<String> kolommen = kop.kolommen();
        Map<String, String> velden = new Velden(kolommen, posities, ruw.velden());
        return new CsvRecord(ruw.regel(), velden, ruw.aantalVelden() != kolommen.size());
    }

    /** Skips records already processed (restart); a file with fewer records than that is an error. */
    public void sla(long aantalRecords) throws InvoerFout {
        for (long i = 0; i < aantalRecords; i++) {
            if (lees() == null) {
                throw new InvoerFout(soort.naam() + ": bestand heeft minder dan " + aantalRecords
                        + " records; is het sinds de vorige poging veranderd?");
            }
        }
    }

    /** Header columns the job does not know, as written, for the run log. */
    public List<String> onbekendeKolommen() {
        return kop.onbekendeKolommen();
    }

    /** The delimiter found in the header: {@code ,} or {@code ;}. */
    public char scheidingsteken() {
        return kop.scheiding();
    }

    public Bestandsoort soort() {
        return soort;
    }

    @Override
    public void close() throws IOException {
        stroom.close();
    }

    private Ontleder.Ruw lees() throws InvoerFout {
        try {
            return ontleder.volgende();
        } catch (IOException e) {
            throw Voorcontrole.leesfout(soort, pad, e);
        }
    }

    private static void sluitStil(InputStream stroom) {
        if (stroom != null) {
            try {
                stroom.close();
            } catch (IOException e) {
                // read-only stream: nothing was written, nothing to lose
            }
        }
    }
}

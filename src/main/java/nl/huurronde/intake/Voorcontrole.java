package nl.huurronde.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Whole-file check before anything is written (inputs.md, file-level errors): strict decoding in the
 * input's encoding (UTF-8 unless the job says otherwise), header with every required column and no
 * duplicate, no quote open at the end, at least one data row. One streaming pass that also yields the
 * SHA-256 of the raw bytes and the record count; memory does not grow with the file.
 */
public final class Voorcontrole {

    /** Excel's "CSV (puntkomma)" on a Dutch Windows writes windows-1252: the usual cause of bad UTF-8. */
    static final String EXCEL_HINT =
            "is dit bestand uit Excel? gebruik dan --encoding windows-1252 of invoer.encoding in het jobbestand";

    private Voorcontrole() {}

    /** @param tekenset the input's encoding (job file {@code invoer.encoding}) */
    public static BestandInfo controleer(Path pad, Bestandsoort soort, Charset tekenset) throws InvoerFout {
        try {
            return controleer(Files.newInputStream(pad), pad, soort, tekenset);
        } catch (IOException e) {
            throw leesfout(soort, pad, e);
        }
    }

    /** Same, on a stream (the CSV inside the answer zip); closes it. */
    static BestandInfo controleer(InputStream bron, Path pad, Bestandsoort soort, Charset tekenset) throws InvoerFout {
        MessageDigest sha256 = sha256();
        try (InputStream invoer = new DigestInputStream(bron, sha256)) {
            TekenBron tekens = TekenBron.open(invoer, tekenset);
            Kopregel kop = Kopregel.lees(tekens, soort);
            Ontleder ontleder = new Ontleder(tekens, kop.scheiding(), 0, kop.volgendeRegel());
            long records = 0;
            while (ontleder.volgende() != null) {
                records++;
            }
            if (records == 0) {
                throw new InvoerFout(soort.naam() + ": geen gegevensregels");
            }
            return new BestandInfo(HexFormat.of().formatHex(sha256.digest()), records, kop.onbekendeKolommen());
        } catch (IOException e) {
            throw leesfout(soort, pad, e);
        }
    }

    /** The one-line message of a file that cannot be read to the end. */
    static InvoerFout leesfout(Bestandsoort soort, Path pad, IOException e) {
        String naam = soort.naam();
        return switch (e) {
            case Utf8Invoer.OngeldigeUtf8 utf8 -> new InvoerFout(naam + " regel " + utf8.regel
                    + ": ongeldige UTF-8 (byte 0x" + String.format("%02X", utf8.bytewaarde) + "); " + EXCEL_HINT);
            case EenByteInvoer.OngeldigeByte bijte -> new InvoerFout(naam + " regel " + bijte.regel + ": ongeldige "
                    + bijte.tekenset.name().toLowerCase(Locale.ROOT) + " (byte 0x"
                    + String.format("%02X", bijte.bytewaarde) + " is daarin geen teken); "
                    + "klopt de encoding van dit bestand?");
            case EenByteInvoer.EigenlijkUtf8 utf8 -> new InvoerFout(naam + " regel " + utf8.regel
                    + ": dit bestand is UTF-8, geen " + utf8.tekenset.name().toLowerCase(Locale.ROOT)
                    + "; lees het als utf-8 (de standaard), zonder --encoding of met invoer.encodings in het "
                    + "jobbestand");
            case Ontleder.OpenAanhalingsteken quote -> new InvoerFout(naam + " regel " + quote.regel
                    + ": aanhalingsteken niet gesloten aan het einde van het bestand");
            case NoSuchFileException x -> new InvoerFout(naam + ": bestand niet gevonden: " + pad);
            case AccessDeniedException x -> new InvoerFout(naam + ": bestand niet leesbaar (geen toegang): " + pad);
            default -> new InvoerFout(naam + ": bestand niet leesbaar: " + pad + " ("
                    + Waarden.veilig(String.valueOf(e.getMessage()), 100) + ")");
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java-installatie", e);
        }
    }
}

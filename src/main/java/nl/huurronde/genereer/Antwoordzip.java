package nl.huurronde.genereer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code inkomensantwoord.zip}: the Belastingdienst's answer to the request for every generated address
 * with a household, as docs/invoer.md describes it: {@code antwoord.csv} (postcode, huisnummer,
 * huisletter, toevoeging, categorie, huishoudverklaring) and, for each address in an IAH band, its
 * huishoudverklaring as a small real PDF ({@link Huishoudverklaring}) named after the address. One row
 * per address (an address the generator shares between contracts is answered once). Written owner-only,
 * under a temporary name until complete.
 */
final class Antwoordzip implements AutoCloseable {

    static final String NAAM = "inkomensantwoord.zip";

    private final Path doel;
    private final Path tijdelijk;
    private final ZipOutputStream zip;
    private final StringBuilder csv = new StringBuilder(
            "postcode;huisnummer;huisletter;toevoeging;categorie;huishoudverklaring\r\n");
    private final Set<String> adressen = new HashSet<>();
    private final int inkomensjaar;
    private int rijen;
    private int verklaringen;

    Antwoordzip(Path map, int inkomensjaar) throws IOException {
        this.doel = map.resolve(NAAM);
        this.tijdelijk = map.resolve("." + NAAM + ".tmp");
        this.inkomensjaar = inkomensjaar;
        Files.deleteIfExists(tijdelijk);
        OutputStream uit = Files.newOutputStream(Files.createFile(tijdelijk,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))));
        this.zip = new ZipOutputStream(uit);
    }

    /** One address's answer; {@code band}: the category is an IAH band, so its statement comes with it. */
    void adres(String postcode, int huisnummer, String huisletter, String toevoeging, String categorie, boolean band)
            throws IOException {
        String sleutel = (postcode + "|" + huisnummer + "|" + huisletter + "|" + toevoeging).toUpperCase(Locale.ROOT);
        if (!adressen.add(sleutel)) {
            return;
        }
        String pdf = "";
        if (band) {
            pdf = naam(postcode, huisnummer, huisletter, toevoeging);
            String adres = postcode + " " + huisnummer + huisletter + (toevoeging.isEmpty() ? "" : " " + toevoeging);
            zip.putNextEntry(new ZipEntry("huishoudverklaringen/" + pdf));
            zip.write(Huishoudverklaring.pdf(adres, categorie, inkomensjaar));
            zip.closeEntry();
            verklaringen++;
        }
        csv.append(postcode).append(';').append(huisnummer).append(';').append(huisletter).append(';')
                .append(toevoeging).append(';').append(categorie).append(';').append(pdf).append("\r\n");
        rijen++;
    }

    /** The product's default name of a statement (docs/invoer.md): {@code 8011AB_12}, {@code _A}, {@code __BIS}. */
    static String naam(String postcode, int huisnummer, String huisletter, String toevoeging) {
        String letter = huisletter.replace(" ", "").toUpperCase(Locale.ROOT);
        String toev = toevoeging.replace(" ", "").toUpperCase(Locale.ROOT);
        StringBuilder naam = new StringBuilder(postcode.replace(" ", "").toUpperCase(Locale.ROOT)).append('_')
                .append(huisnummer);
        if (!toev.isEmpty()) {
            naam.append('_').append(letter).append('_').append(toev);
        } else if (!letter.isEmpty()) {
            naam.append('_').append(letter);
        }
        return naam.append(".pdf").toString();
    }

    int rijen() {
        return rijen;
    }

    int verklaringen() {
        return verklaringen;
    }

    @Override
    public void close() throws IOException {
        zip.putNextEntry(new ZipEntry("antwoord.csv"));
        zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.close();
        Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}

package nl.huurronde.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import nl.huurronde.bestand.Privebestanden;
import nl.huurronde.bestand.Uitvoerbestand;

/**
 * The Belastingdienst's answer as delivered (docs/invoer.md, "inkomensantwoord.zip"): a zip with one CSV
 * (the category per address, the columns of inkomenscategorie.csv plus an optional
 * {@code huishoudverklaring} column naming the address's PDF) and zero or more PDFs, one huishoudverklaring
 * per address above the limit. Hostile input is refused as a whole with one clear line before anything is
 * unpacked: not a zip, an entry whose name escapes the folder (zip slip), an entry or a total larger than
 * the limits (a zip bomb: the bytes actually inflated are counted, never the size the header claims), a
 * second CSV, another kind of entry. Whether a PDF is a PDF, and whether it matches a row, is decided per
 * entry after the rows are staged ({@link Antwoordcontrole}): a bad one is a rejection, not the end of the run.
 */
public final class Inkomensantwoord {

    /** The unpacked CSV, inside the run's folder of the answer. */
    static final String CSV = "antwoord.csv";
    /** The unpacked statements, one file per PDF entry under its own base name. */
    static final String VERKLARINGEN = "verklaringen";

    /**
     * @param onderdeel the most bytes one entry may inflate to
     * @param totaal    the most bytes all entries together may inflate to
     * @param aantal    the most entries
     */
    public record Grenzen(long onderdeel, long totaal, int aantal) {
        /** 16 MiB per entry, 8 GiB in all, 1 million entries: a statement is a few kB, an answer 100k rows. */
        public static final Grenzen STANDAARD = new Grenzen(16L << 20, 8L << 30, 1_000_000);
    }

    private Inkomensantwoord() {}

    /**
     * The whole-file check before the run starts: structure, names and sizes (nothing written), the zip's
     * SHA-256 (the run's identity) and the CSV's record count and header check, as for the other inputs.
     */
    public static BestandInfo voorcontrole(Path zip, Charset tekenset, Grenzen grenzen) throws InvoerFout {
        String sha = sha256(zip);
        Inhoud inhoud = lees(zip, grenzen, null);
        // the header and record checks of the CSV are those of every input (Voorcontrole), on its bytes
        BestandInfo csv = Voorcontrole.controleer(new ByteArrayInputStream(inhoud.csv()), zip,
                Bestandsoort.INKOMENSANTWOORD, tekenset);
        return new BestandInfo(sha, csv.records(), csv.onbekendeKolommen());
    }

    /**
     * Unpacks the answer into {@code map} (owner-only, emptied first, so a resumed run unpacks the same
     * bytes again): the CSV as {@value #CSV}, each PDF entry as {@value #VERKLARINGEN}/&lt;base name&gt;.
     */
    public static void pak(Path zip, Path map, Grenzen grenzen) throws InvoerFout {
        try {
            if (Files.exists(map)) {
                Privebestanden.verwijderBoom(map);
            }
            Privebestanden.maakMap(map.resolve(VERKLARINGEN));
        } catch (IOException e) {
            throw fout(zip, "kan niet uitpakken in " + map + ": " + e.getMessage());
        }
        Inhoud inhoud = lees(zip, grenzen, map.resolve(VERKLARINGEN));
        try {
            try (Uitvoerbestand csv = Uitvoerbestand.open(map.resolve(CSV)); OutputStream uit = csv.stroom()) {
                uit.write(inhoud.csv());
                uit.flush();
                csv.voltooi();
            }
        } catch (IOException e) {
            throw fout(zip, "kan niet uitpakken in " + map + ": " + e.getMessage());
        }
    }

    /** The CSV's bytes; the PDFs were written to {@code verklaringen} when it is not null. */
    private record Inhoud(byte[] csv) {}

    private static Inhoud lees(Path zip, Grenzen grenzen, Path verklaringen) throws InvoerFout {
        if (!Files.isRegularFile(zip)) {
            throw fout(zip, "bestand niet gevonden");
        }
        ZipFile bestand;
        try {
            bestand = new ZipFile(zip.toFile());
        } catch (ZipException e) {
            throw fout(zip, "is geen zip-bestand (" + e.getMessage() + "); lever het antwoord aan zoals de "
                    + "Belastingdienst het geeft");
        } catch (IOException e) {
            throw fout(zip, "kan het bestand niet lezen: " + e.getMessage());
        }
        try (bestand) {
            byte[] csv = null;
            String csvNaam = null;
            Set<String> namen = new HashSet<>();
            long totaal = 0;
            int aantal = 0;
            Enumeration<? extends ZipEntry> onderdelen = bestand.entries();
            while (onderdelen.hasMoreElements()) {
                ZipEntry onderdeel = onderdelen.nextElement();
                String naam = onderdeel.getName();
                String basis = veiligeNaam(zip, naam);
                if (onderdeel.isDirectory()) {
                    continue;
                }
                if (++aantal > grenzen.aantal()) {
                    throw fout(zip, "meer dan " + grenzen.aantal() + " onderdelen");
                }
                String klein = basis.toLowerCase(Locale.ROOT);
                boolean isCsv = klein.endsWith(".csv");
                if (!isCsv && !klein.endsWith(".pdf")) {
                    throw fout(zip, "onverwacht onderdeel '" + Waarden.veilig(naam, 80) + "': het antwoord bevat "
                            + "alleen één CSV-bestand en pdf-bestanden (huishoudverklaringen)");
                }
                if (!namen.add(klein)) {
                    throw fout(zip, "de naam '" + Waarden.veilig(basis, 80) + "' komt meer dan eens voor");
                }
                long rest = grenzen.totaal() - totaal;
                byte[] bytes;
                try (InputStream in = bestand.getInputStream(onderdeel)) {
                    bytes = begrensd(zip, naam, in, Math.min(grenzen.onderdeel(), rest), grenzen.onderdeel() <= rest);
                }
                totaal += bytes.length;
                if (isCsv) {
                    if (csv != null) {
                        throw fout(zip, "bevat meer dan één CSV-bestand ('" + Waarden.veilig(csvNaam, 60) + "' en '"
                                + Waarden.veilig(naam, 60) + "')");
                    }
                    csv = bytes;
                    csvNaam = naam;
                } else if (verklaringen != null) {
                    Privebestanden.schrijf(verklaringen.resolve(basis), bytes);
                }
            }
            if (csv == null) {
                throw fout(zip, "bevat geen CSV-bestand met de inkomenscategorieën");
            }
            return new Inhoud(csv);
        } catch (ZipException e) {
            throw fout(zip, "beschadigd zip-bestand: " + e.getMessage());
        } catch (IOException e) {
            throw fout(zip, "kan het bestand niet lezen: " + e.getMessage());
        }
    }

    /**
     * The entry's base name, after refusing any name that could write outside the folder it is unpacked
     * in: absolute, a drive or backslash, a {@code ..} segment, control characters.
     */
    static String veiligeNaam(Path zip, String naam) throws InvoerFout {
        boolean fout = naam.isEmpty() || naam.startsWith("/") || naam.indexOf('\\') >= 0 || naam.indexOf(':') >= 0
                || naam.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        for (String deel : naam.split("/")) {
            if (deel.equals("..")) {
                fout = true;
            }
        }
        if (fout) {
            throw fout(zip, "onderdeel '" + Waarden.veilig(naam, 80) + "' wijst buiten de map waarin het wordt "
                    + "uitgepakt (zip slip); het antwoord is geweigerd");
        }
        String basis = naam.endsWith("/") ? "" : naam.substring(naam.lastIndexOf('/') + 1);
        if (basis.equals(".")) {
            throw fout(zip, "onderdeel '" + Waarden.veilig(naam, 80) + "' heeft geen naam");
        }
        return basis;
    }

    /**
     * Reads at most {@code grens} bytes and fails on the next one: what the entry really inflates to
     * counts, whatever its header says.
     */
    private static byte[] begrensd(Path zip, String naam, InputStream in, long grens, boolean perOnderdeel)
            throws IOException, InvoerFout {
        java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long gelezen = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            gelezen += n;
            if (gelezen > grens) {
                throw fout(zip, "onderdeel '" + Waarden.veilig(naam, 80) + "' is groter dan "
                        + (perOnderdeel ? "de grens van " + grens + " bytes per onderdeel"
                        : "wat er van de grens voor het hele antwoord over is (" + grens + " bytes)")
                        + " (zip-bom?); het antwoord is geweigerd");
            }
            uit.write(buffer, 0, n);
        }
        return uit.toByteArray();
    }

    /** A checked statement: its pages, or why it is not a usable PDF ({@code paginas} 0). */
    record Pdf(int paginas, String reden) {}

    /** A statement must be a PDF: its magic bytes, and OpenPDF must open it and find a page. */
    static Pdf pdf(byte[] bytes) {
        String begin = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!begin.contains("%PDF-")) {
            return new Pdf(0, "is geen pdf-bestand (begint niet met %PDF-)");
        }
        try {
            org.openpdf.text.pdf.PdfReader lezer = new org.openpdf.text.pdf.PdfReader(bytes);
            try {
                int paginas = lezer.getNumberOfPages();
                return paginas < 1 ? new Pdf(0, "is een pdf-bestand zonder pagina's") : new Pdf(paginas, null);
            } finally {
                lezer.close();
            }
        } catch (IOException | RuntimeException e) {
            return new Pdf(0, "is een onleesbaar of beschadigd pdf-bestand");
        }
    }

    private static String sha256(Path zip) throws InvoerFout {
        try (InputStream in = new DigestInputStream(Files.newInputStream(zip), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw fout(zip, Files.exists(zip) ? "kan het bestand niet lezen: " + e.getMessage() : "bestand niet gevonden");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvoerFout fout(Path zip, String reden) {
        return new InvoerFout(Bestandsoort.INKOMENSANTWOORD.naam() + " (" + zip + "): " + reden);
    }
}

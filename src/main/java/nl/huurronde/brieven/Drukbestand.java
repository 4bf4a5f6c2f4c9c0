package nl.huurronde.brieven;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPageLabels;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A merged print file (drukbestand): letters appended in the caller's order, each starting on a new page;
 * duplex-safe (job key {@code duplex}, default) each tenant's block (the letter's pages) is padded with a blank
 * page to an even number, so every letter starts on a front side of a sheet.
 * Written to a temporary file beside the target (owner-only: it holds personal data) and moved into place by
 * {@link #close()}, so an interrupted run never leaves a file that looks finished. One embedded font (when
 * any letter needs it) is shared by all its pages, and so are the parts every letter shows alike (letterhead
 * with logo, fixed paragraphs and table rows: {@link Sjablonen}). Not for concurrent use: one drukbestand per thread.
 */
public final class Drukbestand implements Closeable {

    private final Path doel;
    private final Path tijdelijk;
    private final boolean pdfa;
    private final boolean duplex;
    private final OutputStream uit;
    private final Document document;
    private final PdfWriter writer;
    private final MessageDigest inhoudHash;
    /** The letterhead, fixed paragraphs and rows, drawn once for the whole file. */
    private final Sjablonen sjablonen;
    private Lettertypen unicode;
    private LocalDate eersteDatum;
    private int brieven;
    private boolean gesloten;
    /** Page labels mark the enclosed statements' pages (set only when there is one). */
    private final PdfPageLabels labels = new PdfPageLabels();
    private boolean labelsGebruikt;
    private boolean vorigeMetBijlage;

    private Drukbestand(Path doel, Path tijdelijk, boolean pdfa, boolean duplex, OutputStream uit)
            throws IOException {
        this.doel = doel;
        this.tijdelijk = tijdelijk;
        this.pdfa = pdfa;
        this.duplex = duplex;
        this.uit = uit;
        this.document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            this.writer = PdfInstellingen.schrijver(document, uit);
            this.inhoudHash = MessageDigest.getInstance("SHA-256");
        } catch (DocumentException | NoSuchAlgorithmException e) {
            throw new IOException("Drukbestand kon niet worden geopend: " + doel.getFileName(), e);
        }
        this.sjablonen = new Sjablonen(writer);
        if (!pdfa) {
            // object streams make a print file of thousands of pages much smaller; PDF/A-1 forbids them
            writer.setFullCompression();
        }
        PdfInstellingen.voorOpenen(writer, pdfa);
        document.open();
        PdfInstellingen.naOpenen(writer, pdfa);
    }

    /** Opens a new duplex-safe print file that will appear at {@code pdf} when closed. */
    public static Drukbestand open(Path pdf, boolean pdfa) throws IOException {
        return open(pdf, pdfa, true);
    }

    /** Opens a new print file that will appear at {@code pdf} when closed; {@code duplex}: see the class. */
    public static Drukbestand open(Path pdf, boolean pdfa, boolean duplex) throws IOException {
        Path map = pdf.toAbsolutePath().getParent();
        Files.createDirectories(map);
        Path tijdelijk = map.resolve(pdf.getFileName() + ".tmp");
        Files.deleteIfExists(tijdelijk);
        try {
            Files.createFile(tijdelijk, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tijdelijk);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Tijdelijk drukbestand bestaat al: " + tijdelijk.getFileName(), e);
        }
        OutputStream uit = new BufferedOutputStream(Files.newOutputStream(tijdelijk), 1 << 16);
        try {
            return new Drukbestand(pdf, tijdelijk, pdfa, duplex, uit);
        } catch (IOException | RuntimeException e) {
            uit.close();
            Files.deleteIfExists(tijdelijk);
            throw e;
        }
    }

    /**
     * Appends one tenant's block (the letter); returns its first and last page number in this file, without the
     * blank page that may follow it.
     */
    public synchronized Paginabereik voegToe(Brief brief) {
        return voegToe(brief, null);
    }

    /**
     * Appends one tenant's block: the letter and, when given, the huishoudverklaring enclosed after it;
     * returns the block's first and last page number in this file (what drukbestand-index.csv records).
     */
    public synchronized Paginabereik voegToe(Brief brief, Huishoudverklaringbijlage verklaring) {
        if (gesloten) {
            throw new IllegalStateException("Drukbestand is al gesloten");
        }
        BriefInhoud inhoud = BriefTekst.van(brief, verklaring != null);
        boolean nodigUnicode = pdfa || !Lettertypen.winAnsi(inhoud.alleTekst());
        if (nodigUnicode && unicode == null) {
            unicode = Lettertypen.leenUnicode();
        }
        Lettertypen basis = pdfa ? unicode : Lettertypen.helvetica();
        if (brieven > 0) {
            document.setPageSize(PageSize.A4); // an enclosed statement before may have had its own size
            writer.setPageEmpty(false);
            document.newPage();
        } else {
            eersteDatum = brief.verzenddatum();
        }
        int eerste = writer.getPageNumber();
        if (vorigeMetBijlage) {
            Huishoudverklaringbijlage.naBijlage(labels, eerste);
        }
        // the pages of one tenant's block: the letter and its enclosed statement, then the padding
        BriefOpmaak.teken(inhoud, writer, document, basis, nodigUnicode ? unicode : null,
                brief.briefhoofd().logo(), sjablonen);
        vorigeMetBijlage = verklaring != null;
        if (verklaring != null) {
            verklaring.voegToe(writer, document, labels);
            labelsGebruikt = true;
        }
        int laatste = writer.getPageNumber();
        vulAanTotVoorkant(laatste - eerste + 1);
        brieven++;
        inhoudHash.update(BriefRenderer.sleutel(brief).getBytes(StandardCharsets.UTF_8));
        inhoudHash.update((byte) '\n');
        return new Paginabereik(eerste, laatste);
    }

    /**
     * Duplex: a block of an odd number of pages gets one blank page, so the next letter (or the next print file
     * on the same stack) starts on a front side. The blank page is the current page after the block; it is kept
     * even though nothing is drawn on it.
     */
    private void vulAanTotVoorkant(int paginasInBlok) {
        if (duplex && paginasInBlok % 2 == 1) {
            writer.setPageEmpty(false);
            document.newPage();
            writer.setPageEmpty(false);
        }
    }

    /** How many templates the file has so far (see {@link Sjablonen}). */
    int sjablonen() {
        return sjablonen.getekend();
    }

    /** Finishes the PDF and moves it into place. An empty drukbestand is discarded, not written. */
    @Override
    public synchronized void close() throws IOException {
        if (gesloten) {
            return;
        }
        gesloten = true;
        try {
            if (brieven == 0) {
                uit.close();
                Files.deleteIfExists(tijdelijk);
                return;
            }
            if (labelsGebruikt) {
                writer.setPageLabels(labels);
            }
            PdfInstellingen.voorSluiten(writer, pdfa, eersteDatum, "Drukbestand " + doel.getFileName(),
                    doel.getFileName() + "\u0000" + HexFormat.of().formatHex(inhoudHash.digest()));
            document.close();
            uit.close();
            Files.move(tijdelijk, doel, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (RuntimeException e) {
            uit.close();
            Files.deleteIfExists(tijdelijk);
            throw new IOException("Drukbestand kon niet worden afgerond: " + doel.getFileName(), e);
        } finally {
            Lettertypen.geefTerug(unicode);
            unicode = null;
        }
    }
}

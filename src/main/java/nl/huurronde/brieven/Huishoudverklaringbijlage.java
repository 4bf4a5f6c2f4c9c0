package nl.huurronde.brieven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfImportedPage;
import org.openpdf.text.pdf.PdfPageLabels;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The tenant's own huishoudverklaring from the Belastingdienst's answer zip, enclosed after an IAH letter
 * (art. 7:252a BW: the proposal carries the statement). Its pages are imported as they are
 * ({@link PdfWriter#getImportedPage}), each on a page of its own size, directly after the letter's pages:
 * one tenant's block of pages = letter + statement, counted in one place ({@link #voegToe}), so a print
 * file's page ranges and a later blank back page for duplex printing add up.
 */
public record Huishoudverklaringbijlage(byte[] pdf) {

    /**
     * The page label of every enclosed page ({@code Huishoudverklaring 1}, 2, …): what a viewer shows, and how
     * {@code verwijder --inkomen} finds the pages to drop from a letter without any other bookkeeping.
     */
    public static final String LABEL = "Huishoudverklaring ";

    /** The next letter after an enclosure: its pages are labelled by their number in the file again. */
    static void naBijlage(PdfPageLabels labels, int pagina) {
        labels.addPageLabel(pagina, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, pagina);
    }

    /** The statement's file, unpacked by the intake ({@code intake.Antwoordmap}). */
    public static Huishoudverklaringbijlage lees(Path pdf) {
        try {
            return new Huishoudverklaringbijlage(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("huishoudverklaring " + pdf.getFileName() + " is niet te lezen: "
                    + e.getMessage() + " (is de map van het inkomensantwoord verwijderd?)", e);
        }
    }

    /**
     * Appends the statement's pages to the document after the page being written (the letter's last);
     * returns how many pages it added.
     */
    int voegToe(PdfWriter writer, Document document, PdfPageLabels labels) {
        PdfReader lezer;
        try {
            lezer = new PdfReader(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("huishoudverklaring is geen leesbare pdf meer", e);
        }
        try {
            int paginas = lezer.getNumberOfPages();
            PdfContentByte inhoud = writer.getDirectContent();
            for (int i = 1; i <= paginas; i++) {
                Rectangle maat = lezer.getPageSizeWithRotation(i);
                document.setPageSize(maat);
                writer.setPageEmpty(false);
                document.newPage();
                if (i == 1) {
                    labels.addPageLabel(writer.getPageNumber(), PdfPageLabels.DECIMAL_ARABIC_NUMERALS, LABEL, 1);
                }
                PdfImportedPage pagina = writer.getImportedPage(lezer, i);
                inhoud.addTemplate(pagina, 0, 0);
            }
            writer.freeReader(lezer);
            return paginas;
        } catch (IOException e) {
            throw new UncheckedIOException("huishoudverklaring kon niet worden ingevoegd", e);
        } finally {
            lezer.close();
        }
    }
}

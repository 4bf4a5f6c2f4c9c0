package nl.huurronde.genereer;

import java.io.ByteArrayOutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A synthetic huishoudverklaring as the Belastingdienst's answer zip holds one per address above the
 * limit: one small real PDF (OpenPDF, a standard font, nothing embedded: a few kB) whose text names the
 * address and the category, so a test can find it back inside a letter. Not the real layout, which is
 * not public; the product only encloses the pages, it never reads them.
 */
public final class Huishoudverklaring {

    private Huishoudverklaring() {}

    /**
     * @param adres     the address as the letter shows it, e.g. {@code 8011VM 4}
     * @param categorie the category of the answer, e.g. {@code HOOG}
     * @param jaar      the income year the statement is about
     */
    public static byte[] pdf(String adres, String categorie, int jaar) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(4096);
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, uit);
        document.addTitle("Huishoudverklaring");
        document.open();
        Font kop = new Font(Font.HELVETICA, 14, Font.BOLD);
        Font tekst = new Font(Font.HELVETICA, 10);
        document.add(new Paragraph("Belastingdienst - Huishoudverklaring", kop));
        document.add(new Paragraph(" ", tekst));
        document.add(new Paragraph("Adres: " + adres, tekst));
        document.add(new Paragraph("Inkomenscategorie: " + categorie, tekst));
        document.add(new Paragraph("Het huishoudinkomen over " + jaar + " is hoger dan de inkomensgrens van de "
                + "inkomensafhankelijke huurverhoging.", tekst));
        document.add(new Paragraph("Synthetisch voorbeeld (huurronde genereer); geen echte verklaring.", tekst));
        document.close();
        return uit.toByteArray();
    }
}

package nl.huurronde.brieven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;

/** Whole PDFs as one, their pages in order: a print file of letters, or a dossier of its parts. */
public final class Pdfbundel {

    private Pdfbundel() {}

    /**
     * @param duplex a blank page after a part with an odd number of pages, so on a duplex printer every
     *               part starts on a front side
     */
    public static byte[] samen(List<byte[]> delen, boolean duplex) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        try {
            PdfCopy kopie = new PdfCopy(document, uit);
            document.open();
            for (byte[] deel : delen) {
                PdfReader lezer = new PdfReader(deel);
                int paginas = lezer.getNumberOfPages();
                for (int i = 1; i <= paginas; i++) {
                    kopie.addPage(kopie.getImportedPage(lezer, i));
                }
                if (duplex && paginas % 2 == 1) {
                    kopie.addPage(PageSize.A4, 0);
                }
                kopie.freeReader(lezer);
                lezer.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }
}

package nl.huurronde.letters;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back with PDFBox, an implementation independent of the one that wrote it. */
record PdfTekst(int paginas, String tekst) {

    static PdfTekst lees(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PdfTekst(doc.getNumberOfPages(), new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pagina(byte[] pdf, int pagina) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pagina);
            stripper.setEndPage(pagina);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with line breaks as spaces: for phrases that may wrap. */
    String plat() {
        return tekst.replaceAll("\\s+", " ");
    }
}

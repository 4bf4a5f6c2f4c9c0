package nl.huurronde.rapport;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back with PDFBox, an implementation independent of the one that wrote it. */
record PdfTekst(int paginas, String tekst) {

    static PdfTekst lees(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PdfTekst(doc.getNumberOfPages(), new PDFTextStripper().getText(doc));
        }
    }

    /** The text with every run of white space as one space. */
    String plat() {
        return tekst.replaceAll("\\s+", " ");
    }
}

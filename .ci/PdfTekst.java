import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * For .ci/vergelijk-uitvoer: writes the text of every PDF below a folder next to it ({@code x.pdf.txt}),
 * with its page count. A PDF's bytes differ between two equal runs (OpenPDF's random font-subset
 * names, the report's creation time), its text does not.
 */
class PdfTekst {
    public static void main(String[] args) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> bestanden = Files.walk(Path.of(args[0]))) {
            pdfs = bestanden.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                Files.writeString(Path.of(pdf + ".txt"),
                        "pagina's: " + doc.getNumberOfPages() + "\n" + new PDFTextStripper().getText(doc));
            }
        }
    }
}

package nl.huurronde;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF back with PDFBox, an implementation independent of the one that wrote it: the one PDF
 * reader of the tests.
 */
public record PdfTekst(int paginas, String tekst) {

    public static PdfTekst lees(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PdfTekst(doc.getNumberOfPages(), new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PdfTekst lees(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PdfTekst(doc.getNumberOfPages(), new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (1-based). */
    public static String pagina(byte[] pdf, int pagina) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pagina);
            stripper.setEndPage(pagina);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy under target/ to look at (docs/rapport and docs/brieven hold PNG renderings of such copies). */
    public static void bewaar(Path pdf, String naam) throws IOException {
        Path map = Files.createDirectories(Path.of("target/rapport-voorbeelden"));
        Files.copy(pdf, map.resolve(naam), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The text with every run of white space as one space: for phrases that may wrap. */
    public String plat() {
        return tekst.replaceAll("\\s+", " ");
    }
}

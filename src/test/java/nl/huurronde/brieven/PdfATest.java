package nl.huurronde.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.huurronde.PdfTekst;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.exception.SyntaxValidationException;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.Test;

/** The archive option: PDF/A-1b, checked with PDFBox Preflight. */
class PdfATest {

    static List<String> fouten(byte[] pdf) throws Exception {
        ValidationResult resultaat;
        try (PreflightDocument doc = (PreflightDocument) new PreflightParser(new RandomAccessReadBuffer(pdf)).parse()) {
            resultaat = doc.validate();
        } catch (SyntaxValidationException e) {
            resultaat = e.getResult();
        }
        return resultaat.getErrorsList().stream()
                .map(f -> f.getErrorCode() + " " + f.getDetails())
                .toList();
    }

    @Test
    void archiefbriefIsPdfA1bMetIngebeddeLettertypen() throws Exception {
        BriefRenderer archief = new BriefRenderer(true);

        assertThat(fouten(archief.renderPdf(Voorbeelden.regulier()))).isEmpty();
        assertThat(fouten(archief.renderPdf(Voorbeelden.kopie(Voorbeelden.herzien(Voorbeelden.iah(), 2, 1)))))
                .isEmpty();
        assertThat(PdfTekst.lees(archief.renderPdf(Voorbeelden.regulier())).plat()).contains("€ 520,50", "4,10%");
    }

    @Test
    void gewoneBriefIsGeenPdfA() throws Exception {
        assertThat(fouten(new BriefRenderer(false).renderPdf(Voorbeelden.regulier()))).isNotEmpty();
    }
}

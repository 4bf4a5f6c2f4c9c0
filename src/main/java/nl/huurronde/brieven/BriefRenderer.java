package nl.huurronde.brieven;

import java.io.ByteArrayOutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPageLabels;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders one letter as a complete PDF. Thread-safe: fonts are read once per JVM and lent per call, the logo
 * is read once per file. With {@code pdfa} every font is embedded and the file is PDF/A-1b (archive);
 * otherwise the letter is set in standard Helvetica (WinAnsi, not embedded), and only the strings outside
 * WinAnsi (a name or street with ł, ş, ğ, ı …) in an embedded subset of DejaVu Sans.
 */
public final class BriefRenderer {

    private final boolean pdfa;

    public BriefRenderer(boolean pdfa) {
        this.pdfa = pdfa;
    }

    /** One complete PDF (one letter; IAH letters get the extra page with the Belastingdienst statement). */
    public byte[] renderPdf(Brief brief) {
        return renderPdf(brief, null);
    }

    /**
     * @param verklaring the tenant's huishoudverklaring to enclose after the letter (an IAH letter on the
     *                   Belastingdienst's answer zip), or null
     */
    public byte[] renderPdf(Brief brief, Huishoudverklaringbijlage verklaring) {
        return render(BriefTekst.van(brief, verklaring != null), brief, brief.verzenddatum(), titel(brief),
                sleutel(brief), verklaring);
    }

    /** Any letter text in the letters' layout, e.g. the registered reminder ({@link Herinneringsbrief}). */
    byte[] render(BriefInhoud inhoud, Brief brief, java.time.LocalDate datum, String titel, String sleutel) {
        return render(inhoud, brief, datum, titel, sleutel, null);
    }

    private byte[] render(BriefInhoud inhoud, Brief brief, java.time.LocalDate datum, String titel, String sleutel,
                          Huishoudverklaringbijlage verklaring) {
        // PDF/A embeds everything; otherwise Helvetica, plus an embedded font only for text beyond WinAnsi
        Lettertypen unicode = pdfa || !Lettertypen.winAnsi(inhoud.alleTekst()) ? Lettertypen.leenUnicode() : null;
        Lettertypen basis = pdfa ? unicode : Lettertypen.helvetica();
        ByteArrayOutputStream uit = new ByteArrayOutputStream(unicode != null ? 48_000 : 8_000);
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfInstellingen.schrijver(document, uit);
            PdfInstellingen.voorOpenen(writer, pdfa);
            document.open();
            PdfInstellingen.naOpenen(writer, pdfa);
            BriefOpmaak.teken(inhoud, writer, document, basis, unicode, brief.briefhoofd().logo(), null);
            if (verklaring != null) {
                PdfPageLabels labels = new PdfPageLabels();
                verklaring.voegToe(writer, document, labels);
                writer.setPageLabels(labels);
            }
            PdfInstellingen.voorSluiten(writer, pdfa, datum, titel, sleutel);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Brief voor contract " + brief.contractId() + " kon niet worden gemaakt",
                    e);
        } finally {
            Lettertypen.geefTerug(unicode);
        }
        return uit.toByteArray();
    }

    static String titel(Brief brief) {
        return "Huurvoorstel " + brief.jaar() + " contract " + brief.contractId() + " versie " + brief.versie();
    }

    /** The same letter gets the same file id in every run; a reprint gets its own. */
    static String sleutel(Brief brief) {
        return brief.contractId() + "\u0000" + brief.versie() + "\u0000" + (brief.kopie() ? "kopie" : "");
    }
}

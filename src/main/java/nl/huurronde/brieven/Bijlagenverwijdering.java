package nl.huurronde.brieven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.bestand.Uitvoerbestand;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageLabels;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;

/**
 * Drops the enclosed huishoudverklaringen from a letter or print file ({@code verwijder --inkomen}): the
 * pages labelled {@link Huishoudverklaringbijlage#LABEL} go, the letter's own pages stay as they were. The
 * file is rewritten completely (a new file under a temporary name, then renamed), so no byte of a statement
 * stays behind in it.
 */
public final class Bijlagenverwijdering {

    private Bijlagenverwijdering() {}

    /**
     * @return for each old page (1-based index) its new page number, 0 for a dropped page; null when the
     *         file has no enclosed statement and was left alone
     */
    public static int[] herschrijf(Path pdf) throws IOException {
        PdfReader lezer = new PdfReader(Files.readAllBytes(pdf));
        try {
            String[] labels = PdfPageLabels.getPageLabels(lezer);
            if (labels == null) {
                return null;
            }
            int[] nieuw = new int[labels.length + 1];
            List<Integer> houden = new ArrayList<>();
            for (int i = 1; i <= labels.length; i++) {
                if (labels[i - 1] == null || !labels[i - 1].startsWith(Huishoudverklaringbijlage.LABEL)) {
                    houden.add(i);
                    nieuw[i] = houden.size();
                }
            }
            if (houden.size() == labels.length) {
                return null;
            }
            lezer.selectPages(houden);
            lezer.getCatalog().remove(PdfName.PAGELABELS);
            lezer.removeUnusedObjects();
            try (Uitvoerbestand bestand = Uitvoerbestand.open(pdf)) {
                try (OutputStream uit = bestand.stroom()) {
                    PdfStamper stamper = new PdfStamper(lezer, uit);
                    stamper.setFullCompression();
                    stamper.close();
                }
                bestand.voltooi();
            }
            return nieuw;
        } finally {
            lezer.close();
        }
    }
}

package nl.huurronde.brieven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.bestand.Uitvoerbestand;
import org.openpdf.text.Rectangle;
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
     * @param duplex the file is a duplex print file: every tenant's block has an even number of pages, the
     *               statement and the blank page after it carry the statement's label. A run of such pages of
     *               odd length then becomes one blank page, so that the next letter still starts on a front side
     * @return for each old page (1-based index) its new page number, 0 for a dropped page; null when the
     *         file has no enclosed statement and was left alone
     */
    public static int[] herschrijf(Path pdf, boolean duplex) throws IOException {
        PdfReader lezer = new PdfReader(Files.readAllBytes(pdf));
        try {
            String[] labels = PdfPageLabels.getPageLabels(lezer);
            if (labels == null) {
                return null;
            }
            int[] nieuw = new int[labels.length + 1];
            List<Integer> houden = new ArrayList<>();
            List<Integer> blancoNa = new ArrayList<>(); // new page numbers after which a blank page comes
            int weg = 0;
            for (int i = 1; i <= labels.length; i++) {
                if (isVerklaring(labels[i - 1])) {
                    weg++;
                    boolean eindeReeks = i == labels.length || !isVerklaring(labels[i]);
                    if (eindeReeks && duplex && weg % 2 == 1) {
                        blancoNa.add(houden.size() + blancoNa.size());
                    }
                    if (eindeReeks) {
                        weg = 0;
                    }
                } else {
                    houden.add(i);
                    nieuw[i] = houden.size() + blancoNa.size();
                }
            }
            if (houden.size() == labels.length) {
                return null;
            }
            Rectangle formaat = lezer.getPageSize(1);
            lezer.selectPages(houden);
            lezer.getCatalog().remove(PdfName.PAGELABELS);
            lezer.removeUnusedObjects();
            try (Uitvoerbestand bestand = Uitvoerbestand.open(pdf)) {
                try (OutputStream uit = bestand.stroom()) {
                    PdfStamper stamper = new PdfStamper(lezer, uit);
                    for (int na : blancoNa) {
                        stamper.insertPage(na + 1, formaat);
                    }
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

    private static boolean isVerklaring(String label) {
        return label != null && label.startsWith(Huishoudverklaringbijlage.LABEL);
    }
}

package nl.huurronde.rapport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Drawing on one PDF page in points from the bottom left: text, rules, tables and filled areas, all as
 * vectors. Fills are grey levels and hatchings so the report reads the same printed in black and white.
 */
public final class Tekenblad {

    /** How an area is filled; each is distinguishable without colour. */
    enum Vulling { WIT, LICHT, MIDDEN, DONKER, ARCERING, KRUISARCERING }

    private static volatile byte[] gewoonBytes;
    private static volatile byte[] vetBytes;

    private final PdfContentByte cb;
    private final BaseFont gewoon;
    private final BaseFont vet;

    private Tekenblad(PdfContentByte cb, BaseFont gewoon, BaseFont vet) {
        this.cb = cb;
        this.gewoon = gewoon;
        this.vet = vet;
    }

    /**
     * DejaVu Sans, embedded as a subset: any name of a corporation prints, and σ, ≥ and € are there.
     * The fonts are read once per JVM; a BaseFont keeps per-document state, so each document gets its own.
     */
    public static Tekenblad op(PdfContentByte cb) {
        return new Tekenblad(cb, font("DejaVuSans.ttf", gewoon()), font("DejaVuSans-Bold.ttf", vet()));
    }

    public void tekst(String tekst, float x, float y, float grootte, boolean bold, int uitlijning) {
        tekst(tekst, x, y, grootte, bold, uitlijning, 0);
    }

    public void tekst(String tekst, float x, float y, float grootte, boolean bold, int uitlijning, float hoek) {
        cb.beginText();
        cb.setFontAndSize(bold ? vet : gewoon, grootte);
        cb.showTextAligned(uitlijning, tekst, x, y, hoek);
        cb.endText();
    }

    public void links(String tekst, float x, float y, float grootte) {
        tekst(tekst, x, y, grootte, false, Element.ALIGN_LEFT);
    }

    public float breedte(String tekst, float grootte, boolean bold) {
        return (bold ? vet : gewoon).getWidthPoint(tekst, grootte);
    }

    /** Left-aligned text broken into lines of at most {@code breedte}; returns the y below the last line. */
    public float alinea(String tekst, float x, float y, float breedte, float grootte) {
        StringBuilder regel = new StringBuilder();
        float regelafstand = grootte * 1.3f;
        for (String woord : tekst.split(" ")) {
            String proef = regel.isEmpty() ? woord : regel + " " + woord;
            if (breedte(proef, grootte, false) > breedte && !regel.isEmpty()) {
                links(regel.toString(), x, y, grootte);
                y -= regelafstand;
                regel.setLength(0);
                regel.append(woord);
            } else {
                regel.setLength(0);
                regel.append(proef);
            }
        }
        if (!regel.isEmpty()) {
            links(regel.toString(), x, y, grootte);
            y -= regelafstand;
        }
        return y;
    }

    public void lijn(float x1, float y1, float x2, float y2, float dikte) {
        cb.setLineWidth(dikte);
        cb.setGrayStroke(0);
        cb.moveTo(x1, y1);
        cb.lineTo(x2, y2);
        cb.stroke();
    }

    /** A filled rectangle with a thin black border. */
    public void vlak(float x, float y, float breedte, float hoogte, Vulling vulling) {
        if (breedte <= 0 || hoogte <= 0) {
            return;
        }
        cb.saveState();
        switch (vulling) {
            case WIT, ARCERING, KRUISARCERING -> cb.setGrayFill(1f);
            case LICHT -> cb.setGrayFill(0.82f);
            case MIDDEN -> cb.setGrayFill(0.55f);
            case DONKER -> cb.setGrayFill(0.25f);
        }
        cb.rectangle(x, y, breedte, hoogte);
        cb.fill();
        if (vulling == Vulling.ARCERING || vulling == Vulling.KRUISARCERING) {
            arceer(x, y, breedte, hoogte, vulling == Vulling.KRUISARCERING);
        }
        cb.setLineWidth(0.5f);
        cb.setGrayStroke(0);
        cb.rectangle(x, y, breedte, hoogte);
        cb.stroke();
        cb.restoreState();
    }

    /** Diagonal lines clipped to the rectangle. */
    private void arceer(float x, float y, float breedte, float hoogte, boolean kruis) {
        cb.saveState();
        cb.rectangle(x, y, breedte, hoogte);
        cb.clip();
        cb.newPath();
        cb.setLineWidth(0.5f);
        cb.setGrayStroke(0);
        float stap = 3.5f;
        for (float d = -hoogte; d < breedte; d += stap) {
            cb.moveTo(x + d, y);
            cb.lineTo(x + d + hoogte, y + hoogte);
            if (kruis) {
                cb.moveTo(x + d, y + hoogte);
                cb.lineTo(x + d + hoogte, y);
            }
        }
        cb.stroke();
        cb.restoreState();
    }

    /**
     * A table: a bold header row under a rule, then the rows; {@code rechts[i]} right-aligns column i
     * (numbers). A row whose first cell starts with "Totaal" is bold above a rule. Returns the y below it.
     */
    public float tabel(float x, float y, float[] breedtes, boolean[] rechts, String[] kop, List<String[]> rijen,
                float grootte) {
        float regel = grootte * 1.45f;
        float totaal = 0;
        for (float b : breedtes) {
            totaal += b;
        }
        if (kop != null) {
            rij(x, y, breedtes, rechts, kop, grootte, true);
            lijn(x, y - 3, x + totaal, y - 3, 0.6f);
            y -= regel;
        }
        for (String[] cellen : rijen) {
            boolean som = cellen[0].startsWith("Totaal");
            if (som) {
                lijn(x, y + regel - 3, x + totaal, y + regel - 3, 0.4f);
            }
            rij(x, y, breedtes, rechts, cellen, grootte, som);
            y -= regel;
        }
        return y;
    }

    private void rij(float x, float y, float[] breedtes, boolean[] rechts, String[] cellen, float grootte,
                     boolean bold) {
        float kolom = x;
        for (int i = 0; i < cellen.length; i++) {
            if (rechts[i]) {
                tekst(cellen[i], kolom + breedtes[i] - 2, y, grootte, bold, Element.ALIGN_RIGHT);
            } else {
                tekst(cellen[i], kolom, y, grootte, bold, Element.ALIGN_LEFT);
            }
            kolom += breedtes[i];
        }
    }

    private static BaseFont font(String naam, byte[] bytes) {
        try {
            // cached=false: OpenPDF's cache would share one stateful instance between documents
            return BaseFont.createFont(naam, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("lettertype niet te laden: " + naam, e);
        }
    }

    private static byte[] gewoon() {
        if (gewoonBytes == null) {
            gewoonBytes = lees("fonts/DejaVuSans.ttf");
        }
        return gewoonBytes;
    }

    private static byte[] vet() {
        if (vetBytes == null) {
            vetBytes = lees("fonts/DejaVuSans-Bold.ttf");
        }
        return vetBytes;
    }

    private static byte[] lees(String bron) {
        try (InputStream in = Tekenblad.class.getClassLoader().getResourceAsStream(bron)) {
            if (in == null) {
                throw new IllegalStateException("lettertype ontbreekt op het classpath: " + bron);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("lettertype niet te lezen: " + bron, e);
        }
    }
}

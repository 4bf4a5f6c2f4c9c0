package nl.huurronde.brieven;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.zip.Deflater;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDocument;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Document-level settings: PDF/A-1b for the archive, and metadata that does not change between runs
 * (OpenPDF would write the current time and a random file id).
 */
final class PdfInstellingen {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static volatile byte[] srgb;
    private static volatile Datum laatsteDatum;
    // one per thread: looking the algorithm up per letter cost more than the hash itself
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(PdfInstellingen::nieuweSha256);

    private PdfInstellingen() {}

    /**
     * {@code PdfWriter.getInstance}, minus the creation date OpenPDF makes for every document (a new
     * {@code SimpleDateFormat} and calendar: a twentieth of a one-page letter) only for
     * {@link #voorSluiten} to replace it with the fixed one.
     */
    static PdfWriter schrijver(Document document, OutputStream uit) throws DocumentException {
        PdfDocument pdf = new PdfDocument() {
            @Override
            public boolean addCreationDate() {
                return false;
            }
        };
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        pdf.setGlyphLayoutManager(document.getGlyphLayoutManager());
        document.addDocListener(pdf);
        PdfWriter writer = new PdfWriter(pdf, uit) {};
        pdf.addWriter(writer);
        return writer;
    }

    /** Before {@code document.open()}: PDF/A-1b conformance (OpenPDF then refuses non-embedded fonts). */
    static void voorOpenen(PdfWriter writer, boolean pdfa) {
        // the page contents at zlib's fastest level: a few per cent larger, much faster (the embedded
        // fonts have a level of their own, set in Lettertypen)
        writer.setCompressionLevel(Deflater.BEST_SPEED);
        if (pdfa) {
            writer.setPDFXConformance(PdfWriter.PDFA1B);
        }
    }

    /** After {@code document.open()}: the sRGB output intent PDF/A needs for the RGB colours of the letter. */
    static void naOpenen(PdfWriter writer, boolean pdfa) {
        if (!pdfa) {
            return;
        }
        try {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", srgb());
        } catch (IOException e) {
            throw new UncheckedIOException("sRGB-profiel niet te schrijven", e);
        }
    }

    /**
     * Just before {@code document.close()}: fixed dates (the verzenddatum), a file id from a hash of
     * {@code sleutel}, a title, and for PDF/A the XMP metadata made from that information.
     */
    static void voorSluiten(PdfWriter writer, boolean pdfa, LocalDate datum, String titel, String sleutel) {
        PdfDate pdfDatum = pdfDatum(datum);
        writer.getInfo().put(PdfName.CREATIONDATE, pdfDatum);
        writer.getInfo().put(PdfName.MODDATE, pdfDatum);
        writer.getInfo().put(PdfName.TITLE, new PdfString(titel, PdfString.TEXT_UNICODE));
        byte[] id = Arrays.copyOf(sha256(sleutel), 16);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        if (pdfa) {
            writer.createXmpMetadata();
        }
    }

    /**
     * The date as a PDF string, made once per date: a calendar in the Amsterdam zone per letter cost
     * as much as a tenth of writing a one-page letter. A written PdfDate is only read, so documents
     * on other threads may share it.
     */
    private static PdfDate pdfDatum(LocalDate datum) {
        Datum laatste = laatsteDatum;
        if (laatste == null || !laatste.datum().equals(datum)) {
            GregorianCalendar kalender = GregorianCalendar.from(datum.atStartOfDay(AMSTERDAM));
            kalender.setTimeZone(TimeZone.getTimeZone(AMSTERDAM));
            PdfDate pdf = new PdfDate(kalender);
            pdf.getBytes(); // its bytes are made lazily: before it is shared, not by two threads at once
            laatste = new Datum(datum, pdf);
            laatsteDatum = laatste;
        }
        return laatste.pdf();
    }

    private record Datum(LocalDate datum, PdfDate pdf) {}

    static byte[] sha256(String tekst) {
        MessageDigest digest = SHA256.get();
        return digest.digest(tekst.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest nieuweSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] srgb() {
        byte[] p = srgb;
        if (p == null) {
            p = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            srgb = p;
        }
        return p;
    }
}

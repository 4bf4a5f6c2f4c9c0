package nl.huurronde.vergelijk;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import nl.huurronde.beleid.CsvDialect;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import nl.huurronde.uitvoer.Exporteur;

/**
 * Reads back the audit.csv of a completed run, in the dialect it was written in, for the comparison of two
 * simulations: a simulation keeps its proposals in memory only, so its audit is the record of what it
 * computed. Checks the header and the contract order the comparison's merge relies on.
 */
final class AuditBestand implements Closeable {

    /** The columns the comparison uses, from one audit line. */
    record Regel(String contractId, String vheId, String soort, String inkomenCategorie, BigDecimal kaleHuurOud,
                 BigDecimal kaleHuurNieuw, BigDecimal verhogingPct, boolean inHuursom) {}

    private static final int CONTRACT = kolom("contract_id");
    private static final int VHE = kolom("vhe_id");
    private static final int SOORT = kolom("soort");
    private static final int CATEGORIE = kolom("inkomen_categorie");
    private static final int OUD = kolom("kale_huur_oud");
    private static final int NIEUW = kolom("kale_huur_nieuw");
    private static final int PCT = kolom("verhoging_pct");
    private static final int IN_HUURSOM = kolom("in_huursom");

    private final Path pad;
    private final String runId;
    private final CSVReader lezer;
    private final boolean decimaleKomma;
    /** Fields per line as the header has them: a provisional simulation's audit has one more. */
    private int velden;
    private String vorige;

    private AuditBestand(Path pad, String runId, CSVReader lezer, boolean decimaleKomma) {
        this.pad = pad;
        this.runId = runId;
        this.lezer = lezer;
        this.decimaleKomma = decimaleKomma;
    }

    static AuditBestand open(Ronde ronde) throws IOException {
        Path pad = ronde.map().resolve("audit.csv");
        boolean excel = ronde.config().csvDialect() == CsvDialect.EXCEL_NL;
        Reader tekst;
        try {
            tekst = new BufferedReader(Files.newBufferedReader(pad, StandardCharsets.UTF_8), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new RondeFout("de audit van run " + ronde.runId() + " ontbreekt (" + pad
                    + "); geef de vergelijking opnieuw met --opnieuw");
        }
        tekst.mark(1);
        if (tekst.read() != '\uFEFF') {
            tekst.reset();
        }
        CSVReader lezer = new CSVReaderBuilder(tekst)
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(excel ? ';' : ',').build()).build();
        AuditBestand bestand = new AuditBestand(pad, ronde.runId(), lezer, excel);
        String[] kop = bestand.leesRecord();
        if (!Arrays.equals(kop, Exporteur.AUDIT_KOPPEN) && !Arrays.equals(kop, Exporteur.AUDIT_KOPPEN_VOORLOPIG)
                && !Arrays.equals(kop, ZONDER_MEDEHUURDERS) && !Arrays.equals(kop, ZONDER_MEDEHUURDERS_VOORLOPIG)) {
            bestand.close();
            throw bestand.fout("de kopregel is niet die van een audit");
        }
        bestand.velden = kop.length;
        return bestand;
    }

    /** The next line, or null at the end. */
    Regel volgende() throws IOException {
        String[] r = leesRecord();
        if (r == null) {
            return null;
        }
        if (r.length != velden) {
            throw fout("regel " + lezer.getLinesRead() + " heeft " + r.length + " velden in plaats van " + velden);
        }
        String id = tekst(r[CONTRACT]);
        if (vorige != null && id.compareTo(vorige) <= 0) {
            throw fout("regel " + lezer.getLinesRead() + ": contract_id staat niet in oplopende volgorde");
        }
        vorige = id;
        try {
            return new Regel(id, tekst(r[VHE]), r[SOORT], r[CATEGORIE], getal(r[OUD]), getal(r[NIEUW]), getal(r[PCT]),
                    "J".equals(r[IN_HUURSOM]));
        } catch (NumberFormatException e) {
            throw fout("regel " + lezer.getLinesRead() + ": een bedrag is geen getal");
        }
    }

    @Override
    public void close() throws IOException {
        lezer.close();
    }

    private String[] leesRecord() throws IOException {
        try {
            return lezer.readNext();
        } catch (CsvValidationException e) {
            throw fout("regel " + lezer.getLinesRead() + " is geen geldige CSV");
        }
    }

    private BigDecimal getal(String waarde) {
        return new BigDecimal(decimaleKomma ? waarde.replace(',', '.') : waarde);
    }

    /** Undoes the formula-injection prefix the writer puts before a cell starting with = + - @ (CsvTekst). */
    private static String tekst(String cel) {
        return cel.length() > 1 && cel.charAt(0) == '\'' && "=+-@\t\r".indexOf(cel.charAt(1)) >= 0 ? cel.substring(1)
                : cel;
    }

    private RondeFout fout(String wat) {
        return new RondeFout("de audit van run " + runId + " (" + pad + ") is niet te lezen: " + wat
                + "; geef de vergelijking opnieuw met --opnieuw");
    }

    /** The header before the co-tenants' count (#20): an audit written by an earlier version still compares. */
    private static final String[] ZONDER_MEDEHUURDERS = Arrays.stream(Exporteur.AUDIT_KOPPEN)
            .filter(k -> !k.equals("medehuurders")).toArray(String[]::new);
    private static final String[] ZONDER_MEDEHUURDERS_VOORLOPIG = Arrays.stream(Exporteur.AUDIT_KOPPEN_VOORLOPIG)
            .filter(k -> !k.equals("medehuurders")).toArray(String[]::new);

    private static int kolom(String naam) {
        return Arrays.asList(Exporteur.AUDIT_KOPPEN).indexOf(naam);
    }
}

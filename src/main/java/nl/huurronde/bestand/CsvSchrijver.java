package nl.huurronde.bestand;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

import nl.huurronde.beleid.CsvDialect;
import nl.huurronde.bestand.CsvTekst;

/**
 * RFC 4180 output: CRLF line ends, quotes only where needed, UTF-8 without BOM. Text cells are
 * neutralised against spreadsheet formula injection; numbers never are. The excel-nl dialect writes
 * {@code ;} and a decimal comma for Dutch spreadsheets.
 */
public final class CsvSchrijver {

    private final Writer uit;
    private final char scheiding;
    private final boolean decimaleKomma;
    private boolean eersteCel = true;

    public CsvSchrijver(Writer uit, CsvDialect dialect) {
        this.uit = uit;
        this.scheiding = dialect == CsvDialect.EXCEL_NL ? ';' : ',';
        this.decimaleKomma = dialect == CsvDialect.EXCEL_NL;
    }

    public CsvSchrijver koppen(String... namen) throws IOException {
        for (String naam : namen) {
            cel(naam);
        }
        return einde();
    }

    /** A text cell (formula injection neutralised); null is empty. */
    public CsvSchrijver tekst(String waarde) throws IOException {
        return cel(waarde == null ? "" : CsvTekst.neutraliseer(waarde));
    }

    /** A number as it is (amounts keep their scale); null is empty. */
    public CsvSchrijver getal(BigDecimal waarde) throws IOException {
        if (waarde == null) {
            return cel("");
        }
        String tekst = waarde.toPlainString();
        return cel(decimaleKomma ? tekst.replace('.', ',') : tekst);
    }

    public CsvSchrijver getal(long waarde) throws IOException {
        return cel(Long.toString(waarde));
    }

    /** J or N. */
    public CsvSchrijver janee(boolean waarde) throws IOException {
        return cel(waarde ? "J" : "N");
    }

    public CsvSchrijver einde() throws IOException {
        uit.write("\r\n");
        eersteCel = true;
        return this;
    }

    private CsvSchrijver cel(String waarde) throws IOException {
        if (!eersteCel) {
            uit.write(scheiding);
        }
        eersteCel = false;
        if (moetQuoten(waarde)) {
            uit.write('"');
            uit.write(waarde.replace("\"", "\"\""));
            uit.write('"');
        } else {
            uit.write(waarde);
        }
        return this;
    }

    private boolean moetQuoten(String waarde) {
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            if (c == scheiding || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}

package nl.huurronde.balie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import nl.huurronde.brieven.NlFormaat;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Amounts, percentages and dates on the pages, written as the letters write them ({@link NlFormaat}). */
@Component("opmaak")
@Profile("balie")
class Opmaak {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    public String bedrag(BigDecimal bedrag) {
        return bedrag == null ? "—" : NlFormaat.bedrag(bedrag);
    }

    /** A percentage stored in percent (verhoging_pct 3.30). */
    public String procent(BigDecimal procent) {
        return procent == null ? "—" : NlFormaat.procent(procent);
    }

    /** A percentage stored as a fraction (percentage_max 0.0410, the cap c). */
    public String breuk(BigDecimal breuk) {
        return breuk == null ? "—" : NlFormaat.procent(breuk.movePointRight(2));
    }

    public String datum(LocalDate datum) {
        return datum == null ? "—" : NlFormaat.datum(datum);
    }

    public String tijd(LocalDateTime tijd) {
        return tijd == null ? "—" : TIJD.format(tijd);
    }

    /**
     * Text from the input as it is, but with the invisible characters that change the reading direction
     * (bidi overrides and isolates, e.g. U+202E) shown as their code: a name cannot turn the rest of the
     * line around. Thymeleaf's th:text escapes the HTML; the page puts each such value in a bdi element.
     */
    public String tekst(String tekst) {
        if (tekst == null) {
            return "";
        }
        StringBuilder uit = new StringBuilder(tekst.length());
        tekst.codePoints().forEach(c -> {
            if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                uit.append(String.format("[U+%04X]", c));
            } else if (Character.isISOControl(c)) {
                uit.append(' ');
            } else {
                uit.appendCodePoint(c);
            }
        });
        return uit.toString();
    }

    public String janee(Boolean waarde) {
        return waarde == null ? "—" : waarde ? "ja" : "nee";
    }
}

package nl.huurronde.voorstel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;
import nl.huurronde.rules.ContractFeiten;
import nl.huurronde.rules.HuishoudenFeiten;
import nl.huurronde.rules.Reden;
import nl.huurronde.rules.Sector;
import nl.huurronde.rules.Voorstel;
import nl.huurronde.rules.Woningtype;

/**
 * One stored version of a contract's proposal: the inputs that decided it and the outcome, so it can be
 * explained, exported and recomputed (huursom cap, bezwaar) without the staging tables.
 */
public record VoorstelVersie(String contractId, int versie, long regel, String vheId, Sector sector,
                             Woningtype woningtype, BigDecimal kaleHuurOud, BigDecimal servicekosten,
                             BigDecimal maximaleHuur, BigDecimal streefhuur, BigDecimal wwsPunten,
                             boolean chronischZiek, boolean huurbevriezing, LocalDate woningverbeteringDatum,
                             LocalDate inBezitSinds, HuishoudenFeiten huishouden, Voorstel voorstel,
                             BigDecimal huursomCap, String beleidSha, LocalDate ingangsdatum, String correctie) {

    static VoorstelVersie eerste(ContractInvoer invoer, Voorstel voorstel, BigDecimal cap, String beleidSha,
                                 LocalDate ingangsdatum) {
        return new VoorstelVersie(invoer.contractId(), 1, invoer.regel(), invoer.vheId(), invoer.sector(),
                invoer.woningtype(), invoer.kaleHuur(), invoer.servicekosten(), invoer.maximaleHuur(),
                invoer.streefhuur(), invoer.wwsPunten(), invoer.chronischZiek(), invoer.huurbevriezing(),
                invoer.woningverbeteringDatum(), invoer.inBezitSinds(), invoer.huishouden(), voorstel, cap, beleidSha,
                ingangsdatum, null);
    }

    public ContractFeiten feiten() {
        return new ContractFeiten(contractId, sector, woningtype, kaleHuurOud, maximaleHuur, streefhuur,
                chronischZiek, huurbevriezing, woningverbeteringDatum, inBezitSinds, huishouden);
    }

    /** The same inputs with a recomputed outcome (the huursom cap). */
    public VoorstelVersie met(Voorstel nieuw, BigDecimal cap) {
        return new VoorstelVersie(contractId, versie, regel, vheId, sector, woningtype, kaleHuurOud, servicekosten,
                maximaleHuur, streefhuur, wwsPunten, chronischZiek, huurbevriezing, woningverbeteringDatum,
                inBezitSinds, huishouden, nieuw, cap, beleidSha, ingangsdatum, correctie);
    }

    public BigDecimal brutoHuurNieuw() {
        return voorstel.kaleHuurNieuw().add(servicekosten);
    }

    /** Reason codes as written in the audit: in fixed order, |-separated. */
    public static String redenen(Set<Reden> redenen) {
        StringJoiner tekst = new StringJoiner("|");
        for (Reden reden : redenen) {
            tekst.add(reden.name());
        }
        return tekst.toString();
    }

    static Set<Reden> redenen(String tekst) {
        EnumSet<Reden> redenen = EnumSet.noneOf(Reden.class);
        if (tekst != null && !tekst.isEmpty()) {
            for (String code : tekst.split("\\|")) {
                redenen.add(Reden.valueOf(code));
            }
        }
        return redenen;
    }
}

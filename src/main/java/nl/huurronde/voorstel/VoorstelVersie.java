package nl.huurronde.voorstel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;

import nl.huurronde.contract.Contract;
import nl.huurronde.regels.ContractFeiten;
import nl.huurronde.regels.HuishoudenFeiten;
import nl.huurronde.regels.Reden;
import nl.huurronde.regels.Voorstel;

/**
 * One stored version of a contract's proposal: the inputs that decided it (the contract's facts and its
 * household) and the outcome, so it can be explained, exported and recomputed (huursom cap, bezwaar)
 * without the staging tables.
 *
 * @param huursomCap the cap c it was computed with; null when none
 * @param correctie  what a bezwaar corrected (version 2 and later); null for version 1
 */
public record VoorstelVersie(Contract contract, int versie, HuishoudenFeiten huishouden, Voorstel voorstel,
                             BigDecimal huursomCap, String beleidSha, LocalDate ingangsdatum, String correctie) {

    static VoorstelVersie eerste(ContractInvoer invoer, Voorstel voorstel, BigDecimal cap, String beleidSha,
                                 LocalDate ingangsdatum) {
        return new VoorstelVersie(invoer.contract(), 1, invoer.huishouden(), voorstel, cap, beleidSha, ingangsdatum,
                null);
    }

    /** The contract's key in the run, with {@link #versie}. */
    public String contractId() {
        return contract.contractId();
    }

    /** The contract's line in huurders.csv: the order of the compute and huursom steps. */
    public long regel() {
        return contract.regel();
    }

    public ContractFeiten feiten() {
        return contract.feiten(huishouden);
    }

    /**
     * The same inputs with a recomputed outcome (the huursom cap). The rules do not know a supplementary run's
     * send date, so the code of the ingangsdatum it moved stays with the ingangsdatum.
     */
    public VoorstelVersie met(Voorstel nieuw, BigDecimal cap) {
        if (voorstel.redenen().contains(Reden.INGANG_NA_VERZENDING)) {
            nieuw = metReden(nieuw, Reden.INGANG_NA_VERZENDING);
        }
        return new VoorstelVersie(contract, versie, huishouden, nieuw, cap, beleidSha, ingangsdatum, correctie);
    }

    /** The proposal with one more reason code (kept in {@link Reden} order). */
    public static Voorstel metReden(Voorstel v, Reden reden) {
        EnumSet<Reden> redenen = EnumSet.noneOf(Reden.class);
        redenen.addAll(v.redenen());
        redenen.add(reden);
        return new Voorstel(v.soort(), v.inkomenCategorie(), v.streefhuurNieuw(), v.percentageMax(), v.kaleHuurNieuw(),
                v.verhogingBedrag(), v.verhogingPct(), v.inHuursom(), redenen);
    }

    public BigDecimal brutoHuurNieuw() {
        return voorstel.kaleHuurNieuw().add(contract.servicekosten());
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

package nl.huurronde.regels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * The proposal for one contract (rules.md §4), with its huursom membership (§5) and reason codes
 * in the order of §6. Plain arithmetic on BigDecimal; called once per contract and per huursom
 * probe, so it avoids streams, regexes and needless objects.
 */
public final class Rekenregels {

    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);
    private static final HuishoudenFeiten ONBEKEND_HUISHOUDEN =
            new HuishoudenFeiten(0, false, true, HuishoudenFeiten.ONBEKEND);

    private Rekenregels() {}

    /**
     * @param cap the huursom cap c of §5 as a fraction (e.g. 0.0295), or null = no cap (c = ∞)
     * @return the full proposal; HUURSOM_BEGRENSD exactly when the final rent with the cap differs
     *         from the final rent without it
     */
    public static Voorstel bereken(ContractFeiten contract, Beleid beleid, BigDecimal cap) {
        EnumSet<Reden> redenen = EnumSet.noneOf(Reden.class);
        Kern kern = kern(contract, beleid, cap, redenen);
        // one increase per 12 months: a later ingangsdatum of its own (the code says so), or none this round
        Verhogingstermijn.Uitkomst termijn = Verhogingstermijn.bepaal(beleid.peildatum(), contract.laatsteVerhoging());
        if (!termijn.voorstel()) {
            BigDecimal huidig = bedrag(contract.kaleHuur());
            BigDecimal nul = BigDecimal.ZERO.setScale(2);
            return new Voorstel(kern.soort(), categorie(contract), kern.streefhuurNieuw(), null, huidig, nul, nul,
                    false, EnumSet.of(termijn.reden()));
        }
        if (termijn.reden() != null) {
            redenen.add(termijn.reden());
        }
        if (cap != null && kern.capGevoelig()
                && kern.nieuw().compareTo(kern(contract, beleid, null, null).nieuw()) != 0) {
            redenen.add(Reden.HUURSOM_BEGRENSD);
        }
        Reden buiten = buitenHuursom(contract, beleid, kern.soort());
        if (buiten != null) {
            redenen.add(buiten);
        }
        BigDecimal current = bedrag(contract.kaleHuur());
        BigDecimal verhoging = kern.nieuw().subtract(current);
        return new Voorstel(kern.soort(), categorie(contract), kern.streefhuurNieuw(), kern.percentageMax(),
                kern.nieuw(), verhoging, verhogingPct(verhoging, current), buiten == null, redenen);
    }

    /**
     * Whether this round may charge this contract an IAH at all, before the household and its income
     * are known: the addresses of the income request to the Belastingdienst (docs/opdrachten.md,
     * "inkomensverzoek"). Sociale huur, zelfstandig, not frozen, not chronically ill (exempt in every year of the law), a
     * policy with IAH bands, and a rent below this year's streefhuur (§4.5: at or above it IAH does not
     * apply, and with {@code iah.niet_vanaf_streefhuur} also not at or above last year's).
     */
    public static boolean iahMogelijk(Sector sector, Woningtype woningtype, boolean huurbevriezing,
                                      boolean chronischZiek, BigDecimal kaleHuur, BigDecimal streefhuur,
                                      Beleid beleid) {
        if (beleid.iahBanden().isEmpty() || sector != Sector.SOCIAAL || woningtype != Woningtype.ZELFSTANDIG
                || huurbevriezing || (chronischZiek && beleid.wet().chronischZiekVrijstelling()) || kaleHuur == null || streefhuur == null) {
            return false;
        }
        BigDecimal current = bedrag(kaleHuur);
        BigDecimal t = round2(bedrag(streefhuur).multiply(BigDecimal.ONE.add(beleid.inflatie())));
        if (beleid.iahNietVanafStreefhuur() && current.compareTo(streefhuur) >= 0) {
            return false;
        }
        return current.compareTo(t) < 0;
    }

    /** (new − current) × 100 / current, HALF_UP to 2 decimals in one division; BigDecimal has no −0.00. */
    public static BigDecimal verhogingPct(BigDecimal verhoging, BigDecimal current) {
        return verhoging.multiply(HONDERD).divide(current, 2, RoundingMode.HALF_UP);
    }

    /** The soort, new rent and what the audit shows of them, without the huursom part. */
    record Kern(Soort soort, BigDecimal nieuw, BigDecimal percentageMax, BigDecimal streefhuurNieuw,
                boolean capGevoelig) {}

    /**
     * §4 steps 1–6. {@code redenen} may be null when only the rent is needed (huursom probes).
     * {@code capGevoelig}: the rent went through min(pct, c), so it may depend on the cap.
     */
    static Kern kern(ContractFeiten contract, Beleid beleid, BigDecimal cap, EnumSet<Reden> redenen) {
        BigDecimal current = bedrag(contract.kaleHuur());
        BigDecimal streefhuurNieuw = contract.streefhuur() == null ? null
                : round2(bedrag(contract.streefhuur()).multiply(BigDecimal.ONE.add(beleid.inflatie())));
        Soort soort;
        BigDecimal nieuw;
        BigDecimal percentageMax = null;
        boolean capGevoelig = false;

        if (contract.huurbevriezing()) {
            soort = Soort.BEVRIEZING;
            nieuw = current;
            voeg(redenen, Reden.HUURBEVRIEZING);
        } else if (contract.sector() == Sector.VRIJ) {
            soort = Soort.VRIJE_SECTOR;
            percentageMax = beleid.vrijeSectorPct();
            nieuw = verhoogd(current, percentageMax);
        } else if (contract.sector() == Sector.MIDDEN) {
            soort = Soort.MIDDENHUUR;
            percentageMax = beleid.middenPct();
            nieuw = verhoogd(current, percentageMax); // capped at maximale_huur in step 6
        } else if (isWoonwagen(contract.woningtype())) {
            soort = Soort.WOONWAGEN;
            percentageMax = metCap(beleid.woonwagenPct(), cap);
            nieuw = verhoogd(current, percentageMax);
            capGevoelig = true;
        } else {
            if (streefhuurNieuw == null) {
                throw new IllegalArgumentException("contract " + contract.contractId()
                        + ": sociale huur (zelfstandig/onzelfstandig) zonder streefhuur");
            }
            BigDecimal t = streefhuurNieuw;
            Beleid.IahBand band = iahBand(contract, beleid, current, t, redenen);
            BigDecimal cand;
            if (band != null) {
                soort = Soort.IAH;
                if (band.pct() != null) {
                    percentageMax = band.pct();
                    cand = verhoogd(current, band.pct());
                } else {
                    cand = current.add(band.bedrag());
                }
            } else {
                soort = Soort.REGULIER;
                Beleid.LaagHuur laag = beleid.laagHuur();
                // the law's fixed amount for low rents is for self-contained dwellings only, and the
                // huursom cap does not lower it
                if (laag != null && contract.woningtype() == Woningtype.ZELFSTANDIG
                        && current.compareTo(laag.grens()) < 0) {
                    cand = current.add(laag.bedrag());
                } else {
                    percentageMax = metCap(regulierMax(contract, beleid), cap);
                    cand = verhoogd(current, percentageMax);
                    capGevoelig = true;
                }
            }
            if (cand.compareTo(t) > 0 && t.compareTo(current) >= 0) {
                voeg(redenen, Reden.STREEFHUUR_BEGRENSD);
            }
            nieuw = current.max(cand.min(t));
        }

        // Step 6: no regulated rent above its maximale huur, whatever the soort; this may lower it.
        if ((contract.sector() == Sector.SOCIAAL || contract.sector() == Sector.MIDDEN)
                && contract.maximaleHuur() != null && nieuw.compareTo(contract.maximaleHuur()) > 0) {
            nieuw = bedrag(contract.maximaleHuur());
            voeg(redenen, Reden.MAXIMALE_HUUR);
        }
        return new Kern(soort, nieuw, schaal4(percentageMax), streefhuurNieuw, capGevoelig);
    }

    /**
     * §4.5: writes every exemption that holds (also for LAAG incomes and rooms) and returns the
     * IAH band when the IAH applies, else null.
     */
    private static Beleid.IahBand iahBand(ContractFeiten contract, Beleid beleid, BigDecimal current,
                                          BigDecimal t, EnumSet<Reden> redenen) {
        HuishoudenFeiten huishouden = huishouden(contract);
        Beleid.Wet wet = beleid.wet();
        boolean vrijgesteld = false;
        if (huishouden.aow() && wet.aowVrijstelling()) {
            vrijgesteld = voeg(redenen, Reden.AOW);
        }
        if (huishouden.personen() >= 4 && wet.vierPlusVrijstelling()) {
            vrijgesteld = voeg(redenen, Reden.HUISHOUDEN_4_PLUS);
        }
        if (contract.chronischZiek() && wet.chronischZiekVrijstelling()) {
            vrijgesteld = voeg(redenen, Reden.CHRONISCH_ZIEK);
        }
        if (beleid.iahNietVanafStreefhuur() && current.compareTo(contract.streefhuur()) >= 0) {
            vrijgesteld = voeg(redenen, Reden.HUUR_GE_STREEFHUUR);
        }
        String categorie = huishouden.inkomenCategorie();
        if (HuishoudenFeiten.LAAG.equals(categorie)) {
            vrijgesteld = voeg(redenen, Reden.INKOMEN_ONDER_GRENS);
        }
        if (categorie == null || HuishoudenFeiten.ONBEKEND.equals(categorie)) {
            vrijgesteld = voeg(redenen, Reden.INKOMEN_ONBEKEND);
        }
        if (huishouden.huishoudenOnbekend()) {
            vrijgesteld = voeg(redenen, Reden.HUISHOUDEN_ONBEKEND);
        }
        // an IAH letter must enclose the Belastingdienst's statement: without it, the regular increase
        if (huishouden.verklaringOntbreekt() && HuishoudenFeiten.isBand(categorie)) {
            vrijgesteld = voeg(redenen, Reden.HUISHOUDVERKLARING_ONTBREEKT);
        }
        if (vrijgesteld) {
            return null;
        }
        Beleid.IahBand band = band(categorie, beleid, contract.contractId());
        // No reason code for rooms or a rent already at this year's streefhuur: IAH just does not apply.
        if (contract.woningtype() != Woningtype.ZELFSTANDIG || current.compareTo(t) >= 0) {
            return null;
        }
        return band;
    }

    private static Beleid.IahBand band(String categorie, Beleid beleid, String contractId) {
        for (Beleid.IahBand band : beleid.iahBanden()) {
            if (band.naam().equals(categorie)) {
                return band;
            }
        }
        throw new IllegalArgumentException("contract " + contractId + ": inkomenscategorie '" + categorie
                + "' is geen IAH-band van dit beleid");
    }

    /** §5: null when the contract is in the huursom, else the one BUITEN_HUURSOM_* code that applies first. */
    static Reden buitenHuursom(ContractFeiten contract, Beleid beleid, Soort soort) {
        if (contract.sector() != Sector.SOCIAAL) {
            return Reden.BUITEN_HUURSOM_SECTOR;
        }
        if (contract.woningtype() != Woningtype.ZELFSTANDIG && contract.woningtype() != Woningtype.WOONWAGEN) {
            return Reden.BUITEN_HUURSOM_TYPE;
        }
        LocalDate inBezit = contract.inBezitSinds();
        if (inBezit != null && inBezit.isAfter(LocalDate.of(beleid.jaar(), 1, 1))) {
            return Reden.BUITEN_HUURSOM_BEZIT;
        }
        // not owned on 1 January of the next year, the day the huursom is measured over
        LocalDate uitBezit = contract.uitBezit();
        if (uitBezit != null && !uitBezit.isAfter(LocalDate.of(beleid.jaar() + 1, 1, 1))) {
            return Reden.BUITEN_HUURSOM_UIT_BEZIT;
        }
        LocalDate verbetering = contract.woningverbeteringDatum();
        LocalDate p = beleid.peildatum();
        if (verbetering != null && verbetering.isAfter(p.minusMonths(12)) && !verbetering.isAfter(p)) {
            return Reden.BUITEN_HUURSOM_VERBETERING;
        }
        if (soort == Soort.IAH && !beleid.huursomIahTeltMee()) {
            return Reden.BUITEN_HUURSOM_IAH;
        }
        return null;
    }

    /** audit inkomen_categorie: the household's category for SOCIAAL, NVT otherwise. */
    private static String categorie(ContractFeiten contract) {
        if (contract.sector() != Sector.SOCIAAL) {
            return HuishoudenFeiten.NVT;
        }
        String categorie = huishouden(contract).inkomenCategorie();
        return categorie == null ? HuishoudenFeiten.ONBEKEND : categorie;
    }

    /** No household given (callers outside the yearly run may omit it): nobody known at the address. */
    private static HuishoudenFeiten huishouden(ContractFeiten contract) {
        HuishoudenFeiten huishouden = contract.huishouden();
        return huishouden != null ? huishouden : ONBEKEND_HUISHOUDEN;
    }

    static boolean isWoonwagen(Woningtype woningtype) {
        return woningtype == Woningtype.WOONWAGEN || woningtype == Woningtype.STANDPLAATS;
    }

    /** regulier_max_pct, for a room no more than the law's room maximum (2019: rooms 3.1%, dwellings 4.1%). */
    private static BigDecimal regulierMax(ContractFeiten contract, Beleid beleid) {
        BigDecimal kamerMax = beleid.wet().kamerMaxPct();
        return kamerMax != null && contract.woningtype() == Woningtype.ONZELFSTANDIG
                ? beleid.regulierMaxPct().min(kamerMax) : beleid.regulierMaxPct();
    }

    private static BigDecimal metCap(BigDecimal pct, BigDecimal cap) {
        return cap == null ? pct : pct.min(cap);
    }

    /** round2(current × (1 + pct)). */
    private static BigDecimal verhoogd(BigDecimal current, BigDecimal pct) {
        return round2(current.multiply(BigDecimal.ONE.add(pct)));
    }

    static BigDecimal round2(BigDecimal waarde) {
        return waarde.setScale(2, RoundingMode.HALF_UP);
    }

    /** Input amounts are whole cents; a third decimal here is a bug upstream, so no rounding. */
    static BigDecimal bedrag(BigDecimal waarde) {
        return waarde.scale() == 2 ? waarde : waarde.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal schaal4(BigDecimal fractie) {
        return fractie == null || fractie.scale() == 4 ? fractie : fractie.setScale(4, RoundingMode.HALF_UP);
    }

    /** Adds when collecting; returns true so an exemption can be recorded in one statement. */
    private static boolean voeg(EnumSet<Reden> redenen, Reden reden) {
        if (redenen != null) {
            redenen.add(reden);
        }
        return true;
    }
}

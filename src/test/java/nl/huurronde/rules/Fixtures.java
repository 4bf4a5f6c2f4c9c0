package nl.huurronde.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Policies and contracts for the rules tests: the 2020 SWZ round of examples.md and a 2025-style round. */
final class Fixtures {

    private Fixtures() {}

    static BigDecimal bd(String waarde) {
        return new BigDecimal(waarde);
    }

    /** The sector figures of the bundled law (liberalisatiegrens periods; WWS bounds of a round from 2024). */
    static Sectorwet sectorwet(int jaar) {
        try {
            return nl.huurronde.policy.Wetgeving.jaar(jaar).wet().sector();
        } catch (nl.huurronde.policy.BeleidFout e) {
            throw new IllegalStateException(e);
        }
    }

    static Beleid.Wet wet2020() {
        return new Beleid.Wet(66, 4, true, true, false, sectorwet(2020));
    }

    static Beleid.Wet wet2025() {
        return new Beleid.Wet(67, 0, false, false, true, sectorwet(2025));
    }

    /** SWZ 2020 (examples.md) with huursom.max_pct 3.6%. */
    static Beleid swz2020() {
        return swz2020(bd("0.036"));
    }

    static Beleid swz2020(BigDecimal huursomMaxPct) {
        return new Beleid(2020, LocalDate.of(2020, 7, 1), bd("0.026"), bd("0.041"), null, true,
                List.of(new Beleid.IahBand("HOOG", bd("43574"), bd("43574"), bd("0.056"), null)),
                huursomMaxPct, false, bd("0.026"), bd("0.026"), bd("0.026"), 2, 23, bd("20450"), wet2020());
    }

    /** A 2025-style round: +€25 below €350, two amount bands by household size, no AOW/4+ exemptions. */
    static Beleid beleid2025() {
        return new Beleid(2025, LocalDate.of(2025, 7, 1), bd("0.041"), bd("0.05"),
                new Beleid.LaagHuur(bd("350"), bd("25")), false,
                List.of(new Beleid.IahBand("IAH_100", bd("67366"), bd("89821"), null, bd("100")),
                        new Beleid.IahBand("IAH_50", bd("57143"), bd("66126"), null, bd("50"))),
                bd("0.045"), false, bd("0.041"), bd("0.077"), bd("0.05"), 2, 23, bd("25070"), wet2025());
    }

    static HuishoudenFeiten huishouden(int personen, String categorie) {
        return new HuishoudenFeiten(personen, false, false, categorie);
    }

    /** A SOCIAAL ZELFSTANDIG contract with a LAAG single-person household; tests change what they test. */
    static Contract sociaal(String kaleHuur, String streefhuur, String maximaleHuur) {
        return new Contract("C1", Sector.SOCIAAL, Woningtype.ZELFSTANDIG, bd(kaleHuur),
                maximaleHuur == null ? null : bd(maximaleHuur), streefhuur == null ? null : bd(streefhuur),
                false, false, null, null, huishouden(1, HuishoudenFeiten.LAAG));
    }

    /** Mutable builder around {@link ContractFeiten}, so each test states only what matters. */
    static final class Contract {
        String id;
        Sector sector;
        Woningtype woningtype;
        BigDecimal kaleHuur;
        BigDecimal maximaleHuur;
        BigDecimal streefhuur;
        boolean chronischZiek;
        boolean huurbevriezing;
        LocalDate woningverbetering;
        LocalDate inBezitSinds;
        HuishoudenFeiten huishouden;

        Contract(String id, Sector sector, Woningtype woningtype, BigDecimal kaleHuur, BigDecimal maximaleHuur,
                 BigDecimal streefhuur, boolean chronischZiek, boolean huurbevriezing, LocalDate woningverbetering,
                 LocalDate inBezitSinds, HuishoudenFeiten huishouden) {
            this.id = id;
            this.sector = sector;
            this.woningtype = woningtype;
            this.kaleHuur = kaleHuur;
            this.maximaleHuur = maximaleHuur;
            this.streefhuur = streefhuur;
            this.chronischZiek = chronischZiek;
            this.huurbevriezing = huurbevriezing;
            this.woningverbetering = woningverbetering;
            this.inBezitSinds = inBezitSinds;
            this.huishouden = huishouden;
        }

        Contract id(String waarde) { id = waarde; return this; }
        Contract sector(Sector waarde) { sector = waarde; return this; }
        Contract type(Woningtype waarde) { woningtype = waarde; return this; }
        Contract chronischZiek() { chronischZiek = true; return this; }
        Contract bevroren() { huurbevriezing = true; return this; }
        Contract verbeterd(LocalDate waarde) { woningverbetering = waarde; return this; }
        Contract inBezitSinds(LocalDate waarde) { inBezitSinds = waarde; return this; }
        Contract huishouden(HuishoudenFeiten waarde) { huishouden = waarde; return this; }
        Contract categorie(String waarde) {
            huishouden = new HuishoudenFeiten(huishouden.personen(), huishouden.aow(), huishouden.huishoudenOnbekend(), waarde);
            return this;
        }

        ContractFeiten feiten() {
            return new ContractFeiten(id, sector, woningtype, kaleHuur, maximaleHuur, streefhuur, chronischZiek,
                    huurbevriezing, woningverbetering, inBezitSinds, huishouden);
        }
    }
}

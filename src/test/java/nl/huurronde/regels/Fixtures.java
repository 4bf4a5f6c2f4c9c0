package nl.huurronde.regels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.huurronde.BeleidBouwer;

/** Policies and contracts for the rules tests: the 2020 SWZ round of examples.md and a 2025-style round. */
final class Fixtures {

    private Fixtures() {}

    static BigDecimal bd(String waarde) {
        return new BigDecimal(waarde);
    }

    /** The sector figures of the bundled law (liberalisatiegrens periods; WWS bounds of a round from 2024). */
    static Sectorwet sectorwet(int jaar) {
        return BeleidBouwer.wetVan(jaar).sector();
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
        return BeleidBouwer.voor(2020).nietVanafStreefhuur().bandPct("HOOG", "43574", "43574", "0.056")
                .huursom(huursomMaxPct.toPlainString()).wet(wet2020()).bouw();
    }

    /** A 2025-style round: +€25 below €350, two amount bands by household size, no AOW/4+ exemptions. */
    static Beleid beleid2025() {
        return beleid2025(wet2025());
    }

    static Beleid beleid2025(Beleid.Wet wet) {
        return BeleidBouwer.voor(2025).inflatie("0.041").regulier("0.05").laagHuur("350", "25")
                .bandBedrag("IAH_100", "67366", "89821", "100").bandBedrag("IAH_50", "57143", "66126", "50")
                .huursom("0.045").vrijeSector("0.041").midden("0.077").woonwagen("0.05").vrijstelling("25070")
                .wet(wet).bouw();
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
        LocalDate uitBezit;
        LocalDate laatsteVerhoging;
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
        Contract uitBezit(LocalDate waarde) { uitBezit = waarde; return this; }
        Contract laatsteVerhoging(LocalDate waarde) { laatsteVerhoging = waarde; return this; }
        Contract huishouden(HuishoudenFeiten waarde) { huishouden = waarde; return this; }
        Contract categorie(String waarde) {
            huishouden = new HuishoudenFeiten(huishouden.personen(), huishouden.aow(), huishouden.huishoudenOnbekend(), waarde);
            return this;
        }

        ContractFeiten feiten() {
            return new ContractFeiten(id, sector, woningtype, kaleHuur, maximaleHuur, streefhuur, chronischZiek,
                    huurbevriezing, woningverbetering, inBezitSinds, uitBezit, laatsteVerhoging,
                    huishouden);
        }
    }
}

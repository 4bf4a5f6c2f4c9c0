package nl.huurronde.vergelijk;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import nl.huurronde.beleid.CsvDialect;
import nl.huurronde.bestand.CsvSchrijver;
import nl.huurronde.bestand.Uitvoerbestand;
import nl.huurronde.rapport.Som;

/**
 * vergelijking.csv, in long form so every figure has the same columns and a spreadsheet can pivot it:
 * {@code sectie,groep,kenmerk,a,b,verschil} with verschil = b − a. Sections, in this order: RUN (run id and
 * policy of each side), TOTAAL, HUURSOM, SOORT and INKOMEN (per group: aantal, gem_verhoging in euro,
 * gem_pct), VERSCHIL (counts of contracts, in the verschil column), CONTRACT (the largest differences in
 * new rent, largest first: soort, kale_huur_oud, kale_huur_nieuw per contract). Amounts in euro with two
 * decimals, percentages in percent with two decimals, the cap c in percent.
 */
final class VergelijkingCsv {

    static final String BESTAND = "vergelijking.csv";
    static final String[] KOPPEN = {"sectie", "groep", "kenmerk", "a", "b", "verschil"};

    private VergelijkingCsv() {}

    static void schrijf(Path map, VergelijkingCijfers c, CsvDialect dialect) throws IOException {
        try (Uitvoerbestand bestand = Uitvoerbestand.open(map.resolve(BESTAND))) {
            try (Writer w = bestand.schrijver()) {
                schrijf(new CsvSchrijver(w, dialect), c);
            }
            bestand.voltooi();
        }
    }

    private static void schrijf(CsvSchrijver csv, VergelijkingCijfers c) throws IOException {
        csv.koppen(KOPPEN);
        VergelijkingCijfers.Kant a = c.a();
        VergelijkingCijfers.Kant b = c.b();
        tekst(csv, "RUN", "", "run_id", a.runId(), b.runId());
        tekst(csv, "RUN", "", "beleid", a.beleid(), b.beleid());
        som(csv, "TOTAAL", a.totaal(), b.totaal());
        getal(csv, "TOTAAL", "", "jaareffect", a.totaal().jaareffect(), b.totaal().jaareffect());
        som(csv, "HUURSOM", a.huursom(), b.huursom());
        getal(csv, "HUURSOM", "", "pct", a.huursom().pct(), b.huursom().pct());
        getal(csv, "HUURSOM", "", "max_pct", procent(a.maxPct()), procent(b.maxPct()));
        getal(csv, "HUURSOM", "", "cap", procent(a.cap()), procent(b.cap()));
        groepen(csv, "SOORT", c.perSoort());
        groepen(csv, "INKOMEN", c.perInkomen());
        VergelijkingCijfers.Verschillen v = c.verschillen();
        aantal(csv, "hoger_in_b", v.hogerInB());
        aantal(csv, "lager_in_b", v.lagerInB());
        aantal(csv, "gelijk", v.gelijk());
        aantal(csv, "andere_soort", v.andereSoort());
        aantal(csv, "alleen_in_a", v.alleenInA());
        aantal(csv, "alleen_in_b", v.alleenInB());
        for (VergelijkingCijfers.Contract k : c.grootste()) {
            tekst(csv, "CONTRACT", k.contractId(), "soort", k.soortA(), k.soortB());
            getal(csv, "CONTRACT", k.contractId(), "kale_huur_oud", k.oud(), k.oudB());
            getal(csv, "CONTRACT", k.contractId(), "kale_huur_nieuw", k.nieuwA(), k.nieuwB());
        }
    }

    private static void som(CsvSchrijver csv, String sectie, Som a, Som b) throws IOException {
        csv.tekst(sectie).tekst("").tekst("aantal").getal(a.aantal()).getal(b.aantal()).getal(b.aantal() - a.aantal())
                .einde();
        getal(csv, sectie, "", "som_oud", a.oud(), b.oud());
        getal(csv, sectie, "", "som_nieuw", a.nieuw(), b.nieuw());
        getal(csv, sectie, "", "mutatie", a.mutatie(), b.mutatie());
    }

    private static void groepen(CsvSchrijver csv, String sectie, List<VergelijkingCijfers.Rij> rijen)
            throws IOException {
        for (VergelijkingCijfers.Rij rij : rijen) {
            csv.tekst(sectie).tekst(rij.groep()).tekst("aantal").getal(rij.a().aantal()).getal(rij.b().aantal())
                    .getal(rij.b().aantal() - rij.a().aantal()).einde();
            getal(csv, sectie, rij.groep(), "gem_verhoging", rij.a().gemiddeldeVerhoging(),
                    rij.b().gemiddeldeVerhoging());
            getal(csv, sectie, rij.groep(), "gem_pct", rij.a().gemiddeldPct(), rij.b().gemiddeldPct());
        }
    }

    private static void aantal(CsvSchrijver csv, String kenmerk, long n) throws IOException {
        csv.tekst("VERSCHIL").tekst("").tekst(kenmerk).tekst("").tekst("").getal(n).einde();
    }

    /** Two numbers and b − a; empty where a side has none (an empty group, no cap). */
    private static void getal(CsvSchrijver csv, String sectie, String groep, String kenmerk, BigDecimal a,
                              BigDecimal b) throws IOException {
        csv.tekst(sectie).tekst(groep).tekst(kenmerk).getal(a).getal(b)
                .getal(a == null || b == null ? null : b.subtract(a)).einde();
    }

    private static void tekst(CsvSchrijver csv, String sectie, String groep, String kenmerk, String a, String b)
            throws IOException {
        csv.tekst(sectie).tekst(groep).tekst(kenmerk).tekst(a).tekst(b).tekst("").einde();
    }

    /** A fraction as percent with two decimals ({@code 0.0295} → {@code 2.95}). */
    private static BigDecimal procent(BigDecimal fractie) {
        return fractie == null ? null : fractie.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}

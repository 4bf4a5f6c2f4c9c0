package nl.huurronde;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.beleid.BeleidFout;
import nl.huurronde.beleid.Wetgeving;
import nl.huurronde.regels.Beleid;

/**
 * Builds a {@link Beleid} for the rules tests by name: a test says only what it is about, the rest is
 * a plain 2020-style policy (inflation 2.6%, regular 4.1%, huursom 3.6%, other increases 2.6%, income
 * year t−2, under-23 exemption 20,450) under the bundled law of the year.
 */
public final class BeleidBouwer {

    private final int jaar;
    private LocalDate peildatum;
    private BigDecimal inflatie = bd("0.026");
    private BigDecimal regulier = bd("0.041");
    private Beleid.LaagHuur laagHuur;
    private boolean nietVanafStreefhuur;
    private final List<Beleid.IahBand> banden = new ArrayList<>();
    private BigDecimal huursom = bd("0.036");
    private boolean iahTeltMee;
    private BigDecimal vrijeSector = bd("0.026");
    private BigDecimal midden = bd("0.026");
    private BigDecimal woonwagen = bd("0.026");
    private BigDecimal vrijstelling = bd("20450");
    private Beleid.Wet wet;

    private BeleidBouwer(int jaar) {
        this.jaar = jaar;
        this.peildatum = LocalDate.of(jaar, 7, 1);
    }

    public static BeleidBouwer voor(int jaar) {
        return new BeleidBouwer(jaar);
    }

    public BeleidBouwer peildatum(LocalDate datum) {
        peildatum = datum;
        return this;
    }

    public BeleidBouwer inflatie(String pct) {
        inflatie = bd(pct);
        return this;
    }

    public BeleidBouwer regulier(String pct) {
        regulier = bd(pct);
        return this;
    }

    public BeleidBouwer laagHuur(String grens, String bedrag) {
        laagHuur = new Beleid.LaagHuur(bd(grens), bd(bedrag));
        return this;
    }

    public BeleidBouwer nietVanafStreefhuur() {
        nietVanafStreefhuur = true;
        return this;
    }

    /** An IAH band with a percentage. */
    public BeleidBouwer bandPct(String naam, String vanaf1, String vanafMeer, String pct) {
        banden.add(new Beleid.IahBand(naam, bd(vanaf1), bd(vanafMeer), bd(pct), null));
        return this;
    }

    /** An IAH band with a fixed amount. */
    public BeleidBouwer bandBedrag(String naam, String vanaf1, String vanafMeer, String bedrag) {
        banden.add(new Beleid.IahBand(naam, bd(vanaf1), bd(vanafMeer), null, bd(bedrag)));
        return this;
    }

    public BeleidBouwer banden(List<Beleid.IahBand> andere) {
        banden.addAll(andere);
        return this;
    }

    public BeleidBouwer huursom(String pct) {
        huursom = bd(pct);
        return this;
    }

    public BeleidBouwer iahTeltMee() {
        iahTeltMee = true;
        return this;
    }

    public BeleidBouwer vrijeSector(String pct) {
        vrijeSector = bd(pct);
        return this;
    }

    public BeleidBouwer midden(String pct) {
        midden = bd(pct);
        return this;
    }

    public BeleidBouwer woonwagen(String pct) {
        woonwagen = bd(pct);
        return this;
    }

    /** The under-23 exemption; null = none. */
    public BeleidBouwer vrijstelling(String bedrag) {
        vrijstelling = bedrag == null ? null : bd(bedrag);
        return this;
    }

    public BeleidBouwer wet(Beleid.Wet andere) {
        wet = andere;
        return this;
    }

    public Beleid bouw() {
        return new Beleid(jaar, peildatum, inflatie, regulier, laagHuur, nietVanafStreefhuur, banden, huursom,
                iahTeltMee, vrijeSector, midden, woonwagen, 2, 23, vrijstelling, wet != null ? wet : wetVan(jaar));
    }

    /** The rules' part of the bundled law of a year. */
    public static Beleid.Wet wetVan(int jaar) {
        try {
            return Wetgeving.jaar(jaar).wet();
        } catch (BeleidFout e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal bd(String waarde) {
        return new BigDecimal(waarde);
    }
}

package nl.huurronde.beleid;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every figure a law file may hold, declared once: its key as written in {@code wet/<jaar>.yml},
 * its type and plausible range, and when a yearly run needs it. This table drives reading and
 * validating the law files (bundled or supplied with {@code --wet}), the canonical form of the
 * run identity, and the refusal of a yearly run whose law still has a needed figure
 * {@code onbekend}. A key absent from a year's file means that year's law has no such figure.
 *
 * <p>To add a figure: add a line here, give it an accessor in {@link WetJaar}, and write it in the
 * law files of the years that have it.
 */
enum Wetsleutel {

    REGULIER_MAX_PCT("regulier_max_pct", Soort.FRACTIE, "0", "0.20", Nodig.ALTIJD,
            "maximale huurverhoging van een sociale huur"),
    KAMER_MAX_PCT("kamer_max_pct", Soort.FRACTIE, "0", "0.20", Nodig.ALTIJD,
            "maximum voor kamers, als dat afwijkt (2019)"),
    WOONWAGEN_MAX_PCT("woonwagen_max_pct", Soort.FRACTIE, "0", "0.20", Nodig.ALTIJD,
            "maximum voor woonwagens en standplaatsen, als dat afwijkt (2019)"),
    HUURBEVRIEZING("huurbevriezing", Soort.JANEE, null, null, Nodig.ALTIJD, "huurbevriezing (2021)"),
    IAH_PCT("iah.pct", Soort.FRACTIE, "0", "0.20", Nodig.BIJ_IAH, "inkomensafhankelijk percentage (2019–2020)"),
    IAH_GRENS("iah.grens", Soort.BEDRAG, "10000", "500000", Nodig.BIJ_IAH, "inkomensgrens (2019–2020)"),
    IAH_BEDRAG_EERSTE_GRENS("iah.bedrag_eerste_grens", Soort.BEDRAG, "0", "1000", Nodig.BIJ_IAH,
            "vaste inkomensafhankelijke verhoging vanaf de eerste grens (2022+)"),
    IAH_BEDRAG_TWEEDE_GRENS("iah.bedrag_tweede_grens", Soort.BEDRAG, "0", "1000", Nodig.BIJ_IAH,
            "vaste inkomensafhankelijke verhoging vanaf de tweede grens (2022+)"),
    IAH_EERSTE_GRENS_1("iah.eerste_grens_1", Soort.BEDRAG, "10000", "500000", Nodig.BIJ_IAH,
            "eerste inkomensgrens, eenpersoonshuishouden"),
    IAH_TWEEDE_GRENS_1("iah.tweede_grens_1", Soort.BEDRAG, "10000", "500000", Nodig.BIJ_IAH,
            "tweede inkomensgrens, eenpersoonshuishouden"),
    IAH_EERSTE_GRENS_MEER("iah.eerste_grens_meer", Soort.BEDRAG, "10000", "500000", Nodig.BIJ_IAH,
            "eerste inkomensgrens, meerpersoonshuishouden"),
    IAH_TWEEDE_GRENS_MEER("iah.tweede_grens_meer", Soort.BEDRAG, "10000", "500000", Nodig.BIJ_IAH,
            "tweede inkomensgrens, meerpersoonshuishouden"),
    VRIJSTELLING_AOW("vrijstellingen.aow", Soort.JANEE, null, null, Nodig.ALTIJD,
            "AOW-huishoudens vrijgesteld van IAH"),
    VRIJSTELLING_VIER_PLUS("vrijstellingen.vier_plus", Soort.JANEE, null, null, Nodig.ALTIJD,
            "huishoudens van 4 of meer vrijgesteld van IAH"),
    VRIJSTELLING_CHRONISCH_ZIEK("vrijstellingen.chronisch_ziek", Soort.JANEE, null, null, Nodig.ALTIJD,
            "chronisch zieken vrijgesteld van IAH"),
    LAAG_HUUR_GRENS("laag_huur.grens", Soort.BEDRAG, "0", "2000", Nodig.BIJ_LAAG_HUUR,
            "huren onder deze grens mogen met een vast bedrag stijgen"),
    LAAG_HUUR_BEDRAG("laag_huur.bedrag", Soort.BEDRAG, "0", "500", Nodig.BIJ_LAAG_HUUR,
            "dat vaste bedrag"),
    HUURSOM_MAX_PCT("huursom.max_pct", Soort.FRACTIE, "0", "0.20", Nodig.TOETS,
            "maximale gemiddelde huurstijging (huursom)"),
    HUURSOM_LOKALE_AFSPRAKEN_EXTRA("huursom.lokale_afspraken_extra", Soort.FRACTIE, "0", "0.20", Nodig.TOETS,
            "extra huursomruimte met lokale prestatieafspraken (2020)"),
    VRIJE_SECTOR_MAX_PCT("vrije_sector_max_pct", Soort.FRACTIE, "0", "0.20", Nodig.ALTIJD,
            "maximale verhoging vrije sector"),
    MIDDENHUUR("middenhuur", Soort.JANEE, null, null, Nodig.ALTIJD, "de middenhuur bestaat (Wet betaalbare huur)"),
    MIDDENHUUR_MAX_PCT("middenhuur_max_pct", Soort.FRACTIE, "0", "0.20", Nodig.BIJ_MIDDEN,
            "maximale verhoging middenhuur"),
    MIDDENHUUR_BOVENGRENS("middenhuur_bovengrens", Soort.BEDRAG, "500", "5000", Nodig.TOETS,
            "bovengrens van de middenhuur"),
    WWS_INDELING_VANAF("wws_indeling.vanaf", Soort.DATUM, "2024-07-01", "2100-12-31", Nodig.ALTIJD,
            "contracten vanaf deze datum worden op WWS-punten ingedeeld"),
    WWS_INDELING_MIDDEN_VANAF("wws_indeling.midden_vanaf_punten", Soort.GEHEEL, "1", "1000", Nodig.ALTIJD,
            "laagste puntental van de middenhuur"),
    WWS_INDELING_VRIJ_VANAF("wws_indeling.vrij_vanaf_punten", Soort.GEHEEL, "1", "1000", Nodig.ALTIJD,
            "laagste puntental van de vrije sector"),
    JONGEREN_LEEFTIJD("jongeren_leeftijd", Soort.GEHEEL, "16", "30", Nodig.ALTIJD,
            "inwonenden jonger dan dit tellen pas boven de vrijstelling mee"),
    JONGEREN_VRIJSTELLING("jongeren_vrijstelling", Soort.BEDRAG, "5000", "100000", Nodig.BIJ_IAH_ZONDER_EIGEN_VRIJSTELLING,
            "vrijgesteld inkomen van inwonende jongeren"),
    AOW_JAREN("aow_leeftijd.jaren", Soort.GEHEEL, "60", "80", Nodig.ALTIJD, "AOW-leeftijd, jaren"),
    AOW_MAANDEN("aow_leeftijd.maanden", Soort.GEHEEL, "0", "11", Nodig.ALTIJD, "AOW-leeftijd, maanden"),
    AFTOPPINGSGRENS_EEN_TWEE("aftoppingsgrens.een_twee_personen", Soort.BEDRAG, "300", "3000", Nodig.RAPPORT,
            "aftoppingsgrens 1–2 personen (rapport)"),
    AFTOPPINGSGRENS_DRIE_PLUS("aftoppingsgrens.drie_plus", Soort.BEDRAG, "300", "3000", Nodig.RAPPORT,
            "aftoppingsgrens 3 of meer personen (rapport)");

    enum Soort { FRACTIE, BEDRAG, GEHEEL, JANEE, DATUM }

    /**
     * When a yearly run needs the figure, if the year's law has the key: a figure that is still
     * {@code onbekend} then refuses the run (a simulation goes on, marked provisional).
     */
    enum Nodig {
        /** the rules or the policy check always use it */
        ALTIJD,
        /** when the policy has IAH bands */
        BIJ_IAH,
        /** when the policy has {@code laag_huur} */
        BIJ_LAAG_HUUR,
        /** when the policy has {@code midden_pct} */
        BIJ_MIDDEN,
        /** when the policy has IAH bands and does not set its own {@code jongeren_vrijstelling} */
        BIJ_IAH_ZONDER_EIGEN_VRIJSTELLING,
        /** only to check the policy: an unknown figure is not checked, with a warning (the 2026 huursom) */
        TOETS,
        /** only for the board report */
        RAPPORT
    }

    final String sleutel;
    final Soort soort;
    final BigDecimal min;
    final BigDecimal max;
    final String vanDatum;
    final String totDatum;
    final Nodig nodig;
    final String betekenis;

    Wetsleutel(String sleutel, Soort soort, String min, String max, Nodig nodig, String betekenis) {
        this.sleutel = sleutel;
        this.soort = soort;
        boolean datum = soort == Soort.DATUM;
        this.min = min == null || datum ? null : new BigDecimal(min);
        this.max = max == null || datum ? null : new BigDecimal(max);
        this.vanDatum = datum ? min : null;
        this.totDatum = datum ? max : null;
        this.nodig = nodig;
        this.betekenis = betekenis;
    }

    /** What a law key means in words ("maximale gemiddelde huurstijging (huursom)"), or null for an unknown key. */
    static String betekenisVan(String sleutel) {
        for (Wetsleutel w : values()) {
            if (w.sleutel.equals(sleutel)) {
                return w.betekenis;
            }
        }
        return null;
    }

    /** Must be written in every year's file (with a figure, or {@code onbekend} where that is allowed). */
    boolean verplicht() {
        return this == REGULIER_MAX_PCT || altijdBekend() && this != WWS_INDELING_VANAF
                && this != WWS_INDELING_MIDDEN_VANAF && this != WWS_INDELING_VRIJ_VANAF;
    }

    /**
     * The rules cannot run without it, not even a simulation, so it may not be {@code onbekend}: the
     * exemptions, the ages and the switches are fixed long before the figures are published.
     */
    boolean altijdBekend() {
        return switch (this) {
            case VRIJSTELLING_AOW, VRIJSTELLING_VIER_PLUS, VRIJSTELLING_CHRONISCH_ZIEK, JONGEREN_LEEFTIJD,
                 AOW_JAREN, AOW_MAANDEN, WWS_INDELING_VANAF, WWS_INDELING_MIDDEN_VANAF, WWS_INDELING_VRIJ_VANAF -> true;
            default -> false;
        };
    }

    /** The section of a dotted key ({@code iah} of {@code iah.pct}), or empty at the top. */
    String sectie() {
        int punt = sleutel.indexOf('.');
        return punt < 0 ? "" : sleutel.substring(0, punt);
    }

    /** The key within its section. */
    String naam() {
        return sleutel.substring(sleutel.indexOf('.') + 1);
    }

    static Optional<Wetsleutel> van(String sleutel) {
        return Arrays.stream(values()).filter(w -> w.sleutel.equals(sleutel)).findFirst();
    }
}

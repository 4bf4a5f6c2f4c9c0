package nl.huurronde.brieven;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import nl.huurronde.contract.Contract;
import nl.huurronde.regels.Reden;
import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Soort;
import nl.huurronde.regels.Voorstel;
import nl.huurronde.regels.Woningtype;

/** Fictional letters for tests and the benchmark: the 2020 round of a corporation like SWZ. */
final class Voorbeelden {

    static final Briefhoofd HOOFD = new Briefhoofd("Woonstichting De Linde", "Postbus 123, 8000 AA Zwolle",
            "038 - 468 01 23", "www.delinde.example", "Postbus 123, 8000 AA Zwolle", null);

    static final Geadresseerde ADRES = new Geadresseerde("J. de Vries", "Kerkstraat", 12, "A", null, "8011AB",
            "Zwolle");

    private Voorbeelden() {}

    static BigDecimal euro(String s) {
        return new BigDecimal(s);
    }

    /** A regular SOCIAAL increase of 4.1%: € 520,50 → € 541,84. */
    static Brief regulier() {
        return brief(Soort.REGULIER, Sector.SOCIAAL, Woningtype.ZELFSTANDIG, EnumSet.noneOf(Reden.class), "LAAG",
                null, "520.50", "541.84", "4.10");
    }

    static Brief brief(Soort soort, Sector sector, Woningtype type, Set<Reden> redenen, String categorie,
                       String grensTekst, String oud, String nieuw, String pct) {
        BigDecimal o = euro(oud);
        BigDecimal n = euro(nieuw);
        boolean gereguleerd = sector != Sector.VRIJ;
        Contract contract = Contract.bouwer().contractId("C-000123").vheId("VHE-4711").sector(sector).woningtype(type)
                .kaleHuur(o).servicekosten(euro("25.00")).maximaleHuur(gereguleerd ? euro("812.34") : null)
                .wwsPunten(gereguleerd ? euro("143") : null).bouw();
        Voorstel voorstel = new Voorstel(soort, categorie, gereguleerd ? euro("612.40") : null, null, n,
                n.subtract(o), euro(pct), false, redenen);
        return new Brief(HOOFD, new Brief.Ronde(2020, 2018, true, true), LocalDate.of(2020, 4, 20),
                LocalDate.of(2020, 7, 1), ADRES, contract, voorstel, grensTekst, 1, null, false);
    }

    static Brief met(Brief b, Geadresseerde adres) {
        return new Brief(b.briefhoofd(), b.ronde(), b.verzenddatum(), b.ingangsdatum(), adres, b.contract(),
                b.voorstel(), b.inkomenGrensTekst(), b.versie(), b.vervangtVersie(), b.kopie());
    }

    static Brief verzonden(Brief b, LocalDate verzenddatum) {
        return new Brief(b.briefhoofd(), b.ronde(), verzenddatum, b.ingangsdatum(), b.geadresseerde(), b.contract(),
                b.voorstel(), b.inkomenGrensTekst(), b.versie(), b.vervangtVersie(), b.kopie());
    }

    static Brief metContract(Brief b, String contractId) {
        return new Brief(b.briefhoofd(), b.ronde(), b.verzenddatum(), b.ingangsdatum(), b.geadresseerde(),
                b.contract().naarBouwer().contractId(contractId).bouw(), b.voorstel(), b.inkomenGrensTekst(),
                b.versie(), b.vervangtVersie(), b.kopie());
    }

    static Brief herzien(Brief b, int versie, int vervangt) {
        Set<Reden> redenen = EnumSet.of(Reden.BEZWAAR);
        redenen.addAll(b.redenen());
        Voorstel u = b.voorstel();
        Voorstel voorstel = new Voorstel(u.soort(), u.inkomenCategorie(), u.streefhuurNieuw(), u.percentageMax(),
                u.kaleHuurNieuw(), u.verhogingBedrag(), u.verhogingPct(), u.inHuursom(), redenen);
        return new Brief(b.briefhoofd(), b.ronde(), b.verzenddatum(), b.ingangsdatum(), b.geadresseerde(),
                b.contract(), voorstel, b.inkomenGrensTekst(), versie, vervangt, b.kopie());
    }

    static Brief kopie(Brief b) {
        return new Brief(b.briefhoofd(), b.ronde(), b.verzenddatum(), b.ingangsdatum(), b.geadresseerde(),
                b.contract(), b.voorstel(), b.inkomenGrensTekst(), b.versie(), b.vervangtVersie(), true);
    }

    static Brief metGronden(Brief b, boolean aow, boolean vierPlus) {
        return new Brief(b.briefhoofd(), new Brief.Ronde(b.jaar(), b.inkomensjaar(), aow, vierPlus),
                b.verzenddatum(), b.ingangsdatum(), b.geadresseerde(), b.contract(), b.voorstel(),
                b.inkomenGrensTekst(), b.versie(), b.vervangtVersie(), b.kopie());
    }

    static Brief metBriefhoofd(Brief b, Briefhoofd hoofd) {
        return new Brief(hoofd, b.ronde(), b.verzenddatum(), b.ingangsdatum(), b.geadresseerde(), b.contract(),
                b.voorstel(), b.inkomenGrensTekst(), b.versie(), b.vervangtVersie(), b.kopie());
    }

    static Brief iah() {
        return brief(Soort.IAH, Sector.SOCIAAL, Woningtype.ZELFSTANDIG, EnumSet.noneOf(Reden.class), "HOOG",
                "€ 43.574 of hoger", "520.50", "549.65", "5.60");
    }

    static Brief bevriezing() {
        return brief(Soort.BEVRIEZING, Sector.SOCIAAL, Woningtype.ZELFSTANDIG, EnumSet.of(Reden.HUURBEVRIEZING),
                "LAAG", null, "520.50", "520.50", "0.00");
    }

    static Brief vrijeSector() {
        return brief(Soort.VRIJE_SECTOR, Sector.VRIJ, Woningtype.ZELFSTANDIG,
                EnumSet.of(Reden.BUITEN_HUURSOM_SECTOR), "NVT", null, "1012.00", "1038.31", "2.60");
    }

    static Brief middenhuur() {
        Brief b = brief(Soort.MIDDENHUUR, Sector.MIDDEN, Woningtype.ZELFSTANDIG,
                EnumSet.of(Reden.BUITEN_HUURSOM_SECTOR), "NVT", null, "980.00", "1039.78", "6.10");
        Voorstel u = b.voorstel();
        return new Brief(b.briefhoofd(), new Brief.Ronde(2026, 2024, false, false), LocalDate.of(2026, 4, 20),
                LocalDate.of(2026, 7, 1), b.geadresseerde(),
                b.contract().naarBouwer().maximaleHuur(euro("1228.07")).wwsPunten(euro("170")).bouw(),
                new Voorstel(u.soort(), u.inkomenCategorie(), null, u.percentageMax(), u.kaleHuurNieuw(),
                        u.verhogingBedrag(), u.verhogingPct(), u.inHuursom(), u.redenen()),
                null, 1, null, false);
    }

    static Brief woonwagen() {
        return metPercentage(brief(Soort.WOONWAGEN, Sector.SOCIAAL, Woningtype.WOONWAGEN, EnumSet.noneOf(Reden.class),
                "LAAG", null, "310.00", "318.06", "2.60"), "0.0260");
    }

    static Brief standplaats() {
        return metPercentage(brief(Soort.WOONWAGEN, Sector.SOCIAAL, Woningtype.STANDPLAATS,
                EnumSet.of(Reden.BUITEN_HUURSOM_TYPE), "LAAG", null, "150.00", "153.90", "2.60"), "0.0260");
    }

    /** The percentage applied, as the rules store it (a fraction). */
    static Brief metPercentage(Brief b, String fractie) {
        Voorstel u = b.voorstel();
        return new Brief(b.briefhoofd(), b.ronde(), b.verzenddatum(), b.ingangsdatum(), b.geadresseerde(),
                b.contract(), new Voorstel(u.soort(), u.inkomenCategorie(), u.streefhuurNieuw(), euro(fractie),
                u.kaleHuurNieuw(), u.verhogingBedrag(), u.verhogingPct(), u.inHuursom(), u.redenen()),
                b.inkomenGrensTekst(), b.versie(), b.vervangtVersie(), b.kopie());
    }

    /** 2026: the law's +€ 25 below € 350 (policy laag_huur 350 / 25): 320,00 → 345,00 (7,81%), no percentage. */
    static Brief laagHuur() {
        Brief b = brief(Soort.REGULIER, Sector.SOCIAAL, Woningtype.ZELFSTANDIG, EnumSet.noneOf(Reden.class), "LAAG",
                null, "320.00", "345.00", "7.81");
        return new Brief(b.briefhoofd(), new Brief.Ronde(2026, 2024, false, false,
                new nl.huurronde.regels.Beleid.LaagHuur(euro("350"), euro("25"))), LocalDate.of(2026, 4, 20),
                LocalDate.of(2026, 7, 1), b.geadresseerde(), b.contract(), b.voorstel(), null, 1, null, false);
    }

    /** Huurbevriezing, and the rent above the maximale huur € 812,34: 830,00 → 812,34. */
    static Brief bevriezingMetVerlaging() {
        return brief(Soort.BEVRIEZING, Sector.SOCIAAL, Woningtype.ZELFSTANDIG,
                EnumSet.of(Reden.HUURBEVRIEZING, Reden.MAXIMALE_HUUR), "LAAG", null, "830.00", "812.34", "-2.13");
    }

    /** Capped at this year's streefhuur € 612,40: 600,00 → 612,40 (2,07%). */
    static Brief streefhuur() {
        return brief(Soort.REGULIER, Sector.SOCIAAL, Woningtype.ZELFSTANDIG, EnumSet.of(Reden.STREEFHUUR_BEGRENSD),
                "LAAG", null, "600.00", "612.40", "2.07");
    }

    /** Capped at the maximale huur € 812,34: 800,00 → 812,34 (1,54%). */
    static Brief maximaleHuur() {
        return brief(Soort.REGULIER, Sector.SOCIAAL, Woningtype.ZELFSTANDIG, EnumSet.of(Reden.MAXIMALE_HUUR),
                "LAAG", null, "800.00", "812.34", "1.54");
    }

    /** A huurverlaging to the maximale huur: 830,00 → 812,34 (−2,13%). */
    static Brief huurverlaging() {
        return brief(Soort.REGULIER, Sector.SOCIAAL, Woningtype.ZELFSTANDIG, EnumSet.of(Reden.MAXIMALE_HUUR),
                "LAAG", null, "830.00", "812.34", "-2.13");
    }

    /** Lowered by the huursom cap c = 2,95%: 520,50 → 535,85. */
    static Brief huursom() {
        return brief(Soort.REGULIER, Sector.SOCIAAL, Woningtype.ZELFSTANDIG, EnumSet.of(Reden.HUURSOM_BEGRENSD),
                "LAAG", null, "520.50", "535.85", "2.95");
    }

    /** Above the IAH limit but exempt (AOW, chronisch ziek): the regular increase, with the reasons. */
    static Brief vrijgesteld() {
        return brief(Soort.REGULIER, Sector.SOCIAAL, Woningtype.ZELFSTANDIG,
                EnumSet.of(Reden.AOW, Reden.CHRONISCH_ZIEK), "HOOG", null, "520.50", "541.84", "4.10");
    }
}

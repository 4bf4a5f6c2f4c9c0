package nl.huurronde.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.huurronde.contract.Contract;
import nl.huurronde.contract.Correspondentieadres;
import nl.huurronde.contract.Huurder;
import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Sectorbepaling;
import nl.huurronde.regels.Woningtype;

/**
 * The per-value and per-row rules of huurders.csv (inputs.md). Reasons may echo a short non-personal
 * value (amount, date, enum text) to help the ERP staff, never a name or address. Duplicate
 * contract_ids are a pass over the staged rows, not done here.
 */
public final class HuurderValidatie {

    private static final Bestandsoort SOORT = Bestandsoort.HUURDERS;

    private final LocalDate peildatum;
    private final Beleid.Wet wet;

    public HuurderValidatie(Beleid beleid) {
        this.peildatum = beleid.peildatum();
        this.wet = beleid.wet();
    }

    public Gelezen<HuurderRegel> valideer(CsvRecord record) {
        Rij rij = new Rij(SOORT, record);
        String contractId = rij.lees("contract_id", Waarden::id, true, false);
        String vheId = rij.lees("vhe_id", Waarden::id, true, false);
        String naam = rij.lees("huurder_naam", Waarden::tekst, true, false);
        String straat = rij.lees("straat", Waarden::tekst, true, false);
        Rij.AdresDelen adres = rij.adres(true);
        String woonplaats = rij.lees("woonplaats", Waarden::tekst, true, false);
        Woningtype woningtype = rij.lees("woningtype", w -> Waarden.keuze(w, Woningtype.class), true, true);
        LocalDate ingang = rij.lees("contract_ingang", Waarden::datum, true, true);
        if (ingang != null && ingang.isAfter(peildatum)) {
            rij.afwijzen("contract_ingang", "contract begint na de peildatum " + peildatum + " ('" + ingang + "')");
        }
        BigDecimal aanvangshuur = rij.lees("aanvangshuur", Waarden::bedrag, true, true);
        Sector opgegeven = rij.lees("sector", w -> Waarden.keuze(w, Sector.class), false, true);
        BigDecimal kaleHuur = positief(rij, "kale_huur", true);
        BigDecimal servicekosten = rij.lees("servicekosten", Waarden::bedrag, false, true);
        BigDecimal maximaleHuur = positief(rij, "maximale_huur", false);
        BigDecimal wwsPunten = rij.lees("wws_punten", Waarden::getal, false, true);
        BigDecimal streefhuur = positief(rij, "streefhuur", false);
        // never echoed: chronisch_ziek is health data
        Boolean chronischZiek = rij.lees("chronisch_ziek", Waarden::jaNee, false, false);
        Boolean huurbevriezing = rij.lees("huurbevriezing", Waarden::jaNee, false, false);
        LocalDate verbetering = rij.lees("woningverbetering_datum", Waarden::datum, false, true);
        LocalDate inBezitSinds = rij.lees("in_bezit_sinds", Waarden::datum, false, true);
        LocalDate uitBezit = rij.lees("uit_bezit", Waarden::datum, false, true);
        LocalDate laatsteVerhoging = rij.lees("laatste_verhoging", Waarden::datum, false, true);
        if (laatsteVerhoging != null && laatsteVerhoging.isAfter(peildatum)) {
            rij.afwijzen("laatste_verhoging", "laatste verhoging na de peildatum " + peildatum + " ('"
                    + laatsteVerhoging + "')");
        }
        if (uitBezit != null && inBezitSinds != null && uitBezit.isBefore(inBezitSinds)) {
            rij.afwijzen("uit_bezit", "uit_bezit ligt vóór in_bezit_sinds ('" + uitBezit + "')");
        }

        Correspondentieadres post = post(rij);

        Sector sector = bepaalSector(rij, opgegeven, woningtype, ingang, aanvangshuur, wwsPunten);
        if (sector != null && woningtype != null) {
            eisPerSector(rij, sector, woningtype);
        }

        boolean afgewezen = rij.afgewezen();
        Contract contract = Contract.bouwer().regel(record.regel()).contractId(contractId).vheId(vheId)
                .sector(afgewezen ? null : sector).woningtype(woningtype).kaleHuur(kaleHuur)
                .servicekosten(servicekosten == null && rij.leeg("servicekosten") ? BigDecimal.ZERO.setScale(2)
                        : servicekosten)
                .maximaleHuur(maximaleHuur).wwsPunten(wwsPunten).streefhuur(streefhuur)
                .chronischZiek(Boolean.TRUE.equals(chronischZiek)).huurbevriezing(Boolean.TRUE.equals(huurbevriezing))
                .woningverbeteringDatum(verbetering).inBezitSinds(inBezitSinds).uitBezit(uitBezit).laatsteVerhoging(laatsteVerhoging)
                .bouw();
        Huurder huurder = new Huurder(naam, straat, adres.huisnummer(), adres.huisletter(), adres.toevoeging(),
                adres.postcode(), woonplaats, List.of(), post);
        HuurderRegel regel = new HuurderRegel(contract, huurder, ingang, aanvangshuur, adres.sleutel());
        List<Afwijzing> afwijzingen = afgewezen ? rij.afwijzingen(Afwijzing.sleutelVoor(SOORT, record)) : List.of();
        return new Gelezen<>(regel, afwijzingen);
    }

    /**
     * The sector per rules.md §1, when the columns it depends on could be read. Sectorbepaling only
     * looks at the start rent and WWS points when {@code sector} is empty.
     */
    private Sector bepaalSector(Rij rij, Sector opgegeven, Woningtype woningtype, LocalDate ingang,
                                BigDecimal aanvangshuur, BigDecimal wwsPunten) {
        if (rij.heeftFout("sector") || rij.heeftFout("wws_punten")) {
            return null;
        }
        if (opgegeven == null && (woningtype == null || ingang == null || aanvangshuur == null)) {
            return null;
        }
        Sectorbepaling.Uitkomst uitkomst = Sectorbepaling.bepaal(opgegeven, woningtype, ingang, aanvangshuur,
                wwsPunten, wet);
        if (!uitkomst.bepaald()) {
            rij.afwijzen(uitkomst.kolom(), uitkomst.reden());
        }
        return uitkomst.sector();
    }

    private static final List<String> POSTKOLOMMEN = List.of("corr_tav", "corr_straat", "corr_huisnummer",
            "corr_huisletter", "corr_toevoeging", "corr_postcode", "corr_woonplaats", "corr_land");
    private static final Set<String> NEDERLAND = Set.of("NL", "NLD", "NEDERLAND", "THE NETHERLANDS", "NETHERLANDS");
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    /**
     * The optional correspondence address (#20): null when every corr_ column is empty. Once one is filled,
     * street and place are required, in the Netherlands also postcode (Dutch format) and house number; a
     * country other than the Netherlands (a name, or an ISO code given as its Dutch name) takes the postcode
     * as written. Never echoed: it is an address.
     */
    private static Correspondentieadres post(Rij rij) {
        if (POSTKOLOMMEN.stream().allMatch(rij::leeg)) {
            return null;
        }
        String land = land(rij);
        boolean buitenland = land != null;
        String tav = rij.lees("corr_tav", Waarden::tekst, false, false);
        String straat = rij.lees("corr_straat", Waarden::tekst, false, false);
        Integer huisnummer = rij.lees("corr_huisnummer", Waarden::huisnummer, false, false);
        String huisletter = rij.lees("corr_huisletter", buitenland ? Waarden::tekst : Waarden::huisletter, false, false);
        String toevoeging = rij.lees("corr_toevoeging", Waarden::tekst, false, false);
        String postcode = rij.lees("corr_postcode", buitenland ? Waarden::tekst : Waarden::postcode, false, false);
        String woonplaats = rij.lees("corr_woonplaats", Waarden::tekst, false, false);
        List<String> verplicht = buitenland ? List.of("corr_straat", "corr_woonplaats")
                : List.of("corr_straat", "corr_huisnummer", "corr_postcode", "corr_woonplaats");
        for (String kolom : verplicht) {
            if (rij.leeg(kolom)) {
                rij.afwijzen(kolom, "onvolledig correspondentieadres: " + kolom + " is verplicht zodra een corr_-kolom"
                        + " gevuld is" + (buitenland ? " (buitenland)" : ""));
            }
        }
        return new Correspondentieadres(tav, straat, huisnummer, huisletter, toevoeging, postcode, woonplaats, land);
    }

    /** corr_land as printed: null for the Netherlands (also empty), an ISO code as its Dutch name, else as written. */
    private static String land(Rij rij) {
        String waarde = rij.lees("corr_land", Waarden::tekst, false, true);
        if (waarde == null || NEDERLAND.contains(waarde.toUpperCase(Locale.ROOT))) {
            return null;
        }
        if (waarde.matches("[A-Za-z]{2}")) {
            String code = waarde.toUpperCase(Locale.ROOT);
            if (!Set.of(Locale.getISOCountries()).contains(code)) {
                rij.afwijzen("corr_land", "onbekende landcode ('" + waarde + "'); geef de ISO-code of de naam van het land");
                return null;
            }
            return Locale.of("", code).getDisplayCountry(NL);
        }
        return waarde;
    }

    /** maximale_huur and streefhuur are required depending on sector and woningtype. */
    private static void eisPerSector(Rij rij, Sector sector, Woningtype woningtype) {
        boolean woning = woningtype == Woningtype.ZELFSTANDIG || woningtype == Woningtype.ONZELFSTANDIG;
        if (sector == Sector.SOCIAAL && woning) {
            if (rij.leeg("maximale_huur")) {
                rij.afwijzen("maximale_huur", "maximale_huur is verplicht bij sociale huur (zelfstandig of onzelfstandig)");
            }
            if (rij.leeg("streefhuur")) {
                rij.afwijzen("streefhuur", "streefhuur is verplicht bij sociale huur (zelfstandig of onzelfstandig)");
            }
        }
        if (sector == Sector.MIDDEN && rij.leeg("maximale_huur")) {
            rij.afwijzen("maximale_huur", "maximale_huur is verplicht bij middenhuur");
        }
    }

    /** An amount that must be above 0 when present; the read value is kept even when it is not. */
    private static BigDecimal positief(Rij rij, String kolom, boolean verplicht) {
        BigDecimal bedrag = rij.lees(kolom, Waarden::bedrag, verplicht, true);
        if (bedrag != null && bedrag.signum() <= 0) {
            rij.afwijzen(kolom, kolom + " moet groter dan 0 zijn");
        }
        return bedrag;
    }
}

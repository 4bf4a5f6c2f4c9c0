package nl.huurronde.regels;

/**
 * Reason codes of the audit (rules.md §6). The declaration order is the order in which
 * they are written, so an {@link java.util.EnumSet} iterates them correctly. Each code carries the one
 * plain Dutch sentence that explains it to staff (the desk shows it; docs/uitvoer.md describes the
 * codes for the audit's readers).
 */
public enum Reden {
    HUURBEVRIEZING("De huurder heeft huurbevriezing gekregen: de huur gaat niet omhoog."),
    AOW("Iemand in het huishouden heeft de AOW-leeftijd bereikt: geen inkomensafhankelijke verhoging."),
    HUISHOUDEN_4_PLUS("Het huishouden heeft 4 of meer personen: geen inkomensafhankelijke verhoging."),
    CHRONISCH_ZIEK("Iemand in het huishouden is chronisch ziek of gehandicapt: geen inkomensafhankelijke verhoging."),
    HUUR_GE_STREEFHUUR("De huidige huur is al gelijk aan of hoger dan de streefhuur: geen inkomensafhankelijke "
            + "verhoging."),
    INKOMEN_ONDER_GRENS("Het huishoudinkomen ligt onder de laagste inkomensgrens."),
    INKOMEN_ONBEKEND("Het inkomen van het huishouden is niet vast te stellen: geen inkomensafhankelijke verhoging."),
    HUISHOUDVERKLARING_ONTBREEKT("Het antwoord van de Belastingdienst noemt een inkomen boven de grens, maar de "
            + "huishoudverklaring ontbreekt of is onleesbaar: geen inkomensafhankelijke verhoging."),
    HUISHOUDEN_ONBEKEND("Het huishouden is niet vast te stellen (niemand ingeschreven, een afgewezen BRP-regel of "
            + "een adres van twee contracten): geen inkomensafhankelijke verhoging."),
    STREEFHUUR_BEGRENSD("De verhoging is afgetopt op de streefhuur van dit jaar."),
    HUURSOM_BEGRENSD("De verhoging is lager omdat de huren samen niet meer mogen stijgen dan de huursomafspraak "
            + "(de huursomcap)."),
    MAXIMALE_HUUR("De nieuwe huur is verlaagd tot de maximale huur van de woning; dat kan een huurverlaging zijn."),
    BUITEN_HUURSOM_SECTOR("Telt niet mee in de huursom: geen sociale huur."),
    BUITEN_HUURSOM_TYPE("Telt niet mee in de huursom: een kamer (onzelfstandig) of een standplaats."),
    BUITEN_HUURSOM_BEZIT("Telt niet mee in de huursom: de woning is na 1 januari van dit jaar verworven."),
    BUITEN_HUURSOM_UIT_BEZIT("Telt niet mee in de huursom: de woning is op 1 januari van volgend jaar niet meer "
            + "van de verhuurder (verkoop of sloop)."),
    BUITEN_HUURSOM_VERBETERING("Telt niet mee in de huursom: woningverbetering in de twaalf maanden tot en met de "
            + "peildatum."),
    BUITEN_HUURSOM_IAH("Telt niet mee in de huursom: een inkomensafhankelijke verhoging, en het beleid telt die "
            + "niet mee."),
    INGANG_NA_LAATSTE_VERHOGING("De huur is minder dan 12 maanden geleden verhoogd: de nieuwe huur gaat in 12 "
            + "maanden na die verhoging."),
    GEEN_VOORSTEL_LAATSTE_VERHOGING("De huur is minder dan 12 maanden geleden verhoogd en 12 maanden daarna valt na "
            + "het einde van dit jaar: geen voorstel deze ronde."),
    INGANG_NA_VERZENDING("Het voorstel ging met een aanvulrun later weg dan de ronde: een huurverhoging moet de "
            + "huurder minstens twee maanden van tevoren krijgen, dus de nieuwe huur gaat in op de eerste van de maand "
            + "twee maanden na ontvangst."),
    BEZWAAR("Herzien voorstel na bezwaar."),
    INGANG_VERSCHOVEN("Het herziene voorstel is hoger dan wat de huurder op tijd was aangeboden: de ingangsdatum is "
            + "verschoven tot twee maanden na ontvangst van de brief."),
    BEZWAARTERMIJN_VERLENGD("De herziene brief ging minder dan zes weken voor de ingangsdatum (of erna) weg: de huurder "
            + "krijgt zes weken om bezwaar te maken."),
    BEZWAAR_NA_INGANG("Het bezwaar dat tot deze versie leidde, kwam op of na de ingangsdatum binnen."),
    INKOMEN_OPGAVE("De inkomenscategorie is gecorrigeerd naar wat de huurder opgaf, niet uit het antwoord van de "
            + "Belastingdienst."),
    UITSPRAAK_HUURCOMMISSIE("De Huurcommissie heeft de kale huur in haar uitspraak vastgesteld: tegen deze versie is "
            + "geen bezwaar bij de verhuurder meer mogelijk, alleen de kantonrechter.");

    private final String zin;

    Reden(String zin) {
        this.zin = zin;
    }

    /** The code explained in one plain Dutch sentence. */
    public String zin() {
        return zin;
    }

    /** Codes that reveal health data (only for roles that may see it). */
    public boolean gezondheid() {
        return this == CHRONISCH_ZIEK;
    }
}

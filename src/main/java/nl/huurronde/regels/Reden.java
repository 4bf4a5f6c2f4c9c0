package nl.huurronde.regels;

/**
 * Reason codes of the audit (rules.md §6). The declaration order is the order in which
 * they are written, so an {@link java.util.EnumSet} iterates them correctly.
 */
public enum Reden {
    HUURBEVRIEZING,
    AOW,
    HUISHOUDEN_4_PLUS,
    CHRONISCH_ZIEK,
    HUUR_GE_STREEFHUUR,
    INKOMEN_ONDER_GRENS,
    INKOMEN_ONBEKEND,
    HUISHOUDVERKLARING_ONTBREEKT,
    HUISHOUDEN_ONBEKEND,
    STREEFHUUR_BEGRENSD,
    HUURSOM_BEGRENSD,
    MAXIMALE_HUUR,
    BUITEN_HUURSOM_SECTOR,
    BUITEN_HUURSOM_TYPE,
    BUITEN_HUURSOM_BEZIT,
    BUITEN_HUURSOM_UIT_BEZIT,
    BUITEN_HUURSOM_VERBETERING,
    BUITEN_HUURSOM_IAH,
    INGANG_NA_LAATSTE_VERHOGING,
    GEEN_VOORSTEL_LAATSTE_VERHOGING,
    BEZWAAR,
    /** A revised proposal above what the tenant was offered in time: its ingangsdatum moved to two months after receipt. */
    INGANG_VERSCHOVEN,
    /** A revised letter sent less than six weeks before its ingangsdatum (or after it): the tenant gets six weeks to object. */
    BEZWAARTERMIJN_VERLENGD,
    /** The objection that led to this version reached the landlord on or after the ingangsdatum. */
    BEZWAAR_NA_INGANG,
    /** The income category was corrected by staff from what the tenant gave, not taken from the Belastingdienst. */
    INKOMEN_OPGAVE
}

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
    BEZWAAR
}

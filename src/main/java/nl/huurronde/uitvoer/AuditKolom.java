package nl.huurronde.uitvoer;

import java.io.IOException;

import nl.huurronde.bestand.CsvSchrijver;
import nl.huurronde.voorstel.VoorstelVersie;

/**
 * The columns of audit.csv in their order (outputs.md): each named once with how its value is written,
 * so the header and every row (the yearly run, a simulation, a bezwaar's audit) come from this list.
 * Amounts with 2 decimals, percentage_max as a 4-decimal fraction.
 */
public enum AuditKolom {
    CONTRACT_ID("contract_id", (csv, v) -> csv.tekst(v.contractId())),
    VHE_ID("vhe_id", (csv, v) -> csv.tekst(v.contract().vheId())),
    VERSIE("versie", (csv, v) -> csv.getal(v.versie())),
    SECTOR("sector", (csv, v) -> csv.tekst(v.contract().sector().name())),
    WONINGTYPE("woningtype", (csv, v) -> csv.tekst(v.contract().woningtype().name())),
    SOORT("soort", (csv, v) -> csv.tekst(v.voorstel().soort().name())),
    HUISHOUDEN_PERSONEN("huishouden_personen", (csv, v) -> csv.getal(v.huishouden().personen())),
    AOW("aow", (csv, v) -> csv.janee(v.huishouden().aow())),
    CHRONISCH_ZIEK("chronisch_ziek", (csv, v) -> csv.janee(v.contract().chronischZiek())),
    INKOMEN_CATEGORIE("inkomen_categorie", (csv, v) -> csv.tekst(v.voorstel().inkomenCategorie())),
    KALE_HUUR_OUD("kale_huur_oud", (csv, v) -> csv.getal(v.contract().kaleHuur())),
    STREEFHUUR("streefhuur", (csv, v) -> csv.getal(v.contract().streefhuur())),
    STREEFHUUR_NIEUW("streefhuur_nieuw", (csv, v) -> csv.getal(v.voorstel().streefhuurNieuw())),
    MAXIMALE_HUUR("maximale_huur", (csv, v) -> csv.getal(v.contract().maximaleHuur())),
    PERCENTAGE_MAX("percentage_max", (csv, v) -> csv.getal(v.voorstel().percentageMax())),
    KALE_HUUR_NIEUW("kale_huur_nieuw", (csv, v) -> csv.getal(v.voorstel().kaleHuurNieuw())),
    VERHOGING_BEDRAG("verhoging_bedrag", (csv, v) -> csv.getal(v.voorstel().verhogingBedrag())),
    VERHOGING_PCT("verhoging_pct", (csv, v) -> csv.getal(v.voorstel().verhogingPct())),
    IN_HUURSOM("in_huursom", (csv, v) -> csv.janee(v.voorstel().inHuursom())),
    REDENEN("redenen", (csv, v) -> csv.tekst(VoorstelVersie.redenen(v.voorstel().redenen()))),
    // the co-tenants the letter is addressed to besides the tenant (#20): a count, never their names
    MEDEHUURDERS("medehuurders", (csv, v) -> csv.getal(v.contract().medehuurders()));

    /** Writes one column's value of a version. */
    @FunctionalInterface
    private interface Schrijver {
        void schrijf(CsvSchrijver csv, VoorstelVersie v) throws IOException;
    }

    private final String kop;
    private final Schrijver schrijver;

    AuditKolom(String kop, Schrijver schrijver) {
        this.kop = kop;
        this.schrijver = schrijver;
    }

    public String kop() {
        return kop;
    }

    /** The header names in column order. */
    static String[] koppen() {
        AuditKolom[] kolommen = values();
        String[] koppen = new String[kolommen.length];
        for (int i = 0; i < kolommen.length; i++) {
            koppen[i] = kolommen[i].kop;
        }
        return koppen;
    }

    /** Every column's value of one version, without ending the row. */
    static void schrijfVelden(CsvSchrijver csv, VoorstelVersie v) throws IOException {
        for (AuditKolom kolom : values()) {
            kolom.schrijver.schrijf(csv, v);
        }
    }
}

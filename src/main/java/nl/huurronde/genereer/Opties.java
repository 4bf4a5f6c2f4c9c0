package nl.huurronde.genereer;

import java.nio.file.Path;

/**
 * Options of {@link Generator#schrijf}.
 *
 * @param foutAandeel       share of rows per file that are deliberately bad (0 – 0.005). A bad row
 *                          that is a duplicate makes two rejected rows, so 0.005 is the most that
 *                          still stays within the job's default 1% rejection threshold per file.
 * @param formatenMengen    vary the spellings inputs.md allows (BOM, {@code ;}, CRLF, Dutch dates,
 *                          decimal comma, {@code €}, J/ja/true/1, shuffled and unknown columns);
 *                          false writes the canonical form of the golden examples
 * @param inkomenscategorie also write inkomenscategorie.csv (the Belastingdienst's answer per address)
 * @param voorbeelden       folder whose huurders.csv, brp.csv and inkomen.csv data rows are copied
 *                          verbatim at the top of the generated files (the golden examples), or null.
 *                          Their headers must be in the canonical column order; the files then keep
 *                          that order and the {@code ,} delimiter.
 * @param inkomensantwoord  also write inkomensantwoord.zip (the Belastingdienst's answer as delivered: the
 *                          categories and a PDF huishoudverklaring per address above the limit); not
 *                          byte-reproducible (zip and PDF carry the time), so not for the committed sets
 * @param adressering       co-tenants (medehuurders.csv), correspondence addresses and laatste_verhoging
 *                          (#20, {@link Adressering}); the committed sets have them from 2026
 */
public record Opties(double foutAandeel, boolean formatenMengen, boolean inkomenscategorie, Path voorbeelden,
                     boolean inkomensantwoord, boolean adressering) {

    public static final double MAX_FOUTAANDEEL = 0.005;

    public Opties(double foutAandeel, boolean formatenMengen, boolean inkomenscategorie, Path voorbeelden) {
        this(foutAandeel, formatenMengen, inkomenscategorie, voorbeelden, false, true);
    }

    public Opties {
        if (!(foutAandeel >= 0 && foutAandeel <= MAX_FOUTAANDEEL)) {
            throw new IllegalArgumentException("foutAandeel moet tussen 0 en " + MAX_FOUTAANDEEL
                    + " liggen (de job weigert een bestand met meer dan 1% afgewezen rijen); gegeven: " + foutAandeel);
        }
    }

    /** 0.2% bad rows, mixed formats, no inkomenscategorie.csv, no golden rows, co-tenants and addresses. */
    public static Opties standaard() {
        return new Opties(0.002, true, false, null);
    }

    public Opties metFoutAandeel(double aandeel) {
        return new Opties(aandeel, formatenMengen, inkomenscategorie, voorbeelden, inkomensantwoord, adressering);
    }

    public Opties metFormatenMengen(boolean mengen) {
        return new Opties(foutAandeel, mengen, inkomenscategorie, voorbeelden, inkomensantwoord, adressering);
    }

    public Opties metInkomenscategorie(boolean schrijven) {
        return new Opties(foutAandeel, formatenMengen, schrijven, voorbeelden, inkomensantwoord, adressering);
    }

    public Opties metVoorbeelden(Path map) {
        return new Opties(foutAandeel, formatenMengen, inkomenscategorie, map, inkomensantwoord, adressering);
    }

    public Opties metInkomensantwoord(boolean schrijven) {
        return new Opties(foutAandeel, formatenMengen, inkomenscategorie, voorbeelden, schrijven, adressering);
    }

    public Opties metAdressering(boolean schrijven) {
        return new Opties(foutAandeel, formatenMengen, inkomenscategorie, voorbeelden, inkomensantwoord, schrijven);
    }
}

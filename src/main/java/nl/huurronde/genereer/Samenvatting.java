package nl.huurronde.genereer;

/**
 * What {@link Generator#schrijf} wrote. Row counts are data rows (header not counted), golden
 * example rows included. {@code bedoeldAfgewezen} is the number of rows the job must reject
 * (a duplicate counts both occurrences); per file in the three fields after it.
 *
 * @param categorieen rows in inkomenscategorie.csv, 0 when it was not written
 * @param antwoorden  addresses in inkomensantwoord.zip, 0 when it was not written
 * @param verklaringen huishoudverklaringen (PDFs) in inkomensantwoord.zip
 * @param medehuurders rows in medehuurders.csv, 0 when it was not written; {@code afgewezenMedehuurders}
 *                     of them deliberately bad (also in {@code bedoeldAfgewezen})
 */
public record Samenvatting(int contracten, int personen, int inkomens, int bedoeldAfgewezen,
                           int afgewezenHuurders, int afgewezenBrp, int afgewezenInkomen, int categorieen,
                           int antwoorden, int verklaringen, int medehuurders, int afgewezenMedehuurders) {

    public Samenvatting(int contracten, int personen, int inkomens, int bedoeldAfgewezen, int afgewezenHuurders,
                        int afgewezenBrp, int afgewezenInkomen, int categorieen) {
        this(contracten, personen, inkomens, bedoeldAfgewezen, afgewezenHuurders, afgewezenBrp, afgewezenInkomen,
                categorieen, 0, 0, 0, 0);
    }

    /** For the user: what was written, in Dutch (the record's own toString is for tests and logs). */
    public String tekst() {
        StringBuilder tekst = new StringBuilder()
                .append(aantal(contracten, "contract", "contracten")).append(", ")
                .append(aantal(personen, "persoon", "personen")).append(", ")
                .append(aantal(inkomens, "inkomensregel", "inkomensregels"));
        if (categorieen > 0) {
            tekst.append(", ").append(aantal(categorieen, "inkomenscategorieregel", "inkomenscategorieregels"));
        }
        tekst.append(", ").append(aantal(bedoeldAfgewezen, "opzettelijk foute regel", "opzettelijk foute regels"));
        if (bedoeldAfgewezen > 0) {
            tekst.append(" (huurders.csv ").append(afgewezenHuurders).append(", brp.csv ").append(afgewezenBrp)
                    .append(", inkomen.csv ").append(afgewezenInkomen)
                    .append(medehuurders > 0 ? ", medehuurders.csv " + afgewezenMedehuurders : "")
                    .append("; de run wijst ze af)");
        }
        tekst.append("; bestanden: huurders.csv, brp.csv, inkomen.csv");
        if (categorieen > 0) {
            tekst.append(", inkomenscategorie.csv");
        }
        if (medehuurders > 0) {
            tekst.append(", medehuurders.csv (").append(aantal(medehuurders, "medehuurder", "medehuurders")).append(')');
        }
        if (antwoorden > 0) {
            tekst.append(", ").append(Antwoordzip.NAAM).append(" (").append(aantal(antwoorden, "adres", "adressen"))
                    .append(", ").append(aantal(verklaringen, "huishoudverklaring", "huishoudverklaringen"))
                    .append(')');
        }
        return tekst.toString();
    }

    private static String aantal(int n, String enkelvoud, String meervoud) {
        return n + " " + (n == 1 ? enkelvoud : meervoud);
    }
}

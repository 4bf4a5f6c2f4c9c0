package nl.huurronde.genereer;

/**
 * What {@link Generator#schrijf} wrote. Row counts are data rows (header not counted), golden
 * example rows included. {@code bedoeldAfgewezen} is the number of rows the job must reject
 * (a duplicate counts both occurrences); per file in the three fields after it.
 *
 * @param categorieen rows in inkomenscategorie.csv, 0 when it was not written
 */
public record Samenvatting(int contracten, int personen, int inkomens, int bedoeldAfgewezen,
                           int afgewezenHuurders, int afgewezenBrp, int afgewezenInkomen, int categorieen) {}

package nl.huurronde.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.huurronde.regels.HuishoudenFeiten;

/**
 * The rules of inkomenscategorie.csv (inputs.md): per address LAAG, ONBEKEND or the name of one of the
 * policy's IAH bands, matched case-insensitively like every enum value. Reasons never repeat the
 * category: it is income information of a household.
 */
public final class CategorieValidatie {

    private final Bestandsoort soort;
    /** Upper-case spelling to the spelling the rules use. */
    private final Map<String, String> geldig = new LinkedHashMap<>();

    /** @param geldigeCategorieen the band names of the policy; LAAG and ONBEKEND are always valid */
    public CategorieValidatie(Set<String> geldigeCategorieen) {
        this(geldigeCategorieen, Bestandsoort.INKOMENSCATEGORIE);
    }

    /** @param soort inkomenscategorie.csv, or the CSV of the answer zip (which may name its statement) */
    public CategorieValidatie(Set<String> geldigeCategorieen, Bestandsoort soort) {
        this.soort = soort;
        geldig.put(HuishoudenFeiten.LAAG, HuishoudenFeiten.LAAG);
        geldig.put(HuishoudenFeiten.ONBEKEND, HuishoudenFeiten.ONBEKEND);
        geldigeCategorieen.forEach(naam -> geldig.putIfAbsent(naam.strip().toUpperCase(Locale.ROOT), naam.strip()));
    }

    public Gelezen<CategorieRegel> valideer(CsvRecord record) {
        Rij rij = new Rij(soort, record);
        Rij.AdresDelen adres = rij.adres(false);
        String categorie = rij.lees("categorie", this::categorie, true, false);
        String verklaring = soort == Bestandsoort.INKOMENSANTWOORD
                ? rij.lees("huishoudverklaring", CategorieValidatie::verklaring, false, false) : null;
        CategorieRegel regel = new CategorieRegel(record.regel(), adres.sleutel(), categorie, verklaring);
        List<Afwijzing> afwijzingen = rij.afgewezen() ? rij.afwijzingen(adres.leesbaar(rij)) : List.of();
        return new Gelezen<>(regel, afwijzingen);
    }

    /** The base name of a PDF entry of the zip: no folder, no path. */
    private static String verklaring(String ruw) throws OngeldigeWaarde {
        String waarde = Waarden.schoon(ruw);
        if (waarde == null) {
            return null;
        }
        if (waarde.contains("/") || waarde.contains("\\") || waarde.length() > 200
                || !waarde.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new OngeldigeWaarde("huishoudverklaring is de naam van een pdf-bestand in het antwoord, zonder map");
        }
        return waarde;
    }

    private String categorie(String ruw) throws OngeldigeWaarde {
        String waarde = Waarden.schoon(ruw);
        if (waarde == null) {
            return null;
        }
        String gevonden = geldig.get(waarde.toUpperCase(Locale.ROOT));
        if (gevonden == null) {
            throw new OngeldigeWaarde("onbekende inkomenscategorie; toegestaan: " + String.join(", ", geldig.values()));
        }
        return gevonden;
    }
}

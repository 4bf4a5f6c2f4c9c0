package nl.huurronde.opdracht;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.huurronde.beleid.Codering;

/**
 * The input options of {@code run}, {@code simulatie} and {@code vergelijk} ({@code --huurders},
 * {@code --brp}, {@code --inkomen}, {@code --inkomenscategorie}, {@code --medehuurders}, {@code --encoding}) as dotted keys
 * below {@code huurronde} of the job file, so they are validated exactly like the file.
 */
public final class Invoeropties {

    /** The option names, for a command's list of known options. */
    public static final List<String> NAMEN = List.of("huurders", "brp", "inkomen", "inkomenscategorie",
            "inkomensantwoord", "medehuurders", "encoding");

    private Invoeropties() {}

    public static Map<String, String> overrides(Opdrachtregel regel) {
        String inkomen = regel.optie("inkomen");
        String categorie = regel.optie("inkomenscategorie");
        String antwoord = regel.optie("inkomensantwoord");
        if ((inkomen != null ? 1 : 0) + (categorie != null ? 1 : 0) + (antwoord != null ? 1 : 0) > 1) {
            throw new Opdrachtregel.GebruiksFout("geef --inkomen (inkomens per persoon), --inkomenscategorie "
                    + "(categorie per adres van de Belastingdienst) of --inkomensantwoord (het antwoord-zip van de "
                    + "Belastingdienst), niet meer dan één");
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String invoer : List.of("huurders", "brp", "medehuurders")) {
            if (regel.optie(invoer) != null) {
                overrides.put("invoer." + invoer, regel.optie(invoer));
            }
        }
        // co-tenants are keyed by the roll's contract_ids: another roll does not take the job file's along
        if (regel.optie("huurders") != null && regel.optie("medehuurders") == null) {
            overrides.put("invoer.medehuurders", "");
        }
        // the option chooses the income source: the job file's other one no longer applies
        if (inkomen != null || categorie != null || antwoord != null) {
            overrides.put("invoer.inkomen", inkomen != null ? inkomen : "");
            overrides.put("invoer.inkomenscategorie", categorie != null ? categorie : "");
            overrides.put("invoer.inkomensantwoord", antwoord != null ? antwoord : "");
        }
        String encoding = regel.optie("encoding");
        if (encoding != null) {
            if (Codering.van(encoding) == null) {
                throw new Opdrachtregel.GebruiksFout("--encoding verwacht een van: " + Codering.woorden()
                        + ", niet '" + encoding.strip() + "'");
            }
            // all inputs at once: per-file encodings of the job file give way
            overrides.put("invoer.encoding", encoding.strip());
            overrides.put("invoer.encodings", "");
        }
        return overrides;
    }
}

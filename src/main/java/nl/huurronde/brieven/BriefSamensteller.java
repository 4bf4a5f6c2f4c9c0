package nl.huurronde.brieven;

import java.math.BigDecimal;

import nl.huurronde.beleid.JobConfig;
import nl.huurronde.beleid.Verhuurder;
import nl.huurronde.regels.Beleid;
import nl.huurronde.voorstel.VoorstelVersie;

/**
 * Builds the letter of a stored proposal: the yearly run's letters, revised letters after bezwaar
 * and reprints all go through here, so a reprint says exactly what the original said.
 */
public final class BriefSamensteller {

    private final JobConfig config;
    private final Briefhoofd briefhoofd;
    private final Brief.Ronde ronde;

    public BriefSamensteller(JobConfig config) {
        this.config = config;
        Verhuurder v = config.verhuurder();
        this.briefhoofd = new Briefhoofd(v.naam(), v.adres(), v.telefoon(), v.website(), v.bezwaarAdres(), v.logo(),
                v.ondertekening(), v.contact());
        Beleid beleid = config.beleid();
        this.ronde = new Brief.Ronde(config.jaar(), beleid.inkomensjaar(), beleid.wet().aowVrijstelling(),
                beleid.wet().vierPlusVrijstelling(), beleid.laagHuur());
    }

    /**
     * @param vervangtVersie the version a revised proposal replaces, or null
     * @param kopie          a reprint, marked as copy
     */
    public Brief brief(VoorstelVersie v, Geadresseerde aan, java.time.LocalDate verzenddatum, Integer vervangtVersie,
                       boolean kopie) {
        return new Brief(briefhoofd, ronde, verzenddatum, v.ingangsdatum(), aan, v.contract(), v.voorstel(),
                grensTekst(v, config.beleid()), v.versie(), vervangtVersie, kopie);
    }

    /** "€ 43.574 of hoger": the limit of the household's band for its size, never the income itself. */
    private static String grensTekst(VoorstelVersie v, Beleid beleid) {
        String categorie = v.voorstel().inkomenCategorie();
        for (Beleid.IahBand band : beleid.iahBanden()) {
            if (band.naam().equals(categorie)) {
                BigDecimal grens = v.huishouden().personen() <= 1 ? band.vanaf1() : band.vanafMeer();
                return grens == null ? null : NlFormaat.heleEuros(grens) + " of hoger";
            }
        }
        return null;
    }
}

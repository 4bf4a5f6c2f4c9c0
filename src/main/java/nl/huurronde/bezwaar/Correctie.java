package nl.huurronde.bezwaar;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.intake.OngeldigeWaarde;
import nl.huurronde.intake.Waarden;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.regels.Rol;

/**
 * What a bezwaar corrects, as given on the command line (operations.md "Bezwaar"). Every field is
 * optional; at least one must be given. Values are checked here for their form only; whether they fit
 * the contract and the round's policy is checked when the contract is recomputed.
 *
 * @param chronischZiek     proof of chronic illness or handicap is on file
 * @param personen          the corrected number of persons, or null
 * @param geboortedata      the corrected household person by person (may be empty)
 * @param brp               a small brp.csv with the persons now registered at the address, or null
 * @param inkomenscategorie a newer income statement: LAAG or an IAH band of the policy, or null
 * @param maximaleHuur      a Huurcommissie ruling or new WWS points: the new maximale huur, or null
 * @param wwsPunten         the new WWS points, or null; only together with maximaleHuur
 */
record Correctie(boolean chronischZiek, Integer personen, List<Persoon> geboortedata, Path brp,
                 String inkomenscategorie, BigDecimal maximaleHuur, BigDecimal wwsPunten) {

    static final List<String> OPTIES = List.of("chronisch-ziek", "personen", "geboortedatum", "brp",
            "inkomenscategorie", "maximale-huur", "wws-punten");

    Correctie {
        geboortedata = List.copyOf(geboortedata);
    }

    /** One person of a corrected household; the rol only matters for the under-23 income rule. */
    record Persoon(LocalDate geboortedatum, Rol rol) {
        /** Without the birth date: a record's toString may end up in a log. */
        @Override
        public String toString() {
            return "Persoon[rol=" + rol + "]";
        }
    }

    boolean leeg() {
        return !chronischZiek && !huishouden() && inkomenscategorie == null && maximaleHuur == null
                && wwsPunten == null;
    }

    /** The household itself is corrected (persons, birth dates or a BRP extract). */
    boolean huishouden() {
        return personen != null || !geboortedata.isEmpty() || brp != null;
    }

    /** Reads the corrections; a value of the wrong form is a usage error that names the option, never the value. */
    static Correctie lees(Opdrachtregel regel) {
        Integer personen = null;
        if (regel.optie("personen") != null) {
            personen = waarde("personen", () -> Waarden.geheelGetal(regel.optie("personen")));
            if (personen == null || personen < 1 || personen > 99) {
                throw new Opdrachtregel.GebruiksFout("--personen verwacht een aantal van 1 tot en met 99");
            }
        }
        List<Persoon> geboortedata = new ArrayList<>();
        for (String persoon : regel.alle("geboortedatum")) {
            geboortedata.add(persoon(persoon));
        }
        if (personen != null && !geboortedata.isEmpty() && personen != geboortedata.size()) {
            throw new Opdrachtregel.GebruiksFout("--personen " + personen + " past niet bij " + geboortedata.size()
                    + " keer --geboortedatum: geef een geboortedatum per persoon");
        }
        Path brp = regel.optie("brp") == null ? null : Path.of(regel.optie("brp"));
        if (brp != null && (personen != null || !geboortedata.isEmpty())) {
            throw new Opdrachtregel.GebruiksFout(
                    "geef het huishouden met --brp of met --personen/--geboortedatum, niet allebei");
        }
        String categorie = regel.optie("inkomenscategorie");
        if (categorie != null && categorie.isBlank()) {
            throw new Opdrachtregel.GebruiksFout("--inkomenscategorie is leeg");
        }
        BigDecimal maximaleHuur = null;
        if (regel.optie("maximale-huur") != null) {
            maximaleHuur = waarde("maximale-huur", () -> Waarden.bedrag(regel.optie("maximale-huur")));
            if (maximaleHuur == null || maximaleHuur.signum() <= 0) {
                throw new Opdrachtregel.GebruiksFout("--maximale-huur verwacht een bedrag groter dan 0, bijv. 700.00");
            }
        }
        BigDecimal punten = null;
        if (regel.optie("wws-punten") != null) {
            punten = waarde("wws-punten", () -> Waarden.getal(regel.optie("wws-punten")));
            if (punten == null) {
                throw new Opdrachtregel.GebruiksFout("--wws-punten is leeg");
            }
            // No WWS table: the letter states the points with their maximum, so both come from the bezwaar.
            if (maximaleHuur == null) {
                throw new Opdrachtregel.GebruiksFout("--wws-punten vraagt ook --maximale-huur: geef de maximale huur"
                        + " die bij de nieuwe WWS-punten hoort");
            }
        }
        return new Correctie(chronischZiek(regel), personen, geboortedata, brp,
                categorie == null ? null : categorie.strip(), maximaleHuur, punten);
    }

    /** A flag; {@code --chronisch-ziek=nee} is refused rather than read as proof. */
    private static boolean chronischZiek(Opdrachtregel regel) {
        for (String waarde : regel.alle("chronisch-ziek")) {
            Boolean ja = waarde("chronisch-ziek", () -> Waarden.jaNee(waarde));
            if (!Boolean.TRUE.equals(ja)) {
                throw new Opdrachtregel.GebruiksFout("--chronisch-ziek legt bewijs van chronische ziekte vast; "
                        + "het kan niet worden ingetrokken met een bezwaar");
            }
        }
        return regel.vlag("chronisch-ziek");
    }

    /** {@code yyyy-mm-dd} or {@code yyyy-mm-dd,ROL}. */
    private static Persoon persoon(String tekst) {
        int komma = tekst.indexOf(',');
        String datum = komma < 0 ? tekst : tekst.substring(0, komma);
        Rol rol = null;
        if (komma >= 0) {
            rol = waarde("geboortedatum", () -> Waarden.keuze(tekst.substring(komma + 1), Rol.class));
        }
        LocalDate geboren = waarde("geboortedatum", () -> Waarden.datum(datum));
        if (geboren == null) {
            throw new Opdrachtregel.GebruiksFout("--geboortedatum is leeg");
        }
        return new Persoon(geboren, rol == null ? Rol.INWONEND : rol);
    }

    /** The receipt date of the revised proposal, or null for the default. */
    static LocalDate ontvangen(Opdrachtregel regel) {
        String tekst = regel.optie("ontvangen");
        if (tekst == null) {
            return null;
        }
        LocalDate datum = waarde("ontvangen", () -> Waarden.datum(tekst));
        if (datum == null) {
            throw new Opdrachtregel.GebruiksFout("--ontvangen is leeg");
        }
        return datum;
    }

    private interface Lezer<T> {
        T lees() throws OngeldigeWaarde;
    }

    private static <T> T waarde(String optie, Lezer<T> lezer) {
        try {
            return lezer.lees();
        } catch (OngeldigeWaarde e) {
            throw new Opdrachtregel.GebruiksFout("--" + optie + ": " + e.reden());
        }
    }
}
